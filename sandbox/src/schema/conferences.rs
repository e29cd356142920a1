//! schemas/conferences.json: nothing is required; members join muted by default.

use super::{int_from, opt, text, Field, Kind, ANY_TEXT};
use serde_json::{json, Value};

const TONE: Kind = Kind::BoolOrText { min: 0, max: usize::MAX };

pub const FIELDS: &[Field] = &[
    opt("name", text(1, 128)),
    opt("owner_id", text(32, 32)),
    opt("conference_numbers", Kind::Digits),
    opt("member", Kind::Object),
    opt("member.pins", Kind::Digits),
    opt("member.numbers", Kind::Digits),
    opt("member.join_muted", Kind::Bool),
    opt("member.join_deaf", Kind::Bool),
    opt("member.play_entry_prompt", Kind::Bool),
    opt("moderator", Kind::Object),
    opt("moderator.pins", Kind::Digits),
    opt("moderator.numbers", Kind::Digits),
    opt("moderator.join_muted", Kind::Bool),
    opt("moderator.join_deaf", Kind::Bool),
    opt("play_name", Kind::Bool),
    opt("play_welcome", Kind::Bool),
    opt("play_entry_tone", TONE),
    opt("play_exit_tone", TONE),
    opt("require_moderator", Kind::Bool),
    opt("wait_for_moderator", Kind::Bool),
    opt("max_participants", int_from(i64::MIN)),
    opt("profile", Kind::Object),
    opt("controls", Kind::Object),
    opt("profile_name", ANY_TEXT),
    opt("caller_controls", ANY_TEXT),
    opt("moderator_controls", ANY_TEXT),
    opt("language", ANY_TEXT),
    opt("bridge_username", ANY_TEXT),
    opt("bridge_password", ANY_TEXT),
    opt("focus", ANY_TEXT),
    opt("domain", ANY_TEXT),
    opt("max_members_media", ANY_TEXT),
];

pub fn defaults() -> Value {
    json!({
        "conference_numbers": [],
        "member": {"join_deaf": false, "join_muted": true, "numbers": [], "pins": []},
        "moderator": {"join_deaf": false, "join_muted": false, "numbers": [], "pins": []},
        "play_name": false,
    })
}
