//! A menu (auto attendant) as the Callflows app's Menu form writes it (monster-ui-callflows
//! `submodules/menu/menu.js` `menuCleanFormData`, `menuNormalizeData`): the form speaks in
//! seconds, the document in milliseconds; retries are stored one above what the form
//! shows; the longest extension a caller may dial is at least as long as the PIN.

use serde_json::{json, Map, Value};

/// What the form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuForm {
    pub name: String,
    /// A media id for the greeting; empty for none.
    pub greeting: String,
    /// Seconds to wait for a key.
    pub timeout_s: u32,
    /// How many times a wrong or missing key is retried.
    pub retries: u32,
    /// Callers may dial an extension from the menu.
    pub hunt: bool,
    pub max_extension_length: u32,
    /// The PIN that lets a caller record the greeting; empty for none.
    pub record_pin: String,
    /// No "invalid", "transfer" and "goodbye" prompts.
    pub suppress_media: bool,
}

impl Default for MenuForm {
    /// Monster's defaults: 10 s, 3 retries, extensions of up to 4 digits.
    fn default() -> Self {
        MenuForm {
            name: String::new(),
            greeting: String::new(),
            timeout_s: 10,
            retries: 3,
            hunt: false,
            max_extension_length: 4,
            record_pin: String::new(),
            suppress_media: false,
        }
    }
}

/// The `menus` document for a new menu.
pub fn menu_doc(form: &MenuForm) -> Value {
    let pin = form.record_pin.trim();
    let max_extension_length = if pin.is_empty() { 4 } else { form.max_extension_length.max(pin.len() as u32) };
    let mut media = Map::new();
    if !form.greeting.is_empty() {
        media.insert("greeting".into(), Value::String(form.greeting.clone()));
    }
    for key in ["invalid_media", "transfer_media", "exit_media"] {
        media.insert(key.into(), Value::Bool(!form.suppress_media));
    }
    let mut doc = json!({
        "name": form.name.trim(),
        "timeout": form.timeout_s * 1000,
        "interdigit_timeout": 2000,
        "retries": form.retries + 1,
        "hunt": form.hunt,
        "max_extension_length": max_extension_length,
        "media": media,
    });
    if !pin.is_empty() {
        doc["record_pin"] = Value::String(pin.to_string());
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_become_milliseconds_retries_one_more_and_the_pin_lengthens_extensions() {
        let form = MenuForm {
            name: " Sales menu ".into(),
            greeting: "m1".into(),
            record_pin: "123456".into(),
            ..MenuForm::default()
        };
        assert_eq!(
            menu_doc(&form),
            json!({"name": "Sales menu", "timeout": 10000, "interdigit_timeout": 2000, "retries": 4, "hunt": false,
                   "max_extension_length": 6, "record_pin": "123456",
                   "media": {"greeting": "m1", "invalid_media": true, "transfer_media": true, "exit_media": true}})
        );
        let quiet = MenuForm { suppress_media: true, max_extension_length: 9, ..MenuForm::default() };
        let doc = menu_doc(&quiet);
        assert_eq!(doc["media"], json!({"invalid_media": false, "transfer_media": false, "exit_media": false}));
        assert_eq!(doc["max_extension_length"], 4, "without a PIN, as Monster resets it");
        assert!(doc.get("record_pin").is_none());
    }
}
