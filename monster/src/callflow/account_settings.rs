//! The Callflows app's Account Settings (monster-ui-callflows `app.js`
//! `renderAccountSettings`, `views/accountSettings.html`): the account's caller IDs, music
//! on hold, the callflow run before every call (`preflow.always`), outbound flags and the
//! blocklists in force. Monster POSTs the whole account; Patchbay computes the account
//! Monster would write and sends the PATCH that gets there (`patch::patch_between`), so
//! what other apps write to the account meanwhile survives.

use serde_json::{json, Map, Value};

use crate::patch::patch_between;

/// The caller IDs the screen edits, in its order.
pub const CALLER_ID_KINDS: [&str; 3] = ["internal", "external", "emergency"];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// (name, number) for each of `CALLER_ID_KINDS`.
    pub caller_ids: [(String, String); 3],
    /// A media id, a stream URL or `silence_stream://…`; empty for the default.
    pub music_on_hold: String,
    /// A callflow id; empty for none.
    pub preflow: String,
    /// Comma-separated.
    pub static_flags: String,
    pub dynamic_flags: String,
    pub blocklists: Vec<String>,
}

fn text(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// What the screen shows for `account`.
pub fn settings_of(account: &Value) -> Settings {
    let flags = |kind: &str| {
        account
            .pointer(&format!("/outbound_flags/{kind}"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    };
    Settings {
        caller_ids: CALLER_ID_KINDS.map(|kind| {
            (text(account, &format!("/caller_id/{kind}/name")), text(account, &format!("/caller_id/{kind}/number")))
        }),
        music_on_hold: text(account, "/music_on_hold/media_id"),
        preflow: text(account, "/preflow/always"),
        static_flags: flags("static"),
        dynamic_flags: flags("dynamic"),
        blocklists: patchbay_crossbar::json::strings(account.get("blacklists")),
    }
}

fn set_or_remove(map: &mut Map<String, Value>, key: &str, value: &str) {
    match value.trim() {
        "" => map.remove(key),
        v => map.insert(key.into(), Value::String(v.into())),
    };
}

fn object<'a>(map: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let entry = map.entry(key).or_insert_with(|| json!({}));
    if !entry.is_object() {
        *entry = json!({});
    }
    entry.as_object_mut().expect("made an object above")
}

/// The account as Monster would write it: empty caller-ID parts and empty flag lists
/// removed, no music on hold or preflow when none is chosen.
pub fn account_with(account: &Value, s: &Settings) -> Value {
    let mut doc: Map<String, Value> = account.as_object().cloned().unwrap_or_default();
    let caller_id = object(&mut doc, "caller_id");
    for (kind, (name, number)) in CALLER_ID_KINDS.iter().zip(&s.caller_ids) {
        let part = object(caller_id, kind);
        set_or_remove(part, "name", name);
        set_or_remove(part, "number", number);
        if part.is_empty() {
            caller_id.remove(*kind);
        }
    }
    if caller_id.is_empty() {
        doc.remove("caller_id");
    }
    let moh = object(&mut doc, "music_on_hold");
    set_or_remove(moh, "media_id", &s.music_on_hold);
    if moh.is_empty() {
        doc.remove("music_on_hold");
    }
    let preflow = object(&mut doc, "preflow");
    set_or_remove(preflow, "always", &s.preflow);
    if preflow.is_empty() {
        doc.remove("preflow");
    }
    let flags = object(&mut doc, "outbound_flags");
    for (kind, text) in [("static", &s.static_flags), ("dynamic", &s.dynamic_flags)] {
        let list: Vec<Value> =
            text.split(',').map(str::trim).filter(|f| !f.is_empty()).map(|f| Value::String(f.into())).collect();
        if list.is_empty() {
            flags.remove(kind);
        } else {
            flags.insert(kind.into(), Value::Array(list));
        }
    }
    if flags.is_empty() {
        doc.remove("outbound_flags");
    }
    if !s.blocklists.is_empty() || doc.contains_key("blacklists") {
        doc.insert("blacklists".into(), s.blocklists.iter().cloned().map(Value::String).collect());
    }
    Value::Object(doc)
}

/// The PATCH that turns `account` into what the screen says; empty when nothing changed.
/// A removed key is sent as `null`, which KAZOO's PATCH removes.
pub fn settings_patch(account: &Value, s: &Settings) -> Map<String, Value> {
    patch_between(account, &account_with(account, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> Value {
        json!({
            "name": "Demo Co", "realm": "demo.test", "x_partner": {"keep": true},
            "caller_id": {"external": {"name": "Demo Co", "number": "+14155550100"}, "asserted": {"realm": "r"}},
            "music_on_hold": {"media_id": "m1"},
            "outbound_flags": {"static": ["a"]},
            "blacklists": ["b1"]
        })
    }

    #[test]
    fn reads_what_the_screen_shows() {
        let s = settings_of(&account());
        assert_eq!(s.caller_ids[1], ("Demo Co".into(), "+14155550100".into()));
        assert_eq!(s.caller_ids[0], (String::new(), String::new()));
        assert_eq!((s.music_on_hold.as_str(), s.static_flags.as_str()), ("m1", "a"));
        assert_eq!(s.blocklists, vec!["b1"]);
    }

    #[test]
    fn nothing_changed_is_an_empty_patch() {
        assert!(settings_patch(&account(), &settings_of(&account())).is_empty());
        let bare = json!({"name": "Bare"});
        assert!(settings_patch(&bare, &settings_of(&bare)).is_empty());
    }

    #[test]
    fn only_what_changed_is_sent_and_emptied_parts_are_removed() {
        let mut s = settings_of(&account());
        s.caller_ids[0] = ("Front desk".into(), "2000".into());
        s.caller_ids[1] = (String::new(), String::new());
        s.music_on_hold = String::new();
        s.preflow = "cf1".into();
        s.static_flags = String::new();
        s.dynamic_flags = "zone, tier ,".into();
        s.blocklists = vec!["b1".into(), "b2".into()];
        let patch = Value::Object(settings_patch(&account(), &s));
        assert_eq!(
            patch,
            json!({
                "caller_id": {"internal": {"name": "Front desk", "number": "2000"}, "external": null},
                "music_on_hold": null,
                "preflow": {"always": "cf1"},
                "outbound_flags": {"static": null, "dynamic": ["zone", "tier"]},
                "blacklists": ["b1", "b2"]
            })
        );
    }
}
