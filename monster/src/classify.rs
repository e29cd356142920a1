//! How Smart PBX recognises its own documents
//! (`docs/compatibility.md#recognising-smart-pbx-documents`). Reads must use the same discriminators,
//! or Patchbay would show (and Smart PBX would recreate) the wrong things.

use serde_json::Value;

use crate::main_number::LABELS;
use crate::names;

fn str_at<'a>(doc: &'a Value, key: &str) -> Option<&'a str> {
    doc.get(key).and_then(Value::as_str)
}

fn unowned(doc: &Value) -> bool {
    doc.get("owner_id").is_none() && doc.get("group_id").is_none()
}

fn first_number(doc: &Value) -> Option<&str> {
    doc.get("numbers").and_then(Value::as_array).and_then(|n| n.first()).and_then(Value::as_str)
}

/// What a callflow is to Smart PBX.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallflowRole {
    MainCallflow,
    /// `MainOpenHours`, `MainAfterHours`, `MainLunchHours` or `MainHolidays`.
    Strategy(&'static str),
    /// The virtual receptionist callflow of a label.
    StrategyMenu(&'static str),
    MainConference,
    MainFaxing,
    UserMain {
        owner_id: String,
    },
    UserFax {
        owner_id: String,
    },
    BaseGroup {
        group_id: String,
    },
    UserGroup {
        group_id: String,
    },
    FeatureCode {
        name: String,
    },
    Mobile,
    /// Made elsewhere (Callflows, API): Smart PBX leaves it alone.
    Other,
}

pub fn callflow_role(cf: &Value) -> CallflowRole {
    let kind = str_at(cf, "type");
    if let Some(name) = cf.pointer("/featurecode/name").and_then(Value::as_str) {
        return CallflowRole::FeatureCode { name: name.to_string() };
    }
    if let Some(group) = str_at(cf, "group_id") {
        match kind {
            Some("baseGroup") => return CallflowRole::BaseGroup { group_id: group.into() },
            Some("userGroup") => return CallflowRole::UserGroup { group_id: group.into() },
            _ => {}
        }
    }
    if let Some(owner) = str_at(cf, "owner_id") {
        match kind {
            // A user callflow with no type at all also counts as the main one (`usersGetMainCallflow`).
            Some("mainUserCallflow") | None => return CallflowRole::UserMain { owner_id: owner.into() },
            Some("faxing") => return CallflowRole::UserFax { owner_id: owner.into() },
            _ => {}
        }
    }
    if kind == Some("mobile") {
        return CallflowRole::Mobile;
    }
    if !unowned(cf) {
        return CallflowRole::Other;
    }
    let key = str_at(cf, "name").or_else(|| first_number(cf)).unwrap_or_default();
    match kind {
        Some("main") if str_at(cf, "name") == Some(names::MAIN_CALLFLOW) => CallflowRole::MainCallflow,
        Some("main") => {
            if let Some(label) = LABELS.iter().find(|l| **l == key) {
                CallflowRole::Strategy(label)
            } else if let Some(label) = LABELS.iter().find(|l| key.strip_suffix("Menu") == Some(**l)) {
                CallflowRole::StrategyMenu(label)
            } else {
                CallflowRole::Other
            }
        }
        Some("conference") => CallflowRole::MainConference,
        Some("faxing") => CallflowRole::MainFaxing,
        _ => CallflowRole::Other,
    }
}

/// The Callflows app hides these from its list (monster-ui-callflows `app.js` `listData`).
pub fn hidden_from_callflows_app(cf: &Value) -> bool {
    matches!(crate::stamp::origin_of(cf), Some("voip" | "callqueues" | "callqueues-pro" | "csv-onboarding"))
}

/// Advanced callflows offered on the main number ("List on Smart PBX main number").
pub fn listed_on_main_number(cf: &Value) -> bool {
    cf.get("ui_is_main_number_cf") == Some(&Value::Bool(true))
}

pub fn is_main_vmbox(vmbox: &Value) -> bool {
    str_at(vmbox, "type") == Some("mainVMBox")
}

pub fn is_smartpbx_directory(dir: &Value) -> bool {
    str_at(dir, "name") == Some(names::DIRECTORY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_discriminators_smart_pbx_recognises_its_documents_by() {
        let cases = [
            (json!({"type": "main", "name": "MainCallflow", "numbers": ["0"]}), CallflowRole::MainCallflow),
            (json!({"type": "main", "numbers": ["MainOpenHours"]}), CallflowRole::Strategy("MainOpenHours")),
            (json!({"type": "main", "numbers": ["MainHolidaysMenu"]}), CallflowRole::StrategyMenu("MainHolidays")),
            (
                json!({"type": "conference", "name": "MainConference", "numbers": ["undefinedconf"]}),
                CallflowRole::MainConference,
            ),
            (json!({"type": "faxing", "name": "MainFaxing"}), CallflowRole::MainFaxing),
            (json!({"type": "mainUserCallflow", "owner_id": "u1"}), CallflowRole::UserMain { owner_id: "u1".into() }),
            (json!({"owner_id": "u1", "numbers": ["2001"]}), CallflowRole::UserMain { owner_id: "u1".into() }),
            (json!({"type": "faxing", "owner_id": "u1"}), CallflowRole::UserFax { owner_id: "u1".into() }),
            (json!({"type": "baseGroup", "group_id": "g"}), CallflowRole::BaseGroup { group_id: "g".into() }),
            (json!({"type": "userGroup", "group_id": "g"}), CallflowRole::UserGroup { group_id: "g".into() }),
            (
                json!({"featurecode": {"name": "move"}, "numbers": ["6683"]}),
                CallflowRole::FeatureCode { name: "move".into() },
            ),
            (json!({"type": "mobile", "numbers": ["+1"]}), CallflowRole::Mobile),
            (json!({"name": "Support IVR", "numbers": ["3000"]}), CallflowRole::Other),
            // A renamed sub-callflow is no longer recognised: Smart PBX would recreate it.
            (json!({"type": "main", "name": "Open", "numbers": ["MainOpenHours"]}), CallflowRole::Other),
        ];
        for (doc, role) in cases {
            assert_eq!(callflow_role(&doc), role, "{doc}");
        }
    }

    #[test]
    fn app_visibility_and_main_number_listing() {
        assert!(hidden_from_callflows_app(&json!({"ui_metadata": {"origin": "voip"}})));
        assert!(!hidden_from_callflows_app(&json!({"ui_metadata": {"origin": "callflows"}})));
        assert!(listed_on_main_number(&json!({"ui_is_main_number_cf": true})));
        assert!(is_main_vmbox(&json!({"type": "mainVMBox"})));
        assert!(is_smartpbx_directory(&json!({"name": "SmartPBX Directory"})));
    }
}
