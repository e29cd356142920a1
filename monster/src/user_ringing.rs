//! How calls reach a user, as Smart PBX's user page sets it (monster-ui-voip
//! `submodules/users/users.js`): the user step of the main callflow rings all the user's
//! devices for `timeout` seconds (the "ringing timeout" of the user form), or, with
//! find-me/follow-me on (`usersRenderFindMeFollowMe`), that step becomes a ring group of
//! chosen devices, each after its own delay for its own time. Either way the step is the
//! first `user` or `ring_group` step on the default branch, and the user's
//! `smartpbx.find_me_follow_me.enabled` says which it is.

use serde_json::{json, Value};

use crate::flow::{step_of, step_of_mut, u32_of};

/// A device rung by find-me/follow-me.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RingEndpoint {
    pub device_id: String,
    pub delay: u32,
    pub timeout: u32,
}

/// How the user is rung.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ringing {
    /// All the user's devices at once, for this many seconds.
    AllDevices { timeout: u32 },
    /// These devices, in this order, each after its delay for its time.
    FindMeFollowMe(Vec<RingEndpoint>),
}

/// The step that rings the user: the first `user` or `ring_group` on the default branch.
const RING_STEPS: [&str; 2] = ["user", "ring_group"];

/// How the main callflow's `flow` rings the user; `None` when it has no such step.
pub fn ringing_of(flow: &Value) -> Option<Ringing> {
    let step = step_of(flow, &RING_STEPS)?;
    let data = &step["data"];
    Some(match step["module"].as_str() {
        Some("ring_group") => Ringing::FindMeFollowMe(
            data["endpoints"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| {
                    let id = e.get("id").and_then(Value::as_str)?;
                    Some(RingEndpoint {
                        device_id: id.into(),
                        delay: u32_of(e.get("delay")).unwrap_or(0),
                        timeout: u32_of(e.get("timeout")).unwrap_or(20),
                    })
                })
                .collect(),
        ),
        _ => Ringing::AllDevices { timeout: u32_of(data.get("timeout")).unwrap_or(20) },
    })
}

/// The `flow` with the user rung as `ringing` says. Find-me/follow-me with no device is
/// the plain user step again (Smart PBX turns the feature off then).
///
/// - All devices: a user step with the new `timeout`; when it was the find-me/follow-me
///   ring group, the user step Smart PBX restores (`can_call_self: false`, 20 s unless
///   another time is given).
/// - Find-me/follow-me: `{strategy: simultaneous, timeout, endpoints}`, each endpoint a
///   `device` with its delay and time, the step's timeout the longest `delay + timeout`
///   and at least 20.
pub fn flow_with_ringing(flow: &Value, user_id: &str, ringing: &Ringing) -> Value {
    let mut out = flow.clone();
    let Some(step) = step_of_mut(&mut out, &RING_STEPS) else {
        return out;
    };
    match ringing {
        Ringing::FindMeFollowMe(endpoints) if !endpoints.is_empty() => {
            let timeout = endpoints.iter().map(|e| e.delay + e.timeout).max().unwrap_or(0).max(20);
            let endpoints: Vec<Value> = endpoints
                .iter()
                .map(|e| json!({"id": e.device_id, "endpoint_type": "device", "delay": e.delay, "timeout": e.timeout}))
                .collect();
            step["module"] = "ring_group".into();
            step["data"] = json!({"strategy": "simultaneous", "timeout": timeout, "endpoints": endpoints});
        }
        other => {
            let timeout = match other {
                Ringing::AllDevices { timeout } => *timeout,
                Ringing::FindMeFollowMe(_) => 20,
            };
            if step["module"] == "user" {
                step["data"]["timeout"] = timeout.into();
            } else {
                step["module"] = "user".into();
                step["data"] = json!({"can_call_self": false, "id": user_id, "timeout": timeout});
            }
        }
    }
    out
}

/// The user's flag for the feature icons.
pub fn find_me_follow_me_patch(ringing: &Ringing) -> Value {
    let on = matches!(ringing, Ringing::FindMeFollowMe(e) if !e.is_empty());
    json!({"smartpbx": {"find_me_follow_me": {"enabled": on}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_flow() -> Value {
        json!({"module": "user", "data": {"id": "u1", "can_call_self": false, "timeout": 20},
            "children": {"_": {"module": "voicemail", "data": {"id": "vm1"}, "children": {}}}})
    }

    #[test]
    fn the_ringing_timeout_is_the_user_steps() {
        assert_eq!(ringing_of(&user_flow()), Some(Ringing::AllDevices { timeout: 20 }));
        let longer = flow_with_ringing(&user_flow(), "u1", &Ringing::AllDevices { timeout: 35 });
        assert_eq!(longer["data"], json!({"id": "u1", "can_call_self": false, "timeout": 35}));
        assert_eq!(longer["children"], user_flow()["children"], "voicemail still follows");
    }

    #[test]
    fn find_me_follow_me_is_a_ring_group_of_devices_in_place_of_the_user_step() {
        let endpoints = vec![
            RingEndpoint { device_id: "desk".into(), delay: 0, timeout: 15 },
            RingEndpoint { device_id: "cell".into(), delay: 10, timeout: 25 },
        ];
        let fmfm = flow_with_ringing(&user_flow(), "u1", &Ringing::FindMeFollowMe(endpoints.clone()));
        assert_eq!(fmfm["module"], "ring_group");
        assert_eq!(
            fmfm["data"],
            json!({"strategy": "simultaneous", "timeout": 35, "endpoints": [
                {"id": "desk", "endpoint_type": "device", "delay": 0, "timeout": 15},
                {"id": "cell", "endpoint_type": "device", "delay": 10, "timeout": 25}]})
        );
        assert_eq!(fmfm["children"]["_"]["module"], "voicemail");
        assert_eq!(ringing_of(&fmfm), Some(Ringing::FindMeFollowMe(endpoints)));
        assert_eq!(
            find_me_follow_me_patch(&ringing_of(&fmfm).unwrap()),
            json!({"smartpbx": {"find_me_follow_me": {"enabled": true}}})
        );

        // Off again: the user step Smart PBX restores.
        let off = flow_with_ringing(&fmfm, "u1", &Ringing::AllDevices { timeout: 20 });
        assert_eq!(off["module"], "user");
        assert_eq!(off["data"], json!({"can_call_self": false, "id": "u1", "timeout": 20}));
        let none = flow_with_ringing(&fmfm, "u1", &Ringing::FindMeFollowMe(vec![]));
        assert_eq!(none["module"], "user", "no device chosen: plain ringing");
        assert_eq!(
            find_me_follow_me_patch(&Ringing::FindMeFollowMe(vec![])),
            json!({"smartpbx": {"find_me_follow_me": {"enabled": false}}})
        );
    }

    #[test]
    fn a_step_behind_others_is_found_and_strings_are_read() {
        let flow = json!({"module": "record_call", "data": {}, "children": {"_": {"module": "user", "data": {"id": "u1", "timeout": "25"}}}});
        assert_eq!(ringing_of(&flow), Some(Ringing::AllDevices { timeout: 25 }));
        assert_eq!(ringing_of(&json!({"module": "voicemail", "data": {}})), None);
    }
}
