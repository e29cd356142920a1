//! The `data` of login, token_auth and refresh responses (`crossbar_util:response_auth`)
//! and token minting.

use crate::auth::token::{Claims, ISSUER};
use crate::ctx::Ctx;
use crate::doc;
use crate::provisioner;
use crate::reply::{Outcome, Success};
use crate::resources::accounts::{id_of, is_reseller, reseller_id, tree_of};
use crate::store::Store;
use serde_json::{json, Map, Value};

pub const DEFAULT_LANGUAGE: &str = "en-US";

pub fn claims_for(ctx: &Ctx, account_id: &str, owner_id: Option<&str>, method: &str) -> Claims {
    let now = doc::now_unix().max(0) as u64;
    Claims {
        account_id: account_id.to_string(),
        owner_id: owner_id.map(str::to_string),
        method: method.to_string(),
        exp: now.saturating_add(ctx.state.token_ttl_secs),
        iss: ISSUER.to_string(),
        iat: Some(now),
    }
}

/// 201 with a fresh token and the auth response body.
pub fn token_created(
    ctx: &Ctx,
    claims: &Claims,
    account: &Value,
    user: Option<&Value>,
    remaining: Option<u64>,
) -> Outcome {
    let token = ctx.state.keys.mint(claims)?;
    let data = response_auth(&ctx.state.store, &ctx.base_url, account, user)?;
    let mut success = Success { created: true, new_token: Some(token), ..Success::ok(data) };
    if let Some(remaining) = remaining {
        success.extra.insert("tokens".into(), json!({"consumed": 1, "remaining": remaining}));
    }
    Ok(success)
}

pub fn response_auth(store: &Store, base_url: &str, account: &Value, user: Option<&Value>) -> anyhow::Result<Value> {
    let mut data = Map::new();
    let account_id = id_of(account);
    data.insert("account_id".into(), account_id.into());
    if let Some(user) = user {
        data.insert("owner_id".into(), id_of(user).into());
    }
    data.insert("account_name".into(), account.get("name").cloned().unwrap_or(Value::Null));
    let language = user
        .and_then(|u| u.get("language"))
        .or_else(|| account.get("language"))
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_LANGUAGE)
        .to_string();
    data.insert("language".into(), language.clone().into());
    data.insert("is_reseller".into(), is_reseller(account).into());
    data.insert("reseller_id".into(), reseller_id(store, account)?.into());
    data.insert("is_master_account".into(), tree_of(account).is_empty().into());
    data.insert("apps".into(), Value::Array(allowed_apps(store, base_url, account, user, &language)?));
    // KAZOO lists here the service URLs its system_config names; the sandbox names its
    // own phone catalogue so the "Add user" phone section can be tried.
    data.insert("ui_config".into(), json!({"api": {"provisioner": {"url": provisioner::ROOT}}}));
    Ok(Value::Object(data))
}

/// Apps installed in the account's `apps_store` doc that this user may use; the app
/// catalogue lives in the master account.
fn allowed_apps(
    store: &Store,
    base_url: &str,
    account: &Value,
    user: Option<&Value>,
    language: &str,
) -> anyhow::Result<Vec<Value>> {
    let account_id = id_of(account);
    let master = tree_of(account).first().cloned().unwrap_or_else(|| account_id.to_string());
    let Some(apps_store) = store.get_live(account_id, "apps_store")? else {
        return Ok(Vec::new());
    };
    let is_admin = user.is_none_or(|u| u.get("priv_level").and_then(Value::as_str) == Some("admin"));
    let user_id = user.map(id_of).unwrap_or_default();
    let mut out = Vec::new();
    let installed = apps_store.get("apps").and_then(Value::as_object).cloned().unwrap_or_default();
    for (app_id, permission) in installed {
        let allowed = match permission.get("allowed_users").and_then(Value::as_str) {
            Some("all") => true,
            Some("admins") => is_admin,
            Some("specific") => permission
                .get("users")
                .and_then(Value::as_array)
                .is_some_and(|users| users.iter().any(|u| u.get("id").and_then(Value::as_str) == Some(user_id))),
            _ => false,
        };
        if !allowed {
            continue;
        }
        let Some(app) = store.get_live(&master, &app_id)? else {
            continue;
        };
        let i18n = app.get("i18n");
        let label = i18n
            .and_then(|i| i.get(language).or_else(|| i.get(DEFAULT_LANGUAGE)))
            .and_then(|l| l.get("label"))
            .cloned()
            .unwrap_or(Value::Null);
        out.push(json!({
            "id": app_id,
            "name": app.get("name"),
            "api_url": format!("{base_url}/v2/"),
            "source_url": app.get("source_url"),
            "label": label,
        }));
    }
    Ok(out)
}
