//! schemas/temporal_rules_sets.json: a named list of temporal rule ids.

use super::{opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[req("name", text(1, 128)), opt("temporal_rules", Kind::Texts)];

pub fn defaults() -> Value {
    json!({})
}
