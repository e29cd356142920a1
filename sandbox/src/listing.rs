//! View-style listings: Crossbar's query-string filters, direction and paging with opaque
//! `start_key`/`next_start_key`. Every collection goes through `respond`.

use crate::ctx::Ctx;
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use std::cmp::Ordering;

pub const DEFAULT_PAGE_SIZE: usize = 50;

/// One view row: its sort key, the full stored document (filters run on it) and the
/// public row shape.
pub struct Row {
    pub key: String,
    pub id: String,
    pub doc: Value,
    pub view: Value,
}

impl Row {
    fn position(&self) -> (&str, &str) {
        (&self.key, &self.id)
    }
}

/// Keys are `[view key, doc id]` so equal view keys still page without gaps or repeats.
fn encode_key(row: &Row) -> String {
    URL_SAFE_NO_PAD.encode(json!([row.key, row.id]).to_string())
}

/// Opaque keys we issued decode to `[key, id]`; anything else is taken as a raw view key,
/// as Crossbar does when decoding fails.
fn decode_key(raw: &str, descending: bool) -> (String, String) {
    let decoded = URL_SAFE_NO_PAD.decode(raw).ok().and_then(|b| serde_json::from_slice::<(String, String)>(&b).ok());
    decoded.unwrap_or_else(|| {
        let edge = if descending { "\u{10FFFF}" } else { "" };
        (raw.to_string(), edge.to_string())
    })
}

pub fn page_size(ctx: &Ctx) -> Result<usize, CbError> {
    match ctx.query("page_size") {
        None => Ok(DEFAULT_PAGE_SIZE),
        Some(raw) => match raw.trim().parse::<i64>() {
            Err(_) => Err(CbError::faulty_request("invalid page size")),
            Ok(n) if n < 1 => Err(CbError::faulty_request("page size must be at least 1")),
            Ok(n) => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        },
    }
}

pub fn respond(ctx: &Ctx, rows: Vec<Row>) -> Outcome {
    // Crossbar refuses an unpaginated load that would exceed its memory watermark.
    if ctx.query("paginate") == Some("false") && rows.len() > ctx.state.max_unpaginated {
        return Err(CbError::range_not_satisfiable());
    }
    let mut rows: Vec<Row> = rows.into_iter().filter(|r| passes_filters(ctx, &r.doc)).collect();
    // Crossbar's default direction is descending; only `ascending=true` flips it.
    let descending = ctx.query("ascending") != Some("true") || ctx.query("descending") == Some("true");
    rows.sort_by(|a, b| {
        let ord = a.position().cmp(&b.position());
        if descending {
            ord.reverse()
        } else {
            ord
        }
    });

    if ctx.query("paginate") == Some("false") {
        let data: Vec<Value> = rows.into_iter().map(|r| r.view).collect();
        return Ok(Success::ok(Value::Array(data)));
    }

    let size = page_size(ctx)?;
    let start = match ctx.query("start_key") {
        Some(raw) => {
            let (key, id) = decode_key(raw, descending);
            let start = (key.as_str(), id.as_str());
            rows.iter()
                .position(|r| match r.position().cmp(&start) {
                    Ordering::Equal => true,
                    Ordering::Greater => !descending,
                    Ordering::Less => descending,
                })
                .unwrap_or(rows.len())
        }
        None => 0,
    };
    let mut page: Vec<Row> = rows.into_iter().skip(start).take(size + 1).collect();
    let next = (page.len() > size).then(|| page.pop().map(|r| encode_key(&r))).flatten();

    let mut success = Success::ok(Value::Null);
    success.extra.insert("page_size".into(), page.len().into());
    if let Some(first) = page.first() {
        success.extra.insert("start_key".into(), encode_key(first).into());
    }
    if let Some(next) = next {
        success.extra.insert("next_start_key".into(), next.into());
    }
    success.data = Value::Array(page.into_iter().map(|r| r.view).collect());
    Ok(success)
}

/// `crossbar_filter`: every filter must hold (AND).
fn passes_filters(ctx: &Ctx, stored: &Value) -> bool {
    ctx.query.iter().all(|(key, value)| filter(key, value, stored))
}

fn filter(key: &str, value: &str, stored: &Value) -> bool {
    if let Some(path) = key.strip_prefix("filter_not_") {
        return !value_matches(stored, path, value);
    }
    if let Some(path) = key.strip_prefix("filter_") {
        return value_matches(stored, path, value);
    }
    match key {
        "has_key" => doc::get_path(stored, value).is_some(),
        "key_missing" => doc::get_path(stored, value).is_none(),
        "has_value" => doc::get_path(stored, value).is_some_and(non_empty),
        "value_missing" => !doc::get_path(stored, value).is_some_and(non_empty),
        "created_from" => compare_number(stored, "pvt_created", value, |d, v| d >= v),
        "created_to" => compare_number(stored, "pvt_created", value, |d, v| d <= v),
        "modified_from" => compare_number(stored, "pvt_modified", value, |d, v| d >= v),
        "modified_to" => compare_number(stored, "pvt_modified", value, |d, v| d <= v),
        _ => true,
    }
}

/// Equality as strings; a JSON list value means "one of".
fn value_matches(stored: &Value, path: &str, wanted: &str) -> bool {
    let Some(actual) = doc::get_path(stored, path).and_then(doc::as_binary) else {
        return false;
    };
    match serde_json::from_str::<Value>(wanted) {
        Ok(Value::Array(options)) => options.iter().filter_map(doc::as_binary).any(|o| o == actual),
        _ => actual == wanted,
    }
}

fn non_empty(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// An unparsable bound or a missing field excludes the document, as an exception does in
/// Crossbar's filters.
fn compare_number(stored: &Value, field: &str, bound: &str, ok: impl Fn(i64, i64) -> bool) -> bool {
    match (stored.get(field).and_then(Value::as_i64), bound.trim().parse::<i64>()) {
        (Some(d), Ok(v)) => ok(d, v),
        _ => false,
    }
}
