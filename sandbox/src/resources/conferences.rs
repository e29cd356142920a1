//! `/v2/accounts/{A}/conferences` (cb_conferences). PUT on a conference id runs an action
//! on the live conference; the sandbox has no media servers, so none is running.

use super::collection::{schema_only, view_row, Kind, Write};
use super::ALL_VERBS;
use crate::ctx::{Ctx, Verb};
use crate::reply::{CbError, Outcome};
use crate::schema::conferences;
use serde_json::{json, Map, Value};

pub struct Conferences;

impl Kind for Conferences {
    const NOUN: &'static str = "conferences";
    const TYPE: &'static str = "conference";
    const DOC_VERBS: &'static [Verb] = ALL_VERBS;

    fn prepare(&self, _write: &Write, conference: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(conference, conferences::FIELDS, conferences::defaults())
    }

    fn listing_row(&self, conference: &Value) -> Value {
        view_row(conference, &["name", "owner_id", "member", "moderator", "ui_flags", "conference_numbers"])
    }

    /// Actions need a running conference; the sandbox never has one.
    fn put_on_doc(&self, ctx: &mut Ctx, stored: &Value) -> Outcome {
        match ctx.data.get("action").and_then(Value::as_str) {
            None => Err(CbError::field(
                "action",
                "required",
                json!({"message": "Field is required but missing", "value": "action"}),
            )),
            Some(_) => Err(CbError::bad_identifier(stored.get("_id").and_then(Value::as_str).unwrap_or_default())),
        }
    }
}
