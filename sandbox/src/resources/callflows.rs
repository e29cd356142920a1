//! `/v2/accounts/{A}/callflows` (cb_callflows): CRUD with E.164 numbers, uniqueness,
//! number assignment tracking, view-row listings and `metadata` on single GETs.

use super::callflows_rules::{self, TYPE};
use super::{account_scoped, number_inventory, Resource, DOC_VERBS, GET_PUT};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};

pub struct Callflows;

impl Resource for Callflows {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match account_scoped(nouns, "callflows")? {
            [] => Some(GET_PUT),
            [_] => Some(DOC_VERBS),
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let Some(cf_id) = ctx.args().first().cloned() else {
            return match ctx.verb {
                Verb::Get => list(ctx, &account_id),
                _ => create(ctx, &account_id),
            };
        };
        let stored = ctx
            .state
            .store
            .get_live(&account_id, &cf_id)?
            .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(TYPE))
            .ok_or_else(|| CbError::bad_identifier(&cf_id))?;
        match ctx.verb {
            Verb::Get => {
                let meta = callflows_rules::metadata(&ctx.state.store, &account_id, stored.get("flow"))?;
                let mut reply = reply(&stored);
                reply.data["metadata"] = meta;
                Ok(reply)
            }
            Verb::Delete => delete(ctx, &account_id, stored),
            _ => update(ctx, &account_id, stored),
        }
    }
}

fn reply(stored: &Value) -> Success {
    Success::doc(doc::public_view(stored), stored.get("_rev").and_then(Value::as_str))
}

fn numbers_of(cf: &Value) -> Vec<String> {
    cf.get("numbers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn list(ctx: &Ctx, account_id: &str) -> Outcome {
    let rows = ctx
        .state
        .store
        .list(account_id, TYPE)?
        .into_iter()
        .map(|cf| {
            let id = cf.get("_id").and_then(Value::as_str).unwrap_or_default().to_string();
            Row { key: id.clone(), id, view: callflows_rules::listing_row(&cf), doc: cf }
        })
        .collect();
    listing::respond(ctx, rows)
}

fn create(ctx: &Ctx, account_id: &str) -> Outcome {
    let store = &ctx.state.store;
    let id = match ctx.data.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => doc::new_id(),
    };
    if store.get(account_id, &id)?.is_some() {
        return Err(CbError::datastore_conflict());
    }
    let mut cf = doc::public_input(&ctx.data_object());
    callflows_rules::prepare(store, account_id, &id, &mut cf)?;
    cf.insert("_id".into(), id.clone().into());
    cf.insert("pvt_type".into(), TYPE.into());
    store.save(account_id, &mut cf)?;
    let saved = Value::Object(cf);
    number_inventory::track_assignment(store, account_id, &[], &numbers_of(&saved))?;
    Ok(Success { created: true, location: Some(format!("{}/{id}", ctx.path)), ..reply(&saved) })
}

fn update(ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
    let store = &ctx.state.store;
    let stored_map = stored.as_object().cloned().unwrap_or_default();
    let id = stored_map.get("_id").and_then(Value::as_str).unwrap_or_default().to_string();
    let input = doc::public_input(&ctx.data_object());
    let mut public = if ctx.verb == Verb::Patch {
        let mut current = doc::public_input(&stored_map);
        doc::merge_patch(&mut current, &input);
        current
    } else {
        input
    };
    callflows_rules::prepare(store, account_id, &id, &mut public)?;
    let mut cf: Map<String, Value> = doc::replace_public(&stored_map, public);
    store.save(account_id, &mut cf)?;
    let saved = Value::Object(cf);
    number_inventory::track_assignment(store, account_id, &numbers_of(&stored), &numbers_of(&saved))?;
    Ok(reply(&saved))
}

fn delete(ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
    let mut cf = stored.as_object().cloned().unwrap_or_default();
    cf.insert("pvt_deleted".into(), true.into());
    ctx.state.store.save(account_id, &mut cf)?;
    let saved = Value::Object(cf);
    number_inventory::track_assignment(&ctx.state.store, account_id, &numbers_of(&saved), &[])?;
    let mut reply = reply(&saved);
    reply.data["_read_only"] = json!({"deleted": true});
    Ok(reply)
}
