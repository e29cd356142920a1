//! View-style listings: Crossbar's query-string filters, direction and paging with opaque
//! `start_key`/`next_start_key`. Every collection goes through `respond`.

use crate::ctx::Ctx;
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use std::borrow::Cow;

pub const DEFAULT_PAGE_SIZE: usize = 50;

/// One view row before its public shape is built: its sort key, its id and the stored
/// document (filters run on it). Rows borrow their documents, so a listing of a large
/// account copies nothing it does not return.
pub struct Row<'a> {
    pub key: Cow<'a, str>,
    pub id: &'a str,
    pub doc: &'a Value,
}

impl Row<'_> {
    fn position(&self) -> (&str, &str) {
        (&self.key, self.id)
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

/// Puts rows in ascending view order, the order `respond_sorted` expects.
fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| a.position().cmp(&b.position()));
}

/// Sorts `rows` and answers the listing; see `respond_sorted`.
pub fn respond<'a>(
    ctx: &Ctx,
    mut rows: Vec<Row<'a>>,
    views: impl FnOnce(&[&Row<'a>]) -> Result<Vec<Value>, CbError>,
) -> Outcome {
    sort(&mut rows);
    respond_sorted(ctx, &rows, views)
}

/// Filters and pages `rows` (in ascending `(key, id)` order, each position once), then
/// builds the public shape with `views` for the returned rows only: one view per row, in
/// the order given. Building views for every document of a large account on each page
/// was most of a listing's time.
pub fn respond_sorted<'a>(
    ctx: &Ctx,
    rows: &[Row<'a>],
    views: impl FnOnce(&[&Row<'a>]) -> Result<Vec<Value>, CbError>,
) -> Outcome {
    // Crossbar refuses an unpaginated load that would exceed its memory watermark.
    if ctx.query("paginate") == Some("false") && rows.len() > ctx.state.max_unpaginated {
        return Err(CbError::range_not_satisfiable());
    }
    let filters = Filters::parse(ctx);
    let descending = is_descending(ctx);
    // Rows in the requested direction from `start` (an index in ascending order).
    let walk = |start: usize| -> Box<dyn Iterator<Item = &Row<'a>> + '_> {
        let passing = move |r: &&Row| filters.pass(r.doc);
        if descending {
            Box::new(rows[..start].iter().rev().filter(passing))
        } else {
            Box::new(rows[start..].iter().filter(passing))
        }
    };

    if ctx.query("paginate") == Some("false") {
        let all: Vec<&Row> = walk(if descending { rows.len() } else { 0 }).collect();
        return Ok(Success::ok(Value::Array(views(&all)?)));
    }

    let size = page_size(ctx)?;
    // The first row at or past `start_key` in the listing's direction. Filters keep the
    // order, so this is found in the unfiltered rows by bisection.
    let start = match ctx.query("start_key") {
        Some(raw) => {
            let (key, id) = decode_key(raw, descending);
            let start = (key.as_str(), id.as_str());
            if descending {
                rows.partition_point(|r| r.position() <= start)
            } else {
                rows.partition_point(|r| r.position() < start)
            }
        }
        None if descending => rows.len(),
        None => 0,
    };
    let mut page: Vec<&Row> = walk(start).take(size.saturating_add(1)).collect();
    let next = (page.len() > size).then(|| page.pop().map(encode_key)).flatten();

    let mut success = Success::ok(Value::Null);
    success.extra.insert("page_size".into(), page.len().into());
    if let Some(first) = page.first() {
        success.extra.insert("start_key".into(), encode_key(first).into());
    }
    if let Some(next) = next {
        success.extra.insert("next_start_key".into(), next.into());
    }
    success.data = Value::Array(views(&page)?);
    Ok(success)
}

/// Crossbar's default direction is descending; only `ascending=true` flips it.
fn is_descending(ctx: &Ctx) -> bool {
    ctx.query("ascending") != Some("true") || ctx.query("descending") == Some("true")
}

/// Every row passing the request's filters, in the requested direction, as `views`
/// builds them: a view load with pagination turned off by the module rather than by
/// the client (cb_search's multi search), so no paging keys and no memory guard.
pub fn unpaged<'a>(
    ctx: &Ctx,
    mut rows: Vec<Row<'a>>,
    views: impl FnOnce(&[&Row<'a>]) -> Result<Vec<Value>, CbError>,
) -> Result<Vec<Value>, CbError> {
    sort(&mut rows);
    let filters = Filters::parse(ctx);
    let mut passing: Vec<&Row> = rows.iter().filter(|r| filters.pass(r.doc)).collect();
    if is_descending(ctx) {
        passing.reverse();
    }
    views(&passing)
}

/// `crossbar_filter`'s query-string filters, parsed once per request rather than once
/// per document: every filter must hold (AND).
struct Filters<'q>(Vec<Filter<'q>>);

enum Filter<'q> {
    /// `filter_<path>` (or `filter_not_<path>` when `negate`).
    Equals {
        path: &'q str,
        wanted: Wanted<'q>,
        negate: bool,
    },
    HasKey(&'q str),
    KeyMissing(&'q str),
    HasValue(&'q str),
    ValueMissing(&'q str),
    /// `created_*`/`modified_*`: `None` when the bound does not parse.
    Bound {
        field: &'static str,
        bound: Option<i64>,
        at_least: bool,
    },
}

/// Equality as strings; a JSON list value means "one of".
enum Wanted<'q> {
    Exactly(&'q str),
    OneOf(Vec<String>),
}

impl<'q> Filters<'q> {
    fn parse(ctx: &'q Ctx) -> Self {
        Self(ctx.query.iter().filter_map(|(key, value)| Filter::parse(key, value)).collect())
    }

    fn pass(&self, stored: &Value) -> bool {
        self.0.iter().all(|f| f.holds(stored))
    }
}

impl<'q> Filter<'q> {
    /// `None` for query keys that are not filters.
    fn parse(key: &'q str, value: &'q str) -> Option<Self> {
        if let Some(path) = key.strip_prefix("filter_not_") {
            return Some(Self::Equals { path, wanted: Wanted::parse(value), negate: true });
        }
        if let Some(path) = key.strip_prefix("filter_") {
            return Some(Self::Equals { path, wanted: Wanted::parse(value), negate: false });
        }
        let bound = |field, at_least| Self::Bound { field, bound: value.trim().parse::<i64>().ok(), at_least };
        Some(match key {
            "has_key" => Self::HasKey(value),
            "key_missing" => Self::KeyMissing(value),
            "has_value" => Self::HasValue(value),
            "value_missing" => Self::ValueMissing(value),
            "created_from" => bound("pvt_created", true),
            "created_to" => bound("pvt_created", false),
            "modified_from" => bound("pvt_modified", true),
            "modified_to" => bound("pvt_modified", false),
            _ => return None,
        })
    }

    fn holds(&self, stored: &Value) -> bool {
        match self {
            Self::Equals { path, wanted, negate } => wanted.matches(stored, path) != *negate,
            Self::HasKey(path) => visible_path(stored, path).is_some(),
            Self::KeyMissing(path) => visible_path(stored, path).is_none(),
            Self::HasValue(path) => visible_path(stored, path).is_some_and(non_empty),
            Self::ValueMissing(path) => !visible_path(stored, path).is_some_and(non_empty),
            // An unparsable bound or a missing field excludes the document, as an
            // exception does in Crossbar's filters.
            Self::Bound { field, bound, at_least } => match (stored.get(*field).and_then(Value::as_i64), bound) {
                (Some(d), Some(v)) if *at_least => d >= *v,
                (Some(d), Some(v)) => d <= *v,
                _ => false,
            },
        }
    }
}

impl<'q> Wanted<'q> {
    fn parse(wanted: &'q str) -> Self {
        match serde_json::from_str::<Value>(wanted) {
            Ok(Value::Array(options)) => Self::OneOf(options.iter().filter_map(doc::as_binary).collect()),
            _ => Self::Exactly(wanted),
        }
    }

    /// A missing (or null) value matches nothing.
    fn matches(&self, stored: &Value, path: &str) -> bool {
        let Some(actual) = visible_path(stored, path).and_then(binary) else {
            return false;
        };
        match self {
            Self::Exactly(wanted) => actual == *wanted,
            Self::OneOf(options) => options.iter().any(|o| *o == actual),
        }
    }
}

/// The value a filter may look at: a path through public fields only. Private fields
/// (`pvt_*`, `_*` — password hashes, API keys, attachments) are never visible to a
/// filter, so filters cannot be used to guess them one request at a time. KAZOO's own
/// `crossbar_filter` reads the raw stored document; the sandbox does not. `_id` is the
/// document's id, which every answer shows, and stays filterable (`filter__id=[…]`),
/// also as `id`. The time filters read `pvt_created`/`pvt_modified` by name: the
/// creation and change times are public (`created`, `modified`).
fn visible_path<'a>(stored: &'a Value, path: &str) -> Option<&'a Value> {
    if path == "id" {
        return stored.get("_id");
    }
    let private = path.split('.').any(|segment| segment != "_id" && doc::is_private_key(segment));
    if private {
        return None;
    }
    doc::get_path(stored, path)
}

/// `doc::as_binary` without copying strings, the common case.
fn binary(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s)),
        other => doc::as_binary(other).map(Cow::Owned),
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
