//! A user's personal conference, as Smart PBX's "Conferencing" feature writes it
//! (monster-ui-voip `submodules/users/users.js` `usersUpdateConferencing`,
//! `usersDeleteConferencing`): callers dial the account's conference line (the
//! `MainConference` callflow's numbers, `usersListConfNumbers`) and enter the
//! conference's number; the conference is found again by its name's " SmartPBX
//! Conference" suffix (`usersIsSmartConference`), and the user carries
//! `smartpbx.conferencing.enabled`.

use serde_json::{json, Map, Value};

use crate::names;

/// The suffix Smart PBX recognises its users' conferences by.
pub const SUFFIX: &str = " SmartPBX Conference";

/// Video conferencing's keys (the feature's "video" switch).
const VIDEO_KEYS: [(&str, &str); 3] =
    [("profile_name", "video"), ("caller_controls", "video-participant"), ("moderator_controls", "video-moderator")];

pub fn is_smartpbx_conference(conference: &Value) -> bool {
    conference.get("name").and_then(Value::as_str).is_some_and(|n| n.contains(SUFFIX))
}

/// The number callers enter: 1 to 10 digits (the dialog's `extension` mask).
pub fn valid_number(number: &str) -> bool {
    (1..=10).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit())
}

/// What the feature's form reads of a stored conference: its number and video switch.
pub fn form_of(conference: Option<&Value>) -> (String, bool) {
    let number = conference
        .and_then(|c| c.pointer("/conference_numbers/0"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    (number, conference.and_then(|c| c.get("video")).and_then(Value::as_bool).unwrap_or(false))
}

/// The conference Smart PBX saves: its base (name, owner, name played on joining,
/// members unmuted, the source marker) with the form laid over it, then over the
/// stored conference when there is one; the video keys removed when video is off.
pub fn conference_doc(
    first: &str,
    last: &str,
    user_id: &str,
    number: &str,
    video: bool,
    stored: Option<&Value>,
) -> Value {
    let mut doc: Map<String, Value> = stored.and_then(Value::as_object).cloned().unwrap_or_default();
    doc.insert("name".into(), names::user_conference(first, last).into());
    doc.insert("owner_id".into(), user_id.into());
    doc.insert("play_name_on_join".into(), true.into());
    let mut member = doc.get("member").and_then(Value::as_object).cloned().unwrap_or_default();
    member.insert("join_muted".into(), false.into());
    doc.insert("member".into(), Value::Object(member));
    doc.insert("conference_numbers".into(), json!([number]));
    // monster.util `dataFlags.add({source: "smartpbx"}, …)`.
    doc.insert("markers".into(), json!({"monster": {"source": "smartpbx"}}));
    if video {
        doc.insert("video".into(), true.into());
        for (k, v) in VIDEO_KEYS {
            doc.insert(k.into(), v.into());
        }
    } else {
        doc.remove("video");
        for (k, _) in VIDEO_KEYS {
            doc.remove(k);
        }
    }
    Value::Object(doc)
}

/// The user's `smartpbx` flag for the feature.
pub fn user_patch(enabled: bool) -> Value {
    json!({"smartpbx": {"conferencing": {"enabled": enabled}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_conference_is_smart_pbxs_base_with_the_number() {
        let doc = conference_doc("Alice", "Liddell", "u1", "2001", false, None);
        assert_eq!(
            doc,
            json!({
                "name": "Alice Liddell SmartPBX Conference", "owner_id": "u1", "play_name_on_join": true,
                "member": {"join_muted": false}, "conference_numbers": ["2001"],
                "markers": {"monster": {"source": "smartpbx"}}
            })
        );
        assert!(is_smartpbx_conference(&doc));
        assert!(!is_smartpbx_conference(&json!({"name": "Board room"})));
    }

    #[test]
    fn video_adds_its_profile_and_controls_and_turning_it_off_removes_them() {
        let stored = json!({"id": "c1", "name": "x SmartPBX Conference", "member": {"pins": ["1"], "join_muted": true}, "x_other": 1});
        let on = conference_doc("Alice", "Liddell", "u1", "2002", true, Some(&stored));
        assert_eq!((on["video"].clone(), on["profile_name"].clone()), (json!(true), json!("video")));
        assert_eq!(on["member"], json!({"pins": ["1"], "join_muted": false}), "other member keys survive");
        assert_eq!(on["x_other"], 1);
        let off = conference_doc("Alice", "Liddell", "u1", "2002", false, Some(&on));
        assert!(off.get("video").is_none() && off.get("caller_controls").is_none());
        assert_eq!(form_of(Some(&on)), ("2002".to_string(), true));
    }

    #[test]
    fn conference_numbers_are_digits() {
        assert!(valid_number("2001"));
        assert!(!valid_number("") && !valid_number("12a") && !valid_number("12345678901"));
    }
}
