//! "Export HAR": the session's calls as a HAR 1.2 file that browsers' developer tools
//! open (`patchbay_crossbar::har`), offered as a download link; secrets stay out.

use leptos::prelude::*;
use patchbay_crossbar::har::to_har;
use wasm_bindgen::JsValue;

use crate::api::Crossbar;
use crate::components::download::text_url;
use crate::i18n::{arg, t, t_with};

fn iso(ms: f64) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms)).to_iso_string().into()
}

#[component]
pub fn HarExport() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let ready = RwSignal::new(None::<(String, String, usize)>);
    let export = move |_| {
        // Oldest first, as a browser's archive lists them.
        let mut actions = client.log.with_untracked(|log| log.newest_first().cloned().collect::<Vec<_>>());
        actions.reverse();
        let calls = actions.iter().map(|a| a.exchanges.len()).sum::<usize>();
        let har = to_har(&actions, env!("CARGO_PKG_VERSION"), iso);
        let stamp = iso(js_sys::Date::now()).replace(':', "-");
        let name = format!("patchbay-{}.har", stamp.split('.').next().unwrap_or_default());
        if let Some(old) = ready.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&old.0);
        }
        ready.set(text_url(&har.to_string(), "application/json").map(|url| (url, name, calls)));
    };
    view! {
        <div class="inspector__har">
            <button type="button" on:click=export>{t("inspector-export-har")}</button>
            <span role="status">
                {move || ready.get().map(|(url, name, n)| view! {
                    {t_with("inspector-har-ready", &[("count", n.into())])} " "
                    <a href=url download=name.clone()>{t_with("inspector-har-download", &[("name", arg(name.clone()))])}</a>
                })}
            </span>
        </div>
    }
}
