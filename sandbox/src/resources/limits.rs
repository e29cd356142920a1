//! `/v2/accounts/{A}/limits` (cb_limits, doc/limits.md): the account's `limits`
//! document (id `limits`) of flat-rate trunks and call caps.
//!
//! GET answers the document plus two fields leaked from private ones, `allow_postpay`
//! (`pvt_allow_postpay`, default false) and `max_postpay_amount` (`|pvt_max_postpay_amount|`,
//! default 0). An account without the document gets the schema's defaults with
//! `id: "limits"` and nothing leaked (cb_limits `maybe_handle_load_failure/2`).
//!
//! POST replaces the public fields after checking `schemas/limits.json`; the two leaked
//! keys are dropped from the input. Only the account's reseller, a direct customer of the
//! master account, or a superduper admin may (cb_limits `is_allowed/1`); anyone else gets
//! 403. The sandbox bills nothing, so the 402 "accept charges" step never comes.

use super::accounts::{reseller_id, tree_of};
use super::{account_scoped, Resource};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::schema::{self, limits};
use serde_json::{Map, Value};

pub struct Limits;

pub const DOC_ID: &str = "limits";

const GET_POST: &[Verb] = &[Verb::Get, Verb::Post];

/// Response-only keys (cb_limits `cleanup_leaky_keys/1`).
const LEAKED: [&str; 2] = ["allow_postpay", "max_postpay_amount"];

impl Resource for Limits {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        account_scoped(nouns, "limits").filter(|args| args.is_empty()).map(|_| GET_POST)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let stored = load(&ctx.state.store, &account_id)?;
        match ctx.verb {
            Verb::Get => Ok(match stored {
                Some(limits) => Success::doc(leaked_view(&limits), rev(&limits)),
                None => Success::ok(defaults_view()),
            }),
            Verb::Post => update(ctx, &account_id, stored),
            _ => Err(CbError::invalid_method()),
        }
    }
}

/// The account's limits document, if it has one.
pub fn load(store: &crate::store::Store, account_id: &str) -> anyhow::Result<Option<Value>> {
    Ok(store.get_live(account_id, DOC_ID)?.filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(DOC_ID)))
}

fn rev(doc: &Value) -> Option<&str> {
    doc.get("_rev").and_then(Value::as_str)
}

fn leaked_view(limits: &Value) -> Value {
    let mut view = doc::public_view(limits);
    if let Value::Object(m) = &mut view {
        let postpay = limits.get("pvt_allow_postpay").and_then(Value::as_bool).unwrap_or(false);
        m.insert("allow_postpay".into(), postpay.into());
        let amount = limits.get("pvt_max_postpay_amount").cloned().unwrap_or_else(|| 0.into());
        m.insert("max_postpay_amount".into(), absolute(&amount));
    }
    view
}

fn absolute(amount: &Value) -> Value {
    match (amount.as_i64(), amount.as_f64()) {
        (Some(n), _) => n.unsigned_abs().into(),
        (None, Some(f)) => f.abs().into(),
        _ => 0.into(),
    }
}

/// What GET answers without a document: the schema's defaults and the id.
fn defaults_view() -> Value {
    let mut view = limits::defaults();
    if let Value::Object(m) = &mut view {
        m.insert("id".into(), DOC_ID.into());
    }
    view
}

fn update(ctx: &Ctx, account_id: &str, stored: Option<Value>) -> Outcome {
    if !may_update(ctx)? {
        return Err(CbError::forbidden());
    }
    let mut input = doc::public_input(&ctx.data_object());
    for key in LEAKED {
        input.remove(key);
    }
    schema::check(&mut input, limits::FIELDS, &limits::defaults()).finish()?;
    let base = stored.and_then(|s| s.as_object().cloned()).unwrap_or_else(|| {
        let mut fresh = Map::new();
        fresh.insert("_id".into(), DOC_ID.into());
        fresh.insert("pvt_type".into(), DOC_ID.into());
        fresh
    });
    let mut saved = doc::replace_public(&base, input);
    ctx.state.store.save(account_id, &mut saved)?;
    let saved = Value::Object(saved);
    Ok(Success::doc(doc::public_view(&saved), rev(&saved)))
}

/// cb_limits `is_allowed/1`: the caller's account is the account's reseller, or the
/// account is a direct customer of the master account, or the caller is a superduper
/// admin.
fn may_update(ctx: &Ctx) -> Result<bool, CbError> {
    let (Some(account), Some(caller)) = (ctx.account.as_ref(), ctx.caller.as_ref()) else {
        return Ok(false);
    };
    let reseller = reseller_id(&ctx.state.store, account)?;
    let master = tree_of(account).first().cloned().unwrap_or_else(|| ctx.account_id().unwrap_or_default().to_string());
    let superduper = caller.account.get("pvt_superduper_admin") == Some(&Value::Bool(true));
    Ok(reseller == caller.account_id() || reseller == master || superduper)
}
