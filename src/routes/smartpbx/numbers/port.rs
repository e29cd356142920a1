//! Smart PBX › Numbers › Bring numbers over: the request to move numbers from another
//! phone company, entered and submitted in one go (`patchbay_smartpbx::porting`), with
//! the document Monster's port wizard writes (`patchbay_monster::port_request`).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::holidays::GREGORIAN_UNIX_OFFSET;
use patchbay_monster::port_request::{check, numbers_of, port_request_doc, PortForm};
use patchbay_smartpbx::porting::{enter, Entered};

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::flash::Flash;
use crate::components::form::TextField;
use crate::components::leave_guard::use_unsaved_form;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};

/// Now, in Gregorian seconds.
fn now_gregorian() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64 + GREGORIAN_UNIX_OFFSET
}

/// A server refusal in words: a number already here, or already on another request.
fn refusal_text(e: &CrossbarError) -> String {
    match e {
        CrossbarError::Server { message, .. } if message.contains("exists on the system") => t("port-number-exists"),
        CrossbarError::Server { message, .. } if message.contains("on a port request already") => {
            t("port-number-on-request")
        }
        _ => error_text(e),
    }
}

/// One signal per field of [`PortForm`].
#[derive(Clone, Copy)]
struct PortSignals {
    numbers: RwSignal<String>,
    carrier: RwSignal<String>,
    bill_name: RwSignal<String>,
    account_number: RwSignal<String>,
    pin: RwSignal<String>,
    btn: RwSignal<String>,
    street_address: RwSignal<String>,
    locality: RwSignal<String>,
    region: RwSignal<String>,
    postal_code: RwSignal<String>,
    transfer_date: RwSignal<String>,
    signee_name: RwSignal<String>,
    email: RwSignal<String>,
}

impl PortSignals {
    fn new(email: String) -> Self {
        let s = || RwSignal::new(String::new());
        PortSignals {
            numbers: s(),
            carrier: s(),
            bill_name: s(),
            account_number: s(),
            pin: s(),
            btn: s(),
            street_address: s(),
            locality: s(),
            region: s(),
            postal_code: s(),
            transfer_date: s(),
            signee_name: s(),
            email: RwSignal::new(email),
        }
    }

    fn form(&self) -> PortForm {
        PortForm {
            numbers: self.numbers.get_untracked(),
            carrier: self.carrier.get_untracked(),
            bill_name: self.bill_name.get_untracked(),
            account_number: self.account_number.get_untracked(),
            pin: self.pin.get_untracked(),
            btn: self.btn.get_untracked(),
            street_address: self.street_address.get_untracked(),
            locality: self.locality.get_untracked(),
            region: self.region.get_untracked(),
            postal_code: self.postal_code.get_untracked(),
            transfer_date: self.transfer_date.get_untracked(),
            signee_name: self.signee_name.get_untracked(),
            email: self.email.get_untracked(),
        }
    }
}

#[component]
pub fn PortNumbersScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let flash = expect_context::<Flash>();
    let navigate = use_navigate();
    let account = StoredValue::new(client.account_id());
    let meta = StoredValue::new(smartpbx_stamp());
    let f = PortSignals::new(String::new());
    // Asked about before leaving the screen with the form half filled.
    let unsaved = use_unsaved_form(move || f.form());
    let bad = RwSignal::new(Vec::<&'static str>::new());
    let form_error = RwSignal::new(None::<String>);
    let bad_number = RwSignal::new(None::<String>);

    let write = use_save(
        |_: &serde_json::Value| t("action-enter-port"),
        move |call, doc: serde_json::Value| async move { enter(&call, &meta.get_value(), &account.get_value(), doc).await },
    );
    watch(move || match write.value().get() {
        Some(Ok(Entered::Submitted(port))) => {
            unsaved.saved();
            let count = port.get("numbers").and_then(|n| n.as_object()).map_or(0, |n| n.len());
            let message = t_with("done-port-submitted", &[("count", count.into())]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Numbers), message);
        }
        Some(Ok(Entered::NotSubmitted(_, e))) => {
            unsaved.saved();
            let message = t_with("done-port-not-submitted", &[("reason", arg(error_text(&e)))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Numbers), message);
        }
        Some(Err(e)) => form_error.set(Some(refusal_text(&e))),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = f.form();
        let now = now_gregorian();
        let problems = check(&form, now);
        bad_number.set(numbers_of(&form.numbers).err());
        bad.set(problems.clone());
        if !problems.is_empty() {
            form_error.set(Some(t("form-has-errors")));
            return;
        }
        form_error.set(None);
        write.dispatch(port_request_doc(&form, now));
    };
    let error_for = move |field: &'static str, key: &'static str| {
        Signal::derive(move || bad.with(|b| b.contains(&field)).then(|| t(key)))
    };
    let numbers_error = Signal::derive(move || {
        if !bad.with(|b| b.contains(&"numbers")) {
            return None;
        }
        Some(match bad_number.get() {
            Some(typed) => t_with("port-numbers-bad", &[("typed", arg(typed))]),
            None => t("port-numbers-required"),
        })
    });
    let busy = write.pending();
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("port-title")}</h2>
            <p>{t("port-intro")}</p>
            <form class="form" on:submit=submit novalidate=true>
                <div class="field" class:field--invalid=move || numbers_error.with(Option::is_some)>
                    <label for="port-numbers">{t("port-numbers")}</label>
                    <p class="field__hint" id="port-numbers-hint">{t("port-numbers-hint")}</p>
                    <textarea id="port-numbers" rows="4" required=true
                        aria-describedby=move || if numbers_error.with(Option::is_some) { "port-numbers-hint port-numbers-error" } else { "port-numbers-hint" }
                        aria-invalid=move || numbers_error.with(Option::is_some).to_string()
                        bind:value=f.numbers></textarea>
                    {move || numbers_error.get().map(|e| view! { <p class="field__error" id="port-numbers-error">{e}</p> })}
                </div>
                <fieldset class="fieldset">
                    <legend>{t("port-current-company")}</legend>
                    <TextField label=t("port-carrier") value=f.carrier required=true error=error_for("carrier", "field-required-short") />
                    <TextField label=t("port-bill-name") value=f.bill_name required=true hint=t("port-bill-name-hint") error=error_for("bill_name", "field-required-short") />
                    <TextField label=t("port-account-number") value=f.account_number required=true error=error_for("account_number", "field-required-short") />
                    <TextField label=t("port-pin") value=f.pin hint=t("port-pin-hint") />
                    <TextField label=t("port-btn") value=f.btn input_type="tel" hint=t("port-btn-hint") error=error_for("btn", "port-btn-bad") />
                </fieldset>
                <fieldset class="fieldset">
                    <legend>{t("port-service-address")}</legend>
                    <TextField label=t("number-e911-street") value=f.street_address required=true error=error_for("street_address", "field-required-short") />
                    <TextField label=t("number-e911-locality") value=f.locality required=true error=error_for("locality", "field-required-short") />
                    <TextField label=t("number-e911-region") value=f.region required=true maxlength=2 error=error_for("region", "number-e911-region-invalid") />
                    <TextField label=t("number-e911-postal") value=f.postal_code required=true error=error_for("postal_code", "field-required-short") />
                </fieldset>
                <TextField label=t("port-transfer-date") value=f.transfer_date input_type="date" required=true error=error_for("transfer_date", "port-transfer-date-bad") />
                <TextField label=t("port-signee") value=f.signee_name required=true hint=t("port-signee-hint") error=error_for("signee_name", "field-required-short") />
                <TextField label=t("port-email") value=f.email input_type="email" required=true error=error_for("email", "field-email") />
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("port-submit")}</button>
                </div>
            </form>
        </section>
    }
}
