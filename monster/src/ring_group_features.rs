//! A ring group's features as Smart PBX's group page sets them (monster-ui-voip
//! `submodules/groups/groups.js`): how many times the group is rung (`groupsBindSettings`,
//! `repeats` on the base callflow's ring step), what callers hear meanwhile
//! (`groupsRenderRingback`, `ringback` on that step), whether members' forwarded phones
//! ring too (`groupsRenderForward`, `ignore_forward`), and call recording
//! (`groupsRenderCallRecording`, a `record_call` step in front of the dialable
//! callflow's ring step). Each feature is also flagged on the group
//! (`smartpbx.<feature>.enabled`), as Smart PBX reads it for the feature icons.

use serde_json::{json, Value};

use crate::flow::{step_of, step_of_mut, u32_of};

/// Audio formats Smart PBX offers for recordings.
pub const RECORDING_FORMATS: [&str; 2] = ["mp3", "wav"];

/// URL schemes a recording may be sent to (monster-ui-voip `app.js`
/// `callRecording.validationConfig`).
const RECORDING_SCHEMES: [&str; 5] = ["http", "https", "ftp", "ftps", "sftp"];

/// Where recordings go and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    pub url: String,
    pub format: String,
    /// Seconds.
    pub time_limit: u32,
}

impl Default for Recording {
    /// The dialog's starting values: mp3, ten minutes.
    fn default() -> Self {
        Recording { url: String::new(), format: RECORDING_FORMATS[0].into(), time_limit: 600 }
    }
}

/// Whether a recording's URL is one Smart PBX accepts: one of its schemes, a host.
pub fn recording_url_is_valid(url: &str) -> bool {
    let url = url.trim();
    url.split_once("://").is_some_and(|(scheme, rest)| {
        RECORDING_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str())
            && !rest.is_empty()
            && !rest.starts_with('/')
            && !url.chars().any(char::is_whitespace)
    })
}

/// What a group has; the default is a new group's (KAZOO's defaults).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Features {
    /// Times the members are rung before the next action (KAZOO's default 1).
    pub repeats: u32,
    /// What callers hear while it rings: a media id, `silence_stream://…`, or empty for
    /// the usual ringing.
    pub ringback: String,
    /// Ring members' phones that forward elsewhere (`ignore_forward: false`).
    pub ring_forwarded: bool,
    pub recording: Option<Recording>,
}

impl Default for Features {
    fn default() -> Self {
        Features { repeats: 1, ringback: String::new(), ring_forwarded: false, recording: None }
    }
}

/// The `record_call` step in front of the dialable callflow's ring step, if any.
fn recording_of(ring: &Value) -> Option<Recording> {
    let mut node = ring.get("flow")?;
    loop {
        match node.get("module").and_then(Value::as_str) {
            Some("record_call") if node.pointer("/data/action").and_then(Value::as_str) != Some("stop") => break,
            Some("callflow") => return None,
            _ => node = node.pointer("/children/_")?,
        }
    }
    let data = &node["data"];
    Some(Recording {
        url: data["url"].as_str().unwrap_or_default().to_string(),
        format: data["format"].as_str().unwrap_or(RECORDING_FORMATS[0]).to_string(),
        time_limit: u32_of(data.get("time_limit")).unwrap_or(600),
    })
}

/// The features as stored on the base and dialable callflows.
pub fn features_of(base: &Value, ring: &Value) -> Features {
    let node = base.get("flow").and_then(|f| step_of(f, &["ring_group"]));
    let data = |k: &str| node.and_then(|n| n.pointer(&format!("/data/{k}")));
    Features {
        repeats: u32_of(data("repeats")).unwrap_or(1),
        ringback: data("ringback").and_then(Value::as_str).unwrap_or_default().to_string(),
        ring_forwarded: data("ignore_forward").and_then(Value::as_bool) == Some(false),
        recording: recording_of(ring),
    }
}

fn flag(group: &mut Value, feature: &str, on: bool) {
    if !group["smartpbx"].is_object() {
        group["smartpbx"] = json!({});
    }
    group["smartpbx"][feature]["enabled"] = on.into();
}

/// The three documents with `next` applied, each feature written only where it changed
/// from what is stored, so a save of anything else leaves another app's values as they
/// were.
pub fn with_features(group: &Value, base: &Value, ring: &Value, next: &Features) -> (Value, Value, Value) {
    let now = features_of(base, ring);
    (group_with(group, &now, next), base_with(base, next), ring_with(ring, next))
}

/// The group's feature flags for the features that change from `now` to `next`.
pub fn group_with(group: &Value, now: &Features, next: &Features) -> Value {
    let mut group = group.clone();
    if now.ringback != next.ringback {
        flag(&mut group, "ringback", !next.ringback.is_empty());
    }
    if now.ring_forwarded != next.ring_forwarded {
        group["ignore_forward"] = (!next.ring_forwarded).into();
        flag(&mut group, "forward", next.ring_forwarded);
    }
    if now.recording != next.recording {
        flag(&mut group, "call_recording", next.recording.is_some());
    }
    group
}

/// The base callflow's ring step with `next`'s repeats, ringback and forwarding, where
/// they differ from what it has.
pub fn base_with(base: &Value, next: &Features) -> Value {
    let now = features_of(base, &Value::Null);
    let mut base = base.clone();
    if let Some(node) = base.get_mut("flow").and_then(|f| step_of_mut(f, &["ring_group"])) {
        if now.repeats != next.repeats {
            node["data"]["repeats"] = next.repeats.into();
        }
        if now.ringback != next.ringback {
            match next.ringback.as_str() {
                "" => {
                    node["data"].as_object_mut().map(|d| d.remove("ringback"));
                }
                media => node["data"]["ringback"] = media.into(),
            }
        }
        if now.ring_forwarded != next.ring_forwarded {
            node["data"]["ignore_forward"] = (!next.ring_forwarded).into();
        }
    }
    base
}

/// The dialable callflow with `next`'s recording, where it differs from what it has.
pub fn ring_with(ring: &Value, next: &Features) -> Value {
    if recording_of(ring) == next.recording {
        return ring.clone();
    }
    with_recording(ring, next.recording.as_ref())
}

/// The dialable callflow with (or without) a `record_call` step in front of its ring
/// step, as `groupsRenderCallRecording` inserts and removes it.
fn with_recording(ring: &Value, recording: Option<&Recording>) -> Value {
    let mut out = ring.clone();
    let Some(node) = out.get_mut("flow").and_then(|f| step_of_mut(f, &["record_call", "callflow"])) else {
        return out;
    };
    let recorded = node.get("module").and_then(Value::as_str) == Some("record_call");
    match (recording, recorded) {
        (Some(r), _) => {
            // The dialog's form values: `time_limit` is sent as typed, a string.
            let data = json!({"action": "start", "url": r.url.trim(), "format": r.format, "time_limit": r.time_limit.to_string()});
            if recorded {
                node["data"] = data;
            } else {
                let ring_step = node.take();
                *node = json!({"module": "record_call", "data": data, "children": {"_": ring_step}});
            }
        }
        (None, true) => {
            let after = node.pointer("/children/_").cloned().unwrap_or(Value::Null);
            *node = after;
        }
        (None, false) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ring_group::{
        base_callflow_doc, group_doc, next_action_of, ring_callflow_doc, with_next_action, Member, NextAction,
    };

    fn stored() -> (Value, Value, Value) {
        let members = [Member::new("user-ada")];
        (
            group_doc("Sales", &members),
            base_callflow_doc("Sales", "g1", &members, "k3JfP0qLm2ZsX8aTbV1nWc4Rd"),
            ring_callflow_doc("Sales", "g1", "base1", &["2001".into()]),
        )
    }

    #[test]
    fn a_new_group_has_kazoos_defaults() {
        let (_, base, ring) = stored();
        assert_eq!(
            features_of(&base, &ring),
            Features { repeats: 1, ringback: String::new(), ring_forwarded: false, recording: None }
        );
    }

    #[test]
    fn each_feature_is_written_where_smart_pbx_writes_it() {
        let (group, base, ring) = stored();
        let recording = Recording { url: "https://rec.example.com/up".into(), format: "wav".into(), time_limit: 300 };
        let next = Features {
            repeats: 3,
            ringback: "media-hold".into(),
            ring_forwarded: true,
            recording: Some(recording.clone()),
        };
        let (g, b, r) = with_features(&group, &base, &ring, &next);
        assert_eq!(b["flow"]["data"]["repeats"], 3);
        assert_eq!(b["flow"]["data"]["ringback"], "media-hold");
        assert_eq!(b["flow"]["data"]["ignore_forward"], false);
        assert_eq!(g["ignore_forward"], false);
        assert_eq!(
            g["smartpbx"],
            json!({"ringback": {"enabled": true}, "forward": {"enabled": true}, "call_recording": {"enabled": true}})
        );
        assert_eq!(r["flow"]["module"], "record_call");
        assert_eq!(
            r["flow"]["data"],
            json!({"action": "start", "url": "https://rec.example.com/up", "format": "wav", "time_limit": "300"})
        );
        assert_eq!(r["flow"]["children"]["_"], ring["flow"], "the ring step follows the recording");
        assert_eq!(features_of(&b, &r), next);
        // The next action still goes after the ring step, behind the recording.
        let vm = NextAction { module: "voicemail".into(), id: "vm1".into() };
        assert_eq!(next_action_of(&with_next_action(&r, Some(&vm))), Some(vm));

        // Off again: the recording step goes, the ringback key is removed, flags say off.
        let (g2, b2, r2) = with_features(&g, &b, &r, &Features { ringback: String::new(), recording: None, ..next });
        assert_eq!(r2["flow"], ring["flow"]);
        assert!(b2["flow"]["data"].get("ringback").is_none());
        assert_eq!(g2["smartpbx"]["ringback"]["enabled"], false);
        assert_eq!(g2["smartpbx"]["call_recording"]["enabled"], false);
    }

    #[test]
    fn unchanged_features_leave_the_documents_as_they_are() {
        let (group, mut base, ring) = stored();
        base["flow"]["data"]["repeats"] = "2".into(); // another app wrote a string
        let now = features_of(&base, &ring);
        assert_eq!(now.repeats, 2);
        assert_eq!(with_features(&group, &base, &ring, &now), (group, base, ring));
    }

    #[test]
    fn recording_urls_use_the_schemes_smart_pbx_allows() {
        assert!(recording_url_is_valid("https://rec.example.com/up"));
        assert!(recording_url_is_valid("sftp://user@host/dir"));
        assert!(!recording_url_is_valid("rec.example.com"));
        assert!(!recording_url_is_valid("javascript://alert(1)"));
        assert!(!recording_url_is_valid("https:///nohost"));
        assert!(!recording_url_is_valid(""));
    }
}
