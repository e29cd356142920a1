//! `/v2/accounts/{A}/directories`: dial-by-name directories.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::directories;
use serde_json::{Map, Value};

pub struct Directories;

impl Kind for Directories {
    const NOUN: &'static str = "directories";
    const TYPE: &'static str = "directory";

    fn prepare(&self, _write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(doc, directories::FIELDS, directories::defaults())
    }

    fn listing_row(&self, doc: &Value) -> Value {
        view_row(doc, &["name"])
    }
}
