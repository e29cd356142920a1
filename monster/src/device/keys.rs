//! A desk phone's programmable keys, as Smart PBX's device dialog edits them
//! (monster-ui-voip `submodules/devices/devices.js` `devicesFormatData`, the keys part of
//! `devicesMergeData`; `views/devices-sip_device.html`). A model's template says how many
//! keys of each kind it has (`combo_keys` — line keys — and `feature_keys`, each
//! `{iterate: N}`); the device stores them in `provision.<kind>` keyed `"0"`, `"1"` …:
//!
//! - presence (busy lamp of a user), personal parking (a user's parking), speed dial (a
//!   number), parking (a spot 1–10), and for line keys also "line";
//! - `feature_keys` keep the value as the form's text: `{type, value: "<text>"}`;
//! - `combo_keys` carry an optional label: without one `{type, value}` (a parking spot as
//!   a number), with one `{type, value: {value, label}}`; "line" has no value.
//!
//! Smart PBX stores an unused key as `null`; Patchbay writes with PATCH, where `null`
//! removes a key, so an unused key is left out — which every reader takes the same way.

use serde_json::{json, Map, Value};

/// The two kinds of keys a model may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// Line keys, which can also carry a label shown on the phone.
    Combo,
    /// An expansion module's programmable keys.
    Feature,
}

impl KeyKind {
    pub fn field(self) -> &'static str {
        match self {
            KeyKind::Combo => "combo_keys",
            KeyKind::Feature => "feature_keys",
        }
    }
}

/// What a key does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyAction {
    None,
    /// A user's busy lamp (their id).
    Presence(String),
    /// A parking spot, 1 to 10.
    Parking(u8),
    /// A user's personal parking (their id).
    PersonalParking(String),
    /// A number to dial.
    SpeedDial(String),
    /// A line appearance (line keys only).
    Line,
}

/// One key as the form holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub action: KeyAction,
    /// Shown on the phone (line keys only); empty for none.
    pub label: String,
}

impl Key {
    pub fn none() -> Self {
        Key { action: KeyAction::None, label: String::new() }
    }
}

/// The parking spots offered (`parkingSpots: _.range(1, 11)`).
pub const PARKING_SPOTS: std::ops::RangeInclusive<u8> = 1..=10;

/// The kinds of keys a template has, with their counts (`getKeyTypes`).
pub fn key_counts(template: &Value) -> Vec<(KeyKind, usize)> {
    [KeyKind::Combo, KeyKind::Feature]
        .into_iter()
        .filter_map(|kind| {
            let n = template.pointer(&format!("/{}/iterate", kind.field())).and_then(Value::as_u64).unwrap_or(0);
            (n > 0).then_some((kind, n as usize))
        })
        .collect()
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// A stored key as the form shows it (anything unknown reads as unused).
pub fn key_of(stored: &Value) -> Key {
    let kind = stored.get("type").and_then(Value::as_str).unwrap_or("none");
    let (value, label) = match stored.get("value") {
        Some(Value::Object(v)) => {
            (v.get("value").map(text_of).unwrap_or_default(), v.get("label").map(text_of).unwrap_or_default())
        }
        Some(v) => (text_of(v), String::new()),
        None => (String::new(), String::new()),
    };
    let action = match kind {
        "presence" => KeyAction::Presence(value),
        "personal_parking" => KeyAction::PersonalParking(value),
        "speed_dial" => KeyAction::SpeedDial(value),
        "parking" => KeyAction::Parking(value.trim().parse().ok().filter(|s| PARKING_SPOTS.contains(s)).unwrap_or(1)),
        "line" => KeyAction::Line,
        _ => KeyAction::None,
    };
    Key { action, label }
}

/// The device's `count` keys of `kind`, unused ones included.
pub fn keys_of(device: &Value, kind: KeyKind, count: usize) -> Vec<Key> {
    let stored = device.pointer(&format!("/provision/{}", kind.field()));
    (0..count)
        .map(|i| {
            stored.and_then(|s| s.get(i.to_string())).filter(|k| !k.is_null()).map(key_of).unwrap_or_else(Key::none)
        })
        .collect()
}

/// Why a key cannot be saved, by its index: a speed dial needs a number, a busy lamp or
/// personal parking a user.
pub fn key_problems(keys: &[Key]) -> Vec<usize> {
    keys.iter()
        .enumerate()
        .filter(|(_, k)| match &k.action {
            KeyAction::SpeedDial(n) => n.trim().is_empty(),
            KeyAction::Presence(u) | KeyAction::PersonalParking(u) => u.is_empty(),
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// The stored form of one key; `None` for an unused one.
pub fn stored_key(kind: KeyKind, key: &Key) -> Option<Value> {
    let (name, value) = match &key.action {
        KeyAction::None => return None,
        KeyAction::Line => return (kind == KeyKind::Combo).then(|| json!({"type": "line"})),
        KeyAction::Presence(u) => ("presence", Value::from(u.as_str())),
        KeyAction::PersonalParking(u) => ("personal_parking", Value::from(u.as_str())),
        KeyAction::SpeedDial(n) => ("speed_dial", Value::from(n.trim())),
        KeyAction::Parking(spot) => match kind {
            // Line keys store the spot as a number, feature keys as the form's text.
            KeyKind::Combo => ("parking", Value::from(*spot)),
            KeyKind::Feature => ("parking", Value::from(spot.to_string())),
        },
    };
    let label = key.label.trim();
    let value =
        if kind == KeyKind::Combo && !label.is_empty() { json!({"value": value, "label": label}) } else { value };
    Some(json!({"type": name, "value": value}))
}

/// `provision.<kind>` for the form's keys: every used key by its index.
pub fn stored_keys(kind: KeyKind, keys: &[Key]) -> Value {
    let map: Map<String, Value> =
        keys.iter().enumerate().filter_map(|(i, k)| stored_key(kind, k).map(|v| (i.to_string(), v))).collect();
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_names_the_kinds_of_keys_a_model_has() {
        let t = json!({"combo_keys": {"iterate": 10}, "feature_keys": {"iterate": 0}});
        assert_eq!(key_counts(&t), [(KeyKind::Combo, 10)]);
        assert_eq!(key_counts(&json!({})), []);
    }

    #[test]
    fn keys_are_stored_as_smart_pbxs_form_stores_them() {
        let presence = Key { action: KeyAction::Presence("u1".into()), label: String::new() };
        let parking = Key { action: KeyAction::Parking(3), label: String::new() };
        let labelled = Key { action: KeyAction::SpeedDial(" 1001 ".into()), label: "Front".into() };
        let line = Key { action: KeyAction::Line, label: String::new() };
        assert_eq!(
            stored_keys(
                KeyKind::Combo,
                &[line.clone(), presence.clone(), Key::none(), parking.clone(), labelled.clone()]
            ),
            json!({
                "0": {"type": "line"},
                "1": {"type": "presence", "value": "u1"},
                "3": {"type": "parking", "value": 3},
                "4": {"type": "speed_dial", "value": {"value": "1001", "label": "Front"}}
            })
        );
        // Feature keys: the form's text, no labels, no line.
        assert_eq!(
            stored_keys(KeyKind::Feature, &[parking, labelled, line]),
            json!({"0": {"type": "parking", "value": "3"}, "1": {"type": "speed_dial", "value": "1001"}})
        );
    }

    #[test]
    fn stored_keys_read_back_including_nulls_and_labels() {
        let device = json!({"provision": {"combo_keys": {
            "0": null, "1": {"type": "parking", "value": {"value": 4, "label": "Park"}}, "2": {"type": "line"}
        }}});
        let keys = keys_of(&device, KeyKind::Combo, 4);
        assert_eq!(keys[0], Key::none());
        assert_eq!(keys[1], Key { action: KeyAction::Parking(4), label: "Park".into() });
        assert_eq!(keys[2].action, KeyAction::Line);
        assert_eq!(keys[3], Key::none());
        let roundtrip = stored_keys(KeyKind::Combo, &keys);
        assert_eq!(roundtrip["1"], json!({"type": "parking", "value": {"value": 4, "label": "Park"}}));
    }

    #[test]
    fn a_speed_dial_needs_a_number_and_a_busy_lamp_a_user() {
        let keys = [
            Key { action: KeyAction::SpeedDial(" ".into()), label: String::new() },
            Key { action: KeyAction::Presence(String::new()), label: String::new() },
            Key { action: KeyAction::Parking(1), label: String::new() },
        ];
        assert_eq!(key_problems(&keys), [0, 1]);
    }
}
