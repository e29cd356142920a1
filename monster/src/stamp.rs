//! The `ui_metadata` stamp Monster's SDK puts on every non-GET body (monster-ui
//! `src/js/lib/jquery.kazoosdk.js` `request`), and the "made outside this app" test it drives
//! (monster-ui `src/js/lib/monster.util.js` `checkVersion`).

use serde_json::{json, Value};

/// App names as Monster stamps them in `ui_metadata.origin`.
pub const ORIGIN_SMARTPBX: &str = "voip";
pub const ORIGIN_CALLFLOWS: &str = "callflows";
/// The Account Manager (monster-ui-accounts).
pub const ORIGIN_ACCOUNTS: &str = "accounts";
pub const UI_MONSTER: &str = "monster-ui";

/// `{"version": …, "ui": "monster-ui", "origin": …}`; `version` is the UI build's
/// version string (Monster sends its VERSION file, possibly null).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiMetadata {
    pub version: Option<String>,
    pub origin: String,
}

impl UiMetadata {
    pub fn smartpbx(version: Option<&str>) -> Self {
        UiMetadata { version: version.map(str::to_string), origin: ORIGIN_SMARTPBX.into() }
    }

    /// The Callflows app's stamp (`origin: "callflows"`).
    pub fn callflows(version: Option<&str>) -> Self {
        UiMetadata { version: version.map(str::to_string), origin: ORIGIN_CALLFLOWS.into() }
    }

    /// The Account Manager's stamp (`origin: "accounts"`).
    pub fn accounts(version: Option<&str>) -> Self {
        UiMetadata { version: version.map(str::to_string), origin: ORIGIN_ACCOUNTS.into() }
    }

    pub fn to_json(&self) -> Value {
        json!({ "version": self.version, "ui": UI_MONSTER, "origin": self.origin })
    }
}

/// Stamp a document (the `data` of a request) as Monster does; replaces any older stamp,
/// exactly like the SDK re-stamps even a one-field PATCH.
pub fn stamp(doc: &mut Value, meta: &UiMetadata) {
    if let Value::Object(map) = doc {
        map.insert("ui_metadata".into(), meta.to_json());
    }
}

pub fn origin_of(doc: &Value) -> Option<&str> {
    doc.pointer("/ui_metadata/origin").and_then(Value::as_str)
}

/// Whether editing `doc` from app `origin` should first ask "made outside this app —
/// edit anyway?": a document written by another UI (Monster's `checkVersion`) or by
/// another Monster app. Documents with no stamp at all (API-made) are fair game, as
/// in Monster.
pub fn made_outside(doc: &Value, origin: &str) -> bool {
    let ui = doc.pointer("/ui_metadata/ui").and_then(Value::as_str);
    match ui {
        None => false,
        Some(ui) if ui != UI_MONSTER => true,
        Some(_) => origin_of(doc).is_some_and(|o| o != origin && o != "common"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_matches_what_the_monster_sdk_sends() {
        let mut doc = json!({"first_name": "Ada", "ui_metadata": {"ui": "kazoo-ui"}});
        stamp(&mut doc, &UiMetadata::smartpbx(Some("4.3-140")));
        assert_eq!(doc["ui_metadata"], json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"}));
        // Key order as Monster writes it.
        let keys: Vec<_> = doc["ui_metadata"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["version", "ui", "origin"]);
    }

    #[test]
    fn outside_documents_are_recognised() {
        let callflows = json!({"ui_metadata": {"ui": "monster-ui", "origin": "callflows"}});
        let legacy = json!({"ui_metadata": {"ui": "kazoo-ui"}});
        let ours = json!({"ui_metadata": {"ui": "monster-ui", "origin": "voip"}});
        let shared_widget = json!({"ui_metadata": {"ui": "monster-ui", "origin": "common"}});
        let api_made = json!({"name": "x"});
        assert!(made_outside(&callflows, ORIGIN_SMARTPBX));
        assert!(made_outside(&legacy, ORIGIN_SMARTPBX));
        assert!(!made_outside(&ours, ORIGIN_SMARTPBX));
        assert!(!made_outside(&shared_widget, ORIGIN_SMARTPBX));
        assert!(!made_outside(&api_made, ORIGIN_SMARTPBX));
        assert!(made_outside(&ours, ORIGIN_CALLFLOWS));
    }
}
