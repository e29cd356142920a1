//! schemas/blacklists.json: numbers calls are refused from; only `name` is required.

use super::{opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    opt("numbers", Kind::Object),
    opt("should_block_anonymous", Kind::Bool),
    opt("flags", Kind::Texts),
];

pub fn defaults() -> Value {
    json!({"numbers": {}})
}
