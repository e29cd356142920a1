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

/// PCRE's `\w` without Unicode: ASCII letters, digits and underscore.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}
