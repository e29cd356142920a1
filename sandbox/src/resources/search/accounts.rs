//! `t=account`: prefix search over the `accounts` database's `_design/search` views
//! (`core/kazoo_apps/priv/couchdb/views/search.json`).
//!
//! Each view emits an account once per ancestor in its `pvt_tree`, keyed
//! `[ancestor, pvt_type, value]`, so a search under one account finds its descendants
//! only, never the account itself, its siblings or its ancestors. The value is
//! - `name`: the name lower-cased with everything but `a-z0-9` removed (accounts
//!   without a name are not emitted);
//! - `realm`: the realm, normalised the same way (`sip.acme.test` → `sipacmetest`);
//! - `id`: the account id as stored.
//!
//! cb_search normalises `v` the same way (`cb_modules_util:normalize_alphanum_name/1`)
//! and reads the range `[auth account, "account", v]` up to the end of the prefix. The
//! ancestor is always the *token's* account (`get_start_key/3` uses
//! `cb_context:auth_account_id/1`), also under `/v2/accounts/{A}/search`, where `{A}`
//! only has to be an account the token may act on. The range goes through
//! `crossbar_view:load/3` like any listing: descending unless `ascending=true`, opaque
//! `start_key`/`next_start_key`, `page_size`, and the `filter_*` query filters.
//!
//! Rows are the views' values: `{id, descendants_count, name, realm}`. KAZOO keeps
//! `descendants_count` on the account document (`crossbar_util:descendants_count/1`);
//! here it is counted from the tree when asked.

use crate::ctx::Ctx;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome};
use crate::resources::accounts::{descendants_counts, id_of, tree_of};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::HashMap;

pub const VIEWS: [&str; 3] = ["id", "name", "realm"];

/// One page of the accounts below the caller's account whose `view` value starts with
/// `value`.
pub fn search(ctx: &Ctx, view: &str, value: &str) -> Outcome {
    let (accounts, root) = load(ctx)?;
    let prefix = normalize_value(value);
    let counts = descendants_counts(&accounts);
    listing::respond(ctx, matching(&accounts, &root, view, &prefix), |page| Ok(rows(page, &counts)))
}

/// Every match, unpaginated (a multi search).
pub fn all_matches(ctx: &Ctx, view: &str, value: &str) -> Result<Vec<Value>, CbError> {
    let (accounts, root) = load(ctx)?;
    let prefix = normalize_value(value);
    let counts = descendants_counts(&accounts);
    listing::unpaged(ctx, matching(&accounts, &root, view, &prefix), |page| Ok(rows(page, &counts)))
}

/// Every live account, and the id of the token's account (the search's root).
fn load(ctx: &Ctx) -> Result<(Vec<Value>, String), CbError> {
    let root = ctx.caller.as_ref().map(|c| c.account_id().to_string()).ok_or_else(CbError::invalid_credentials)?;
    Ok((ctx.state.store.list_all("account")?, root))
}

/// The rows the view emits under `root` whose key starts with `prefix`.
fn matching<'a>(accounts: &'a [Value], root: &str, view: &str, prefix: &str) -> Vec<Row<'a>> {
    accounts
        .iter()
        .filter(|a| tree_of(a).iter().any(|ancestor| ancestor == root))
        .filter_map(|a| Some(Row { key: Cow::Owned(view_key(view, a)?), id: id_of(a), doc: a }))
        .filter(|row| row.key.starts_with(prefix))
        .collect()
}

/// The value an account is emitted under in the view, or `None` when it is not emitted.
fn view_key(view: &str, account: &Value) -> Option<String> {
    let text = |key: &str| account.get(key).and_then(Value::as_str);
    match view {
        "id" => Some(id_of(account).to_string()),
        "name" => text("name").map(normalize_key),
        "realm" => text("realm").map(normalize_key),
        _ => None,
    }
}

fn rows(page: &[&Row], counts: &HashMap<&str, usize>) -> Vec<Value> {
    page.iter()
        .map(|r| {
            json!({
                "id": r.id,
                "descendants_count": counts.get(r.id).copied().unwrap_or(0),
                "name": r.doc.get("name"),
                "realm": r.doc.get("realm"),
            })
        })
        .collect()
}

/// The views' `toLowerCase().replace(/[^a-z0-9]/g, '')`.
fn normalize_key(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect()
}

/// `cb_modules_util:normalize_alphanum_name/1` on `v`: ASCII lower case, then only
/// `a-z0-9`.
fn normalize_value(value: &str) -> String {
    value.chars().map(|c| c.to_ascii_lowercase()).filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_are_normalised_like_the_views() {
        let account = json!({"_id": "a1", "name": "Acme Dental — Uptown", "realm": "uptown.acme-dental.test"});
        assert_eq!(view_key("name", &account).as_deref(), Some("acmedentaluptown"));
        assert_eq!(view_key("realm", &account).as_deref(), Some("uptownacmedentaltest"));
        assert_eq!(view_key("id", &account).as_deref(), Some("a1"));
        assert_eq!(view_key("name", &json!({"_id": "a2"})), None);
        assert_eq!(normalize_value("Acme D"), "acmed");
        assert_eq!(normalize_value("ÉCOLE"), "cole");
    }

    #[test]
    fn only_descendants_of_the_root_match() {
        let accounts = vec![
            json!({"_id": "root", "name": "Root", "pvt_tree": []}),
            json!({"_id": "a", "name": "Alpha", "pvt_tree": ["root"]}),
            json!({"_id": "b", "name": "Beta", "pvt_tree": ["root", "a"]}),
        ];
        let ids = |root: &str, prefix: &str| -> Vec<String> {
            matching(&accounts, root, "name", prefix).iter().map(|r| r.id.to_string()).collect()
        };
        assert_eq!(ids("root", ""), ["a", "b"]);
        assert_eq!(ids("a", ""), ["b"]);
        assert_eq!(ids("a", "alp"), Vec::<String>::new());
        let counts = descendants_counts(&accounts);
        assert_eq!((counts.get("root"), counts.get("a"), counts.get("b")), (Some(&2), Some(&1), None));
    }
}
