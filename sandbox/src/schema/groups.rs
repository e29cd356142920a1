//! schemas/groups.json: `name` and `endpoints` (keyed by user or device id) are required.

use super::{opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    req("endpoints", Kind::Object),
    opt("music_on_hold", Kind::Object),
    opt("music_on_hold.media_id", text(0, 128)),
];

/// `endpoints` defaults to `{}`, so a group without members is valid once filled.
pub fn defaults() -> Value {
    json!({"endpoints": {}, "music_on_hold": {}})
}
