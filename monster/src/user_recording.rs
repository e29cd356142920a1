//! A user's call recording as Smart PBX's user page writes it (monster-ui-voip
//! `submodules/users/users.js` `usersCallRecordingNormalizeUser`): `call_recording`
//! with four switches — incoming and outgoing, from inside the company (`onnet`) and
//! outside (`offnet`) — each on, off or left to the account; the address, format and
//! time limit written on every switch that is on; `smartpbx.call_recording.enabled`
//! for the feature icon. Turned off, `call_recording` goes.

use serde_json::{json, Map, Value};

use crate::patch::replacing;
use crate::ring_group_features::{Recording, RECORDING_FORMATS};

/// The four switches, in the order the page shows them: (category, direction).
pub const SWITCHES: [(&str, &str); 4] =
    [("inbound", "offnet"), ("inbound", "onnet"), ("outbound", "offnet"), ("outbound", "onnet")];

/// One switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    /// As the account records (no `enabled` key).
    Account,
    On,
    Off,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecording {
    pub enabled: bool,
    /// In [`SWITCHES`] order.
    pub switches: [Switch; 4],
    /// Where, in what format and how long, for the switches that are on.
    pub target: Recording,
}

/// The recording settings as stored.
pub fn recording_of(user: &Value) -> UserRecording {
    let stored = &user["call_recording"];
    let switches = SWITCHES.map(|(c, d)| match stored[c][d]["enabled"].as_bool() {
        Some(true) => Switch::On,
        Some(false) => Switch::Off,
        None => Switch::Account,
    });
    // The address and format of the first switch that has them (Smart PBX writes the
    // same on each).
    let with_target = SWITCHES.iter().map(|(c, d)| &stored[c][d]).find(|s| s.get("url").is_some());
    let target = with_target.map_or_else(Recording::default, |s| Recording {
        url: s["url"].as_str().unwrap_or_default().to_string(),
        format: s["format"].as_str().unwrap_or(RECORDING_FORMATS[0]).to_string(),
        time_limit: crate::flow::u32_of(s.get("time_limit")).unwrap_or(600),
    });
    let enabled = user.pointer("/smartpbx/call_recording/enabled").and_then(Value::as_bool).unwrap_or(false)
        || switches.contains(&Switch::On);
    UserRecording { enabled, switches, target }
}

/// The `call_recording` Smart PBX would store, from what is stored and the form.
fn call_recording_after(user: &Value, r: &UserRecording) -> Value {
    if !r.enabled {
        return Value::Null;
    }
    let mut rec = user["call_recording"].as_object().cloned().unwrap_or_default();
    for (category, direction) in SWITCHES {
        let cat = rec.entry(category).or_insert_with(|| json!({}));
        if !cat.is_object() {
            *cat = json!({});
        }
        let dir = cat.as_object_mut().map(|c| c.entry(direction).or_insert_with(|| json!({})));
        if let Some(dir) = dir {
            if !dir.is_object() {
                *dir = json!({});
            }
            if let Some(d) = dir.as_object_mut() {
                for key in ["time_limit", "url", "format"] {
                    d.remove(key);
                }
            }
        }
    }
    for ((category, direction), switch) in SWITCHES.iter().zip(r.switches) {
        let Some(cat) = rec.get_mut(*category).and_then(Value::as_object_mut) else { continue };
        let Some(dir) = cat.get_mut(*direction).and_then(Value::as_object_mut) else { continue };
        match switch {
            Switch::On => {
                dir.insert("enabled".into(), true.into());
                dir.insert("time_limit".into(), r.target.time_limit.to_string().into());
                dir.insert("url".into(), r.target.url.trim().into());
                dir.insert("format".into(), r.target.format.clone().into());
            }
            Switch::Off => {
                dir.insert("enabled".into(), false.into());
            }
            Switch::Account => {
                dir.remove("enabled");
                if dir.is_empty() {
                    cat.remove(*direction);
                }
            }
        }
        if cat.is_empty() {
            rec.remove(*category);
        }
    }
    if rec.is_empty() {
        Value::Null
    } else {
        Value::Object(rec)
    }
}

/// The user PATCH: `call_recording` turned into what Smart PBX stores (keys it drops set
/// to `null`), and the feature flag.
pub fn recording_patch(user: &Value, r: &UserRecording) -> Value {
    let after = call_recording_after(user, r);
    let call_recording = match (&user["call_recording"], &after) {
        (Value::Object(_), Value::Object(_)) => replacing(&user["call_recording"], &after),
        _ => after,
    };
    let mut patch = Map::new();
    patch.insert("call_recording".into(), call_recording);
    patch.insert("smartpbx".into(), json!({"call_recording": {"enabled": r.enabled}}));
    Value::Object(patch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use patchbay_crossbar::conflict::apply_patch as merge;

    fn target() -> Recording {
        Recording { url: "https://rec.example.com/alice".into(), format: "mp3".into(), time_limit: 600 }
    }

    #[test]
    fn switches_on_carry_the_target_and_account_ones_are_left_out() {
        let user = json!({"first_name": "Alice"});
        let r = UserRecording {
            enabled: true,
            switches: [Switch::On, Switch::Off, Switch::Account, Switch::Account],
            target: target(),
        };
        let patch = recording_patch(&user, &r);
        assert_eq!(
            patch["call_recording"],
            json!({"inbound": {
                "offnet": {"enabled": true, "time_limit": "600", "url": "https://rec.example.com/alice", "format": "mp3"},
                "onnet": {"enabled": false}}})
        );
        assert_eq!(patch["smartpbx"], json!({"call_recording": {"enabled": true}}));
        let stored = merge(&user, &patch);
        assert_eq!(recording_of(&stored), r);
    }

    #[test]
    fn off_removes_the_settings_and_other_keys_survive_a_change() {
        let user = json!({"call_recording": {"inbound": {"offnet": {"enabled": true, "url": "https://a.example/x",
            "format": "wav", "time_limit": "60", "record_on_answer": true}}}, "smartpbx": {"call_recording": {"enabled": true}}});
        let before = recording_of(&user);
        assert_eq!(before.target.format, "wav");
        let off = UserRecording { enabled: false, ..before.clone() };
        assert_eq!(recording_patch(&user, &off)["call_recording"], Value::Null);
        // Outbound too: the inbound switch keeps the key Smart PBX does not know.
        let more = UserRecording { switches: [Switch::On, Switch::Account, Switch::On, Switch::Account], ..before };
        let stored = merge(&user, &recording_patch(&user, &more));
        assert_eq!(stored["call_recording"]["inbound"]["offnet"]["record_on_answer"], true);
        assert_eq!(stored["call_recording"]["outbound"]["offnet"]["url"], "https://a.example/x");
        assert!(stored["call_recording"]["inbound"].get("onnet").is_none());
    }
}
