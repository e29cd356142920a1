//! "New menu…" beside a menu step's list: the Callflows app's Menu form, in a dialog over
//! the step's, so a menu is made where it is needed (monster-ui-callflows
//! `submodules/menu/menu.js` `menuPopupEdit`). The document is built by
//! `patchbay_monster::callflow::menu`.

use leptos::prelude::*;
use patchbay_monster::callflow::menu::{menu_doc, MenuForm};
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;

use super::super::account_path;
use crate::api::use_save;
use crate::components::dialog::Dialog;
use crate::components::error_notice::error_text;
use crate::components::form::{CheckboxField, TextField};
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

#[component]
pub fn NewMenuDialog(
    open: RwSignal<bool>,
    /// Hears the new menu's id and name.
    on_created: Callback<(String, String)>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let name = RwSignal::new(String::new());
    let timeout = RwSignal::new("10".to_string());
    let retries = RwSignal::new("3".to_string());
    let hunt = RwSignal::new(false);
    let suppress = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let create = use_save(
        |form: &MenuForm| t_with("action-create-menu", &[("name", arg(form.name.clone()))]),
        move |call, form: MenuForm| {
            let mut doc = menu_doc(&form);
            stamp(&mut doc, &UiMetadata::callflows(version.get_value().as_deref()));
            async move { call.put(&format!("{}/menus", account_path()), doc).await.map(|e| e.data) }
        },
    );
    watch(move || match create.value().get() {
        Some(Ok(menu)) => {
            let id = menu.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
            let created = menu.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            name.set(String::new());
            open.set(false);
            on_created.run((id, created));
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let whole = |text: &str| text.trim().parse::<u32>().ok();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let menu_name = name.get_untracked().trim().to_string();
        if menu_name.is_empty() {
            return error.set(Some(t("cf-menu-name-required")));
        }
        let (Some(timeout_s), Some(retries)) = (whole(&timeout.get_untracked()), whole(&retries.get_untracked()))
        else {
            return error.set(Some(t("cf-menu-numbers")));
        };
        error.set(None);
        create.dispatch(MenuForm {
            name: menu_name,
            timeout_s: timeout_s.clamp(1, 10),
            retries,
            hunt: hunt.get_untracked(),
            suppress_media: suppress.get_untracked(),
            ..MenuForm::default()
        });
    };
    view! {
        <Dialog open=open labelled_by="cf-new-menu-title">
            <h2 id="cf-new-menu-title">{t("cf-new-menu-title")}</h2>
            <form class="form" novalidate=true on:submit=submit>
                <TextField label=t("cf-menu-name") value=name required=true maxlength=128 />
                <TextField label=t("cf-menu-timeout") value=timeout input_type="number" hint=t("cf-menu-timeout-hint") />
                <TextField label=t("cf-menu-retries") value=retries input_type="number" />
                <CheckboxField label=t("cf-menu-hunt") checked=hunt />
                <CheckboxField label=t("cf-menu-suppress-media") checked=suppress />
                <div class="form-error" role="alert">{move || error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || create.pending().get()>{t("cf-menu-create")}</button>
                    <button type="button" on:click=move |_| open.set(false)>{t("cancel")}</button>
                </div>
            </form>
        </Dialog>
    }
}
