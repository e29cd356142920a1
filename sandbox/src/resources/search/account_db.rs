//! `GET /v2/accounts/{A}/search?t={pvt_type}&q={view}&v={prefix}` (cb_search) for every
//! type but `account`: prefix search over the account database's `_design/search` views
//! (`core/kazoo_apps/priv/couchdb/account/search.json`).
//!
//! The views key each document by `[pvt_type, name]` where `name` is `first_name +
//! last_name` or `name`, lower-cased with everything but `a-z0-9` removed; the number
//! views key it by each of its `numbers`, normalised the same way. Crossbar does NOT
//! normalise `v` for these views, so clients send it already normalised (Monster does).
//! Results come back in ascending key order, and `start_key`/`next_start_key` are the raw
//! view keys (cb_search strips the type), not the opaque keys of other listings.

use crate::ctx::Ctx;
use crate::listing;
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};
use std::sync::Arc;

pub const VIEWS: [&str; 3] = ["name", "name_and_number", "number"];

/// One page of the view's rows whose keys start with `prefix`.
pub fn search(ctx: &Ctx, account_id: &str, doc_type: &str, view: &str, prefix: &str) -> Outcome {
    let (docs, index) = view_index_of(ctx, account_id, doc_type, view)?;
    let size = listing::page_size(ctx)?;
    let start = ctx.query("start_key").unwrap_or(prefix);
    // Keys starting with `prefix` are one run of the sorted keys, and all of them are
    // at or after `prefix`: the page starts at the later of `start` and `prefix`.
    let from = index.partition_point(|e| e.key.as_str() < start.max(prefix));
    let mut page: Vec<&Emitted> =
        index[from..].iter().take_while(|e| e.key.starts_with(prefix)).take(size.saturating_add(1)).collect();
    let next = (page.len() > size).then(|| page.pop()).flatten().map(|e| e.key.clone());

    let mut success = Success::ok(Value::Null);
    success.extra.insert("page_size".into(), page.len().into());
    if let Some(first) = page.first() {
        success.extra.insert("start_key".into(), first.key.clone().into());
    }
    if let Some(next) = next {
        success.extra.insert("next_start_key".into(), next.into());
    }
    success.data = Value::Array(page.iter().map(|e| row_of(view, &docs, e)).collect());
    Ok(success)
}

/// Every row whose key starts with `prefix`, in the same order (a multi search).
pub fn all_matches(
    ctx: &Ctx,
    account_id: &str,
    doc_type: &str,
    view: &str,
    prefix: &str,
) -> Result<Vec<Value>, CbError> {
    let (docs, index) = view_index_of(ctx, account_id, doc_type, view)?;
    let from = index.partition_point(|e| e.key.as_str() < prefix);
    Ok(index[from..].iter().take_while(|e| e.key.starts_with(prefix)).map(|e| row_of(view, &docs, e)).collect())
}

type Indexed = (Arc<Vec<Value>>, Arc<Vec<Emitted>>);

/// The view's keys are kept with the cached documents until the next write, so a
/// search bisects them instead of emitting and sorting every document's rows.
fn view_index_of(ctx: &Ctx, account_id: &str, doc_type: &str, view: &str) -> Result<Indexed, CbError> {
    let tag = match view {
        "name" => "search/name",
        "number" => "search/number",
        _ => "search/name_and_number",
    };
    Ok(ctx.state.store.list_derived(account_id, doc_type, tag, |docs| view_index(view, docs))?)
}

/// The row itself, built only for what is returned.
fn row_of(view: &str, docs: &[Value], e: &Emitted) -> Value {
    view_rows(view, &docs[e.doc]).swap_remove(e.nth).2
}

/// What the search views' map functions keep of a name: lower-case `a-z0-9` only.
pub fn normalize(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect()
}

fn str_of<'a>(doc: &'a Value, key: &str) -> Option<&'a str> {
    doc.get(key).and_then(Value::as_str)
}

/// One row a view emits: its key and id, and where it came from (the `nth` row of the
/// `doc`th document), so the row itself is only built when it is returned.
struct Emitted {
    key: String,
    id: String,
    doc: usize,
    nth: usize,
}

/// Every row the view emits over `docs`, in view order: by (key, id), rows of equal key
/// and id in the order they were emitted (a stable sort).
fn view_index(view: &str, docs: &[Value]) -> Vec<Emitted> {
    let mut index: Vec<Emitted> = docs
        .iter()
        .enumerate()
        .flat_map(|(doc, d)| {
            let rows = view_rows(view, d).into_iter().enumerate();
            rows.map(move |(nth, (key, id, _))| Emitted { key, id, doc, nth })
        })
        .collect();
    index.sort_by(|a, b| (&a.key, &a.id).cmp(&(&b.key, &b.id)));
    index
}

/// The (key, id, row) a view emits for one document.
fn view_rows(view: &str, doc: &Value) -> Vec<(String, String, Value)> {
    let id = str_of(doc, "_id").unwrap_or_default().to_string();
    let numbers: Vec<&Value> =
        doc.get("numbers").and_then(Value::as_array).map(|n| n.iter().collect()).unwrap_or_default();
    let number_rows = |name: Value| -> Vec<(String, String, Value)> {
        numbers
            .iter()
            .filter_map(|n| n.as_str())
            .map(|n| (normalize(n), id.clone(), json!({"id": id, "name": name, "numbers": doc["numbers"]})))
            .collect()
    };
    let (key, name) = name_key(doc, &id);
    match view {
        "number" => number_rows(str_of(doc, "name").map(Value::from).unwrap_or(Value::Null)),
        "name_and_number" => {
            let mut row = Map::new();
            row.insert("id".into(), id.clone().into());
            row.insert("name".into(), name.clone().into());
            if let Some(n) = doc.get("numbers") {
                row.insert("numbers".into(), n.clone());
            }
            let mut rows = vec![(key, id.clone(), Value::Object(row))];
            rows.extend(number_rows(name.into()));
            rows
        }
        _ => vec![(key, id.clone(), json!({"id": id, "name": name}))],
    }
}

/// The view key and the display name: `name` wins over first and last names.
fn name_key(doc: &Value, id: &str) -> (String, String) {
    let (first, last) = (str_of(doc, "first_name"), str_of(doc, "last_name"));
    if let Some(name) = str_of(doc, "name") {
        return (normalize(name), name.to_string());
    }
    if first.is_some() || last.is_some() {
        let (first, last) = (first.unwrap_or_default(), last.unwrap_or_default());
        let display = [first, last].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
        return (format!("{}{}", normalize(first), normalize(last)), display);
    }
    (normalize(id), normalize(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_keyed_like_the_couchdb_view() {
        assert_eq!(normalize("Ada O'Brien-Smith 2"), "adaobriensmith2");
        let user = json!({"_id": "u1", "first_name": "Ada", "last_name": "Admin"});
        assert_eq!(name_key(&user, "u1"), ("adaadmin".to_string(), "Ada Admin".to_string()));
        let device = json!({"_id": "d1", "name": "Ada desk phone"});
        assert_eq!(name_key(&device, "d1").0, "adadeskphone");
        let cf = json!({"_id": "c1", "name": "Sales", "numbers": ["+14155550100", "2001"]});
        let keys: Vec<String> = view_rows("name_and_number", &cf).into_iter().map(|r| r.0).collect();
        assert_eq!(keys, ["sales", "14155550100", "2001"]);
    }
}
