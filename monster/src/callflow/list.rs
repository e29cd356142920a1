//! The Callflows list: what it hides, how an entry is named, and who made what it
//! hides (monster-ui-callflows `app.js` `listData`, `formatData`).

use serde_json::Value;

use crate::stamp::origin_of;

/// Apps whose callflows the list hides: Smart PBX (`voip`) and the call-queue and
/// onboarding apps, by the `ui_metadata.origin` Monster's SDK stamps.
pub const HIDDEN_ORIGINS: [&str; 4] = ["voip", "callqueues", "callqueues-pro", "csv-onboarding"];

/// The catch-all number, shown as "Catch all".
pub const NO_MATCH: &str = "no_match";

/// The name of the emergency callflow the list hides.
pub const EMERGENCY_DISPATCHER: &str = "US Emergency Dispatcher";

/// The query filters that hide other apps' callflows, list and search alike (repeated
/// keys, as Monster's SDK expands an array filter).
pub fn hiding_filters() -> Vec<(&'static str, &'static str)> {
    let mut filters = vec![("filter_not_numbers", NO_MATCH), ("filter_not_name", EMERGENCY_DISPATCHER)];
    filters.extend(HIDDEN_ORIGINS.iter().map(|o| ("filter_not_ui_metadata.origin", *o)));
    filters
}

/// A feature code's callflow (any `featurecode` that is not `false` or empty): never
/// listed; the Feature Codes screen has them.
pub fn is_feature_code(row: &Value) -> bool {
    match row.get("featurecode") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(_) => true,
    }
}

/// Who made a callflow the list hides unless "Show all callflows" is on, for its badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    SmartPbx,
    CallQueues,
    Onboarding,
    /// The account's catch-all (`no_match`).
    CatchAll,
    Emergency,
}

/// Which app owns a listed row, if the list would hide it.
pub fn owner(row: &Value) -> Option<Owner> {
    let numbers = row.get("numbers").and_then(Value::as_array);
    if numbers.is_some_and(|n| n.iter().any(|n| n.as_str() == Some(NO_MATCH))) {
        return Some(Owner::CatchAll);
    }
    if row.get("name").and_then(Value::as_str) == Some(EMERGENCY_DISPATCHER) {
        return Some(Owner::Emergency);
    }
    match origin_of(row)? {
        "voip" => Some(Owner::SmartPbx),
        "callqueues" | "callqueues-pro" => Some(Owner::CallQueues),
        "csv-onboarding" => Some(Owner::Onboarding),
        _ => None,
    }
}

/// Whether opening a callflow warns that saving may break the app that made it (Monster
/// warns for `voip`, `migration`, `mobile` and `callqueues`; Patchbay for every owner
/// the list hides as well).
pub fn warns_before_edit(doc: &Value) -> bool {
    owner(doc).is_some() || matches!(origin_of(doc), Some("migration" | "mobile"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_filters_monster_sends_to_hide_other_apps_callflows() {
        let query: Vec<String> = hiding_filters().iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            query,
            [
                "filter_not_numbers=no_match",
                "filter_not_name=US Emergency Dispatcher",
                "filter_not_ui_metadata.origin=voip",
                "filter_not_ui_metadata.origin=callqueues",
                "filter_not_ui_metadata.origin=callqueues-pro",
                "filter_not_ui_metadata.origin=csv-onboarding",
            ]
        );
    }

    #[test]
    fn feature_codes_and_owners() {
        assert!(is_feature_code(&json!({"featurecode": {"name": "park_and_retrieve", "number": "3"}})));
        assert!(!is_feature_code(&json!({"featurecode": false})));
        assert!(!is_feature_code(&json!({"featurecode": {}})));
        assert!(!is_feature_code(&json!({"name": "x"})));
        let smartpbx = json!({"name": "MainCallflow", "ui_metadata": {"origin": "voip"}});
        assert_eq!(owner(&smartpbx), Some(Owner::SmartPbx));
        assert_eq!(owner(&json!({"numbers": ["no_match"]})), Some(Owner::CatchAll));
        assert_eq!(owner(&json!({"name": "Main line", "ui_metadata": {"origin": "callflows"}})), None);
        assert!(warns_before_edit(&json!({"ui_metadata": {"origin": "mobile"}})));
        assert!(!warns_before_edit(&json!({"ui_metadata": {"origin": "callflows"}})));
    }
}
