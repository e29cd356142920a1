//! `/v2/search` and `/v2/accounts/{A}/search` (cb_search, doc/search.md): prefix search
//! over CouchDB `_design/search` views, one value at a time (`?t=&q=&v=`) or several at
//! once (`/search/multi?t=&by_{q}=…`).
//!
//! `t=account` searches the `accounts` database (`accounts`); every other type searches
//! the account's own database (`account_db`). Validation is shared and runs in
//! cb_search's order: the type, then the view, then the value.

mod account_db;
mod accounts;

use super::{account_scoped, Resource, GET};
use crate::ctx::{Ctx, Noun, Verb};
use crate::reply::{add_error, CbError, Outcome, Success};
use serde_json::{json, Map, Value};

pub struct Search;

/// The types cb_search names in its errors (`?SEARCHABLE`).
const SEARCHABLE: [&str; 4] = ["account", "user", "callflow", "device"];

const MULTI: &str = "multi";

impl Resource for Search {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        let args = match nouns {
            [noun] if noun.name == "search" => noun.args.as_slice(),
            _ => account_scoped(nouns, "search")?,
        };
        match args {
            [] => Some(GET),
            [multi] if multi == MULTI => Some(GET),
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let multi = ctx.args().first().is_some_and(|a| a == MULTI);
        let Some(doc_type) = ctx.query("t").map(str::to_string) else {
            // cb_search spells the two messages differently.
            let message = if multi {
                "Search needs a document type to search on"
            } else {
                "search needs a document type to search on"
            };
            return Err(CbError::field("t", "required", json!({"message": message, "target": SEARCHABLE})));
        };
        let database = if doc_type == "account" { Database::Accounts } else { Database::Account };
        if multi {
            multi_search(ctx, database, &doc_type)
        } else {
            single_search(ctx, database, &doc_type)
        }
    }
}

/// Which database a search reads, and so which views it offers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Database {
    /// The `accounts` database: accounts below the caller's account.
    Accounts,
    /// The account database named in the path.
    Account,
}

impl Database {
    /// The view names (`search_by_{q}`) of the database's `_design/search`
    /// (`core/kazoo_apps/priv/couchdb/views/search.json` and `account/search.json`).
    fn views(self) -> &'static [&'static str] {
        match self {
            Self::Accounts => &accounts::VIEWS,
            Self::Account => &account_db::VIEWS,
        }
    }

    fn check_view(self, view: &str) -> Result<(), CbError> {
        if self.views().contains(&view) {
            return Ok(());
        }
        let detail = json!({"message": "value not found in enumerated list of values", "cause": view});
        Err(CbError::field("q", "enum", detail))
    }
}

fn single_search(ctx: &Ctx, database: Database, doc_type: &str) -> Outcome {
    let Some(view) = ctx.query("q") else {
        let detail = json!({"message": "search needs a view to search in", "target": database.views()});
        return Err(CbError::field("q", "required", detail));
    };
    database.check_view(view)?;
    let Some(value) = ctx.query("v") else {
        return Err(CbError::field("v", "required", json!({"message": "search needs a value to search for"})));
    };
    match database {
        Database::Accounts => accounts::search(ctx, view, value),
        Database::Account => account_db::search(ctx, in_account(ctx)?, doc_type, view, value),
    }
}

/// `by_{q}={value}` pairs in query order; any other key is ignored, as cb_search does.
/// Every named view must exist, and at least one must be named.
fn multi_search(ctx: &Ctx, database: Database, doc_type: &str) -> Outcome {
    let mut searches: Vec<(&str, &str)> = Vec::new();
    for (key, value) in &ctx.query {
        if let Some(view) = key.strip_prefix("by_") {
            database.check_view(view)?;
            searches.push((view, value));
        }
    }
    if searches.is_empty() {
        let mut errors = Map::new();
        let detail = json!({"message": "multi search needs some values to search for", "target": database.views()});
        add_error(&mut errors, "multi", "enum", detail);
        return Err(CbError::validation(errors));
    }
    // Each view's matches under its name, unpaginated (`set_should_paginate(false)`).
    let mut found = Map::new();
    for (view, value) in searches {
        let rows = match database {
            Database::Accounts => accounts::all_matches(ctx, view, value)?,
            Database::Account => account_db::all_matches(ctx, in_account(ctx)?, doc_type, view, value)?,
        };
        found.insert(view.to_string(), Value::Array(rows));
    }
    Ok(Success::ok(Value::Object(found)))
}

/// The account database a non-account search reads: the path's. `/v2/search` names
/// none, and cb_search only picks a database for `t=account`; KAZOO then reads a view
/// of no database, which `crossbar_doc:handle_datamgr_errors/3` answers as
/// `datastore_missing` with no cause.
fn in_account<'c>(ctx: &'c Ctx) -> Result<&'c str, CbError> {
    ctx.account_id().ok_or_else(|| CbError {
        status: axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        message: "datastore_missing".into(),
        data: json!({"message": "unknown failure"}),
    })
}
