//! schemas/vmboxes.json: `mailbox` (1..30) and `name` are required.

use super::{int_from, opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("mailbox", text(1, 30)),
    req("name", text(1, 128)),
    opt("owner_id", text(32, 32)),
    opt("pin", text(4, 6)),
    opt("timezone", text(5, 32)),
    opt("media", Kind::Object),
    opt("media.unavailable", text(32, 32)),
    opt("media_extension", Kind::Enum(&["mp3", "mp4", "wav"])),
    opt("notify_email_addresses", Kind::Texts),
    opt("notify", Kind::Object),
    opt("operator_number", Kind::IntOrText),
    opt("seek_duration_ms", int_from(0)),
    opt("announcement_only", Kind::Bool),
    opt("check_if_owner", Kind::Bool),
    opt("delete_after_notify", Kind::Bool),
    opt("include_message_on_notify", Kind::Bool),
    opt("include_transcription_on_notify", Kind::Bool),
    opt("is_setup", Kind::Bool),
    opt("is_voicemail_ff_rw_enabled", Kind::Bool),
    opt("not_configurable", Kind::Bool),
    opt("oldest_message_first", Kind::Bool),
    opt("require_pin", Kind::Bool),
    opt("save_after_notify", Kind::Bool),
    opt("skip_envelope", Kind::Bool),
    opt("skip_greeting", Kind::Bool),
    opt("skip_instructions", Kind::Bool),
    opt("transcribe", Kind::Bool),
];

pub fn defaults() -> Value {
    json!({
        "announcement_only": false,
        "check_if_owner": true,
        "delete_after_notify": false,
        "include_message_on_notify": true,
        "include_transcription_on_notify": true,
        "is_setup": false,
        "is_voicemail_ff_rw_enabled": false,
        "media": {},
        "media_extension": "mp3",
        "not_configurable": false,
        "notify_email_addresses": [],
        "oldest_message_first": false,
        "require_pin": false,
        "save_after_notify": false,
        "seek_duration_ms": 10000,
        "skip_envelope": false,
        "skip_greeting": false,
        "skip_instructions": false,
        "transcribe": false,
    })
}
