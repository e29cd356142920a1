//! `/v2/accounts/{A}/temporal_rules_sets`: named groups of temporal rules.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::temporal_rules_sets;
use serde_json::{Map, Value};

pub struct TemporalRulesSets;

impl Kind for TemporalRulesSets {
    const NOUN: &'static str = "temporal_rules_sets";
    const TYPE: &'static str = "temporal_rule_set";

    fn prepare(&self, _write: &Write, set: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(set, temporal_rules_sets::FIELDS, temporal_rules_sets::defaults())
    }

    /// The view reports the member rule ids as `rules`.
    fn listing_row(&self, set: &Value) -> Value {
        let mut row = view_row(set, &["name"]);
        if let Some(rules) = set.get("temporal_rules") {
            row["rules"] = rules.clone();
        }
        row
    }
}
