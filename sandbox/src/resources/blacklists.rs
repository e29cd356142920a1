//! `/v2/accounts/{A}/blacklists`: lists of numbers whose calls the account refuses
//! (chosen on the account's `blacklists`).

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::blacklists;
use serde_json::{Map, Value};

pub struct Blacklists;

impl Kind for Blacklists {
    const NOUN: &'static str = "blacklists";
    const TYPE: &'static str = "blacklist";

    fn prepare(&self, _write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(doc, blacklists::FIELDS, blacklists::defaults())
    }

    fn listing_row(&self, doc: &Value) -> Value {
        view_row(doc, &["name"])
    }
}
