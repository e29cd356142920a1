//! `/v2/accounts/{A}/faxboxes`: fax boxes.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::faxboxes;
use serde_json::{Map, Value};

pub struct Faxboxes;

impl Kind for Faxboxes {
    const NOUN: &'static str = "faxboxes";
    const TYPE: &'static str = "faxbox";

    fn prepare(&self, _write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(doc, faxboxes::FIELDS, faxboxes::defaults())
    }

    /// The faxbox view adds `created` (the document's `pvt_created`).
    fn listing_row(&self, doc: &Value) -> Value {
        let mut row = view_row(doc, &["name"]);
        row["created"] = doc.get("pvt_created").cloned().unwrap_or_default();
        row
    }
}
