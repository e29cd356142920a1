//! The feature codes Smart PBX creates when the Main Number page opens
//! (monster-ui-voip `submodules/strategy/strategy.js` `featureCodeConfigs`, `strategyHandleFeatureCodes`). Smart PBX
//! matches them by `featurecode.name`, so the names
//! must be exactly these strings (brackets and quotes included).

use serde_json::{json, Value};

/// How a code is dialled: an exact number, or a regex pattern capturing digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Number(&'static str),
    Pattern(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureCode {
    pub name: &'static str,
    /// Digits shown to people (`featurecode.number`).
    pub number: &'static str,
    pub matches: Match,
    pub module: &'static str,
    /// `flow.data` as JSON text (kept as text so the table reads like Smart PBX's `featureCodeConfigs`).
    pub data: &'static str,
}

pub const STANDARD: [FeatureCode; 17] = [
    FeatureCode {
        name: "directed_ext_pickup",
        number: "87",
        matches: Match::Pattern(r"^\*87([0-9]+)$"),
        module: "group_pickup_feature",
        data: r#"{"type":"extension"}"#,
    },
    FeatureCode {
        name: "call_forward[action=deactivate]",
        number: "73",
        matches: Match::Number("*73"),
        module: "call_forward",
        data: r#"{"action":"deactivate"}"#,
    },
    FeatureCode {
        name: "call_forward[action=activate]",
        number: "72",
        matches: Match::Pattern(r"\*72([0-9]*)$"),
        module: "call_forward",
        data: r#"{"action":"activate"}"#,
    },
    FeatureCode {
        name: "call_forward[action=toggle]",
        number: "74",
        matches: Match::Pattern(r"^\*74([0-9]*)$"),
        module: "call_forward",
        data: r#"{"action":"toggle"}"#,
    },
    FeatureCode {
        name: "call_forward[action=update]",
        number: "56",
        matches: Match::Number("*56"),
        module: "call_forward",
        data: r#"{"action":"update"}"#,
    },
    FeatureCode {
        name: "hotdesk[action=login]",
        number: "11",
        matches: Match::Number("*11"),
        module: "hotdesk",
        data: r#"{"action":"login"}"#,
    },
    FeatureCode {
        name: "hotdesk[action=logout]",
        number: "12",
        matches: Match::Number("*12"),
        module: "hotdesk",
        data: r#"{"action":"logout"}"#,
    },
    FeatureCode {
        name: "hotdesk[action=toggle]",
        number: "13",
        matches: Match::Number("*13"),
        module: "hotdesk",
        data: r#"{"action":"toggle"}"#,
    },
    FeatureCode {
        name: "voicemail[action=check]",
        number: "97",
        matches: Match::Pattern(r"^\*97([0-9]*)$"),
        module: "voicemail",
        data: r#"{"action":"check"}"#,
    },
    FeatureCode {
        name: "voicemail[single_mailbox_login]",
        number: "98",
        matches: Match::Pattern(r"^\*98([0-9]*)$"),
        module: "voicemail",
        // Smart PBX merges the action into the code's own data, so it comes last.
        data: r#"{"single_mailbox_login":true,"action":"check"}"#,
    },
    FeatureCode {
        name: r#"voicemail[action="direct"]"#,
        number: "*",
        matches: Match::Pattern(r"^\*\*([0-9]*)$"),
        module: "voicemail",
        data: r#"{"action":"compose"}"#,
    },
    FeatureCode {
        name: "intercom",
        number: "0",
        matches: Match::Pattern(r"^\*0([0-9]*)$"),
        module: "intercom",
        data: r#"{"action":"compose"}"#,
    },
    FeatureCode {
        name: "privacy[mode=full]",
        number: "67",
        matches: Match::Pattern(r"^\*67([0-9]*)$"),
        module: "privacy",
        // Smart PBX's config gives privacy an *action* named "full", not a `mode`.
        data: r#"{"action":"full"}"#,
    },
    FeatureCode {
        name: "park_and_retrieve",
        number: "3",
        matches: Match::Pattern(r"^\*3([0-9]*)$"),
        module: "park",
        data: r#"{"action":"auto"}"#,
    },
    FeatureCode {
        name: "valet",
        number: "4",
        matches: Match::Number("*4"),
        module: "park",
        data: r#"{"action":"park"}"#,
    },
    FeatureCode {
        name: "retrieve",
        number: "5",
        matches: Match::Pattern(r"^\*5([0-9]*)$"),
        module: "park",
        data: r#"{"action":"retrieve"}"#,
    },
    FeatureCode { name: "move", number: "6683", matches: Match::Number("6683"), module: "move", data: "{}" },
];

impl FeatureCode {
    /// The callflow `PUT` body (no `name`, no `type`, as Smart PBX writes them), keys in
    /// Smart PBX's order: `flow` (`children`, `data`, `module`), `featurecode`
    /// (`name`, `number`), then `patterns` or `numbers`. The caller adds `ui_metadata`.
    pub fn callflow_doc(&self) -> Value {
        let data: Value = serde_json::from_str(self.data).unwrap_or_else(|_| json!({}));
        let mut doc = json!({
            "flow": {"children": {}, "data": data, "module": self.module},
            "featurecode": {"name": self.name, "number": self.number},
        });
        let (key, value) = match self.matches {
            Match::Number(n) => ("numbers", n),
            Match::Pattern(p) => ("patterns", p),
        };
        doc[key] = json!([value]);
        doc
    }

    /// A key for the code's name in words: its `featurecode.name` with every run of
    /// characters other than letters and digits made one `-` (`call_forward[action=update]`
    /// → `call-forward-action-update`), so a translation file can name each code.
    pub fn label_key(name: &str) -> String {
        let mut key = String::with_capacity(name.len());
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                key.push(c);
            } else if !key.is_empty() && !key.ends_with('-') {
                key.push('-');
            }
        }
        if key.ends_with('-') {
            key.pop();
        }
        key
    }

    /// The Feature Codes page groups codes by the word before `[` or `(`.
    pub fn category(name: &str) -> &str {
        let head = name.split(['[', '(']).next().unwrap_or(name);
        match head {
            "call_forward" | "hotdesk" | "qubicle" | "do_not_disturb" => head,
            "park_and_retrieve" | "valet" | "retrieve" => "parking",
            _ => "misc",
        }
    }
}

/// Which standard codes are missing, given the `featurecode.name`s already present.
pub fn missing<'a>(present: impl IntoIterator<Item = &'a str> + Clone) -> Vec<&'static FeatureCode> {
    STANDARD.iter().filter(|fc| !present.clone().into_iter().any(|p| p == fc.name)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_keys_are_plain_words_joined_by_dashes() {
        assert_eq!(FeatureCode::label_key("call_forward[action=update]"), "call-forward-action-update");
        assert_eq!(FeatureCode::label_key(r#"voicemail[action="direct"]"#), "voicemail-action-direct");
        assert_eq!(FeatureCode::label_key("privacy[mode=full]"), "privacy-mode-full");
        assert_eq!(FeatureCode::label_key("move"), "move");
        assert_eq!(FeatureCode::label_key("[]"), "");
    }

    #[test]
    fn every_data_literal_is_json() {
        for fc in &STANDARD {
            assert!(serde_json::from_str::<Value>(fc.data).is_ok(), "{}", fc.name);
        }
    }

    #[test]
    fn documents_as_smart_pbx_creates_them() {
        let pickup = STANDARD[0].callflow_doc();
        assert_eq!(
            pickup,
            json!({"flow": {"children": {}, "module": "group_pickup_feature", "data": {"type": "extension"}},
                   "featurecode": {"name": "directed_ext_pickup", "number": "87"},
                   "patterns": ["^\\*87([0-9]+)$"]})
        );
        let off = STANDARD[1].callflow_doc();
        assert_eq!(off["numbers"], json!(["*73"]));
        assert!(off.get("name").is_none() && off.get("type").is_none());
    }

    fn keys(v: &Value) -> Vec<&str> {
        v.as_object().unwrap().keys().map(String::as_str).collect()
    }

    #[test]
    fn key_order_and_data_follow_smart_pbx() {
        let by_name = |n: &str| STANDARD.iter().find(|f| f.name == n).unwrap().callflow_doc();
        let single = by_name("voicemail[single_mailbox_login]");
        assert_eq!(keys(&single), ["flow", "featurecode", "patterns"]);
        assert_eq!(keys(&single["flow"]), ["children", "data", "module"]);
        assert_eq!(keys(&single["flow"]["data"]), ["single_mailbox_login", "action"]);
        assert_eq!(keys(&single["featurecode"]), ["name", "number"]);
        assert_eq!(by_name("privacy[mode=full]")["flow"]["data"], json!({"action": "full"}));
        assert_eq!(by_name("move")["flow"], json!({"children": {}, "data": {}, "module": "move"}));
        assert_eq!(by_name("valet")["numbers"], json!(["*4"]));
    }

    #[test]
    fn names_are_unique_and_categories_follow_the_prefix() {
        let mut names: Vec<_> = STANDARD.iter().map(|f| f.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 17);
        assert_eq!(FeatureCode::category("hotdesk[action=login]"), "hotdesk");
        assert_eq!(FeatureCode::category("valet"), "parking");
        assert_eq!(FeatureCode::category("intercom"), "misc");
    }

    #[test]
    fn only_missing_codes_are_created() {
        let present = ["move", "intercom"];
        let todo = missing(present.iter().copied());
        assert_eq!(todo.len(), 15);
        assert!(todo.iter().all(|f| f.name != "move"));
    }
}
