//! schemas/devices.json: only `name` is required; `device_type` is a free string.

use super::{int_from, opt, req, text, Field, Kind, ANY_TEXT};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    opt("device_type", ANY_TEXT),
    opt("owner_id", text(32, 32)),
    opt("enabled", Kind::Bool),
    opt("mac_address", ANY_TEXT),
    opt("language", ANY_TEXT),
    opt("timezone", ANY_TEXT),
    opt("presence_id", ANY_TEXT),
    opt("exclude_from_queues", Kind::Bool),
    opt("mwi_unsolicited_updates", Kind::Bool),
    opt("register_overwrite_notify", Kind::Bool),
    opt("suppress_unregister_notifications", Kind::Bool),
    opt("caller_id", Kind::Object),
    opt("call_restriction", Kind::Object),
    opt("media", Kind::Object),
    opt("media.audio", Kind::Object),
    opt("media.audio.codecs", Kind::Enums(AUDIO_CODECS)),
    opt("media.video", Kind::Object),
    opt("media.video.codecs", Kind::Enums(&["H261", "H263", "H264", "VP8"])),
    opt("media.encryption", Kind::Object),
    opt("media.encryption.enforce_security", Kind::Bool),
    opt("media.encryption.methods", Kind::Enums(&["zrtp", "srtp"])),
    opt("provision", Kind::Object),
    opt("call_forward", Kind::Object),
    opt("call_forward.enabled", Kind::Bool),
    opt("call_forward.number", text(0, 35)),
    opt("call_forward.require_keypress", Kind::Bool),
    opt("call_forward.keep_caller_id", Kind::Bool),
    opt("call_forward.direct_calls_only", Kind::Bool),
    opt("call_forward.failover", Kind::Bool),
    opt("call_forward.substitute", Kind::Bool),
    opt("call_forward.ignore_early_media", Kind::Bool),
    opt("caller_id_options", Kind::Object),
    opt("caller_id_options.outbound_privacy", Kind::Enum(&["full", "name", "number", "none"])),
    opt("contact_list", Kind::Object),
    opt("contact_list.exclude", Kind::Bool),
    opt("do_not_disturb", Kind::Object),
    opt("do_not_disturb.enabled", Kind::Bool),
    opt("hotdesk", Kind::Object),
    opt("hotdesk.users", Kind::Object),
    opt("music_on_hold", Kind::Object),
    opt("music_on_hold.media_id", text(0, 2048)),
    opt("ringtones", Kind::Object),
    opt("ringtones.internal", text(0, 256)),
    opt("ringtones.external", text(0, 256)),
    opt("sip", Kind::Object),
    opt("sip.username", text(2, 32)),
    opt("sip.password", text(5, 32)),
    opt("sip.method", Kind::Enum(&["password", "ip"])),
    opt("sip.invite_format", Kind::Enum(&["username", "npan", "1npan", "e164", "route", "strip_plus", "contact"])),
    opt("sip.realm", text(4, 253)),
    opt("sip.expire_seconds", int_from(i64::MIN)),
    opt("sip.ip", ANY_TEXT),
    opt("sip.number", ANY_TEXT),
    opt("sip.route", ANY_TEXT),
    opt("sip.static_route", ANY_TEXT),
    opt("sip.static_invite", ANY_TEXT),
    opt("sip.proxy", ANY_TEXT),
    opt("sip.forward", ANY_TEXT),
    opt("sip.transport", ANY_TEXT),
    opt("sip.custom_sip_interface", ANY_TEXT),
    opt("sip.custom_sip_headers", Kind::Object),
    opt("sip.ignore_completed_elsewhere", Kind::Bool),
];

/// endpoint.media.json `audio.codecs` items.
const AUDIO_CODECS: &[&str] = &[
    "OPUS",
    "CELT@32000h",
    "G7221@32000h",
    "G7221@16000h",
    "G722",
    "speex@32000h",
    "speex@16000h",
    "PCMU",
    "PCMA",
    "G729",
    "GSM",
    "CELT@48000h",
    "CELT@64000h",
    "G722_16",
    "G722_32",
    "CELT_48",
    "CELT_64",
    "Speex",
    "speex",
];

/// Schema defaults (`default` in devices.json and its nested objects).
pub fn defaults() -> Value {
    json!({
        "enabled": true,
        "exclude_from_queues": false,
        "mwi_unsolicited_updates": true,
        "register_overwrite_notify": false,
        "suppress_unregister_notifications": false,
        "call_restriction": {},
        "contact_list": {},
        "music_on_hold": {},
        "ringtones": {},
        "sip": {"expire_seconds": 300, "invite_format": "contact", "method": "password"},
        "media": {
            "audio": {},
            "encryption": {"enforce_security": false, "methods": []},
            "video": {"codecs": []},
        },
    })
}

/// sip.realm pattern `^[.\w_-]+$`.
pub fn realm_ok(realm: &str) -> bool {
    realm.chars().all(|c| crate::validate::is_word_char(c) || matches!(c, '.' | '-'))
}

/// A dotted-quad IPv4 address (`format: ipv4`, required when `sip.method` is `ip`).
pub fn is_ipv4(s: &str) -> bool {
    s.parse::<std::net::Ipv4Addr>().is_ok()
}
