//! `/v2/accounts/{A}/temporal_rules`: time-of-day and calendar rules for `temporal_route`.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::temporal_rules;
use serde_json::{Map, Value};

pub struct TemporalRules;

impl Kind for TemporalRules {
    const NOUN: &'static str = "temporal_rules";
    const TYPE: &'static str = "temporal_rule";

    fn prepare(&self, _write: &Write, rule: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(rule, temporal_rules::FIELDS, temporal_rules::defaults())
    }

    /// `type` is the UI's own marker (`main_weekdays`, `main_holidays`, ...).
    fn listing_row(&self, rule: &Value) -> Value {
        view_row(rule, &["name", "type"])
    }
}
