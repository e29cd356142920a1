//! The Callflows app's Feature Codes screen (monster-ui-callflows
//! `submodules/featurecodes/featurecodes.js`): each enabled code is its own callflow,
//! `{flow, numbers | patterns, featurecode: {name, number}}`, matched to its definition by
//! `featurecode.name`. Star codes match `*` + digits; pattern codes match a regex in which
//! a `*` typed in the digits is escaped (`\*`), and that escaped text is also what
//! `featurecode.number` holds. Unlike Monster, changing a code's digits is written onto
//! the callflow as read, so parking timeouts and anything else in it survive.

use serde_json::{json, Map, Value};

/// How a code is dialled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `numbers: ["*72"]` (or the bare digits for a code without a star).
    Numbers,
    /// `patterns: ["^\*74([0-9]*)$"]`; `one_or_more` when digits must follow.
    Patterns { one_or_more: bool },
}

/// One feature code the screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition {
    /// `featurecode.name`, exactly as Monster writes it.
    pub name: &'static str,
    /// `call_forward`, `hotdesk`, `misc` or `parking`.
    pub category: &'static str,
    pub module: &'static str,
    /// `flow.data`, as JSON text.
    pub data: &'static str,
    pub kind: Kind,
    /// Dialled with a leading `*`.
    pub star: bool,
    pub digits: &'static str,
}

const fn code(
    name: &'static str,
    category: &'static str,
    module: &'static str,
    data: &'static str,
    kind: Kind,
    digits: &'static str,
) -> Definition {
    Definition { name, category, module, data, kind, star: true, digits }
}

const N: Kind = Kind::Numbers;
const P: Kind = Kind::Patterns { one_or_more: false };

/// The definitions, in the screen's order.
pub const DEFINITIONS: [Definition; 17] = [
    code("call_forward[action=activate]", "call_forward", "call_forward", r#"{"action":"activate"}"#, N, "72"),
    code("call_forward[action=deactivate]", "call_forward", "call_forward", r#"{"action":"deactivate"}"#, N, "73"),
    code("call_forward[action=toggle]", "call_forward", "call_forward", r#"{"action":"toggle"}"#, P, "74"),
    code("call_forward[action=update]", "call_forward", "call_forward", r#"{"action":"update"}"#, N, "56"),
    code("hotdesk[action=login]", "hotdesk", "hotdesk", r#"{"action":"login"}"#, N, "11"),
    code("hotdesk[action=logout]", "hotdesk", "hotdesk", r#"{"action":"logout"}"#, N, "12"),
    code("hotdesk[action=toggle]", "hotdesk", "hotdesk", r#"{"action":"toggle"}"#, N, "13"),
    code("voicemail[action=check]", "misc", "voicemail", r#"{"action":"check"}"#, P, "97"),
    code(
        "voicemail[single_mailbox_login]",
        "misc",
        "voicemail",
        r#"{"action":"check","single_mailbox_login":true}"#,
        P,
        "98",
    ),
    code(r#"voicemail[action="direct"]"#, "misc", "voicemail", r#"{"action":"compose"}"#, P, "*"),
    code("intercom", "misc", "intercom", "{}", P, "0"),
    code("privacy[mode=full]", "misc", "privacy", r#"{"mode":"full"}"#, P, "67"),
    code(
        "directed_ext_pickup",
        "misc",
        "group_pickup_feature",
        r#"{"type":"extension"}"#,
        Kind::Patterns { one_or_more: true },
        "87",
    ),
    Definition { name: "move", category: "misc", module: "move", data: "{}", kind: N, star: false, digits: "6683" },
    code("park_and_retrieve", "parking", "park", r#"{"action":"auto"}"#, P, "3"),
    code("valet", "parking", "park", r#"{"action":"park"}"#, N, "4"),
    code("retrieve", "parking", "park", r#"{"action":"retrieve"}"#, P, "5"),
];

/// The categories in the screen's order.
pub const CATEGORIES: [&str; 4] = ["call_forward", "hotdesk", "misc", "parking"];

/// The definition a stored callflow is, by its `featurecode.name`.
pub fn definition_of(doc: &Value) -> Option<&'static Definition> {
    let name = doc.pointer("/featurecode/name")?.as_str()?;
    DEFINITIONS.iter().find(|d| d.name == name)
}

/// The digits a stored code shows (its `featurecode.number`, one backslash removed).
pub fn shown_digits(doc: &Value) -> String {
    doc.pointer("/featurecode/number").and_then(Value::as_str).unwrap_or_default().replacen('\\', "", 1)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Digits (and, for pattern codes, `*`) only, at least one.
    Digits,
}

impl Definition {
    /// What it is dialled by, and what `featurecode.number` holds, for these digits.
    fn matching(&self, digits: &str) -> Result<(&'static str, String, String), CodeError> {
        let digits = digits.trim();
        let allowed = |c: char| c.is_ascii_digit() || (c == '*' && matches!(self.kind, Kind::Patterns { .. }));
        if digits.is_empty() || !digits.chars().all(allowed) {
            return Err(CodeError::Digits);
        }
        Ok(match self.kind {
            Kind::Numbers => {
                let number = if self.star { format!("*{digits}") } else { digits.to_string() };
                ("numbers", number, digits.to_string())
            }
            Kind::Patterns { one_or_more } => {
                let escaped = digits.replace('*', "\\*");
                let capture = if one_or_more { "+" } else { "*" };
                ("patterns", format!("^\\*{escaped}([0-9]{capture})$"), escaped)
            }
        })
    }

    /// The callflow for a newly enabled code.
    pub fn new_doc(&self, digits: &str) -> Result<Value, CodeError> {
        let (key, matcher, number) = self.matching(digits)?;
        let data: Value = serde_json::from_str(self.data).unwrap_or_else(|_| json!({}));
        let mut doc = json!({
            "flow": {"module": self.module, "data": data, "children": {}},
            "featurecode": {"name": self.name, "number": number},
        });
        doc[key] = json!([matcher]);
        Ok(doc)
    }

    /// `loaded` dialled by new digits: only what says how it is dialled changes.
    pub fn with_digits(&self, loaded: &Value, digits: &str) -> Result<Value, CodeError> {
        let (key, matcher, number) = self.matching(digits)?;
        let mut doc: Map<String, Value> = loaded.as_object().cloned().unwrap_or_default();
        doc.remove("metadata");
        doc.remove("numbers");
        doc.remove("patterns");
        doc.insert(key.into(), json!([matcher]));
        let code = doc.entry("featurecode").or_insert_with(|| json!({}));
        if !code.is_object() {
            *code = json!({});
        }
        code["name"] = Value::String(self.name.into());
        code["number"] = Value::String(number);
        Ok(Value::Object(doc))
    }
}

/// Parking's callback and ringback timeouts, shown in seconds, stored in milliseconds in
/// `flow.data`; `None` removes the key (Monster's parking dialog).
pub fn with_parking_timeouts(loaded: &Value, callback_s: Option<u32>, ringback_s: Option<u32>) -> Value {
    let mut doc = loaded.clone();
    if let Some(map) = doc.as_object_mut() {
        map.remove("metadata");
    }
    if !doc["flow"]["data"].is_object() {
        doc["flow"]["data"] = json!({});
    }
    let data = doc["flow"]["data"].as_object_mut().expect("made an object above");
    for (key, seconds) in [("default_callback_timeout", callback_s), ("default_ringback_timeout", ringback_s)] {
        match seconds {
            Some(s) => data.insert(key.into(), Value::from(u64::from(s) * 1000)),
            None => data.remove(key),
        };
    }
    doc
}

/// A parking timeout in seconds, if set.
pub fn parking_timeout_s(doc: &Value, key: &str) -> Option<u32> {
    doc["flow"]["data"].get(key).and_then(Value::as_u64).map(|ms| (ms / 1000) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(name: &str) -> &'static Definition {
        DEFINITIONS.iter().find(|d| d.name == name).unwrap()
    }

    #[test]
    fn star_codes_and_pattern_codes_are_written_as_monster_writes_them() {
        let doc = def("call_forward[action=activate]").new_doc("72").unwrap();
        assert_eq!(doc["numbers"], json!(["*72"]));
        assert_eq!(doc["featurecode"], json!({"name": "call_forward[action=activate]", "number": "72"}));
        assert_eq!(doc["flow"], json!({"module": "call_forward", "data": {"action": "activate"}, "children": {}}));
        let toggle = def("call_forward[action=toggle]").new_doc("74").unwrap();
        assert_eq!(toggle["patterns"], json!(["^\\*74([0-9]*)$"]));
        assert_eq!(def("directed_ext_pickup").new_doc("87").unwrap()["patterns"], json!(["^\\*87([0-9]+)$"]));
        assert_eq!(def("move").new_doc("6683").unwrap()["numbers"], json!(["6683"]));
    }

    #[test]
    fn a_star_in_a_patterns_digits_is_escaped_in_the_pattern_and_the_number() {
        let doc = def(r#"voicemail[action="direct"]"#).new_doc("*").unwrap();
        assert_eq!(doc["patterns"], json!(["^\\*\\*([0-9]*)$"]));
        assert_eq!(doc["featurecode"]["number"], "\\*");
        assert_eq!(shown_digits(&doc), "*");
        assert_eq!(def("call_forward[action=activate]").new_doc("7*"), Err(CodeError::Digits));
        assert_eq!(def("intercom").new_doc(""), Err(CodeError::Digits));
    }

    #[test]
    fn new_digits_keep_the_rest_of_the_callflow() {
        let loaded = json!({"id": "fc1", "flow": {"module": "park", "data": {"action": "auto", "default_ringback_timeout": 30000}, "children": {}},
            "patterns": ["^\\*3([0-9]*)$"], "featurecode": {"name": "park_and_retrieve", "number": "3"}, "ui_metadata": {"origin": "voip"}, "metadata": {}});
        let doc = def("park_and_retrieve").with_digits(&loaded, "33").unwrap();
        assert_eq!(doc["patterns"], json!(["^\\*33([0-9]*)$"]));
        assert_eq!(doc["featurecode"]["number"], "33");
        assert_eq!(doc["flow"]["data"]["default_ringback_timeout"], 30000, "Monster loses this; Patchbay keeps it");
        assert_eq!(doc["ui_metadata"]["origin"], "voip");
        assert!(doc.get("metadata").is_none());
    }

    #[test]
    fn parking_timeouts_are_seconds_on_screen_and_milliseconds_stored() {
        let loaded = def("valet").new_doc("4").unwrap();
        let doc = with_parking_timeouts(&loaded, Some(45), None);
        assert_eq!(doc["flow"]["data"], json!({"action": "park", "default_callback_timeout": 45000}));
        assert_eq!(parking_timeout_s(&doc, "default_callback_timeout"), Some(45));
        assert_eq!(parking_timeout_s(&doc, "default_ringback_timeout"), None);
    }

    #[test]
    fn every_definition_is_one_smart_pbx_knows_by_the_same_name() {
        for d in DEFINITIONS {
            assert!(crate::feature_codes::STANDARD.iter().any(|s| s.name == d.name), "{}", d.name);
            assert!(CATEGORIES.contains(&d.category));
            assert!(d.new_doc(d.digits).is_ok(), "{}", d.name);
        }
    }
}
