//! My settings: the signed-in user edits their own name, email, timezone and
//! language. Only changed fields are sent, with PATCH, so fields Patchbay does not
//! know (and those other apps own) survive.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::api::Crossbar;
use crate::components::error_notice::{error_text, ErrorNotice};
use crate::components::form::name_problem;
use crate::components::form::{unique_id, TextField};
use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::{self, t};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
struct Settings {
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
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

#[component]
pub fn MySettingsPage() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let Some(session) = client.session.get_untracked() else { return ().into_any() };
    let Some(owner_id) = session.owner_id.clone() else { return ().into_any() };
    let path = format!("accounts/{}/users/{}", seg(&session.account_id), seg(&owner_id));

    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let timezone = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    let loaded = RwSignal::new(None::<Settings>);
    let load_error = RwSignal::new(None::<CrossbarError>);
    let field_errors = RwSignal::new(Vec::<(String, String)>::new());
    let form_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);

    let current = move || Settings {
        first_name: first_name.get_untracked(),
        last_name: last_name.get_untracked(),
        email: email.get_untracked(),
        timezone: timezone.get_untracked(),
        language: language.get_untracked(),
    };
    let fill = move |s: &Settings| {
        first_name.set(s.first_name.clone());
        last_name.set(s.last_name.clone());
        email.set(s.email.clone());
        timezone.set(s.timezone.clone());
        language.set(s.language.clone());
    };

    let load = {
        let path = path.clone();
        move || {
            let path = path.clone();
            load_error.set(None);
            spawn_local(async move {
                let call = client.action(t("action-open-settings"));
                match call.get(&path).await.and_then(|env| env.data_as::<Settings>()) {
                    Ok(s) => {
                        fill(&s);
                        loaded.set(Some(s));
                    }
                    Err(e) => load_error.set(Some(e)),
                }
            });
        }
    };
    client.load_and_reload(load.clone());

    let error_for = move |path: &'static str| {
        Signal::derive(move || field_errors.with(|errs| errs.iter().find(|(p, _)| p == path).map(|(_, m)| m.clone())))
    };

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(before) = loaded.get_untracked() else { return };
        let after = current();
        status.set(None);
        form_error.set(None);
        let local = validate(&after);
        if !local.is_empty() {
            field_errors.set(local.into_iter().map(|(p, m)| (p.to_string(), m)).collect());
            form_error.set(Some(t("form-has-errors")));
            return;
        }
        field_errors.set(vec![]);
        let patch = changes(&before, &after);
        if patch.is_empty() {
            status.set(Some(t("settings-unchanged")));
            return;
        }
        saving.set(true);
        let path = path.clone();
        spawn_local(async move {
            let call = client.action(t("action-save-settings"));
            match call.patch(&path, Value::Object(patch)).await.and_then(|env| env.data_as::<Settings>()) {
                Ok(saved) => {
                    // Keep what the person typed on screen; the server's copy is the new baseline.
                    loaded.set(Some(saved.clone()));
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
                    status.set(Some(t("saved")));
                }
                Err(e) => {
                    field_errors.set(e.field_errors().iter().map(|f| (f.path.clone(), f.message.clone())).collect());
                    form_error.set(Some(error_text(&e)));
                }
            }
            saving.set(false);
        });
    };

    let tz_id = unique_id("timezone");
    let lang_id = unique_id("language");
    let zones = i18n::time_zones();
    view! {
        <section aria-labelledby="settings-title">
            <SectionIntro
                id="settings-title"
                title_key="settings-title"
                intro_key="settings-intro"
                guide=config.docs.smartpbx_guide.clone()
                resources=vec!["/v2/accounts/x/users/x"]
            />
            <ErrorNotice error=Signal::derive(move || load_error.get()) on_retry=Callback::new(move |_| load()) />
            <Show when=move || loaded.with(Option::is_some) fallback=move || view! { <p role="status">{t("loading")}</p> }>
                <form class="form" on:submit=save.clone() novalidate=true>
                    <TextField label=t("settings-first-name") value=first_name autocomplete="given-name" required=true maxlength=128 error=error_for("first_name") />
                    <TextField label=t("settings-last-name") value=last_name autocomplete="family-name" required=true maxlength=128 error=error_for("last_name") />
                    <TextField label=t("settings-email") value=email input_type="email" autocomplete="email" maxlength=254 error=error_for("email") />
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
                        {move || error_for("timezone").get().map(|e| view! { <p class="field__error">{e}</p> })}
                    </div>
                    <div class="field">
                        <label for=lang_id.clone()>{t("settings-language")}</label>
                        <select id=lang_id.clone() bind:value=language>
                            <option value="">{t("settings-language-default")}</option>
                            {LANGUAGES.iter().map(|l| view! { <option value=*l>{*l}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="form-error" role="alert">{move || form_error.get()}</div>
                    <div class="form-actions">
                        <button type="submit" class="primary" disabled=move || saving.get()>
                            {move || if saving.get() { t("settings-saving") } else { t("settings-save") }}
                        </button>
                        <span role="status">{move || status.get()}</span>
                    </div>
                </form>
            </Show>
        </section>
    }
    .into_any()
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
