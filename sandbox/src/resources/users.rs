//! `/v2/accounts/{A}/users` (cb_users).

use super::users_rules::{self, listing_row, sort_key};
use super::{account_scoped, Resource, DOC_VERBS, GET_PUT};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};

pub struct Users;

const TYPE: &str = "user";

impl Resource for Users {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [crate::ctx::Verb]> {
        match account_scoped(nouns, "users")? {
            [] => Some(GET_PUT),
            [_] => Some(DOC_VERBS),
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let args = ctx.args().to_vec();
        match (ctx.verb, args.first()) {
            (Verb::Get, None) => list(ctx, &account_id),
            (Verb::Put, None) => create(ctx, &account_id),
            (verb, Some(user_id)) => {
                let stored = ctx
                    .state
                    .store
                    .get_live(&account_id, user_id)?
                    .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(TYPE))
                    .ok_or_else(|| CbError::bad_identifier(user_id))?;
                match verb {
                    Verb::Get => Ok(doc_reply(&stored)),
                    Verb::Post | Verb::Patch => update(ctx, &account_id, stored),
                    Verb::Delete => delete(ctx, &account_id, stored),
                    Verb::Put => Err(CbError::invalid_method()),
                }
            }
            _ => Err(CbError::invalid_method()),
        }
    }
}

fn doc_reply(stored: &Value) -> Success {
    Success::doc(doc::public_view(stored), stored.get("_rev").and_then(Value::as_str))
}

fn list(ctx: &Ctx, account_id: &str) -> Outcome {
    let rows = ctx
        .state
        .store
        .list(account_id, TYPE)?
        .into_iter()
        .map(|u| Row {
            key: sort_key(&u),
            id: u.get("_id").and_then(Value::as_str).unwrap_or_default().to_string(),
            view: listing_row(&u),
            doc: u,
        })
        .collect();
    listing::respond(ctx, rows)
}

fn create(ctx: &Ctx, account_id: &str) -> Outcome {
    let store = &ctx.state.store;
    let id = match ctx.data.get("id").and_then(Value::as_str) {
        Some(id) if doc::is_hex_id(id) => id.to_string(),
        _ => doc::new_id(),
    };
    if store.get(account_id, &id)?.is_some() {
        return Err(CbError::datastore_conflict());
    }
    let mut user = doc::public_input(&ctx.data_object());
    users_rules::prepare(store, account_id, &id, &mut user, None)?;
    user.insert("_id".into(), id.clone().into());
    user.insert("pvt_type".into(), TYPE.into());
    store.save(account_id, &mut user)?;
    Ok(Success { created: true, location: Some(format!("{}/{id}", ctx.path)), ..doc_reply(&Value::Object(user)) })
}

fn update(ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
    let stored_map = stored.as_object().cloned().unwrap_or_default();
    let id = stored_map.get("_id").and_then(Value::as_str).unwrap_or_default().to_string();
    let input = doc::public_input(&ctx.data_object());
    let public = if ctx.verb == Verb::Patch {
        let mut current = doc::public_input(&stored_map);
        doc::merge_patch(&mut current, &input);
        current
    } else {
        input
    };
    let mut user = doc::replace_public(&stored_map, public);
    users_rules::prepare(&ctx.state.store, account_id, &id, &mut user, Some(&stored_map))?;
    guard_own_priv_level(ctx, &stored_map, &user)?;
    ctx.state.store.save(account_id, &mut user)?;
    Ok(doc_reply(&Value::Object(user)))
}

/// The default user template may edit its own document but never its own `priv_level`.
fn guard_own_priv_level(ctx: &Ctx, before: &Map<String, Value>, after: &Map<String, Value>) -> Result<(), CbError> {
    let restricted = ctx.caller.as_ref().is_some_and(|c| c.under_user_template());
    if restricted
        && before.get("priv_level").unwrap_or(&json!("user")) != after.get("priv_level").unwrap_or(&json!("user"))
    {
        return Err(CbError::restricted());
    }
    Ok(())
}

fn delete(ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
    let mut user = stored.as_object().cloned().unwrap_or_default();
    user.insert("pvt_deleted".into(), true.into());
    ctx.state.store.save(account_id, &mut user)?;
    let saved = Value::Object(user);
    let mut reply = doc_reply(&saved);
    if let Value::Object(m) = &mut reply.data {
        m.insert("_read_only".into(), json!({"deleted": true}));
    }
    Ok(reply)
}
