//! Signing in (`PUT /v2/user_auth` or `/v2/api_auth`) and loading who the person
//! is, all recorded under one "Sign in" action so the inspector shows the sequence.

use patchbay_crossbar::credentials::{api_auth_body, recovery_reset_body, user_auth_body};
use patchbay_crossbar::gating::PrivLevel;
use patchbay_crossbar::jwt::decode_claims;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Envelope};
use serde::Deserialize;

use super::SessionData;
use crate::api::{now_ms, ActionScope};

/// Why a sign-in did not complete.
pub type SignInError = CrossbarError;

#[derive(Deserialize)]
struct AuthData {
    account_id: String,
    #[serde(default)]
    owner_id: Option<String>,
    #[serde(default)]
    account_name: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    is_reseller: bool,
    #[serde(default)]
    apps: Vec<AppEntry>,
    /// Service URLs the server's system_config names (`ui_config.api.*`).
    #[serde(default)]
    ui_config: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct AppEntry {
    name: String,
}

#[derive(Deserialize, Default)]
struct PersonDoc {
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    priv_level: PrivLevel,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    require_password_update: bool,
}

fn malformed(detail: &str) -> CrossbarError {
    CrossbarError::Malformed { status: 201, detail: detail.to_string() }
}

pub async fn sign_in_with_password(
    call: &ActionScope,
    account_name: &str,
    username: &str,
    password: &str,
) -> Result<SessionData, SignInError> {
    let env = call.put_anonymous("user_auth", user_auth_body(account_name, username, password)).await?;
    complete(call, env, Some(username.trim().to_ascii_lowercase()), account_name.trim()).await
}

/// Sign in with a password-recovery link's reset id (`POST /v2/user_auth/recovery`);
/// the session then asks for a new password first.
pub async fn sign_in_with_reset_id(call: &ActionScope, reset_id: &str) -> Result<SessionData, SignInError> {
    let env = call.post_anonymous("user_auth/recovery", recovery_reset_body(reset_id)).await?;
    complete(call, env, None, "").await
}

pub async fn sign_in_with_api_key(call: &ActionScope, api_key: &str) -> Result<SessionData, SignInError> {
    let env = call.put_anonymous("api_auth", api_auth_body(api_key)).await?;
    complete(call, env, None, "").await
}

/// Turn a login envelope into a session: read the token's expiry, then load the
/// user (for role, name, language, timezone) and the account (timezone fallback).
async fn complete(
    call: &ActionScope,
    env: Envelope,
    username: Option<String>,
    typed_account: &str,
) -> Result<SessionData, SignInError> {
    let token = env.auth_token.clone().ok_or_else(|| malformed("login response has no auth_token"))?;
    let auth: AuthData = env.data_as()?;
    let exp = decode_claims(&token).map(|c| c.exp).unwrap_or_else(|_| (now_ms() / 1000.0) as i64 + 3600);

    let account_path = format!("accounts/{}", seg(&auth.account_id));
    let (account, user) = match &auth.owner_id {
        Some(owner) => {
            let user_path = format!("{account_path}/users/{}", seg(owner));
            let (account, user) =
                futures::join!(call.get_with_token(&account_path, &token), call.get_with_token(&user_path, &token));
            (account?, Some(user?))
        }
        None => (call.get_with_token(&account_path, &token).await?, None),
    };
    let account: PersonDoc = account.data_as().unwrap_or_default();
    let user: Option<PersonDoc> = user.map(|u| u.data_as()).transpose()?;

    let language = user
        .as_ref()
        .and_then(|u| u.language.clone())
        .or(auth.language)
        .or(account.language.clone())
        .unwrap_or_else(crate::i18n::browser_language);
    crate::i18n::load_language(&language).await;
    let timezone = user.as_ref().and_then(|u| u.timezone.clone()).or(account.timezone.clone());
    let account_name = auth.account_name.or(account.name.clone()).unwrap_or_else(|| typed_account.to_string());
    let must_change_password = user.as_ref().is_some_and(|u| u.require_password_update);
    // A reset link's session has no typed username: the user document's is the one.
    let username = username.or_else(|| user.as_ref().and_then(|u| u.username.clone()));
    Ok(SessionData {
        token,
        exp,
        issued_at_ms: now_ms(),
        account_id: auth.account_id,
        account_name,
        owner_id: auth.owner_id,
        username,
        first_name: user.as_ref().map(|u| u.first_name.clone()).unwrap_or_default(),
        last_name: user.as_ref().map(|u| u.last_name.clone()).unwrap_or_default(),
        // API-key sessions act for the account, as its administrator.
        priv_level: user.as_ref().map(|u| u.priv_level).unwrap_or(PrivLevel::Admin),
        is_reseller: auth.is_reseller,
        apps: auth.apps.into_iter().map(|a| a.name).collect(),
        language,
        timezone,
        provisioner_url: auth
            .ui_config
            .as_ref()
            .and_then(|c| c.pointer("/api/provisioner/url"))
            .and_then(serde_json::Value::as_str)
            .filter(|u| !u.trim().is_empty())
            .map(str::to_string),
        must_change_password,
        acting_as: None,
    })
}

/// New token for the same person after a lapse; only the token fields change, so
/// nothing on screen is reset.
pub async fn sign_in_again(
    call: &ActionScope,
    current: &SessionData,
    secret: &str,
) -> Result<SessionData, SignInError> {
    let env = match &current.username {
        Some(username) => {
            call.put_anonymous("user_auth", user_auth_body(&current.account_name, username, secret)).await?
        }
        None => call.put_anonymous("api_auth", api_auth_body(secret)).await?,
    };
    let token = env.auth_token.clone().ok_or_else(|| malformed("login response has no auth_token"))?;
    let auth: AuthData = env.data_as()?;
    if auth.account_id != current.account_id || auth.owner_id != current.owner_id {
        // Another person's password: do not silently switch identities mid-edit.
        return Err(CrossbarError::Unauthorized(patchbay_crossbar::error::Unauthorized::InvalidCredentials));
    }
    let exp = decode_claims(&token).map(|c| c.exp).unwrap_or(current.exp);
    Ok(SessionData { token, exp, issued_at_ms: now_ms(), ..current.clone() })
}
