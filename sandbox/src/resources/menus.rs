//! `/v2/accounts/{A}/menus`: IVR menus; the branches themselves live in a callflow's `menu` node.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::menus;
use serde_json::{Map, Value};

pub struct Menus;

impl Kind for Menus {
    const NOUN: &'static str = "menus";
    const TYPE: &'static str = "menu";

    fn prepare(&self, _write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(doc, menus::FIELDS, menus::defaults())
    }

    fn listing_row(&self, doc: &Value) -> Value {
        view_row(doc, &["name"])
    }
}
