//! Company caller ID, with the chosen number's CNAM name and E911 address, saved as
//! Smart PBX's caller-ID dialog saves them (monster-ui-voip `submodules/myOffice/myOffice.js`
//! `myOfficeCallerIdPopupBindEvents`): the number first
//! (`cnam`, `e911`), then the account's `caller_id.external` / `caller_id.emergency`.

use leptos::prelude::*;
use patchbay_monster::phone::readable;

use crate::components::leave_guard::use_unsaved_fields;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::dashboard::{company_caller_id, E911Form};
use patchbay_monster::number_features::{features_offered, offers};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use patchbay_monster::UiMetadata;
use serde_json::Value;

use super::super::{smartpbx_stamp, stamped};
use crate::api::{use_load, use_save, ActionScope};
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::form::name_problem;
use crate::components::form::{unique_id, MadeOutsideConfirm, SaveError, SaveState, TextField};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::strs;

/// CNAM display names are 1–15 characters (KAZOO's schema).
const CNAM_MAX: usize = 15;

fn text_at(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_string()
}

#[derive(Clone, Copy)]
struct Fields {
    name: RwSignal<String>,
    zip: RwSignal<String>,
    street: RwSignal<String>,
    line2: RwSignal<String>,
    city: RwSignal<String>,
    region: RwSignal<String>,
    emails: RwSignal<String>,
}

impl Fields {
    fn new() -> Self {
        let s = || RwSignal::new(String::new());
        Fields { name: s(), zip: s(), street: s(), line2: s(), city: s(), region: s(), emails: s() }
    }

    /// Prefill from the number as Crossbar has it.
    fn fill_from(&self, number: &Value) {
        self.name.set(text_at(number, "/cnam/display_name"));
        self.zip.set(text_at(number, "/e911/postal_code"));
        self.street.set(text_at(number, "/e911/street_address"));
        self.line2.set(text_at(number, "/e911/extended_address"));
        self.city.set(text_at(number, "/e911/locality"));
        self.region.set(text_at(number, "/e911/region"));
        let emails = strs(number.pointer("/e911/notification_contact_emails"));
        self.emails.set(emails.collect::<Vec<_>>().join(" "));
    }

    fn e911(&self) -> E911Form {
        E911Form {
            postal_code: self.zip.get_untracked(),
            street_address: self.street.get_untracked(),
            extended_address: self.line2.get_untracked(),
            locality: self.city.get_untracked(),
            region: self.region.get_untracked(),
            emails: self.emails.get_untracked(),
            country: "US".into(),
        }
    }
}

/// The number (if any), then the account, as one named action.
async fn save(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &Value,
    number: Option<(String, Value)>,
    name: String,
    e911: E911Form,
) -> Result<(), CrossbarError> {
    let account_id = account.get("id").and_then(Value::as_str).unwrap_or_default();
    let account_name = account.get("name").and_then(Value::as_str).unwrap_or_default();
    let (number_write, patch) =
        company_caller_id(number.as_ref().map(|(n, doc)| (n.as_str(), doc)), &name, &e911, account_name);
    if let (Some((n, _)), Some(write)) = (&number, number_write) {
        call.patch(&format!("accounts/{}/phone_numbers/{}", seg(account_id), seg(n)), stamped(write, meta)).await?;
    }
    call.patch(&format!("accounts/{}", seg(account_id)), stamped(patch, meta)).await?;
    Ok(())
}

/// Crossbar's 400 answer, mapped onto the form's fields.
fn field_errors(e: &CrossbarError) -> Vec<(&'static str, String)> {
    e.field_errors()
        .iter()
        .filter_map(|f| {
            let key = match f.path.as_str() {
                p if p.starts_with("cnam") => "cnam",
                "e911.postal_code" => "postal_code",
                "e911.street_address" => "street_address",
                "e911.locality" => "locality",
                "e911.region" => "region",
                _ => return None,
            };
            Some((key, problem_in_words(f)))
        })
        .collect()
}

#[component]
pub fn CallerIdForm(account: Value, main_numbers: Vec<String>, on_saved: Callback<String>) -> impl IntoView {
    let meta = StoredValue::new(smartpbx_stamp());
    let current = text_at(&account, "/caller_id/external/number");
    let outside = made_outside(&account, ORIGIN_SMARTPBX);
    let mut choices = main_numbers;
    // Keep a caller ID set elsewhere selectable, rather than silently dropping it.
    if !current.is_empty() && !choices.contains(&current) {
        choices.insert(0, current.clone());
    }
    let selected = RwSignal::new(current);
    let number_doc = RwSignal::new(None::<Value>);
    let fields = Fields::new();
    let state = SaveState::new(outside);
    let account = StoredValue::new(account);

    // Smart PBX reads the chosen number to show (and keep) its CNAM and E911; choosing
    // another number cancels a read still on its way.
    let account_id = text_at(&account.get_value(), "/id");
    let number_read = use_load(
        move || t_with("action-read-number", &[("number", arg(selected.get_untracked()))]),
        move |call| {
            let n = selected.get();
            let path = format!("accounts/{}/phone_numbers/{}", seg(&account_id), seg(&n));
            async move {
                match n.is_empty() {
                    true => Ok(None),
                    false => Ok(Some(call.get(&path).await?.data)),
                }
            }
        },
    );
    watch(move || match number_read.get() {
        Some(Ok(Some(doc))) => {
            fields.fill_from(&doc);
            number_doc.set(Some(doc));
        }
        Some(Ok(None)) | None => number_doc.set(None),
        Some(Err(CrossbarError::Cancelled)) => {}
        Some(Err(e)) => state.form_error.set(Some(error_text(&e))),
    });

    let write = use_save(
        |_: &(Option<(String, Value)>, String, E911Form)| t("action-save-caller-id"),
        move |call, (number, name, e911): (Option<(String, Value)>, String, E911Form)| {
            let (meta, account) = (meta.get_value(), account.get_value());
            async move { save(&call, &meta, &account, number, name, e911).await }
        },
    );
    // Asked about before leaving the screen while the form has unsaved changes.
    let guarded = use_unsaved_fields();
    watch(move || match write.value().get() {
        Some(Ok(())) => {
            guarded.saved();
            on_saved.run(t("caller-id-saved"));
        }
        Some(Err(e)) => state.failed_with(SaveError { message: error_text(&e), fields: field_errors(&e) }),
        None => {}
    });
    let busy = write.pending();
    let submit = move |confirmed: bool| {
        let n = selected.get_untracked();
        let name = fields.name.get_untracked().trim().to_string();
        let e911 = fields.e911();
        let mut local: Vec<(&'static str, String)> = vec![];
        let offered = number_doc.with_untracked(|d| d.as_ref().and_then(features_offered));
        if !n.is_empty() && offers(offered.as_deref(), "e911") {
            local.extend(e911.missing_required().into_iter().map(|k| (k, t("e911-required"))));
        }
        if !n.is_empty() && offers(offered.as_deref(), "cnam") {
            if name.chars().count() > CNAM_MAX {
                local.push(("cnam", t("caller-id-name-too-long")));
            } else if let Some(problem) = name_problem("caller-id-name", &name, CNAM_MAX, false) {
                local.push(("cnam", problem));
            }
        }
        if state.pass(local, confirmed) {
            let number = if n.is_empty() { None } else { Some((n, number_doc.get_untracked().unwrap_or_default())) };
            write.dispatch((number, name, e911));
        }
    };
    let select_id = unique_id("caller-id-number");
    let has_number = move || !selected.with(String::is_empty);
    // The sections the chosen number offers (all, until it is read).
    let offered =
        move |feature: &str| number_doc.with(|d| offers(d.as_ref().and_then(features_offered).as_deref(), feature));

    view! {
        <section class="dashboard-card" aria-labelledby="caller-id-title">
            <h3 id="caller-id-title">{t("caller-id-title")}</h3>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" novalidate=true node_ref=guarded.form on:focusin=guarded.on_focusin() on:submit=move |ev| { ev.prevent_default(); submit(false); }>
                <div class="field">
                    <label for=select_id.clone()>{t("caller-id-number")}</label>
                    <p class="field__hint">{t("caller-id-number-hint")}</p>
                    <select id=select_id bind:value=selected>
                        <option value="">{t("caller-id-none")}</option>
                        {choices.into_iter().map(|n| view! { <option value=n.clone()>{readable(&n)}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=move || has_number() && offered("cnam")>
                    <TextField label=t("caller-id-name") value=fields.name maxlength=CNAM_MAX hint=t("caller-id-name-hint") error=state.error_for("cnam") />
                </Show>
                <Show when=move || has_number() && !offered("e911")>
                    <p>{t("number-e911-not-offered")}</p>
                </Show>
                <Show when=move || has_number() && offered("e911")>
                    <fieldset class="fieldset">
                        <legend>{t("e911-title")}</legend>
                        <TextField label=t("e911-zip") value=fields.zip required=true autocomplete="postal-code" error=state.error_for("postal_code") />
                        <TextField label=t("e911-street") value=fields.street required=true autocomplete="address-line1" error=state.error_for("street_address") />
                        <TextField label=t("e911-line2") value=fields.line2 autocomplete="address-line2" />
                        <TextField label=t("e911-city") value=fields.city required=true autocomplete="address-level2" error=state.error_for("locality") />
                        <TextField label=t("e911-state") value=fields.region required=true maxlength=2 autocomplete="address-level1" error=state.error_for("region") />
                        <TextField label=t("e911-emails") value=fields.emails hint=t("e911-emails-hint") />
                        <p>{t("e911-country-us")}</p>
                    </fieldset>
                </Show>
                <div class="form-error" role="alert">{move || state.form_error.get()}</div>
                <MadeOutsideConfirm
                    open=state.confirming
                    question_key="account-outside-confirm"
                    question_id="confirm-account-outside"
                    on_confirm=Callback::new(move |_| submit(true))
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("caller-id-save")}</button>
                </div>
            </form>
        </section>
    }
}
