//! My settings › profile: the signed-in user's own name, email, timezone and language.
//! Only changed fields are sent, with PATCH, so fields Patchbay does not know (and those
//! other apps own) survive.

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_form;

use crate::hooks::watch;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::form::name_problem;
use crate::components::form::{unique_id, SaveState, TextField};
use crate::i18n::{self, t};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    language: String,
}

/// Monster UI's languages; text falls back to English where Patchbay has no file yet.
const LANGUAGES: &[&str] = &["en-US", "de-DE", "es-ES", "fr-FR", "nl-NL", "nl-BE", "ru-RU"];

/// Errors found before sending, keyed by Crossbar field path.
fn validate(s: &Settings) -> Vec<(&'static str, String)> {
    let mut errors = vec![];
    for (path, label, value) in
        [("first_name", "settings-first-name", &s.first_name), ("last_name", "settings-last-name", &s.last_name)]
    {
        if let Some(problem) = name_problem(label, value, 128, true) {
            errors.push((path, problem));
        }
    }
    let email = s.email.trim();
    if !email.is_empty() && (email.chars().count() < 3 || email.chars().count() > 254 || !email.contains('@')) {
        errors.push(("email", t("field-email")));
    }
    errors
}

/// The PATCH body: changed fields only; a cleared optional field is `null`, which
/// Crossbar's PATCH turns into "remove the key".
fn changes(before: &Settings, after: &Settings) -> Map<String, Value> {
    let mut out = Map::new();
    let pairs = [
        ("first_name", &before.first_name, &after.first_name, true),
        ("last_name", &before.last_name, &after.last_name, true),
        ("email", &before.email, &after.email, false),
        ("timezone", &before.timezone, &after.timezone, false),
        ("language", &before.language, &after.language, false),
    ];
    for (key, old, new, required) in pairs {
        let new = new.trim();
        if new != old.trim() {
            let value = if new.is_empty() && !required { Value::Null } else { Value::String(new.to_string()) };
            out.insert(key.to_string(), value);
        }
    }
    out
}

/// The fields of `FieldErrors` a Crossbar answer may name.
const FIELDS: [&str; 5] = ["first_name", "last_name", "email", "timezone", "language"];

/// The signed-in person's name, email, timezone and language.
#[component]
pub fn ProfileForm(path: String, stored: Settings) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let first_name = RwSignal::new(stored.first_name.clone());
    let last_name = RwSignal::new(stored.last_name.clone());
    let email = RwSignal::new(stored.email.clone());
    let timezone = RwSignal::new(stored.timezone.clone());
    let language = RwSignal::new(stored.language.clone());
    // What the server holds: the baseline the next save's changes are taken from.
    let baseline = StoredValue::new(stored);
    let state = SaveState::plain();

    let current = move || Settings {
        first_name: first_name.get_untracked(),
        last_name: last_name.get_untracked(),
        email: email.get_untracked(),
        timezone: timezone.get_untracked(),
        language: language.get_untracked(),
    };
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(current);
    let write = use_save(
        |_: &Map<String, Value>| t("action-save-settings"),
        move |call, patch| {
            let path = path.clone();
            async move { call.patch(&path, Value::Object(patch)).await.and_then(|env| env.data_as::<Settings>()) }
        },
    );
    watch(move || match write.value().get() {
        Some(Ok(saved)) => {
            // Keep what the person typed on screen; the server's copy is the new baseline.
            baseline.set_value(saved.clone());
            unsaved.saved();
            client.session.update(|d| {
                d.first_name = saved.first_name.clone();
                d.last_name = saved.last_name.clone();
                d.timezone = (!saved.timezone.is_empty()).then(|| saved.timezone.clone());
                if !saved.language.is_empty() {
                    d.language = saved.language.clone();
                }
            });
            if !saved.language.is_empty() {
                i18n::set_language(&saved.language);
            }
            state.saved(t("saved"));
        }
        Some(Err(e)) => {
            let fields = e
                .field_errors()
                .iter()
                .filter_map(|f| FIELDS.iter().find(|k| **k == f.path).map(|k| (*k, problem_in_words(f))))
                .collect();
            state.failed(error_text(&e), fields);
        }
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let after = current();
        if !state.pass(validate(&after), true) {
            return;
        }
        let patch = changes(&baseline.get_value(), &after);
        if patch.is_empty() {
            state.status.set(Some(t("settings-unchanged")));
            return;
        }
        write.dispatch(patch);
    };
    let saving = write.pending();

    let tz_id = unique_id("timezone");
    let lang_id = unique_id("language");
    let zones = i18n::time_zones();
    view! {
        <form class="form" on:submit=submit novalidate=true>
            <TextField label=t("settings-first-name") value=first_name autocomplete="given-name" required=true maxlength=128 error=state.error_for("first_name") />
            <TextField label=t("settings-last-name") value=last_name autocomplete="family-name" required=true maxlength=128 error=state.error_for("last_name") />
            <TextField label=t("settings-email") value=email input_type="email" autocomplete="email" maxlength=254 error=state.error_for("email") />
            <div class="field">
                <label for=tz_id.clone()>{t("settings-timezone")}</label>
                <select id=tz_id.clone() bind:value=timezone>
                    <option value="">{t("settings-timezone-default")}</option>
                    {
                        let zones = zones.clone();
                        move || {
                            // Keep a stored zone the browser does not list, rather than dropping it.
                            let stored = timezone.get_untracked();
                            let mut all = zones.clone();
                            if !stored.is_empty() && !all.contains(&stored) {
                                all.insert(0, stored);
                            }
                            all.into_iter().map(|z| view! { <option value=z.clone()>{z.clone()}</option> }).collect_view()
                        }
                    }
                </select>
                {move || state.error_for("timezone").get().map(|e| view! { <p class="field__error">{e}</p> })}
            </div>
            <div class="field">
                <label for=lang_id.clone()>{t("settings-language")}</label>
                <select id=lang_id.clone() bind:value=language>
                    <option value="">{t("settings-language-default")}</option>
                    {LANGUAGES.iter().map(|l| view! { <option value=*l>{*l}</option> }).collect_view()}
                </select>
            </div>
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || saving.get()>
                    {move || if saving.get() { t("settings-saving") } else { t("settings-save") }}
                </button>
                <span role="status">{move || state.status.get()}</span>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(first: &str, email: &str, tz: &str) -> Settings {
        Settings {
            first_name: first.into(),
            last_name: "Liddell".into(),
            email: email.into(),
            timezone: tz.into(),
            language: String::new(),
        }
    }

    #[test]
    fn only_changed_fields_are_patched_and_cleared_ones_are_nulled() {
        let before = s("Alice", "alice@demo.test", "Europe/London");
        let after = s("Alicia", "alice@demo.test", "");
        let patch = changes(&before, &after);
        assert_eq!(Value::Object(patch), serde_json::json!({"first_name": "Alicia", "timezone": null}));
    }

    #[test]
    fn nothing_changed_means_nothing_to_send() {
        let a = s("Alice", "a@b.c", "");
        assert!(changes(&a, &a).is_empty());
    }

    #[test]
    fn required_names_and_email_shape_are_checked_before_sending() {
        let errors = validate(&s("  ", "not-an-email", ""));
        let paths: Vec<_> = errors.iter().map(|(p, _)| *p).collect();
        assert_eq!(paths, vec!["first_name", "email"]);
        assert!(validate(&s("<script>alert(1)</script>", "", "")).is_empty());
    }
}
