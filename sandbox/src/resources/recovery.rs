//! `/v2/user_auth/recovery` (cb_user_auth, KAZOO `doc/user_authentication.md`, "Password
//! Recovery"): a forgotten password is replaced through a link sent by email.
//!
//! - `PUT {username, account_name | account_realm | phone_number, ui_url}` (no token):
//!   for an enabled user with an email address, a one-time reset id is stored and the
//!   link `<ui_url>?recovery=<reset id>` is mailed (`outbox`).
//! - `POST {reset_id}` (no token): the id is used up, the user's
//!   `require_password_update` is set, and a session for that user is answered — a
//!   password sign-in's, so the new password can be set straight away.
//!
//! Where the sandbox is stricter than KAZOO, for a server people expose:
//! - the `PUT` answers the same whether or not the account, user or address exists, and
//!   never names the address (KAZOO answers "email sent to: <address>", or 400 for an
//!   unknown user name), so it tells nobody who has an account;
//! - the link only points at a console this server vouches for: a loopback host (the
//!   sandbox's own) or a white-label domain an account configured. KAZOO mails whatever
//!   `ui_url` the anonymous request names, which would send a reset id to any site;
//! - a reset id works once, within an hour;
//! - requests are rate-limited like sign-ins.

use super::accounts::{disabled_in_chain, id_of};
use super::auth_endpoints::{account_disabled, accounts_named};
use crate::auth::response::{claims_for, token_created};
use crate::ctx::Ctx;
use crate::doc;
use crate::outbox::Mail;
use crate::reply::{CbError, Outcome, Success};
use crate::validate::Validator;
use serde_json::{json, Map, Value};

const RESET_TYPE: &str = "password_reset";
const RESET_LIFETIME_SECS: i64 = 3600;
const HANDLED: &str = "Request for password reset handled";

/// `PUT /user_auth/recovery`.
pub fn request(ctx: &mut Ctx) -> Outcome {
    let data = ctx.data_object();
    let mut v = Validator::new();
    if v.required(&data, "username") {
        v.string(&data, "username", 1, 254);
    }
    if v.required(&data, "ui_url") {
        v.string(&data, "ui_url", 14, 2000);
    }
    v.finish()?;
    let ui_url = data.get("ui_url").and_then(Value::as_str).unwrap_or_default().to_string();
    if !vouched_for(ctx, &ui_url)? {
        return Err(CbError::field(
            "ui_url",
            "forbidden",
            json!({"message": "The link may only point at a console this server serves", "cause": ui_url}),
        ));
    }
    let accounts = accounts_named(ctx, &data)?;
    let mut targets: Vec<&str> = accounts.iter().map(id_of).collect();
    targets.sort_unstable();
    targets.dedup();
    ctx.state.logins.consume(ctx.client, "user_auth_recovery", &targets).ok_or_else(CbError::too_many_requests)?;
    let username = data.get("username").and_then(Value::as_str).unwrap_or_default().trim().to_ascii_lowercase();
    for account in &accounts {
        let users = ctx.state.store.list(id_of(account), "user")?;
        let user = users.iter().find(|u| {
            u.get("enabled") != Some(&Value::Bool(false))
                && u.get("username").and_then(Value::as_str).is_some_and(|n| n.eq_ignore_ascii_case(&username))
        });
        let Some(user) = user else { continue };
        let Some(email) = user.get("email").and_then(Value::as_str).filter(|e| e.contains('@')) else { break };
        let reset_id = format!("{}{}{}", id_of(account), doc::new_id(), doc::new_id());
        let mut reset = Map::new();
        reset.insert("_id".into(), reset_id.clone().into());
        reset.insert("pvt_type".into(), RESET_TYPE.into());
        reset.insert("pvt_userid".into(), id_of(user).into());
        reset.insert("pvt_created".into(), doc::now_unix().into());
        ctx.state.store.save(id_of(account), &mut reset)?;
        let separator = if ui_url.contains('?') { '&' } else { '?' };
        let name = [user.get("first_name"), user.get("last_name")]
            .iter()
            .filter_map(|v| v.and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        ctx.state.outbox.send(Mail {
            to: email.to_string(),
            subject: "Reset your password".into(),
            body: format!(
                "Hello {name},\n\nSomeone asked to reset the password of {username}. To choose a new one, open:\n\n{ui_url}{separator}recovery={reset_id}\n\nThe link works once, within an hour. If you did not ask, ignore this email.\n"
            ),
        });
        break;
    }
    Ok(Success::ok(Value::String(HANDLED.into())))
}

/// `POST /user_auth/recovery`.
pub fn reset(ctx: &mut Ctx) -> Outcome {
    let data = ctx.data_object();
    let mut v = Validator::new();
    if v.required(&data, "reset_id") {
        v.string(&data, "reset_id", 33, 200);
    }
    v.finish()?;
    let reset_id = data.get("reset_id").and_then(Value::as_str).unwrap_or_default();
    let unknown = || {
        CbError::field(
            "user",
            "not_found",
            json!({"message": "The provided reset_id did not resolve to any user", "cause": reset_id}),
        )
    };
    let account_id = reset_id.get(..32).filter(|a| doc::is_hex_id(a)).ok_or_else(unknown)?;
    ctx.state.logins.consume(ctx.client, "user_auth_recovery", &[account_id]).ok_or_else(CbError::too_many_requests)?;
    let store = &ctx.state.store;
    let reset = store
        .get_live(account_id, reset_id)?
        .filter(|r| r.get("pvt_type").and_then(Value::as_str) == Some(RESET_TYPE))
        .ok_or_else(unknown)?;
    // Used up whatever follows.
    super::collection::soft_delete(ctx, account_id, &reset)?;
    let created = reset.get("pvt_created").and_then(Value::as_i64).unwrap_or(0);
    if doc::now_unix() - created > RESET_LIFETIME_SECS {
        return Err(unknown());
    }
    let user_id = reset.get("pvt_userid").and_then(Value::as_str).unwrap_or_default();
    let user = store
        .get_live(account_id, user_id)?
        .filter(|u| u.get("pvt_type").and_then(Value::as_str) == Some("user"))
        .filter(|u| u.get("enabled") != Some(&Value::Bool(false)))
        .ok_or_else(unknown)?;
    let account = store.get_live(account_id, account_id)?.ok_or_else(unknown)?;
    if let Some(disabled) = disabled_in_chain(store, &account)? {
        return Err(account_disabled(&disabled));
    }
    let mut updated = user.as_object().cloned().unwrap_or_default();
    updated.insert("require_password_update".into(), true.into());
    store.save(account_id, &mut updated)?;
    let user = Value::Object(updated);
    let claims = claims_for(ctx, account_id, Some(id_of(&user)), "cb_user_auth");
    token_created(ctx, &claims, &account, Some(&user), None)
}

/// Whether a reset link may point at `ui_url`: a loopback host (the sandbox serving its
/// own console), or a domain some account's white label names.
fn vouched_for(ctx: &Ctx, ui_url: &str) -> Result<bool, CbError> {
    let Ok(url) = url::Url::parse(ui_url) else { return Ok(false) };
    if !matches!(url.scheme(), "http" | "https") {
        return Ok(false);
    }
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if loopback {
        return Ok(true);
    }
    let host = url.host_str().unwrap_or_default();
    Ok(ctx
        .state
        .store
        .list_all("whitelabel")?
        .iter()
        .any(|w| w.get("domain").and_then(Value::as_str).is_some_and(|d| d.eq_ignore_ascii_case(host))))
}
