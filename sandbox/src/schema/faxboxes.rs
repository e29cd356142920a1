//! schemas/faxbox.json (the file is singular): only `name` is required.

use super::{int, opt, req, text, Field, Kind, ANY_TEXT};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    opt("caller_id", ANY_TEXT),
    opt("caller_name", ANY_TEXT),
    opt("custom_smtp_email_address", ANY_TEXT),
    opt("fax_header", ANY_TEXT),
    opt("fax_identity", ANY_TEXT),
    opt("fax_timezone", ANY_TEXT),
    opt("retries", int(0, 4)),
    opt("attempts", int(0, 4)),
    opt("media", Kind::Object),
    opt("media.fax_option", Kind::Bool),
    opt("notifications", Kind::Object),
    opt("notifications.inbound", Kind::Object),
    opt("notifications.outbound", Kind::Object),
    opt("smtp_permission_list", Kind::Texts),
];

pub fn defaults() -> Value {
    json!({
        "attempts": 0,
        "caller_name": "Kazoo Fax Printer",
        "fax_header": "Kazoo Fax Printer",
        "media": {},
        "retries": 1,
        "smtp_permission_list": [],
    })
}
