//! `/v2/accounts/{A}/phone_numbers` (cb_phone_numbers): the account's inventory as an
//! object keyed by number, single numbers, the bulk `collection`, `activate`,
//! `identify` and the `classifiers`; with `prefix`, the carrier's numbers for sale, also
//! answered without a token at `/v2/phone_numbers` (see [`super::carrier`]).

use super::carrier;
use super::number_inventory::{self as inventory};
use super::{account_scoped, e164, Resource, ALL_VERBS, GET, PUT};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use crate::schema;
use crate::state::AppState;
use axum::http::StatusCode;
use serde_json::{json, Map, Value};

pub struct PhoneNumbers;

const COLLECTION_VERBS: &[Verb] = &[Verb::Put, Verb::Post, Verb::Patch, Verb::Delete];

impl Resource for PhoneNumbers {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        if is_system_search(nouns) {
            return Some(GET);
        }
        match account_scoped(nouns, "phone_numbers")? {
            [] => Some(GET),
            [c] if c == "classifiers" => Some(GET),
            [c, _] if c == "classifiers" => Some(GET),
            [c] if c == "collection" => Some(COLLECTION_VERBS),
            [c, a] if c == "collection" && a == "activate" => Some(PUT),
            [_] => Some(ALL_VERBS),
            [_, action] if action == "activate" || action == "reserve" => Some(PUT),
            [_, action] if action == "identify" => Some(GET),
            _ => None,
        }
    }

    /// Anyone may look at what is for sale.
    fn public(&self, _verb: Verb, nouns: &[Noun]) -> bool {
        is_system_search(nouns)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        if is_system_search(&ctx.nouns) {
            return search(ctx, carrier::found_view);
        }
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let args = ctx.args().to_vec();
        match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            [] if ctx.query("prefix").is_some() => search(ctx, carrier::found_in_account_view),
            [] => list(ctx, &account_id),
            ["classifiers"] => Ok(Success::ok(e164::available_classifiers())),
            ["classifiers", number] => Ok(Success::ok(e164::classify(number))),
            ["collection"] => collection(ctx, &account_id, ctx.verb),
            ["collection", "activate"] => collection(ctx, &account_id, Verb::Patch),
            [number] => {
                let input = doc::public_input(&ctx.data_object());
                let request = Request { account_id: &account_id, verb: ctx.verb, may_add: may_add(ctx) };
                let view = one(ctx.state, &request, &e164::normalize(number), input)?;
                Ok(Success { created: ctx.verb == Verb::Put, ..Success::ok(view) })
            }
            [number, "identify"] => identify(ctx, &e164::normalize(number)),
            [number, action] => set_state(ctx.state, &account_id, &e164::normalize(number), action),
            _ => Err(CbError::not_found()),
        }
    }
}

/// `/v2/phone_numbers`, outside any account.
fn is_system_search(nouns: &[Noun]) -> bool {
    matches!(nouns, [n] if n.name == "phone_numbers" && n.args.is_empty())
}

/// The carrier's numbers for sale under `prefix`, `quantity` of them from `offset`.
fn search(ctx: &Ctx, view: fn(&str) -> Value) -> Outcome {
    let count = |key: &str| -> Result<Option<usize>, CbError> {
        ctx.query(key)
            .map(|v| {
                v.parse::<usize>().map_err(|_| {
                    CbError::field(key, "type", json!({"message": "Value is not of type integer", "value": v}))
                })
            })
            .transpose()
    };
    let prefix = ctx.query("prefix").unwrap_or_default();
    let wanted = carrier::Search { prefix, quantity: count("quantity")?, offset: count("offset")?.unwrap_or(0) };
    let found = carrier::search(&ctx.state.store, &wanted)?;
    Ok(Success::ok(Value::Array(found.iter().map(|n| view(n)).collect())))
}

/// `{"numbers": {NUM: {...}}, "cascade_quantity": 0}` with the paging keys of the
/// underlying view in the envelope.
fn list(ctx: &Ctx, account_id: &str) -> Outcome {
    let stored = inventory::load(&ctx.state.store, account_id)?;
    let rows =
        inventory::entries(&stored).map(|(number, entry)| Row { key: number.into(), id: number, doc: entry }).collect();
    let mut success = listing::respond(ctx, rows, |page| {
        Ok(page.iter().map(|r| json!({ r.id: inventory::listing_view(r.doc) })).collect())
    })?;
    let mut numbers = Map::new();
    for row in success.data.as_array().into_iter().flatten() {
        numbers.extend(row.as_object().cloned().unwrap_or_default());
    }
    success.data = json!({"numbers": numbers, "cascade_quantity": 0});
    Ok(success)
}

fn knm_error(status: StatusCode, error: &str, message: &str, number: &str) -> CbError {
    CbError {
        status,
        message: error.to_string(),
        data: json!({"message": message, "cause": number, "error": error, "code": status.as_u16()}),
    }
}

fn not_found(number: &str) -> CbError {
    CbError {
        data: json!({"message": "bad identifier", "not_found": "The number could not be found", "cause": number}),
        ..CbError::bad_identifier(number)
    }
}

/// Additions need `pvt_wnm_allow_additions` on the account or a caller from the master
/// account (knm `ensure_can_create`).
fn may_add(ctx: &Ctx) -> bool {
    let allowed_flag = ctx.account.as_ref().and_then(|a| a.get("pvt_wnm_allow_additions")) == Some(&Value::Bool(true));
    let master_caller = ctx.caller.as_ref().is_some_and(|c| super::accounts::tree_of(&c.account).is_empty());
    allowed_flag || master_caller
}

/// What a single-number operation needs to know about the request.
struct Request<'a> {
    account_id: &'a str,
    verb: Verb,
    may_add: bool,
}

/// One number's GET/PUT/POST/PATCH/DELETE; returns the single-number view.
fn one(state: &AppState, request: &Request, number: &str, input: Map<String, Value>) -> Result<Value, CbError> {
    let store = &state.store;
    let (account_id, verb) = (request.account_id, request.verb);
    let mut stored = inventory::load(store, account_id)?;
    match (verb, stored.get(number).cloned()) {
        (Verb::Get, Some(entry)) => Ok(inventory::number_view(number, &entry)),
        (Verb::Put, None) => {
            if !e164::is_reconcilable(number) {
                return Err(knm_error(StatusCode::NOT_FOUND, "not_reconcilable", "number is not reconcilable", number));
            }
            if inventory::owner_of(store, number)?.is_some() {
                return Err(knm_error(StatusCode::CONFLICT, "number_exists", "number already exists", number));
            }
            if !request.may_add {
                let msg = "requestor is unauthorized to perform operation";
                return Err(knm_error(StatusCode::INTERNAL_SERVER_ERROR, "unauthorized", msg, number));
            }
            let mut public = input;
            schema::check(&mut public, schema::phone_numbers::FIELDS, &Value::Null).finish()?;
            let state = match public.remove("create_with_state") {
                Some(Value::String(s)) => s,
                _ => "reserved".to_string(),
            };
            inventory::add_number(store, account_id, number, &state, public)?;
            let entry = inventory::load(store, account_id)?.get(number).cloned().unwrap_or_default();
            Ok(inventory::number_view(number, &entry))
        }
        (Verb::Put, Some(_)) => Err(knm_error(StatusCode::CONFLICT, "number_exists", "number already exists", number)),
        (Verb::Post | Verb::Patch, Some(mut entry)) => {
            let mut public = if verb == Verb::Patch {
                let mut current = inventory::public_of(&entry);
                doc::merge_patch(&mut current, &input);
                current
            } else {
                input
            };
            schema::check(&mut public, schema::phone_numbers::FIELDS, &Value::Null).finish()?;
            // A new or changed E911 address goes through the provider's check.
            let old_e911 = inventory::public_of(&entry).get("e911").cloned();
            if let Some(e911) = public.get("e911").filter(|e| e.is_object() && Some(*e) != old_e911.as_ref()) {
                super::e911_provider::check_address(e911)?;
            }
            inventory::set_public(&mut entry, public);
            stored.insert(number.to_string(), entry.clone());
            inventory::save(store, account_id, &mut stored)?;
            Ok(inventory::number_view(number, &entry))
        }
        (Verb::Delete, Some(mut entry)) => {
            // Releasing takes the number out of the account and back to the carrier
            // (`available`, as documented); callflows keep the string.
            stored.remove(number);
            inventory::save(store, account_id, &mut stored)?;
            entry["state"] = "available".into();
            Ok(inventory::number_view(number, &entry))
        }
        _ => Err(not_found(number)),
    }
}

/// `PUT …/{NUM}/activate` moves a number in service; `reserve` puts it back on hold.
/// Activating a number the account does not hold buys it from the carrier, when it is
/// for sale ("Buy a number once searched for"); otherwise the carrier's 500.
fn set_state(state: &AppState, account_id: &str, number: &str, action: &str) -> Outcome {
    let store = &state.store;
    let mut stored = inventory::load(store, account_id)?;
    if action == "activate" && !stored.contains_key(number) {
        if !carrier::for_sale(store, number)? {
            return Err(knm_error(StatusCode::INTERNAL_SERVER_ERROR, "unspecified_fault", "fault by carrier", number));
        }
        inventory::add_number(store, account_id, number, "in_service", Map::new())?;
        let entry = inventory::load(store, account_id)?.get(number).cloned().unwrap_or_default();
        return Ok(Success::ok(inventory::number_view(number, &entry)));
    }
    let Some(Value::Object(entry)) = stored.get_mut(number) else {
        return Err(not_found(number));
    };
    let state = if action == "activate" { "in_service" } else { "reserved" };
    entry.insert("state".into(), state.into());
    entry.insert("updated".into(), doc::now_gregorian().into());
    let view = inventory::number_view(number, &Value::Object(entry.clone()));
    inventory::save(store, account_id, &mut stored)?;
    Ok(Success::ok(view))
}

/// `GET …/{NUM}/identify`: which account holds the number.
fn identify(ctx: &Ctx, number: &str) -> Outcome {
    match inventory::owner_of(&ctx.state.store, number)? {
        Some(owner) => Ok(Success::ok(json!({"account_id": owner, "number": number}))),
        None => Err(not_found(number)),
    }
}

/// The bulk form: `{"numbers": [...], <fields>}` applied to each number, answered as
/// `{"success": {NUM: view}, "error": {NUM: error data}}`.
fn collection(ctx: &Ctx, account_id: &str, verb: Verb) -> Outcome {
    let Some(numbers) = ctx.data.get("numbers").and_then(Value::as_array).cloned() else {
        return Err(CbError::field(
            "numbers",
            "required",
            json!({"message": "Field is required but missing", "value": "numbers"}),
        ));
    };
    let mut fields = doc::public_input(&ctx.data_object());
    fields.remove("numbers");
    let request = Request { account_id, verb, may_add: may_add(ctx) };
    let activate = ctx.args().get(1).is_some_and(|a| a == "activate");
    let (mut success, mut errors) = (Map::new(), Map::new());
    for number in numbers.iter().filter_map(Value::as_str).map(e164::normalize) {
        let result = if activate {
            set_state(ctx.state, account_id, &number, "activate").map(|s| s.data)
        } else {
            one(ctx.state, &request, &number, fields.clone())
        };
        match result {
            Ok(view) => success.insert(number, view),
            Err(err) => errors.insert(number, err.data),
        };
    }
    Ok(Success::ok(json!({"success": success, "error": errors})))
}
