//! Smart PBX › Users › Add user / edit user. Creating writes the user, its voicemail
//! box and its main callflow exactly as Smart PBX does (rolling back if a later step
//! fails, so a retry does not trip over half-made documents). Editing PATCHes only
//! what changed on each document, so fields other apps wrote survive; documents made
//! outside Smart PBX are shown as such and need a confirmation first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use patchbay_monster::user::{main_callflow_doc, user_doc, vmbox_doc, NewUser};
use serde_json::{json, Map, Value};

use super::{smartpbx_stamp, stamped};
use crate::api::{Call, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};
use patchbay_monster::UiMetadata;

/// The form's values (the same fields for adding and editing).
#[derive(Debug, Clone, Default, PartialEq)]
struct Fields {
    first_name: String,
    last_name: String,
    extension: String,
    email: String,
    password: String,
}

/// Errors keyed by form field (`first_name`, `last_name`, `extension`, `email`, `password`).
type FieldErrors = Vec<(&'static str, String)>;

fn validate(f: &Fields, creating: bool) -> FieldErrors {
    let mut errors = vec![];
    for (key, label, value) in
        [("first_name", "user-first-name", &f.first_name), ("last_name", "user-last-name", &f.last_name)]
    {
        if value.trim().is_empty() {
            errors.push((key, t_with("field-required", &[("field", arg(t(label)))])));
        } else if value.chars().count() > 128 {
            errors.push((key, t_with("field-too-long", &[("field", arg(t(label))), ("max", 128.into())])));
        }
    }
    let ext = f.extension.trim();
    if ext.is_empty() {
        errors.push(("extension", t_with("field-required", &[("field", arg(t("user-extension")))])));
    } else if !names::is_extension(ext) || !ext.chars().all(|c| c.is_ascii_digit()) {
        errors.push(("extension", t("user-extension-format")));
    }
    let email = f.email.trim();
    if email.is_empty() && creating {
        errors.push(("email", t_with("field-required", &[("field", arg(t("user-email")))])));
    } else if !email.is_empty()
        && (!email.contains('@') || email.chars().count() > 254 || email.chars().any(char::is_whitespace))
    {
        errors.push(("email", t("field-email")));
    }
    if !f.password.is_empty() && f.password.chars().count() < 6 {
        errors.push(("password", t("user-password-short")));
    }
    errors
}

/// Which form field a Crossbar validation error belongs to, by the document it came from.
fn field_for(step: Step, path: &str) -> Option<&'static str> {
    match (step, path) {
        (Step::User, "first_name") => Some("first_name"),
        (Step::User, "last_name") => Some("last_name"),
        (Step::User, "username" | "email") => Some("email"),
        (Step::User, "password") => Some("password"),
        (Step::User, "presence_id") | (Step::Vmbox, "mailbox") | (Step::Callflow, "numbers") => Some("extension"),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    User,
    Vmbox,
    Callflow,
}

/// A failed save: the error, and the form fields it points at.
struct SaveError {
    error: CrossbarError,
    fields: FieldErrors,
}

fn at(step: Step) -> impl Fn(CrossbarError) -> SaveError {
    move |error| {
        let fields = error
            .field_errors()
            .iter()
            .filter_map(|f| {
                let message = if f.validator == "unique" && field_for(step, &f.path) == Some("extension") {
                    t("user-extension-taken")
                } else {
                    f.message.clone()
                };
                field_for(step, &f.path).map(|k| (k, message))
            })
            .collect();
        SaveError { error, fields }
    }
}

fn id_of(data: &Value) -> String {
    data.get("id").and_then(Value::as_str).unwrap_or_default().to_string()
}

async fn create(call: &Call, meta: &UiMetadata, account: &str, f: &Fields) -> Result<String, SaveError> {
    let new = NewUser {
        first_name: f.first_name.trim().into(),
        last_name: f.last_name.trim().into(),
        username: f.email.trim().to_lowercase(),
        password: Some(f.password.clone()).filter(|p| !p.is_empty()),
        extension: f.extension.trim().into(),
        different_email: None,
        create_vmbox: true,
        send_email_on_creation: false,
    };
    let base = format!("accounts/{account}");
    let user = call.put(&format!("{base}/users"), stamped(user_doc(&new), meta)).await.map_err(at(Step::User))?;
    let user_id = id_of(&user.data);
    let rest = async {
        let vm = vmbox_doc(&new.first_name, &new.last_name, &user_id, &new.extension);
        let vm = call.put(&format!("{base}/vmboxes"), stamped(vm, meta)).await.map_err(at(Step::Vmbox))?;
        let vm_id = id_of(&vm.data);
        let cf = main_callflow_doc(&new.first_name, &new.last_name, &user_id, &new.extension, Some(&vm_id));
        if let Err(e) = call.put(&format!("{base}/callflows"), stamped(cf, meta)).await.map_err(at(Step::Callflow)) {
            let _ = call.delete(&format!("{base}/vmboxes/{vm_id}")).await;
            return Err(e);
        }
        Ok(())
    };
    if let Err(e) = rest.await {
        let _ = call.delete(&format!("{base}/users/{user_id}")).await;
        return Err(e);
    }
    Ok(user_id)
}

/// The user's main callflow and voicemail box, found the way Smart PBX finds them.
async fn owned(call: &Call, account: &str, user_id: &str) -> Result<(Option<Value>, Option<Value>), CrossbarError> {
    let base = format!("accounts/{account}");
    let cfs = call.get(&format!("{base}/callflows?filter_owner_id={user_id}&filter_type=mainUserCallflow")).await?;
    let vms = call.get(&format!("{base}/vmboxes?filter_owner_id={user_id}")).await?;
    let first = |v: &Value| v.as_array().and_then(|a| a.first()).cloned();
    let cf = match first(&cfs.data) {
        Some(row) => Some(call.get(&format!("{base}/callflows/{}", id_of(&row))).await?.data),
        None => None,
    };
    let vm = match first(&vms.data) {
        Some(row) => Some(call.get(&format!("{base}/vmboxes/{}", id_of(&row))).await?.data),
        None => None,
    };
    Ok((cf, vm))
}

/// PATCH only what changed, on the user and (for a new name or extension) on its
/// voicemail box and main callflow, keeping them in step as Smart PBX does.
async fn update(
    call: &Call,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    before: &Fields,
    after: &Fields,
) -> Result<(), SaveError> {
    let base = format!("accounts/{account}");
    let user_id = id_of(user);
    let (first, last) = (after.first_name.trim(), after.last_name.trim());
    let renamed = first != before.first_name.trim() || last != before.last_name.trim();
    let new_ext = after.extension.trim();
    let old_ext = before.extension.trim();
    let ext_changed = new_ext != old_ext;

    let mut patch = Map::new();
    if renamed {
        patch.insert("first_name".into(), first.into());
        patch.insert("last_name".into(), last.into());
    }
    if after.email.trim() != before.email.trim() {
        patch.insert("email".into(), after.email.trim().into());
    }
    if !after.password.is_empty() {
        // Crossbar wants the username with a new password.
        patch.insert("username".into(), user.get("username").cloned().unwrap_or_else(|| after.email.trim().into()));
        patch.insert("password".into(), after.password.clone().into());
    }
    if ext_changed || renamed {
        let mut internal = Map::new();
        internal.insert("name".into(), names::internal_caller_id_name(first, last).into());
        internal.insert("number".into(), new_ext.into());
        patch.insert("caller_id".into(), json!({"internal": internal}));
        patch.insert("presence_id".into(), new_ext.into());
    }
    if !(renamed || ext_changed) && patch.is_empty() {
        return Ok(());
    }
    if renamed || ext_changed {
        let (cf, vm) = owned(call, account, &user_id).await.map_err(at(Step::User))?;
        if let Some(cf) = cf {
            let mut cf_patch = Map::new();
            if renamed {
                cf_patch.insert("name".into(), names::user_callflow(first, last).into());
            }
            if ext_changed {
                let numbers: Vec<Value> = cf["numbers"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|n| if n.as_str() == Some(old_ext) { new_ext.into() } else { n })
                    .collect();
                let numbers = if numbers.iter().any(|n| n.as_str() == Some(new_ext)) {
                    numbers
                } else {
                    [vec![new_ext.into()], numbers].concat()
                };
                cf_patch.insert("numbers".into(), numbers.into());
            }
            call.patch(&format!("{base}/callflows/{}", id_of(&cf)), stamped(Value::Object(cf_patch), meta))
                .await
                .map_err(at(Step::Callflow))?;
        }
        if let Some(vm) = vm {
            let mut vm_patch = Map::new();
            if renamed {
                vm_patch.insert("name".into(), names::user_vmbox(first, last).into());
            }
            // Smart PBX moves the mailbox only when it still matched the old extension.
            if ext_changed && vm.get("mailbox").and_then(Value::as_str) == Some(old_ext) {
                vm_patch.insert("mailbox".into(), new_ext.into());
            }
            if !vm_patch.is_empty() {
                call.patch(&format!("{base}/vmboxes/{}", id_of(&vm)), stamped(Value::Object(vm_patch), meta))
                    .await
                    .map_err(at(Step::Vmbox))?;
            }
        }
    }
    call.patch(&format!("{base}/users/{user_id}"), stamped(Value::Object(patch), meta))
        .await
        .map_err(at(Step::User))?;
    Ok(())
}

fn fields_of(user: &Value) -> Fields {
    let s = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    Fields {
        first_name: s("first_name"),
        last_name: s("last_name"),
        extension: s("presence_id"),
        email: s("email"),
        password: String::new(),
    }
}

#[component]
pub fn CreateUserScreen() -> impl IntoView {
    view! { <UserForm user=None /> }
}

#[component]
pub fn EditUserScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let params = use_params_map();
    let user = RwSignal::new(None::<Value>);
    let error = RwSignal::new(None::<CrossbarError>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        spawn_local(async move {
            let call = client.action(t("action-open-user"));
            match call.get(&format!("accounts/{account}/users/{id}")).await {
                Ok(env) => user.set(Some(env.data)),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    view! {
        {move || error.get().map(|e| view! { <p class="error-notice" role="alert">{error_text(&e)}</p> })}
        {move || match user.get() {
            Some(u) => view! { <UserForm user=Some(u) /> }.into_any(),
            None if error.with(Option::is_none) => view! { <p role="status">{t("loading")}</p> }.into_any(),
            None => ().into_any(),
        }}
    }
}

#[component]
fn UserForm(user: Option<Value>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let meta = StoredValue::new(smartpbx_stamp());
    let creating = user.is_none();
    let before = user.as_ref().map(fields_of).unwrap_or_default();
    let outside = user.as_ref().is_some_and(|u| made_outside(u, ORIGIN_SMARTPBX));
    let first_name = RwSignal::new(before.first_name.clone());
    let last_name = RwSignal::new(before.last_name.clone());
    let extension = RwSignal::new(before.extension.clone());
    let email = RwSignal::new(before.email.clone());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let form_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let user = StoredValue::new(user);
    let before = StoredValue::new(before);

    let error_for = move |k: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| *f == k).map(|(_, m)| m.clone())))
    };
    let current = move || Fields {
        first_name: first_name.get_untracked(),
        last_name: last_name.get_untracked(),
        extension: extension.get_untracked(),
        email: email.get_untracked(),
        password: password.get_untracked(),
    };

    let save = move |confirmed: bool| {
        let f = current();
        status.set(None);
        form_error.set(None);
        let local = validate(&f, creating);
        if !local.is_empty() {
            errors.set(local);
            form_error.set(Some(t("form-has-errors")));
            return;
        }
        errors.set(vec![]);
        if outside && !confirmed {
            confirming.set(true);
            return;
        }
        confirming.set(false);
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        busy.set(true);
        let navigate = navigate.clone();
        let full = names::full_name(&f.first_name, &f.last_name);
        let meta = meta.get_value();
        spawn_local(async move {
            let result = match user.get_value() {
                None => {
                    let call = client.action(t_with("action-create-user", &[("name", arg(full))]));
                    create(&call, &meta, &account, &f).await.map(Some)
                }
                Some(u) => {
                    let call = client.action(t_with("action-save-user", &[("name", arg(full))]));
                    update(&call, &meta, &account, &u, &before.get_value(), &f).await.map(|_| None)
                }
            };
            busy.set(false);
            match result {
                Ok(Some(new_id)) => navigate(&format!("/smartpbx/users/{new_id}"), Default::default()),
                Ok(None) => {
                    before.set_value(Fields { password: String::new(), ..f });
                    password.set(String::new());
                    status.set(Some(t("saved")));
                }
                Err(SaveError { error, fields }) => {
                    errors.set(fields);
                    form_error.set(Some(error_text(&error)));
                }
            }
        });
    };
    let submit = {
        let save = save.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save(false);
        }
    };

    view! {
        <section class="screen" aria-labelledby="user-form-title">
            <h2 id="user-form-title">
                {if creating { t("users-add") } else { names::full_name(&before.get_value().first_name, &before.get_value().last_name) }}
            </h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                <TextField label=t("user-first-name") value=first_name autocomplete="off" required=true maxlength=128 error=error_for("first_name") />
                <TextField label=t("user-last-name") value=last_name autocomplete="off" required=true maxlength=128 error=error_for("last_name") />
                <TextField label=t("user-extension") value=extension autocomplete="off" required=true maxlength=6 hint=t("user-extension-hint") error=error_for("extension") />
                <TextField label=t("user-email") value=email input_type="email" autocomplete="off" required=creating maxlength=254 error=error_for("email") />
                <TextField
                    label=t("user-password")
                    value=password
                    input_type="password"
                    autocomplete="new-password"
                    hint=if creating { t("user-password-hint-new") } else { t("user-password-hint-edit") }
                    error=error_for("password")
                />
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="alertdialog" aria-labelledby="confirm-outside">
                        <p id="confirm-outside">{t("made-outside-confirm")}</p>
                        <button type="button" class="primary" on:click={let save = save.clone(); move |_| save(true)}>{t("save-anyway")}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{t("cancel")}</button>
                    </div>
                </Show>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {if creating { t("create") } else { t("save") }}
                    </button>
                    <span role="status">{move || status.get()}</span>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(first: &str, ext: &str, email: &str) -> Fields {
        Fields {
            first_name: first.into(),
            last_name: "Admin".into(),
            extension: ext.into(),
            email: email.into(),
            password: String::new(),
        }
    }

    #[test]
    fn extensions_are_short_digit_strings() {
        assert!(validate(&fields("Ada", "2001", "ada@demo.test"), true).is_empty());
        let keys = |e: FieldErrors| e.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(keys(validate(&fields("Ada", "+14155550100", "ada@demo.test"), true)), ["extension"]);
        assert_eq!(keys(validate(&fields("", "20a1", "nope"), true)), ["first_name", "extension", "email"]);
        assert_eq!(keys(validate(&fields("Ada", "2001", ""), false)), Vec::<&str>::new());
    }

    #[test]
    fn crossbar_errors_land_on_the_field_that_caused_them() {
        assert_eq!(field_for(Step::Callflow, "numbers"), Some("extension"));
        assert_eq!(field_for(Step::Vmbox, "mailbox"), Some("extension"));
        assert_eq!(field_for(Step::User, "username"), Some("email"));
        assert_eq!(field_for(Step::Callflow, "name"), None);
    }
}
