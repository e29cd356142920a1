//! `/v2/accounts/{A}/port_requests` (cb_port_requests, `applications/crossbar/doc/port_requests.md`):
//! requests to bring numbers over from another carrier. A request starts `unconfirmed`
//! and moves only through its state sub-paths; the account may submit it (from
//! `unconfirmed` or `rejected`) or cancel it. What a port agent does next (`pending`,
//! `scheduled`, `completed`, `rejected`) is not the sandbox's to play.
//!
//! The state is private (`pvt_port_state`) and shown as `port_state`; a number already
//! in some account, or on another request still open, is refused as the doc's answers
//! show (500 `invalid request`, keyed by number).

use super::collection::{id_of, Kind, Write};
use super::{e164, number_inventory};
use crate::ctx::{Ctx, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::schema::{self, int_from, opt, req, text, Field, Kind as Type, ANY_TEXT};
use axum::http::StatusCode;
use serde_json::{json, Map, Value};

pub struct PortRequests;

const STATE: &str = "pvt_port_state";
const UNCONFIRMED: &str = "unconfirmed";
/// States a request is over in: its numbers may go on another one.
const CLOSED: &[&str] = &["completed", "canceled"];
/// Sub-paths the account itself may move a request to, and the states each leaves from.
const MOVES: &[(&str, &[&str])] = &[
    ("submitted", &["unconfirmed", "rejected"]),
    ("canceled", &["unconfirmed", "submitted", "pending", "scheduled", "rejected"]),
];
const PATCH: &[Verb] = &[Verb::Patch];

/// `schemas/port_requests.json`, the fields a console fills in.
const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    req("numbers", Type::Object),
    opt("bill", Type::Object),
    opt("bill.account_number", ANY_TEXT),
    opt("bill.btn", ANY_TEXT),
    opt("bill.carrier", ANY_TEXT),
    opt("bill.locality", ANY_TEXT),
    opt("bill.name", ANY_TEXT),
    opt("bill.pin", ANY_TEXT),
    opt("bill.postal_code", ANY_TEXT),
    opt("bill.region", ANY_TEXT),
    opt("bill.street_address", ANY_TEXT),
    opt("bill.street_number", ANY_TEXT),
    opt("comments", Type::Texts),
    opt("notifications", Type::Object),
    opt("notifications.email", Type::Object),
    opt("reference_number", ANY_TEXT),
    opt("signee_name", ANY_TEXT),
    opt("signing_date", int_from(0)),
    opt("transfer_date", int_from(0)),
    opt("winning_carrier", ANY_TEXT),
];

/// cb_port_requests' 500 `invalid request` with `data` keyed by the number at fault.
fn number_refused(number: &str, message: String) -> CbError {
    CbError {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        message: "invalid request".into(),
        data: json!({ number: {"type": {"cause": number, "message": message}} }),
    }
}

/// A write the request's state does not allow, answered as the doc's "target state
/// illegal given current state".
fn invalid_state(detail: Value) -> CbError {
    CbError {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        message: "invalid request".into(),
        ..CbError::field("port_state", "enum", detail)
    }
}

fn state_of(doc: &Value) -> &str {
    doc.get(STATE).and_then(Value::as_str).unwrap_or(UNCONFIRMED)
}

/// Numbers keyed as E.164; a key that is no phone number is refused at `numbers`.
fn normalized_numbers(doc: &mut Map<String, Value>) -> Result<Vec<String>, CbError> {
    let Some(Value::Object(numbers)) = doc.get("numbers").cloned() else {
        return Ok(Vec::new());
    };
    if numbers.is_empty() {
        return Err(CbError::field("numbers", "minProperties", json!({"message": "Empty object", "target": 1})));
    }
    let mut out = Map::new();
    for (typed, details) in numbers {
        let number = e164::normalize(&typed);
        if !e164::is_reconcilable(&number) {
            let detail = json!({"message": "Not a phone number", "value": typed});
            return Err(CbError::field("numbers", "pattern", detail));
        }
        out.insert(number, details);
    }
    let keys = out.keys().cloned().collect();
    doc.insert("numbers".into(), Value::Object(out));
    Ok(keys)
}

impl Kind for PortRequests {
    const NOUN: &'static str = "port_requests";
    const TYPE: &'static str = "port_request";

    fn prepare(&self, write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError> {
        let state =
            write.existing.and_then(|e| e.get(STATE)).and_then(Value::as_str).unwrap_or(UNCONFIRMED).to_string();
        if !["unconfirmed", "rejected"].contains(&state.as_str()) {
            let detail = json!({"message": "Cannot change a request already under way", "cause": state});
            return Err(invalid_state(detail));
        }
        schema::check(doc, FIELDS, &Value::Null).finish()?;
        let numbers = normalized_numbers(doc)?;
        let store = &write.ctx.state.store;
        let others = if numbers.is_empty() { Vec::new() } else { store.list_all(Self::TYPE)? };
        for number in &numbers {
            if number_inventory::owner_of(store, number)?.is_some() {
                return Err(number_refused(number, "Number exists on the system already".into()));
            }
            let open_elsewhere = others.iter().find(|other| {
                id_of(other) != write.id
                    && !CLOSED.contains(&state_of(other))
                    && other.get("numbers").and_then(|n| n.get(number)).is_some()
            });
            if let Some(other) = open_elsewhere {
                return Err(number_refused(number, format!("Number is on a port request already: {}", id_of(other))));
            }
        }
        doc.insert(STATE.into(), state.into());
        doc.entry("uploads").or_insert_with(|| json!({}));
        Ok(())
    }

    fn listing_row(&self, doc: &Value) -> Value {
        self.present(doc)
    }

    /// Grouped by account, as cb_port_requests lists them: one entry for the account
    /// with its requests.
    fn listing_rows(&self, ctx: &Ctx, docs: &[&Value]) -> Result<Vec<Value>, CbError> {
        if docs.is_empty() {
            return Ok(Vec::new());
        }
        let account = ctx.account.as_ref();
        let field = |k: &str| account.and_then(|a| a.get(k)).cloned().unwrap_or(Value::Null);
        let requests: Vec<Value> = docs.iter().map(|d| self.present(d)).collect();
        Ok(vec![json!({"account_id": field("_id"), "account_name": field("name"), "port_requests": requests})])
    }

    fn present(&self, stored: &Value) -> Value {
        let mut view = doc::public_view(stored);
        view["port_state"] = state_of(stored).into();
        view["created"] = stored.get("pvt_created").cloned().unwrap_or_default();
        view["updated"] = stored.get("pvt_modified").cloned().unwrap_or_default();
        view
    }

    fn doc_sub_path(&self, sub: &str) -> Option<&'static [Verb]> {
        MOVES.iter().any(|(to, _)| *to == sub).then_some(PATCH)
    }

    /// `PATCH …/{id}/submitted` and `…/canceled`.
    fn handle_doc(&self, ctx: &mut Ctx, account_id: &str, stored: &Value, sub: Option<&str>) -> Option<Outcome> {
        let (to, from) = MOVES.iter().find(|(to, _)| Some(*to) == sub)?;
        let current = state_of(stored);
        if !from.contains(&current) {
            let detail = json!({"message": "Cannot move to new state from current state", "cause": current});
            return Some(Err(invalid_state(detail)));
        }
        let mut doc = stored.as_object().cloned().unwrap_or_default();
        doc.insert(STATE.into(), (*to).into());
        let mut transitions = doc.get("pvt_transitions").and_then(Value::as_array).cloned().unwrap_or_default();
        transitions.push(json!({"transition": {"new": to, "previous": current, "timestamp": doc::now_gregorian()}}));
        doc.insert("pvt_transitions".into(), transitions.into());
        if let Err(e) = ctx.state.store.save(account_id, &mut doc) {
            return Some(Err(e.into()));
        }
        let saved = Value::Object(doc);
        Some(Ok(Success::doc(self.present(&saved), saved.get("_rev").and_then(Value::as_str))))
    }
}
