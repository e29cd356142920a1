//! Ring groups as Smart PBX writes them (`smartpbx.md` §4.5, §5.2): the group, a
//! `baseGroup` callflow that rings the members, and a dialable `userGroup` callflow.

use serde_json::{json, Map, Value};

use crate::names;

/// Media played when nobody answers a new group.
pub const NO_ANSWER_MEDIA: &str = "system_media/vm-not_available_no_voicemail";

/// A member as the Groups screen orders them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: String,
    pub delay: u32,
    pub timeout: u32,
}

impl Member {
    pub fn new(user_id: impl Into<String>) -> Self {
        Member { user_id: user_id.into(), delay: 0, timeout: 20 }
    }
}

/// `PUT /groups`: `endpoints` is a map; the ring order lives in the base callflow.
pub fn group_doc(name: &str, members: &[Member]) -> Value {
    let endpoints: Map<String, Value> = members.iter().map(|m| (m.user_id.clone(), json!({"type": "user"}))).collect();
    json!({"name": name.trim(), "endpoints": endpoints})
}

/// `PUT /callflows` (base group). At creation Smart PBX writes the member
/// `timeout`/`delay` as strings — kept, so a Monster diff sees no change.
/// `number` must be unique: Smart PBX uses 25 random characters.
pub fn base_callflow_doc(group_name: &str, group_id: &str, members: &[Member], number: &str) -> Value {
    let endpoints: Vec<Value> = members
        .iter()
        .map(|m| json!({"id": m.user_id, "endpoint_type": "user", "timeout": m.timeout.to_string(), "delay": m.delay.to_string()}))
        .collect();
    json!({
        "name": names::base_group(group_name.trim()),
        "numbers": [number],
        "type": "baseGroup",
        "group_id": group_id,
        "flow": {
            "module": "ring_group",
            "children": {},
            "data": {"strategy": "simultaneous", "timeout": 20, "endpoints": endpoints},
        },
    })
}

/// `PUT /callflows` (dialable group): points at the base callflow, then plays
/// "not available" when nobody answers.
pub fn ring_callflow_doc(group_name: &str, group_id: &str, base_callflow_id: &str, numbers: &[String]) -> Value {
    json!({
        "name": names::ring_group(group_name.trim()),
        "numbers": numbers,
        "type": "userGroup",
        "group_id": group_id,
        "flow": {
            "module": "callflow",
            "data": {"id": base_callflow_id},
            "children": {"_": {"module": "play", "children": {}, "data": {"id": NO_ANSWER_MEDIA}}},
        },
    })
}

/// After a members edit: numbers (not strings), UI order, group timeout = the
/// longest `delay + timeout`.
pub fn edited_ring_data(members: &[Member]) -> (Value, u32) {
    let endpoints: Vec<Value> = members
        .iter()
        .map(|m| json!({"id": m.user_id, "delay": m.delay, "timeout": m.timeout, "endpoint_type": "user"}))
        .collect();
    let timeout = members.iter().map(|m| m.delay + m.timeout).max().unwrap_or(20);
    (Value::Array(endpoints), timeout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members() -> Vec<Member> {
        vec![Member::new("user-ada"), Member::new("user-bob")]
    }

    #[test]
    fn the_three_documents_of_smartpbx_md_5_2() {
        assert_eq!(
            group_doc("Sales", &members()),
            json!({"name": "Sales", "endpoints": {"user-ada": {"type": "user"}, "user-bob": {"type": "user"}}})
        );
        assert_eq!(
            base_callflow_doc("Sales", "grp-sales", &members(), "k3JfP0qLm2ZsX8aTbV1nWc4Rd"),
            json!({
                "name": "Sales Base Group", "type": "baseGroup", "group_id": "grp-sales",
                "numbers": ["k3JfP0qLm2ZsX8aTbV1nWc4Rd"],
                "flow": {"module": "ring_group", "children": {},
                    "data": {"strategy": "simultaneous", "timeout": 20, "endpoints": [
                        {"id": "user-ada", "endpoint_type": "user", "timeout": "20", "delay": "0"},
                        {"id": "user-bob", "endpoint_type": "user", "timeout": "20", "delay": "0"}]}}
            })
        );
        assert_eq!(
            ring_callflow_doc("Sales", "grp-sales", "cf-sales-base", &["2001".into(), "+14155550150".into()]),
            json!({
                "name": "Sales Ring Group", "type": "userGroup", "group_id": "grp-sales",
                "numbers": ["2001", "+14155550150"],
                "flow": {"module": "callflow", "data": {"id": "cf-sales-base"},
                    "children": {"_": {"module": "play", "children": {},
                        "data": {"id": "system_media/vm-not_available_no_voicemail"}}}}
            })
        );
    }

    #[test]
    fn edited_members_are_numbers_and_the_timeout_covers_the_last_ring() {
        let m = vec![
            Member { user_id: "user-bob".into(), delay: 0, timeout: 30 },
            Member { user_id: "user-ada".into(), delay: 5, timeout: 20 },
        ];
        let (endpoints, timeout) = edited_ring_data(&m);
        assert_eq!(endpoints[0], json!({"id": "user-bob", "delay": 0, "timeout": 30, "endpoint_type": "user"}));
        assert_eq!(timeout, 30);
    }
}
