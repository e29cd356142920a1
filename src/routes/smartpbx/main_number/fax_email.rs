//! Main Number › fax line: where received faxes are mailed, changed after the line
//! exists (`patchbay_smartpbx::main_number::write::set_fax_email`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use super::use_section_save;
use super::write::set_fax_email;
use crate::api::{use_load, Crossbar};
use crate::components::form::{SaveState, TextField};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

#[component]
pub fn FaxEmail(faxbox_id: String, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let path = StoredValue::new(format!("accounts/{}/faxboxes/{}", seg(&client.account_id()), seg(&faxbox_id)));
    let faxbox = use_load(
        || t("action-open-faxbox"),
        move |call| async move { call.get(&path.get_value()).await.map(|e| e.data) },
    );
    let id = StoredValue::new(faxbox_id);
    view! {
        <Loaded load=faxbox let:doc>
            <FaxEmailForm faxbox_id=id.get_value() doc=doc on_saved=on_saved />
        </Loaded>
    }
}

#[component]
fn FaxEmailForm(faxbox_id: String, doc: Value, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let current = doc.pointer("/notifications/inbound/email/send_to");
    // Stored as a string or a list: the first address is the one shown.
    let current = match current {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(list)) => list.first().and_then(Value::as_str).unwrap_or_default().to_string(),
        _ => String::new(),
    };
    let email = RwSignal::new(current);
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(faxbox_id);
    let save = use_section_save(
        |mail: &String| t_with("action-save-fax-email", &[("email", arg(mail.clone()))]),
        move |call, mail: String| {
            let (meta, account) = (meta.get_value(), client.account_id());
            async move {
                set_fax_email(&call, &meta, &account, &id.get_value(), &mail).await?;
                Ok(t_with("numbers-fax-email-saved", &[("email", arg(mail))]))
            }
        },
        error,
        on_saved,
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let mail = email.get_untracked().trim().to_string();
        if !mail.contains('@') || mail.chars().any(char::is_whitespace) {
            error.set(Some(t("numbers-fax-email-required")));
            return;
        }
        error.set(None);
        save.dispatch(mail);
    };
    view! {
        <form class="form" novalidate=true on:submit=submit>
            <TextField label=t("numbers-fax-email") value=email input_type="email" required=true hint=t("numbers-fax-email-hint") error=Signal::derive(move || error.get()) />
            <div class="form-actions">
                <button type="submit" disabled=move || save.pending().get()>{t("numbers-fax-email-save")}</button>
            </div>
        </form>
    }
}
