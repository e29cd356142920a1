//! Ring groups as Smart PBX writes them (monster-ui-voip `submodules/groups/groups.js`
//! `groupsCreationMergeData`, `groupsCreate`): the group, a `baseGroup` callflow that rings the
//! members, and a dialable `userGroup` callflow.

use serde_json::{json, Map, Value};

use crate::flow::{step_of, step_of_mut, u32_of};
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

/// Where a group's unanswered calls go next (Smart PBX's "Next action", `groups.js
/// groupsRenderNextAction`): a step after the ring group in the dialable callflow —
/// a voicemail box (`voicemail`), a person's or another group's callflow (`callflow`),
/// or a device (`device`). Without one, the group says nobody is available
/// (`NO_ANSWER_MEDIA`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextAction {
    pub module: String,
    pub id: String,
}

/// The group's next action as stored; `None` for Smart PBX's default (or nothing).
pub fn next_action_of(ring_callflow: &Value) -> Option<NextAction> {
    // The ring step is the first `callflow` step (groupsFormatNextActionData).
    let next = step_of(ring_callflow.get("flow")?, &["callflow"])?.pointer("/children/_")?;
    let module = next.get("module").and_then(Value::as_str)?;
    let id = next.pointer("/data/id").and_then(Value::as_str)?;
    (!(module == "play" && id == NO_ANSWER_MEDIA)).then(|| NextAction { module: module.into(), id: id.into() })
}

/// The dialable callflow with `next` after its ring step (or the default message), as
/// `groupsRenderNextAction` writes it: the step's children replaced by that one branch.
pub fn with_next_action(ring_callflow: &Value, next: Option<&NextAction>) -> Value {
    let mut out = ring_callflow.clone();
    let branch = match next {
        Some(n) => json!({"children": {}, "module": n.module, "data": {"id": n.id}}),
        None => json!({"module": "play", "children": {}, "data": {"id": NO_ANSWER_MEDIA}}),
    };
    if let Some(step) = out.get_mut("flow").and_then(|f| step_of_mut(f, &["callflow"])) {
        step["children"] = json!({"_": branch});
    }
    out
}

/// The group document after choosing a next action: `smartpbx.next_action.enabled`.
pub fn group_with_next_action(group: &Value, next: Option<&NextAction>) -> Value {
    let mut out = group.clone();
    if next_action_enabled(group) != next.is_some() {
        out["smartpbx"]["next_action"]["enabled"] = next.is_some().into();
    }
    out
}

fn next_action_enabled(group: &Value) -> bool {
    group.pointer("/smartpbx/next_action/enabled").and_then(Value::as_bool) == Some(true)
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

/// How the base callflow rings its members: `simultaneous` (Smart PBX's only choice) or
/// `single` (one after another, in order). Smart PBX keeps whichever is stored.
pub const STRATEGIES: [&str; 2] = ["simultaneous", "single"];

/// The members of a base callflow in ring order (creation writes strings, later edits numbers).
pub fn members_of(base_callflow: &Value) -> Vec<Member> {
    base_callflow
        .pointer("/flow/data/endpoints")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let id = e.get("id").and_then(Value::as_str)?;
            Some(Member {
                user_id: id.into(),
                delay: u32_of(e.get("delay")).unwrap_or(0),
                timeout: u32_of(e.get("timeout")).unwrap_or(20),
            })
        })
        .collect()
}

pub fn strategy_of(base_callflow: &Value) -> String {
    base_callflow.pointer("/flow/data/strategy").and_then(Value::as_str).unwrap_or(STRATEGIES[0]).to_string()
}

/// The group after an edit: `endpoints` rebuilt only when the membership changed (as
/// Smart PBX compares it), the name set.
pub fn edited_group(group: &Value, name: &str, members: &[Member]) -> Value {
    let mut out = group.clone();
    out["name"] = name.trim().into();
    let stored: std::collections::BTreeSet<&str> = group
        .get("endpoints")
        .and_then(Value::as_object)
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let chosen: std::collections::BTreeSet<&str> = members.iter().map(|m| m.user_id.as_str()).collect();
    if stored != chosen {
        out["endpoints"] = group_doc(name, members)["endpoints"].clone();
    }
    out
}

/// The base callflow after an edit: its name follows the group's; a members edit
/// rewrites the endpoints (numbers, in order) and the group timeout.
pub fn edited_base_callflow(base: &Value, name: &str, members: &[Member], strategy: &str) -> Value {
    let mut out = base.clone();
    out["name"] = names::base_group(name.trim()).into();
    if members_of(base) != members {
        let (endpoints, _) = edited_ring_data(members);
        out["flow"]["data"]["endpoints"] = endpoints;
        out["flow"]["data"]["timeout"] = members.iter().map(|m| m.delay + m.timeout).max().unwrap_or(0).into();
    }
    if strategy_of(base) != strategy {
        out["flow"]["data"]["strategy"] = strategy.into();
    }
    out
}

/// Extensions (< 7 characters) of a dialable callflow, in order.
pub fn extensions_of(callflow: &Value) -> Vec<String> {
    numbers_of(callflow).into_iter().filter(|n| names::is_extension(n)).collect()
}

/// Phone numbers (7 characters or more) of a dialable callflow, in order.
pub fn phone_numbers_of(callflow: &Value) -> Vec<String> {
    numbers_of(callflow).into_iter().filter(|n| !names::is_extension(n)).collect()
}

fn numbers_of(callflow: &Value) -> Vec<String> {
    patchbay_crossbar::json::strings(callflow.get("numbers"))
}

/// The dialable callflow after an edit. Smart PBX saves extensions and numbers from two
/// tabs: each save puts the edited kind first and keeps the other kind after it.
pub fn edited_ring_callflow(ring: &Value, name: &str, extensions: &[String], phone_numbers: &[String]) -> Value {
    let mut out = ring.clone();
    out["name"] = names::ring_group(name.trim()).into();
    let mut numbers = numbers_of(ring);
    if extensions_of(ring) != extensions {
        numbers = extensions.iter().cloned().chain(numbers.into_iter().filter(|n| !names::is_extension(n))).collect();
    }
    if phone_numbers_of(ring) != phone_numbers {
        numbers = phone_numbers.iter().cloned().chain(numbers.into_iter().filter(|n| names::is_extension(n))).collect();
    }
    out["numbers"] = numbers.into();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_next_action_replaces_the_message_after_the_ring_step_and_goes_back_to_it() {
        let ring = ring_callflow_doc("Sales", "g1", "base1", &["3001".into()]);
        assert_eq!(next_action_of(&ring), None, "the default message");
        let vm = NextAction { module: "voicemail".into(), id: "vm1".into() };
        let with = with_next_action(&ring, Some(&vm));
        assert_eq!(
            with["flow"]["children"],
            json!({"_": {"children": {}, "module": "voicemail", "data": {"id": "vm1"}}})
        );
        assert_eq!(with["flow"]["data"], json!({"id": "base1"}), "the ring step itself stays");
        assert_eq!(next_action_of(&with), Some(vm.clone()));
        assert_eq!(with_next_action(&with, None)["flow"], ring["flow"], "back to the message");
        let group = json!({"name": "Sales"});
        assert_eq!(group_with_next_action(&group, Some(&vm))["smartpbx"]["next_action"]["enabled"], true);
        assert_eq!(group_with_next_action(&group, None), group, "nothing said when nothing changes");
        // Behind a call-recording step (Smart PBX puts `record_call` first), the ring step is found.
        let recorded = json!({"flow": {"module": "record_call", "data": {}, "children": {"_": ring["flow"].clone()}}});
        assert_eq!(next_action_of(&with_next_action(&recorded, Some(&vm))), Some(vm));
    }

    fn members() -> Vec<Member> {
        vec![Member::new("user-ada"), Member::new("user-bob")]
    }

    #[test]
    fn the_three_documents_smart_pbx_writes_for_a_ring_group() {
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

    fn stored() -> (Value, Value, Value) {
        let group = group_doc("Sales", &members());
        let base = base_callflow_doc("Sales", "grp-sales", &members(), "k3JfP0qLm2ZsX8aTbV1nWc4Rd");
        let ring = ring_callflow_doc("Sales", "grp-sales", "cf-base", &["2001".into(), "+14155550150".into()]);
        (group, base, ring)
    }

    #[test]
    fn creation_strings_are_read_as_numbers() {
        let (_, base, _) = stored();
        assert_eq!(members_of(&base), members());
        assert_eq!(strategy_of(&base), "simultaneous");
    }

    #[test]
    fn reordering_rewrites_the_base_endpoints_but_not_the_group() {
        let (group, base, _) = stored();
        let reordered = vec![Member { user_id: "user-bob".into(), delay: 0, timeout: 30 }, Member::new("user-ada")];
        assert_eq!(edited_group(&group, "Sales", &reordered), group, "same members: the group is untouched");
        let out = edited_base_callflow(&base, "Sales", &reordered, "single");
        assert_eq!(
            out["flow"]["data"],
            json!({"strategy": "single", "timeout": 30, "endpoints": [
                {"id": "user-bob", "delay": 0, "timeout": 30, "endpoint_type": "user"},
                {"id": "user-ada", "delay": 0, "timeout": 20, "endpoint_type": "user"}]})
        );
        assert_eq!(out["numbers"], base["numbers"]);
        assert_eq!(edited_base_callflow(&base, "Sales", &members(), "simultaneous"), base, "nothing changed");
    }

    #[test]
    fn renaming_and_new_members_follow_smart_pbx() {
        let (group, base, ring) = stored();
        let m = vec![Member::new("user-ada"), Member::new("user-cy")];
        let g = edited_group(&group, "Sales Team", &m);
        assert_eq!(
            g,
            json!({"name": "Sales Team", "endpoints": {"user-ada": {"type": "user"}, "user-cy": {"type": "user"}}})
        );
        assert_eq!(edited_base_callflow(&base, "Sales Team", &m, "simultaneous")["name"], "Sales Team Base Group");
        let r = edited_ring_callflow(&ring, "Sales Team", &["2002".into()], &["+14155550150".into()]);
        assert_eq!(r["name"], "Sales Team Ring Group");
        assert_eq!(r["numbers"], json!(["2002", "+14155550150"]));
        let r = edited_ring_callflow(&ring, "Sales", &["2001".into()], &["+14155550151".into()]);
        assert_eq!(r["numbers"], json!(["+14155550151", "2001"]), "a numbers save puts numbers first");
    }
}
