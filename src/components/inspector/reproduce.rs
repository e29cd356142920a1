//! "Reproduce as script": one GUI action as a runnable script, bash (curl and jq) or
//! Python (standard library), made by `patchbay_crossbar::reproduce`; shown in a dialog
//! to copy or download.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::inspector::Action;
use patchbay_crossbar::reproduce::{bash_script, python_script};
use wasm_bindgen::JsCast;

use super::clipboard::copy_to_clipboard;
use crate::api::Crossbar;
use crate::components::dialog::Dialog;
use crate::components::download::text_url;
use crate::components::form::unique_id;
use crate::i18n::{arg, t, t_with};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Bash,
    Python,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bash => "bash",
            Kind::Python => "Python",
        }
    }

    fn file(self) -> &'static str {
        match self {
            Kind::Bash => "reproduce.sh",
            Kind::Python => "reproduce.py",
        }
    }
}

/// Saves `text` as a file named `name`, as a download link would.
fn download(text: &str, name: &str) {
    let Some(url) = text_url(text, "text/plain") else { return };
    if let Some(a) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn ReproduceButton(action: Action) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let open = RwSignal::new(false);
    let kind = RwSignal::new(Kind::Bash);
    let said = RwSignal::new(None::<String>);
    let (root, account) = (client.root(), client.account_id());
    let scripts = StoredValue::new((bash_script(&action, &root, &account), python_script(&action, &root, &account)));
    let text = move || {
        scripts.with_value(|(bash, python)| if kind.get() == Kind::Bash { bash.clone() } else { python.clone() })
    };
    let (title, panel, area) = (unique_id("reproduce"), unique_id("reproduce-panel"), unique_id("reproduce-script"));
    let label = action.label.clone();
    let tab = {
        let panel = panel.clone();
        move |k: Kind| {
            let panel = panel.clone();
            view! {
                <button
                    type="button"
                    role="tab"
                    aria-selected=move || (kind.get() == k).to_string()
                    aria-controls=panel
                    tabindex=move || if kind.get() == k { "0" } else { "-1" }
                    on:click=move |_| { kind.set(k); said.set(None); }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        // Arrow keys move between the two tabs, as in any tab list.
                        if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight") {
                            ev.prevent_default();
                            let other = if k == Kind::Bash { Kind::Python } else { Kind::Bash };
                            kind.set(other);
                            if let Some(next) = ev.current_target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                .and_then(|t| if other == Kind::Python { t.next_element_sibling() } else { t.previous_element_sibling() })
                                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                            {
                                let _ = next.focus();
                            }
                        }
                    }
                >{k.name()}</button>
            }
        }
    };
    view! {
        <button type="button" class="inspector__reproduce" on:click=move |_| open.set(true)>{t("inspector-reproduce")}</button>
        <Dialog open=open labelled_by=title.clone() class="reproduce">
            <h2 id=title.clone()>{t_with("inspector-reproduce-title", &[("action", arg(label.clone()))])}</h2>
            <p>{t("inspector-reproduce-intro")}</p>
            <div role="tablist" aria-label=t("inspector-reproduce-language")>
                {tab(Kind::Bash)}
                {tab(Kind::Python)}
            </div>
            <div role="tabpanel" id=panel.clone() class="reproduce__panel">
                <label for=area.clone() class="visually-hidden">{t("inspector-script")}</label>
                <textarea id=area.clone() readonly=true rows="18" spellcheck="false" prop:value=text></textarea>
            </div>
            <div class="form-actions">
                <button type="button" on:click=move |_| {
                    let script = text();
                    spawn_local(async move {
                        let ok = copy_to_clipboard(script).await;
                        let _ = said.try_set(Some(if ok { t("inspector-copied") } else { t("inspector-copy-failed") }));
                    });
                }>{t("inspector-copy")}</button>
                <button type="button" on:click=move |_| download(&text(), kind.get_untracked().file())>{t("inspector-download")}</button>
                <button type="button" on:click=move |_| open.set(false)>{t("inspector-close")}</button>
                <span role="status">{move || said.get()}</span>
            </div>
        </Dialog>
    }
}
