//! Field rules encoding the facts of KAZOO's JSON schemas (`schemas/<type>.json`): which
//! keys are required, their types, enums and bounds, and the defaults Crossbar fills in on
//! save. Each document type lists its fields in a sibling module; `check` turns them into
//! Crossbar's per-field 400 map.

pub mod blacklists;
pub mod callflow_modules;
pub mod conferences;
pub mod devices;
pub mod directories;
pub mod faxboxes;
pub mod groups;
pub mod limits;
pub mod menus;
pub mod phone_numbers;
pub mod temporal_rules;
pub mod temporal_rules_sets;
pub mod vmboxes;

use crate::validate::Validator;
use serde_json::{Map, Value};

/// What a schema property accepts.
#[derive(Clone, Copy)]
pub enum Kind {
    Text {
        min: usize,
        max: usize,
    },
    Int {
        min: i64,
        max: i64,
    },
    Bool,
    Object,
    Texts,
    Enum(&'static [&'static str]),
    Enums(&'static [&'static str]),
    Ints {
        min: i64,
        max: i64,
    },
    /// Strings of ASCII digits (`conference_numbers`, pins).
    Digits,
    /// `oneOf: [boolean, string min..max]` (menu media, conference tones).
    BoolOrText {
        min: usize,
        max: usize,
    },
    /// `oneOf: [integer, string]`.
    IntOrText,
}

pub const ANY_TEXT: Kind = text(0, usize::MAX);

pub const fn text(min: usize, max: usize) -> Kind {
    Kind::Text { min, max }
}

pub const fn int(min: i64, max: i64) -> Kind {
    Kind::Int { min, max }
}

pub const fn int_from(min: i64) -> Kind {
    Kind::Int { min, max: i64::MAX }
}

/// One property, by dot path (`sip.username`); nested paths are checked only when their
/// parent is an object (the parent's own rule reports anything else).
pub struct Field {
    pub path: &'static str,
    pub kind: Kind,
    pub required: bool,
}

pub const fn opt(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: false }
}

pub const fn req(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: true }
}

/// Every document accepts `flags: [string]` (KAZOO `applications/crossbar/priv/couchdb/schemas/*.json`).
const FLAGS: Field = opt("flags", Kind::Texts);

/// Fills `defaults` into `doc` (recursively into objects already present), then checks the
/// fields. Like Crossbar with `schema_strict_validation` off, string booleans and integers
/// are first fixed to JSON types (`kz_json_schema:fix_js_types`).
pub fn check(doc: &mut Map<String, Value>, fields: &[Field], defaults: &Value) -> Validator {
    if let Value::Object(defaults) = defaults {
        fill_defaults(doc, defaults);
    }
    let mut v = Validator::new();
    for field in fields.iter().chain([&FLAGS]) {
        let (parent, key) = match field.path.rsplit_once('.') {
            Some((parent, key)) => (parent_mut(doc, parent), key),
            None => (Some(&mut *doc), field.path),
        };
        let Some(parent) = parent else { continue };
        match parent.get_mut(key) {
            None if field.required => {
                v.add(
                    field.path,
                    "required",
                    serde_json::json!({"message": "Field is required but missing", "value": key}),
                );
            }
            None => {}
            Some(value) => {
                fix_js_type(value, field.kind);
                check_value(&mut v, field.path, value, field.kind);
            }
        }
    }
    v
}

fn parent_mut<'a>(doc: &'a mut Map<String, Value>, path: &str) -> Option<&'a mut Map<String, Value>> {
    path.split('.').try_fold(doc, |m, key| m.get_mut(key)?.as_object_mut())
}

fn fill_defaults(doc: &mut Map<String, Value>, defaults: &Map<String, Value>) {
    for (key, default) in defaults {
        match (doc.get_mut(key), default) {
            (None, _) => {
                doc.insert(key.clone(), default.clone());
            }
            (Some(Value::Object(existing)), Value::Object(nested)) => fill_defaults(existing, nested),
            _ => {}
        }
    }
}

fn fix_js_type(value: &mut Value, kind: Kind) {
    let Value::String(s) = value else { return };
    match kind {
        Kind::Bool => match s.as_str() {
            "true" => *value = Value::Bool(true),
            "false" => *value = Value::Bool(false),
            _ => {}
        },
        Kind::Int { .. } => {
            if let Ok(n) = s.trim().parse::<i64>() {
                *value = n.into();
            }
        }
        _ => {}
    }
}

fn check_value(v: &mut Validator, path: &str, value: &Value, kind: Kind) {
    match kind {
        Kind::Text { min, max } => v.text(path, value, min, max),
        Kind::Int { min, max } => v.integer(path, value, min, max),
        Kind::Bool if !value.is_boolean() => v.type_error(path, "boolean", value),
        Kind::Object if !value.is_object() => v.type_error(path, "object", value),
        Kind::Enum(allowed) => v.enumerated(path, value, allowed),
        Kind::Texts | Kind::Enums(_) | Kind::Ints { .. } | Kind::Digits => check_items(v, path, value, kind),
        Kind::BoolOrText { min, max } if !value.is_boolean() => match value {
            Value::String(_) => v.text(path, value, min, max),
            _ => v.type_error(path, "boolean, string", value),
        },
        Kind::IntOrText if !(value.is_i64() || value.is_string()) => v.type_error(path, "integer, string", value),
        _ => {}
    }
}

/// Array items are reported at `path.N`, as jesse does.
fn check_items(v: &mut Validator, path: &str, value: &Value, kind: Kind) {
    let Some(items) = value.as_array() else {
        return v.type_error(path, "array", value);
    };
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}.{i}");
        match kind {
            Kind::Texts => v.text(&at, item, 0, usize::MAX),
            Kind::Enums(allowed) => v.enumerated(&at, item, allowed),
            Kind::Ints { min, max } => v.integer(&at, item, min, max),
            Kind::Digits => {
                let digits = item.as_str().map(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
                match digits {
                    None => v.type_error(&at, "string", item),
                    Some(ok) => v.pattern(&at, item.as_str().unwrap_or_default(), "^[0-9]+$", ok),
                }
            }
            _ => {}
        }
    }
}
