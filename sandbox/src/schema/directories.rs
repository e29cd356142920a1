//! schemas/directories.json: dial-by-name directories; only `name` is required.

use super::{int_from, opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, usize::MAX)),
    opt("min_dtmf", int_from(1)),
    opt("max_dtmf", int_from(0)),
    opt("sort_by", Kind::Enum(&["first_name", "last_name"])),
    opt("search_fields", Kind::Enum(&["first_name", "last_name", "both"])),
    opt("confirm_match", Kind::Bool),
    opt("users", Kind::Texts),
];

pub fn defaults() -> Value {
    json!({"confirm_match": true, "max_dtmf": 0, "min_dtmf": 3, "sort_by": "last_name", "users": []})
}
