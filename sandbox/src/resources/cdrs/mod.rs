//! `/v2/accounts/{A}/cdrs` (cb_cdrs): read-only call history over a
//! `created_from`/`created_to` window, view rows built from KAZOO's CDR columns,
//! `/cdrs/{id}`, `/cdrs/interaction`, `/cdrs/legs/{interaction}`, `/users/{U}/cdrs`
//! and CSV with `Accept: text/csv`.

mod rows;

use super::{Resource, GET};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use crate::store::Store;
use rows as cdrs_rows;
use serde_json::{json, Map, Value};

pub struct Cdrs;

pub const TYPE: &str = "cdr";
/// `crossbar.maximum_range`: 31 days + 1 hour.
pub const MAX_RANGE: i64 = 2_682_000;

impl Resource for Cdrs {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match nouns {
            [account, noun] if account.name == "accounts" && account.args.len() == 1 && noun.args.len() <= 2 => {
                Some(GET)
            }
            [account, user, noun]
                if account.name == "accounts"
                    && user.name == "users"
                    && user.args.len() == 1
                    && noun.args.is_empty() =>
            {
                Some(GET)
            }
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let owner = ctx.nouns.iter().find(|n| n.name == "users").and_then(|n| n.args.first()).cloned();
        let args = ctx.args().to_vec();
        let store = &ctx.state.store;
        match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            [] => {
                let window = window(ctx)?;
                let all = store.list(&account_id, TYPE)?;
                let mine = in_window(&all, window).filter(|c| owner.is_none() || owner_id(c) == owner.as_deref());
                respond(ctx, mine.collect())
            }
            ["interaction"] => {
                let window = window(ctx)?;
                let all = store.list(&account_id, TYPE)?;
                let mut seen = Vec::new();
                let first_legs = in_window(&all, window).filter(|c| match interaction_id(c) {
                    Some(id) if !seen.contains(&id) => {
                        seen.push(id);
                        true
                    }
                    _ => false,
                });
                respond(ctx, first_legs.collect())
            }
            ["legs", interaction] => {
                let all = store.list(&account_id, TYPE)?;
                let legs = all.iter().filter(|c| interaction_id(c).as_deref() == Some(*interaction));
                respond(ctx, legs.collect())
            }
            [cdr_id] => {
                let cdr = store
                    .get_live(&account_id, cdr_id)?
                    .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(TYPE))
                    .ok_or_else(|| CbError::bad_identifier(cdr_id))?;
                Ok(Success::doc(doc::public_view(&cdr), cdr.get("_rev").and_then(Value::as_str)))
            }
            _ => Err(CbError::not_found()),
        }
    }
}

fn ccv<'a>(cdr: &'a Value, key: &str) -> Option<&'a str> {
    cdr.get("custom_channel_vars").and_then(|v| v.get(key)).and_then(Value::as_str)
}

fn owner_id(cdr: &Value) -> Option<&str> {
    ccv(cdr, "owner_id")
}

fn interaction_id(cdr: &Value) -> Option<String> {
    ccv(cdr, "interaction_id").map(str::to_string)
}

/// Adds one CDR to the account's call history and returns its id. Seeds call this;
/// `cdr` uses the schema fields (`call_id` required, `timestamp` in Gregorian seconds,
/// `custom_channel_vars.{owner_id, interaction_id, ...}`). The id is `YYYYMM-<call_id>`
/// like a month-database id, and `pvt_created` is the call time so time filters work.
pub fn insert_cdr(store: &Store, account_id: &str, cdr: Map<String, Value>) -> anyhow::Result<String> {
    let mut cdr = cdr;
    let call_id = cdr.get("call_id").and_then(Value::as_str).unwrap_or_default().to_string();
    anyhow::ensure!(!call_id.is_empty(), "a CDR needs a call_id");
    let timestamp = cdr.get("timestamp").and_then(Value::as_i64).unwrap_or_else(doc::now_gregorian);
    let month = &doc::iso8601(timestamp - doc::UNIX_EPOCH_IN_GREGORIAN)[..7];
    let id = format!("{}-{call_id}", month.replace('-', ""));
    cdr.insert("_id".into(), id.clone().into());
    cdr.insert("pvt_type".into(), TYPE.into());
    cdr.insert("pvt_created".into(), timestamp.into());
    store.save(account_id, &mut cdr)?;
    Ok(id)
}

fn bound(ctx: &Ctx, key: &str) -> Result<Option<i64>, CbError> {
    match ctx.query(key) {
        None => Ok(None),
        Some(raw) => raw.trim().parse::<i64>().map(Some).map_err(|_| {
            CbError::field(key, "type", json!({"message": "Value did not match type(s): integer", "value": raw}))
        }),
    }
}

/// `crossbar_view:time_range`: defaults and the `created_from.date_range` errors.
fn window(ctx: &Ctx) -> Result<(i64, i64), CbError> {
    let (from, to) = match (bound(ctx, "created_from")?, bound(ctx, "created_to")?) {
        (Some(f), Some(t)) => (f, t),
        (Some(f), None) => (f, f + MAX_RANGE),
        (None, Some(t)) => (t - MAX_RANGE, t),
        (None, None) => {
            let now = doc::now_gregorian();
            (now - MAX_RANGE, now)
        }
    };
    let message = if to < from {
        Some(format!("created_to {to} is prior to created_from {from}"))
    } else if to - from > MAX_RANGE {
        Some(format!("created_to {to} is more than {MAX_RANGE} seconds from created_from {from}"))
    } else {
        None
    };
    match message {
        Some(message) => Err(CbError::field("created_from", "date_range", json!({"message": message, "cause": from}))),
        None => Ok((from, to)),
    }
}

/// The CDRs whose call time falls in `window` (see `window`).
fn in_window(cdrs: &[Value], (from, to): (i64, i64)) -> impl Iterator<Item = &Value> {
    cdrs.iter().filter(move |c| c.get("timestamp").and_then(Value::as_i64).is_some_and(|t| (from..=to).contains(&t)))
}

/// Rows keyed by call time, as the MODB views are; CSV when the client asks for it.
fn respond(ctx: &Ctx, cdrs: Vec<&Value>) -> Outcome {
    let rows = cdrs
        .into_iter()
        .map(|c| {
            let id = c.get("_id").and_then(Value::as_str).unwrap_or_default();
            let key = format!("{:020}", c.get("timestamp").and_then(Value::as_i64).unwrap_or(0));
            Row { key: key.into(), id, doc: c }
        })
        .collect();
    let listed = listing::respond(ctx, rows, |page| Ok(page.iter().map(|r| cdrs_rows::row(r.doc)).collect()))?;
    if wants_csv(ctx) {
        let name = ctx.query("file_name").or_else(|| ctx.header("x-file-name")).unwrap_or("cdrs.csv").to_string();
        let rows = listed.data.as_array().cloned().unwrap_or_default();
        return Ok(Success::binary("text/csv", cdrs_rows::csv(&rows).into_bytes(), Some(name)));
    }
    Ok(listed)
}

fn wants_csv(ctx: &Ctx) -> bool {
    let query = ctx.query("accept").is_some_and(|a| a == "csv" || a == "text/csv");
    query || ctx.header("accept").is_some_and(|a| a.contains("text/csv"))
}
