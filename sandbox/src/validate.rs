//! Schema-style checks that produce Crossbar's per-field validator map
//! (`{"field": {"validator": {"message": ..., "value": ...}}}`).

use crate::reply::{add_error, CbError};
use serde_json::{json, Map, Value};

#[derive(Default)]
pub struct Validator {
    errors: Map<String, Value>,
}

impl Validator {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &str, validator: &str, detail: Value) {
        add_error(&mut self.errors, field, validator, detail);
    }

    pub fn has_error(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }

    pub fn finish(self) -> Result<(), CbError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(CbError::validation(self.errors))
        }
    }

    pub fn required(&mut self, doc: &Map<String, Value>, field: &str) -> bool {
        if doc.contains_key(field) {
            return true;
        }
        self.add(field, "required", json!({"message": "Field is required but missing", "value": field}));
        false
    }

    pub fn type_error(&mut self, field: &str, expected: &str, value: &Value) {
        self.add(
            field,
            "type",
            json!({
                "message": format!("Value did not match type(s): {expected}"),
                "target": expected,
                "value": value,
            }),
        );
    }

    /// Checks an optional string's type and length; returns it when valid.
    pub fn string<'a>(&mut self, doc: &'a Map<String, Value>, field: &str, min: usize, max: usize) -> Option<&'a str> {
        let value = doc.get(field)?;
        let Some(s) = value.as_str() else {
            self.type_error(field, "string", value);
            return None;
        };
        let len = s.chars().count();
        if len < min {
            self.add(
                field,
                "minLength",
                json!({
                    "message": format!("String must be at least {min} characters"),
                    "target": min,
                    "value": s,
                }),
            );
            return None;
        }
        if len > max {
            self.add(
                field,
                "maxLength",
                json!({
                    "message": format!("String must not be more than {max} characters"),
                    "target": max,
                    "value": s,
                }),
            );
            return None;
        }
        Some(s)
    }

    /// A value that must be a string of `min..=max` characters.
    pub fn text(&mut self, field: &str, value: &Value, min: usize, max: usize) {
        let mut doc = Map::new();
        doc.insert(field.to_string(), value.clone());
        self.string(&doc, field, min, max);
    }

    /// A value that must be an integer within `min..=max` (jesse's `minimum`/`maximum`).
    pub fn integer(&mut self, field: &str, value: &Value, min: i64, max: i64) {
        let Some(n) = value.as_i64() else {
            return self.type_error(field, "integer", value);
        };
        let (validator, bound, word) = match n {
            n if n < min => ("minimum", min, "at least"),
            n if n > max => ("maximum", max, "at most"),
            _ => return,
        };
        self.add(
            field,
            validator,
            json!({"message": format!("Value must be {word} {bound}"), "target": bound, "value": n}),
        );
    }

    /// A value that must be one of `allowed`.
    pub fn enumerated(&mut self, field: &str, value: &Value, allowed: &[&str]) {
        let mut doc = Map::new();
        doc.insert(field.to_string(), value.clone());
        self.one_of(&doc, field, allowed);
    }

    pub fn boolean(&mut self, doc: &Map<String, Value>, field: &str) {
        if let Some(v) = doc.get(field) {
            if !v.is_boolean() {
                self.type_error(field, "boolean", v);
            }
        }
    }

    pub fn object(&mut self, doc: &Map<String, Value>, field: &str) {
        if let Some(v) = doc.get(field) {
            if !v.is_object() {
                self.type_error(field, "object", v);
            }
        }
    }

    pub fn string_array(&mut self, doc: &Map<String, Value>, field: &str) {
        if let Some(v) = doc.get(field) {
            let ok = v.as_array().is_some_and(|items| items.iter().all(Value::is_string));
            if !ok {
                self.type_error(field, "array", v);
            }
        }
    }

    pub fn one_of(&mut self, doc: &Map<String, Value>, field: &str, allowed: &[&str]) {
        let Some(value) = doc.get(field) else { return };
        if !value.as_str().is_some_and(|s| allowed.contains(&s)) {
            self.add(
                field,
                "enum",
                json!({
                    "message": "Value not found in enumerated list of values",
                    "target": allowed,
                    "value": value,
                }),
            );
        }
    }

    pub fn pattern(&mut self, field: &str, value: &str, pattern: &str, matches: bool) {
        if !matches {
            self.add(
                field,
                "pattern",
                json!({
                    "message": format!("Failed to match pattern '{pattern}'"),
                    "target": pattern,
                    "value": value,
                }),
            );
        }
    }

    pub fn unique(&mut self, field: &str, message: &str, value: &str) {
        self.add(field, "unique", json!({"message": message, "cause": value}));
    }
}

/// Checks every name in a document — a string under a key that is `name` or ends in
/// `_name` (first and last names, caller ID names, company names), at any depth — for
/// characters `patchbay_crossbar::names` refuses (controls, text-direction marks).
/// Errors are reported at the dot path.
pub fn check_names(doc: &Map<String, Value>) -> Result<(), CbError> {
    fn walk(v: &mut Validator, prefix: &str, doc: &Map<String, Value>) {
        for (key, value) in doc {
            let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
            match value {
                Value::String(s)
                    if (key == "name" || key.ends_with("_name"))
                        && patchbay_crossbar::names::has_hidden_characters(s) =>
                {
                    v.add(
                        &path,
                        "pattern",
                        json!({
                            "message": "Names may not contain control or text-direction characters",
                            "target": NAME_PATTERN,
                            "value": s,
                        }),
                    );
                }
                Value::Object(inner) => walk(v, &path, inner),
                _ => {}
            }
        }
    }
    let mut v = Validator::new();
    walk(&mut v, "", doc);
    v.finish()
}

/// The pattern `check_names` reports.
pub const NAME_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F\x{061C}\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}]*$";

/// PCRE's `\w` without Unicode: ASCII letters, digits and underscore.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_controls_or_direction_marks_are_refused() {
        let doc = json!({
            "name": "Ok name",
            "first_name": "Ada\u{0}",
            "caller_id": {"internal": {"name": "evil\u{202E}gnp.exe"}},
            "username": "plain",
            "notes": "free text\u{202E} is not a name",
        });
        let err = check_names(doc.as_object().unwrap()).unwrap_err();
        let fields: Vec<&String> = err.data.as_object().unwrap().keys().collect();
        assert_eq!(fields, ["first_name", "caller_id.internal.name"]);
        assert!(check_names(json!({"name": "Zoë Ünïcode 日本"}).as_object().unwrap()).is_ok());
    }
}
