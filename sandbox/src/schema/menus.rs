//! schemas/menus.json (IVR menus): only `name` is required; the branches live in callflows.

use super::{int, opt, req, text, Field, Kind};
use serde_json::{json, Value};

/// `oneOf: [boolean, string 3..2048]`: `true` plays the system prompt, a string names media.
const PROMPT: Kind = Kind::BoolOrText { min: 3, max: 2048 };

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    opt("media", Kind::Object),
    opt("media.greeting", text(3, 2048)),
    opt("media.invalid_media", PROMPT),
    opt("media.transfer_media", PROMPT),
    opt("media.exit_media", PROMPT),
    opt("retries", int(1, 10)),
    opt("timeout", int(1, 60_000)),
    opt("interdigit_timeout", int(1, 10_000)),
    opt("max_extension_length", int(1, 6)),
    opt("hunt", Kind::Bool),
    opt("hunt_allow", text(1, 256)),
    opt("hunt_deny", text(1, 256)),
    opt("record_pin", text(3, 6)),
    opt("allow_record_from_offnet", Kind::Bool),
    opt("suppress_media", Kind::Bool),
];

pub fn defaults() -> Value {
    json!({
        "allow_record_from_offnet": false,
        "hunt": true,
        "max_extension_length": 4,
        "media": {},
        "retries": 3,
        "suppress_media": false,
    })
}
