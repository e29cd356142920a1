//! The body of a callflow save, as the Callflows app builds it (monster-ui-callflows
//! `app.js` `save`): the root's numbers, name and flags over the document as loaded —
//! `patterns`, `type`, `owner_id`, `featurecode` and keys Patchbay does not know stay —
//! the `flow` replaced whole, the computed `metadata` dropped, and the app's stamp.

use serde_json::{Map, Value};

use crate::stamp::{stamp, UiMetadata};

/// What the editor's root holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Root {
    /// Empty: the key is removed and the list shows the numbers.
    pub name: String,
    pub numbers: Vec<String>,
    /// "Hide from contact list" (`contact_list.exclude`); `None` leaves it as loaded.
    pub hide_from_contacts: Option<bool>,
    /// "List this callflow in Main Number" (`ui_is_main_number_cf`); `None` leaves it.
    pub list_in_main_number: Option<bool>,
}

impl Root {
    /// The root as a loaded document has it.
    pub fn of(doc: &Value) -> Root {
        Root {
            name: doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string(),
            numbers: patchbay_crossbar::json::strings(doc.get("numbers")),
            hide_from_contacts: doc.pointer("/contact_list/exclude").and_then(Value::as_bool),
            list_in_main_number: doc.get("ui_is_main_number_cf").and_then(Value::as_bool),
        }
    }
}

/// What stops a save before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootProblem {
    /// The editor refuses a callflow nothing can reach (Monster: "at least one number").
    NoNumber,
    /// The same number twice.
    Duplicate(String),
    /// A number already on another callflow of the account (id given).
    Taken { number: String, by: String },
}

/// Numbers problems, checked against the numbers of the account's other callflows
/// (`number → callflow id`).
pub fn check_numbers(root: &Root, others: &[(String, String)], own_id: Option<&str>) -> Result<(), RootProblem> {
    if root.numbers.is_empty() {
        return Err(RootProblem::NoNumber);
    }
    for (i, n) in root.numbers.iter().enumerate() {
        if root.numbers[..i].contains(n) {
            return Err(RootProblem::Duplicate(n.clone()));
        }
        if let Some((_, by)) = others.iter().find(|(number, by)| number == n && Some(by.as_str()) != own_id) {
            return Err(RootProblem::Taken { number: n.clone(), by: by.clone() });
        }
    }
    Ok(())
}

/// The document to `PUT` (new, `loaded` = `None`) or `POST` (an update).
pub fn save_body(loaded: Option<&Value>, root: &Root, flow: Value, version: Option<&str>) -> Value {
    let mut doc = loaded.and_then(Value::as_object).cloned().unwrap_or_default();
    doc.remove("metadata");
    doc.insert("numbers".into(), root.numbers.iter().cloned().map(Value::String).collect());
    doc.insert("flow".into(), flow);
    let name = root.name.trim();
    if name.is_empty() {
        doc.remove("name");
    } else {
        doc.insert("name".into(), Value::String(name.to_string()));
    }
    if let Some(exclude) = root.hide_from_contacts {
        let contact_list = doc.entry("contact_list").or_insert_with(|| Value::Object(Map::new()));
        if !contact_list.is_object() {
            *contact_list = Value::Object(Map::new());
        }
        contact_list["exclude"] = Value::Bool(exclude);
    }
    if let Some(listed) = root.list_in_main_number {
        doc.insert("ui_is_main_number_cf".into(), Value::Bool(listed));
    }
    let mut doc = Value::Object(doc);
    stamp(&mut doc, &UiMetadata::callflows(version));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_update_keeps_what_the_editor_does_not_show_and_replaces_the_flow() {
        let loaded = json!({
            "id": "cf1", "name": "Old", "numbers": ["2000", "2001"], "patterns": ["^\\*5$"], "type": "main",
            "owner_id": "u1", "featurecode": {"name": "x", "number": "5"}, "some_other_app": {"k": [1]},
            "contact_list": {"exclude": false, "other": 1}, "metadata": {"u1": {"name": "Ada"}},
            "flow": {"module": "user", "data": {"id": "u1"}, "children": {"_": {"module": "voicemail", "data": {}, "children": {}}}},
            "ui_metadata": {"ui": "monster-ui", "origin": "voip", "version": "4.3"}
        });
        let root = Root {
            name: "  Main line ".into(),
            numbers: vec!["2000".into()],
            hide_from_contacts: Some(true),
            list_in_main_number: Some(true),
        };
        let flow = json!({"module": "play", "data": {"id": "m"}, "children": {}});
        let body = save_body(Some(&loaded), &root, flow.clone(), Some("1.0"));
        assert_eq!(body["flow"], flow);
        assert_eq!(body["numbers"], json!(["2000"]));
        assert_eq!(body["name"], "Main line");
        assert_eq!(body["contact_list"], json!({"exclude": true, "other": 1}));
        assert_eq!(body["ui_is_main_number_cf"], true);
        for kept in ["id", "patterns", "type", "owner_id", "featurecode", "some_other_app"] {
            assert_eq!(body[kept], loaded[kept], "{kept}");
        }
        assert!(body.get("metadata").is_none());
        assert_eq!(body["ui_metadata"], json!({"ui": "monster-ui", "origin": "callflows", "version": "1.0"}));
    }

    #[test]
    fn a_new_callflow_without_a_name_has_no_name_key() {
        let root = Root { numbers: vec!["no_match".into()], ..Root::default() };
        let body = save_body(None, &root, json!({}), None);
        assert_eq!(
            body,
            json!({"numbers": ["no_match"], "flow": {},
                   "ui_metadata": {"ui": "monster-ui", "origin": "callflows", "version": null}})
        );
        assert_eq!(Root::of(&body), root);
    }

    #[test]
    fn numbers_are_checked_before_anything_is_sent() {
        let mut root = Root::default();
        assert_eq!(check_numbers(&root, &[], None), Err(RootProblem::NoNumber));
        root.numbers = vec!["2000".into(), "2001".into(), "2000".into()];
        assert_eq!(check_numbers(&root, &[], None), Err(RootProblem::Duplicate("2000".into())));
        root.numbers = vec!["2000".into(), "2001".into()];
        let others = [("2001".to_string(), "cf9".to_string()), ("2000".to_string(), "cf1".to_string())];
        assert_eq!(
            check_numbers(&root, &others, Some("cf1")),
            Err(RootProblem::Taken { number: "2001".into(), by: "cf9".into() })
        );
        assert_eq!(check_numbers(&root, &others[1..], Some("cf1")), Ok(()));
    }
}
