//! `/v2/accounts/{A}/apps_store` (cb_apps_store): the master account's app catalogue
//! and the account's `apps_store` document of installed apps with `allowed_users`
//! (`all`, `admins`, `specific` + `users`). The login response's `apps` reads the same
//! document, so installing or restricting an app changes what users see at sign-in.

use super::accounts::tree_of;
use super::{account_scoped, Resource, GET, GET_PUT_POST_DELETE};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::validate::Validator;
use serde_json::{json, Map, Value};

pub struct AppsStore;

const DOC_ID: &str = "apps_store";

impl Resource for AppsStore {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match account_scoped(nouns, "apps_store")? {
            [] => Some(GET),
            [_] => Some(GET_PUT_POST_DELETE),
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account = ctx.account.clone().unwrap_or_default();
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let store = &ctx.state.store;
        // The catalogue lives in the master account (the root of the tree).
        let master = tree_of(&account).first().cloned().unwrap_or_else(|| account_id.clone());
        let blacklist = reseller_blacklist(ctx, &account)?;
        let catalogue: Vec<Value> = store
            .list(&master, "app")?
            .iter()
            .filter(|a| !blacklist.iter().any(|b| a.get("_id").and_then(Value::as_str) == Some(b.as_str())))
            .cloned()
            .collect();
        let mut apps_store =
            store.get_live(&account_id, DOC_ID)?.and_then(|d| d.as_object().cloned()).unwrap_or_else(|| {
                let mut fresh = Map::new();
                fresh.insert("_id".into(), DOC_ID.into());
                fresh.insert("pvt_type".into(), DOC_ID.into());
                fresh.insert("apps".into(), json!({}));
                fresh.insert("blacklist".into(), json!([]));
                fresh
            });
        let Some(app_id) = ctx.args().first().cloned() else {
            let installed = apps_store.get("apps").cloned().unwrap_or_default();
            let rows = catalogue.iter().map(|app| listing_row(app, &master, &installed)).collect();
            return Ok(Success::ok(Value::Array(rows)));
        };
        let app = catalogue
            .iter()
            .find(|a| a.get("_id").and_then(Value::as_str) == Some(app_id.as_str()))
            .ok_or_else(|| CbError::bad_identifier(&app_id))?;
        let installed = apps_store.get("apps").and_then(|a| a.get(&app_id)).cloned();
        match (ctx.verb, installed) {
            (Verb::Get, installed) => {
                let mut view = doc::public_view(app);
                if let Some(installed) = installed {
                    view["installed"] = installed;
                }
                Ok(Success::ok(view))
            }
            (Verb::Put, Some(_)) => Err(CbError::datastore_conflict()),
            (Verb::Put, None) | (Verb::Post, Some(_)) => {
                let permission = permission(ctx)?;
                set_app(&mut apps_store, &app_id, Some(permission.clone()));
                ctx.state.store.save(&account_id, &mut apps_store)?;
                Ok(Success { created: ctx.verb == Verb::Put, ..Success::ok(permission) })
            }
            (Verb::Delete, Some(previous)) => {
                set_app(&mut apps_store, &app_id, None);
                ctx.state.store.save(&account_id, &mut apps_store)?;
                Ok(Success::ok(previous))
            }
            _ => Err(CbError::bad_identifier(&app_id)),
        }
    }
}

/// A row of the listing as `cb_apps_store.erl normalize_apps_result` builds it: the
/// catalogue entry's summary and who may open it in this account (`allowed_users` and
/// `users` absent while the app is not installed).
fn listing_row(app: &Value, master: &str, installed: &Value) -> Value {
    let id = app.get("_id").and_then(Value::as_str).unwrap_or_default();
    let mut row = json!({
        "id": id,
        "name": app.get("name"),
        "i18n": app.get("i18n"),
        "tags": app.get("tags"),
        "api_url": app.get("api_url"),
        "source_url": app.get("source_url"),
        "account_id": master,
        "masqueradable": app.get("masqueradable").cloned().unwrap_or(Value::Bool(true)),
        "phase": app.get("phase"),
        "extends": app.get("extends"),
    });
    if let (Some(grant), Value::Object(map)) = (installed.get(id), &mut row) {
        map.insert("allowed_users".into(), grant.get("allowed_users").cloned().unwrap_or(Value::Null));
        map.insert("users".into(), grant.get("users").cloned().unwrap_or_else(|| json!([])));
    }
    if let Value::Object(map) = &mut row {
        map.retain(|_, v| !v.is_null());
    }
    row
}

/// Apps the account's reseller hid from its sub-accounts.
fn reseller_blacklist(ctx: &Ctx, account: &Value) -> anyhow::Result<Vec<String>> {
    let Some(parent) = tree_of(account).last().cloned() else {
        return Ok(Vec::new());
    };
    let parent_store = ctx.state.store.get_live(&parent, DOC_ID)?;
    Ok(parent_store
        .and_then(|d| d.get("blacklist").cloned())
        .and_then(|b| serde_json::from_value(b).ok())
        .unwrap_or_default())
}

fn set_app(apps_store: &mut Map<String, Value>, app_id: &str, permission: Option<Value>) {
    let apps = apps_store.entry("apps").or_insert_with(|| json!({}));
    if let Value::Object(apps) = apps {
        match permission {
            Some(p) => apps.insert(app_id.to_string(), p),
            None => apps.remove(app_id),
        };
    }
}

/// `{"allowed_users": all|admins|specific, "users": [{"id"}]}`; user ids sent as plain
/// strings are stored in KAZOO's `{id}` form.
fn permission(ctx: &Ctx) -> Result<Value, CbError> {
    let data = ctx.data_object();
    let mut v = Validator::new();
    if v.required(&data, "allowed_users") {
        v.one_of(&data, "allowed_users", &["all", "admins", "specific"]);
    }
    let users = match data.get("users") {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|u| match u {
                Value::String(id) => Some(json!({"id": id})),
                Value::Object(o) if o.get("id").is_some_and(Value::is_string) => Some(u.clone()),
                _ => None,
            })
            .collect(),
        Some(other) => {
            v.type_error("users", "array", other);
            Vec::new()
        }
    };
    v.finish()?;
    Ok(json!({"allowed_users": data["allowed_users"], "users": users}))
}
