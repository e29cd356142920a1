//! An account's basic settings (the Account Manager's "basic settings"): name, realm,
//! timezone and language — also its users' defaults where they set none — and the
//! caller ID its calls show outside. Saved with `POST` of the whole stored account,
//! answer-only keys left out, as monster-ui-accounts `app.js formatAccountData` does.

use leptos::prelude::*;
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_monster::account::{edited_account_doc, form_of, realm_problem, AccountForm, RealmProblem};
use patchbay_monster::UiMetadata;
use serde_json::Value;

use super::LANGUAGES;
use crate::api::use_save;
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::form::{name_problem, FieldErrors, SaveState, SelectField, TextField};
use crate::components::leave_guard::use_unsaved_form;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with, time_zones};

/// Which of the account fields a Crossbar validation error is about.
pub fn account_field(path: &str) -> Option<&'static str> {
    match path {
        "name" => Some("name"),
        "realm" => Some("realm"),
        "timezone" => Some("timezone"),
        "language" => Some("language"),
        p if p.starts_with("caller_id.emergency") => Some("emergency"),
        p if p.starts_with("caller_id") => Some("caller_id"),
        _ => None,
    }
}

/// The account form's own checks, before anything is sent.
pub fn account_problems(f: &AccountForm) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if let Some(problem) = name_problem("accounts-name", &f.name, 128, true) {
        errors.push(("name", problem));
    }
    match realm_problem(&f.realm) {
        Some(RealmProblem::Length) => errors.push(("realm", t("accounts-realm-length"))),
        Some(RealmProblem::Characters) => errors.push(("realm", t("accounts-realm-characters"))),
        None => {}
    }
    for (key, number) in [("caller_id", &f.caller_id_number), ("emergency", &f.emergency_number)] {
        let number = number.trim();
        if !number.is_empty() && !number.trim_start_matches('+').chars().all(|c| c.is_ascii_digit()) {
            errors.push((key, t("accounts-caller-id-digits")));
        }
    }
    errors
}

/// A Crossbar 400 on the account, said on its fields ("already taken" in plain words).
pub fn account_field_errors(e: &patchbay_crossbar::CrossbarError) -> FieldErrors {
    e.field_errors()
        .iter()
        .filter_map(|fe| {
            let key = account_field(&fe.path)?;
            let msg = match (key, fe.validator.as_str()) {
                ("name", "unique") => t("accounts-name-taken"),
                ("realm", "unique") => t("accounts-realm-taken"),
                _ => problem_in_words(fe),
            };
            Some((key, msg))
        })
        .collect()
}

/// Timezone choices: the browser's list, with the current one first if the list lacks it.
pub fn zone_options(current: &str, empty_label: String) -> Vec<(String, String)> {
    let mut all = vec![(String::new(), empty_label)];
    let names = time_zones();
    if !current.is_empty() && !names.iter().any(|z| z == current) {
        all.push((current.to_string(), current.to_string()));
    }
    all.extend(names.into_iter().map(|z| (z.clone(), z)));
    all
}

/// Language choices, with a stored one this list lacks kept.
pub fn language_options(current: &str, empty_label: String) -> Vec<(String, String)> {
    let mut all = vec![(String::new(), empty_label)];
    if !current.is_empty() && !LANGUAGES.iter().any(|(tag, _)| *tag == current) {
        all.push((current.to_string(), current.to_string()));
    }
    all.extend(LANGUAGES.iter().map(|(tag, name)| (tag.to_string(), name.to_string())));
    all
}

/// The account form's fields as signals, one per field, shared by the settings form and the
/// new-account form.
#[derive(Clone, Copy)]
pub struct AccountSignals {
    pub name: RwSignal<String>,
    pub realm: RwSignal<String>,
    timezone: RwSignal<String>,
    language: RwSignal<String>,
    caller_id_number: RwSignal<String>,
    caller_id_name: RwSignal<String>,
    emergency_number: RwSignal<String>,
    emergency_name: RwSignal<String>,
}

impl AccountSignals {
    pub fn new(f: &AccountForm) -> Self {
        let field = |v: &String| RwSignal::new(v.clone());
        AccountSignals {
            name: field(&f.name),
            realm: field(&f.realm),
            timezone: field(&f.timezone),
            language: field(&f.language),
            caller_id_number: field(&f.caller_id_number),
            caller_id_name: field(&f.caller_id_name),
            emergency_number: field(&f.emergency_number),
            emergency_name: field(&f.emergency_name),
        }
    }

    /// What the fields hold now (not tracked).
    pub fn form(&self) -> AccountForm {
        AccountForm {
            name: self.name.get_untracked(),
            realm: self.realm.get_untracked(),
            timezone: self.timezone.get_untracked(),
            language: self.language.get_untracked(),
            caller_id_number: self.caller_id_number.get_untracked(),
            caller_id_name: self.caller_id_name.get_untracked(),
            emergency_number: self.emergency_number.get_untracked(),
            emergency_name: self.emergency_name.get_untracked(),
        }
    }
}

/// The account form's fields, shared by the new-account form.
#[component]
pub fn AccountFields(fields: AccountSignals, state: SaveState, #[prop(into)] realm_hint: String) -> impl IntoView {
    let AccountSignals {
        name,
        realm,
        timezone,
        language,
        caller_id_number,
        caller_id_name,
        emergency_number,
        emergency_name,
    } = fields;
    let (tz_now, lang_now) = (timezone.get_untracked(), language.get_untracked());
    let zones = Signal::derive(move || zone_options(&tz_now, t("accounts-timezone-unset")));
    let languages = Signal::derive(move || language_options(&lang_now, t("accounts-language-unset")));
    view! {
        <TextField label=t("accounts-name") value=name required=true maxlength=128 error=state.error_for("name") />
        <TextField label=t("accounts-realm") value=realm maxlength=253 hint=realm_hint error=state.error_for("realm") />
        <SelectField label=t("accounts-timezone") value=timezone options=zones />
        <SelectField label=t("accounts-language") value=language options=languages />
        <p class="field__hint">{t("accounts-defaults-hint")}</p>
        <TextField label=t("accounts-caller-id-number") value=caller_id_number input_type="tel" hint=t("accounts-caller-id-hint") error=state.error_for("caller_id") />
        <TextField label=t("accounts-caller-id-name") value=caller_id_name maxlength=35 />
        <TextField label=t("accounts-emergency-number") value=emergency_number input_type="tel" hint=t("accounts-emergency-hint") error=state.error_for("emergency") />
        <TextField label=t("accounts-emergency-name") value=emergency_name maxlength=35 />
    }
}

#[component]
pub fn SettingsForm(account: Value) -> impl IntoView {
    let stored = StoredValue::new(account.clone());
    let fields = AccountSignals::new(&form_of(&account));
    let current = move || fields.form();
    let unsaved = use_unsaved_form(current);
    let state = SaveState::plain();
    let write = use_save(
        |f: &AccountForm| t_with("action-save-account", &[("account", arg(f.name.trim().to_string()))]),
        move |call, f: AccountForm| async move {
            let doc = stored.get_value();
            let path = format!("accounts/{}", seg(str_at(&doc, "id")));
            let mut body = edited_account_doc(&doc, &f);
            patchbay_monster::stamp(&mut body, &UiMetadata::accounts(None));
            call.post(&path, body).await.map(|env| env.data)
        },
    );
    watch(move || match write.value().get() {
        Some(Ok(saved)) => {
            stored.set_value(saved);
            unsaved.saved();
            state.saved(t("saved"));
        }
        Some(Err(e)) => state.failed(error_text(&e), account_field_errors(&e)),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = current();
        if state.pass(account_problems(&f), true) {
            write.dispatch(f);
        }
    };
    view! {
        <section aria-labelledby="account-settings-title">
            <h2 id="account-settings-title">{t("accounts-settings")}</h2>
            <form on:submit=on_submit novalidate>
                <AccountFields fields state realm_hint=t("accounts-realm-edit-hint") />
                <div class="form-error" role="alert">{move || state.form_error.get()}</div>
                <p class="form-actions">
                    <button type="submit" class="primary" disabled=move || write.pending().get()>{t("accounts-save-settings")}</button>
                    <span role="status">{move || state.status.get()}</span>
                </p>
            </form>
        </section>
    }
}
