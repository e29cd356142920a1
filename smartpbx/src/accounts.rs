//! The Account Manager's multi-request operations (monster-ui-accounts
//! `submodules/wizard/wizard.js wizardSubmit`): a new account with its first admin, its
//! apps and the callflow for outside calls; an app's access; deleting an account.
//!
//! Unlike Monster's wizard, which leaves a half-made account behind when its admin
//! cannot be created, a new account whose admin fails is deleted again: the person
//! fixes the form and sends it once more, without a "name already taken" in the way.

use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::account::{new_account_doc, no_match_callflow, AccountForm, AppAccess};
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

use crate::{account_path, delete_stamped, stamped};

/// The new account's first administrator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewAdmin {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub password: String,
    /// Ask Crossbar to email the new admin their sign-in details.
    pub send_email: bool,
}

/// Which request of the operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Account,
    Admin,
    /// Installing an app (its id).
    App,
    /// The callflow for outside calls.
    NoMatch,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateError {
    pub step: Step,
    pub error: CrossbarError,
    /// The account exists despite the failure (a later step failed); its id.
    pub account_id: Option<String>,
}

/// What was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    pub account_id: String,
    pub admin_id: String,
}

/// The user document of the first admin, as the wizard builds it
/// (`wizardSubmitGetFormattedUsers`): the email is the username.
pub fn admin_doc(admin: &NewAdmin) -> Value {
    json!({
        "first_name": admin.first_name.trim(),
        "last_name": admin.last_name.trim(),
        "username": admin.email.trim().to_ascii_lowercase(),
        "email": admin.email.trim(),
        "password": admin.password,
        "priv_level": "admin",
        "send_email_on_creation": admin.send_email,
    })
}

/// Creates the account under `parent`, then its admin (the account is deleted again if
/// that fails), then installs `apps` (app id and access; `Specific` with no ids means
/// "the new admin") and the callflow for outside calls.
pub async fn create(
    call: &impl Transport,
    meta: &UiMetadata,
    parent: &str,
    form: &AccountForm,
    admin: &NewAdmin,
    apps: &[(String, AppAccess)],
) -> Result<Created, CreateError> {
    let fail = |step: Step, account: Option<&str>| {
        let account_id = account.map(str::to_string);
        move |error: CrossbarError| CreateError { step, error, account_id }
    };
    let made = call
        .put(&account_path(parent), stamped(new_account_doc(form), meta))
        .await
        .map_err(fail(Step::Account, None))?;
    let account_id = doc_id(&made.data);
    let base = account_path(&account_id);
    let admin_id = match call.put(&format!("{base}/users"), stamped(admin_doc(admin), meta)).await {
        Ok(user) => doc_id(&user.data),
        Err(error) => {
            // The half-made account goes again, so that the form can simply be sent again.
            let kept = delete_stamped(call, &base, meta).await.is_err();
            return Err(CreateError { step: Step::Admin, error, account_id: kept.then_some(account_id) });
        }
    };
    for (app, access) in apps {
        let access = match access {
            AppAccess::Specific(ids) if ids.is_empty() => AppAccess::Specific(vec![admin_id.clone()]),
            other => other.clone(),
        };
        set_app_access(call, meta, &account_id, app, &AppAccess::NotInstalled, &access)
            .await
            .map_err(fail(Step::App, Some(&account_id)))?;
    }
    call.put(&format!("{base}/callflows"), stamped(no_match_callflow(), meta))
        .await
        .map_err(fail(Step::NoMatch, Some(&account_id)))?;
    Ok(Created { account_id, admin_id })
}

/// Moves an app from `before` to `after`: install (`PUT`), change (`POST`) or uninstall
/// (`DELETE`), as Monster's app store does (monster-ui `src/apps/appstore/app.js`).
pub async fn set_app_access(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    app: &str,
    before: &AppAccess,
    after: &AppAccess,
) -> Result<(), CrossbarError> {
    if before == after {
        return Ok(());
    }
    let path = format!("{}/apps_store/{}", account_path(account), seg(app));
    match (before, after.body()) {
        (_, None) => delete_stamped(call, &path, meta).await.map(drop),
        (AppAccess::NotInstalled, Some(body)) => call.put(&path, stamped(body, meta)).await.map(drop),
        (_, Some(body)) => call.post(&path, stamped(body, meta)).await.map(drop),
    }
}

/// Turns an account on or off (`enabled`, which only an ancestor may change), keeping
/// everything else stored; the account as Crossbar answers it.
pub async fn set_enabled(
    call: &impl Transport,
    meta: &UiMetadata,
    stored: &Value,
    enabled: bool,
) -> Result<Value, CrossbarError> {
    let path = account_path(&doc_id(stored));
    Ok(call.patch(&path, stamped(json!({ "enabled": enabled }), meta)).await?.data)
}

/// Deletes an account (Crossbar refuses while it has sub-accounts).
pub async fn delete(call: &impl Transport, meta: &UiMetadata, account: &str) -> Result<(), CrossbarError> {
    delete_stamped(call, &account_path(account), meta).await.map(drop)
}
