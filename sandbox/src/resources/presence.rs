//! `POST /v2/accounts/{A}/users/{U}/presence` and `…/devices/{D}/presence` (cb_presence):
//! `{action: "reset"}` (or the older `{reset: true}`), or `{action: "set", state}` with
//! `state` one of `confirmed` (busy lamp on), `early` (ringing) or `terminated` (idle).
//! KAZOO sends the command to the phones and keeps a set state in the account's
//! `manual_presence` document, keyed by presence id; the sandbox keeps that document, so
//! what a console set can be read back through the database as KAZOO would have it.
//! Answered `202` with the message KAZOO gives. An admin may set anyone's; a user only
//! their own (or their own device's).

use super::Resource;
use crate::ctx::{Ctx, Noun, Verb};
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};

const POST: &[Verb] = &[Verb::Post];

/// The states `cb_presence` accepts (`PRESENCE_STATES`).
const STATES: &[&str] = &["confirmed", "early", "terminated"];
/// The account document holding set states (`MANUAL_PRESENCE_DOC`).
const MANUAL_PRESENCE: &str = "manual_presence";

pub struct Presence;

/// The owner collection and id of a `…/users/{U}/presence` or `…/devices/{D}/presence` path.
fn target(nouns: &[Noun]) -> Option<(&str, &str)> {
    match nouns {
        [account, owner, presence]
            if account.name == "accounts"
                && account.args.len() == 1
                && matches!(owner.name.as_str(), "users" | "devices")
                && owner.args.len() == 1
                && presence.args.is_empty() =>
        {
            Some((owner.name.as_str(), owner.args[0].as_str()))
        }
        _ => None,
    }
}

impl Resource for Presence {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        target(nouns).map(|_| POST)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let (collection, id) = target(&ctx.nouns).ok_or_else(CbError::not_found)?;
        let (collection, id) = (collection.to_string(), id.to_string());
        let account_id = ctx.account_id().ok_or_else(CbError::not_found)?.to_string();
        let doc = ctx
            .state
            .store
            .get_live(&account_id, &id)?
            .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(&collection[..collection.len() - 1]))
            .ok_or_else(|| CbError::bad_identifier(&id))?;
        let caller = ctx.caller.as_ref().ok_or_else(CbError::bad_token)?;
        let owner = match collection.as_str() {
            "users" => Some(id.as_str()),
            _ => doc.get("owner_id").and_then(Value::as_str),
        };
        if !caller.is_admin() && !caller.owns(owner) {
            return Err(CbError::forbidden());
        }
        let data = ctx.data_object();
        let reset = data.get("reset") == Some(&Value::Bool(true));
        let action = data.get("action").and_then(Value::as_str).or(reset.then_some("reset"));
        match action {
            Some("reset") => Ok(Success::accepted("command sent")),
            Some("set") => {
                let state = data.get("state").and_then(Value::as_str).filter(|s| STATES.contains(s));
                let Some(state) = state else {
                    return Err(CbError::field(
                        "state",
                        "invalid",
                        json!({"message": "Field must be set to a valid state", "target": "invalid"}),
                    ));
                };
                // Devices answer to their presence id, else their SIP username; users to theirs.
                let presence_id = doc
                    .get("presence_id")
                    .or_else(|| doc.pointer("/sip/username"))
                    .and_then(Value::as_str)
                    .filter(|p| !p.is_empty());
                let Some(presence_id) = presence_id else {
                    return Ok(Success::ok(Value::String("nothing to send command to".into())));
                };
                // Keys KAZOO keeps private (`_id`, `pvt_type` …) are never a presence id's to
                // overwrite: the state is sent, not kept.
                if presence_id.starts_with('_') || presence_id.starts_with("pvt_") {
                    return Ok(Success::accepted("command sent"));
                }
                let mut manual: Map<String, Value> = ctx
                    .state
                    .store
                    .get(&account_id, MANUAL_PRESENCE)?
                    .and_then(|d| d.as_object().cloned())
                    .unwrap_or_else(|| {
                        let mut m = Map::new();
                        m.insert("_id".into(), MANUAL_PRESENCE.into());
                        m.insert("pvt_type".into(), MANUAL_PRESENCE.into());
                        m
                    });
                manual.insert(presence_id.to_string(), state.into());
                ctx.state.store.save(&account_id, &mut manual)?;
                Ok(Success::accepted("command sent"))
            }
            _ => Err(CbError::field(
                "action",
                "invalid",
                json!({"message": "Field must be set to a valid action", "target": "invalid"}),
            )),
        }
    }
}
