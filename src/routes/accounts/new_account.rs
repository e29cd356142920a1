//! "New account": the account (name, a realm suggested from it, timezone, language,
//! caller ID), its first admin (name, email, a password typed or made up) and which
//! apps it gets and for whom, sent as one named action (see
//! `patchbay_smartpbx::accounts::create`).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_monster::account::{generated_password, suggest_realm, AccountForm, AppAccess};
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::accounts::{self, CreateError, NewAdmin, Step};
use serde_json::Value;

use super::apps::{access_key, access_of, access_options, app_label};
use super::settings::{account_field_errors, account_problems, AccountFields, AccountSignals};
use crate::api::{use_load, use_save, Crossbar};
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::flash::Flash;
use crate::components::form::{name_problem, CheckboxField, FieldErrors, SaveState, SelectField, TextField};
use crate::components::leave_guard::use_unsaved_form;
use crate::components::loaded::Loaded;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::Screen;

/// What a new account gets by default: Smart PBX and Callflows for its admins, as a
/// reseller's customer usually starts; anything else is the reseller's choice.
fn default_access(app_name: &str) -> AppAccess {
    match app_name {
        "voip" | "callflows" => AppAccess::Admins,
        _ => AppAccess::NotInstalled,
    }
}

/// Which admin field a Crossbar 400 on the new user is about.
fn admin_field(path: &str) -> Option<&'static str> {
    match path {
        "first_name" => Some("first_name"),
        "last_name" => Some("last_name"),
        "email" | "username" => Some("email"),
        "password" => Some("password"),
        _ => None,
    }
}

fn admin_problems(a: &NewAdmin) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if let Some(p) = name_problem("accounts-admin-first-name", &a.first_name, 128, true) {
        errors.push(("first_name", p));
    }
    if let Some(p) = name_problem("accounts-admin-last-name", &a.last_name, 128, true) {
        errors.push(("last_name", p));
    }
    let email = a.email.trim();
    let plausible = email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    if !plausible || email.chars().any(char::is_whitespace) {
        errors.push(("email", t("field-email")));
    }
    if a.password.chars().count() < 6 {
        errors.push(("password", t("accounts-admin-password-short")));
    }
    errors
}

fn random_numbers() -> [u32; 8] {
    let mut out = [0u32; 8];
    let mut bytes = [0u8; 32];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    for (i, chunk) in bytes.chunks(4).enumerate() {
        out[i] = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    out
}

#[derive(Clone)]
struct Parent {
    id: String,
    account: Value,
    apps: Vec<Value>,
}

#[component]
pub fn NewAccountScreen() -> impl IntoView {
    let params = use_params_map();
    let client = expect_context::<Crossbar>();
    let loaded = use_load(
        || t("action-open-new-account"),
        move |call| {
            let id = params.with(|p| p.get("id")).unwrap_or_else(|| client.own_account_id());
            async move {
                let path = format!("accounts/{}", seg(&id));
                let apps_path = format!("{path}/apps_store");
                let (account, apps) = futures::join!(call.get(&path), call.get(&apps_path));
                let apps = apps?.data.as_array().cloned().unwrap_or_default();
                Ok(Parent { id, account: account?.data, apps })
            }
        },
    );
    view! {
        <section class="screen accounts" aria-labelledby="new-account-title">
            <h1 id="new-account-title">{t("accounts-new")}</h1>
            <Loaded load=loaded let:parent>
                <NewAccountForm parent=parent />
            </Loaded>
        </section>
    }
}

#[derive(Clone)]
struct AppChoice {
    id: String,
    label: String,
    key: RwSignal<String>,
}

#[component]
fn NewAccountForm(parent: Parent) -> impl IntoView {
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let parent_name = str_at(&parent.account, "name").to_string();
    let parent_realm = str_at(&parent.account, "realm").to_string();
    let fields = AccountSignals::new(&AccountForm {
        timezone: str_at(&parent.account, "timezone").to_string(),
        language: str_at(&parent.account, "language").to_string(),
        ..AccountForm::default()
    });
    let AccountSignals { name, realm, .. } = fields;
    // The realm follows the name until the person types one of their own.
    let suggested = StoredValue::new(String::new());
    watch(move || {
        let suggestion = suggest_realm(&name.get(), &parent_realm).unwrap_or_default();
        let typed = realm.get_untracked();
        if typed.is_empty() || typed == suggested.get_value() {
            realm.set(suggestion.clone());
        }
        suggested.set_value(suggestion);
    });
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let send_email = RwSignal::new(false);
    let made_up = RwSignal::new(false);
    let apps: Vec<AppChoice> = parent
        .apps
        .iter()
        .map(|app| AppChoice {
            id: str_at(app, "id").to_string(),
            label: app_label(app),
            key: RwSignal::new(access_key(&default_access(str_at(app, "name"))).to_string()),
        })
        .collect();
    let apps = StoredValue::new(apps);
    let current = move || {
        (
            fields.form(),
            NewAdmin {
                first_name: first_name.get_untracked(),
                last_name: last_name.get_untracked(),
                email: email.get_untracked(),
                password: password.get_untracked(),
                send_email: send_email.get_untracked(),
            },
        )
    };
    let unsaved = use_unsaved_form(current);
    let state = SaveState::plain();
    let parent_id = StoredValue::new(parent.id.clone());
    type Input = (AccountForm, NewAdmin, Vec<(String, AppAccess)>);
    let write = use_save(
        |(f, _, _): &Input| t_with("action-create-account", &[("account", arg(f.name.trim().to_string()))]),
        move |call, (f, admin, apps): Input| async move {
            let made =
                accounts::create(&call, &UiMetadata::accounts(None), &parent_id.get_value(), &f, &admin, &apps).await;
            (f.name, made)
        },
    );
    watch(move || match write.value().get() {
        Some((name, Ok(made))) => {
            unsaved.saved();
            let message = t_with("accounts-created", &[("account", arg(name.trim().to_string()))]);
            flash.go(&navigate, Screen::Account(made.account_id), message);
        }
        Some((name, Err(CreateError { step, error, account_id: Some(id) }))) => {
            // The account exists; what is missing can be set on its page.
            unsaved.saved();
            let what = if step == Step::App {
                t("accounts-created-apps-failed")
            } else {
                t("accounts-created-no-match-failed")
            };
            let message = t_with(
                "accounts-created-partly",
                &[("account", arg(name.trim().to_string())), ("what", arg(what)), ("error", arg(error_text(&error)))],
            );
            flash.go(&navigate, Screen::Account(id), message);
        }
        Some((_, Err(CreateError { step, error, .. }))) => {
            let fields: FieldErrors = match step {
                Step::Account => account_field_errors(&error),
                _ => error
                    .field_errors()
                    .iter()
                    .filter_map(|fe| {
                        let key = admin_field(&fe.path)?;
                        let msg = if key == "email" && fe.validator == "unique" {
                            t("accounts-admin-email-taken")
                        } else {
                            problem_in_words(fe)
                        };
                        Some((key, msg))
                    })
                    .collect(),
            };
            let intro = if step == Step::Account { t("accounts-not-created") } else { t("accounts-admin-not-created") };
            state.failed(format!("{intro} {}", error_text(&error)), fields);
        }
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (f, admin) = current();
        let mut problems = account_problems(&f);
        problems.extend(admin_problems(&admin));
        if state.pass(problems, true) {
            let chosen =
                apps.get_value().iter().map(|a| (a.id.clone(), access_of(&a.key.get_untracked(), vec![]))).collect();
            write.dispatch((f, admin, chosen));
        }
    };
    let make_password = move |_| {
        password.set(generated_password(random_numbers()));
        made_up.set(true);
    };
    let realm_hint = t_with("accounts-realm-new-hint", &[("account", arg(parent_name.clone()))]);
    view! {
        <p>{t_with("accounts-new-under", &[("account", arg(parent_name.clone()))])}</p>
        <form on:submit=on_submit novalidate>
            <fieldset>
                <legend>{t("accounts-the-account")}</legend>
                <AccountFields fields state realm_hint=realm_hint />
            </fieldset>
            <fieldset>
                <legend>{t("accounts-first-admin")}</legend>
                <p class="field__hint">{t("accounts-first-admin-hint")}</p>
                <TextField label=t("accounts-admin-first-name") value=first_name required=true maxlength=128 error=state.error_for("first_name") />
                <TextField label=t("accounts-admin-last-name") value=last_name required=true maxlength=128 error=state.error_for("last_name") />
                <TextField label=t("accounts-admin-email") value=email input_type="email" required=true autocomplete="off" hint=t("accounts-admin-email-hint") error=state.error_for("email") />
                <TextField label=t("accounts-admin-password") value=password input_type="text" autocomplete="new-password" required=true error=state.error_for("password") />
                <p>
                    <button type="button" on:click=make_password>{t("accounts-admin-make-password")}</button>
                    <span role="status">{move || made_up.get().then(|| t("accounts-admin-password-made"))}</span>
                </p>
                <CheckboxField label=t("accounts-admin-send-email") checked=send_email />
            </fieldset>
            <fieldset>
                <legend>{t("accounts-apps")}</legend>
                <p class="field__hint">{t("accounts-apps-hint")}</p>
                {apps.get_value().into_iter().map(|app| {
                    view! { <SelectField label=app.label.clone() value=app.key options=access_options("apps-first-admin") /> }
                }).collect_view()}
            </fieldset>
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <p class="form-actions">
                <button type="submit" class="primary" disabled=move || write.pending().get()>{t("accounts-create")}</button>
                <span role="status">{move || write.pending().get().then(|| t("accounts-creating"))}</span>
            </p>
        </form>
    }
}
