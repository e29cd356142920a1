//! `/v2/accounts/{A}/groups` (cb_groups): sets of users and devices; ring behaviour
//! lives in callflows.

use super::collection::{schema_only, view_row, Kind, Write};
use crate::reply::CbError;
use crate::schema::groups;
use serde_json::{json, Map, Value};

pub struct Groups;

impl Kind for Groups {
    const NOUN: &'static str = "groups";
    const TYPE: &'static str = "group";

    fn prepare(&self, _write: &Write, group: &mut Map<String, Value>) -> Result<(), CbError> {
        schema_only(group, groups::FIELDS, groups::defaults())
    }

    /// groups.json `crossbar_listing`: `endpoints` is the member count and `features`
    /// lists the enabled `smartpbx.*` features plus `music_on_hold`.
    fn listing_row(&self, group: &Value) -> Value {
        let mut row = view_row(group, &["name"]);
        let members = group.get("endpoints").and_then(Value::as_object).map_or(0, Map::len);
        row["endpoints"] = members.into();
        row["features"] = json!(features(group));
        row
    }
}

fn features(group: &Value) -> Vec<String> {
    let mut features: Vec<String> = group
        .get("smartpbx")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, f)| f.get("enabled").and_then(Value::as_bool) == Some(true))
        .map(|(name, _)| name.clone())
        .collect();
    if group.pointer("/music_on_hold/media_id").is_some() {
        features.push("music_on_hold".into());
    }
    features
}
