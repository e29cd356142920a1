//! The compatibility doctor: documents that break what Smart PBX and Callflows expect,
//! found in one account's documents, each with what it breaks and — where a safe one
//! exists — the change that mends it (a PATCH body, written by the SPA as a named
//! action). Every rule follows how Smart PBX reads the documents
//! (`docs/compatibility.md`); the finding names the public source it relies on.

use std::collections::{HashMap, HashSet};

use serde_json::{json, Value};

use crate::classify::{callflow_role, CallflowRole};
use crate::names;

/// An account's documents as the scan read them: listings, and callflows in full
/// (listings carry no `flow`).
#[derive(Debug, Default, Clone)]
pub struct Inventory {
    pub users: Vec<Value>,
    pub vmboxes: Vec<Value>,
    pub devices: Vec<Value>,
    pub media: Vec<Value>,
    pub menus: Vec<Value>,
    pub groups: Vec<Value>,
    pub conferences: Vec<Value>,
    pub temporal_rules: Vec<Value>,
    pub temporal_rules_sets: Vec<Value>,
    pub callflows: Vec<Value>,
}

/// What is wrong, with the ids needed to show and mend it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A group's callflow without `type`: Smart PBX lists only groups that have a
    /// `type: baseGroup` callflow (monster-ui-voip `submodules/groups/groups.js`
    /// `groupsFormatListData`), so the group disappears from its Groups list. Mend: set
    /// the type.
    RingGroupWithoutType { callflow_id: String, name: String },
    /// A voicemail box owned by a user who no longer exists. Mend: clear the owner.
    VmboxOwnerGone { vmbox_id: String, name: String, owner_id: String },
    /// A device assigned to a user who no longer exists: it rings for nobody's calls
    /// and Smart PBX shows it as someone's. Mend: make it unassigned.
    DeviceOwnerGone { device_id: String, name: String, owner_id: String },
    /// A user Smart PBX would show with no voicemail: no box of theirs.
    UserWithoutVmbox { user_id: String, name: String },
    /// A user with no main callflow: nobody can call them by extension.
    UserWithoutCallflow { user_id: String, name: String },
    /// MainCallflow routes by a time-of-day rule that no longer exists. Mend: the flow
    /// without it.
    MainRuleGone { callflow_id: String, rule_id: String },
    /// A callflow step sends calls to a document that no longer exists.
    StepTargetGone { callflow_id: String, name: String, module: String, target_id: String },
    /// One number on two callflows: which one rings is up to the server.
    NumberTwice { number: String, callflow_ids: Vec<String> },
    /// A document Smart PBX treats as its own without `ui_metadata`, so it reads as made
    /// elsewhere. Mend: stamp it as Smart PBX does.
    Unstamped { collection: &'static str, id: String, name: String },
}

fn id_of(doc: &Value) -> String {
    doc.get("id").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn str_of(doc: &Value, key: &str) -> String {
    doc.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

fn person(user: &Value) -> String {
    names::full_name(&str_of(user, "first_name"), &str_of(user, "last_name"))
}

fn ids(docs: &[Value]) -> HashSet<String> {
    docs.iter().map(id_of).collect()
}

/// Every step of a flow, depth first.
fn steps(flow: &Value, out: &mut Vec<Value>) {
    if flow.is_object() {
        out.push(flow.clone());
        if let Some(children) = flow.get("children").and_then(Value::as_object) {
            for child in children.values() {
                steps(child, out);
            }
        }
    }
}

/// The collection a step's `data.id` names, for the modules that name one.
fn target_collection(module: &str) -> Option<&'static str> {
    Some(match module {
        "user" => "users",
        "device" => "devices",
        "voicemail" => "vmboxes",
        "menu" => "menus",
        "ring_group" | "page_group" => return None,
        "play" => "media",
        "conference" => "conferences",
        "callflow" => "callflows",
        "group" => "groups",
        "temporal_route" => return None,
        _ => return None,
    })
}

/// What the account's documents break, in a stable order (as found, collection by collection).
pub fn diagnose(inv: &Inventory) -> Vec<Problem> {
    let mut found = Vec::new();
    let user_ids = ids(&inv.users);
    let known: HashMap<&str, HashSet<String>> = HashMap::from([
        ("users", user_ids.clone()),
        ("devices", ids(&inv.devices)),
        ("vmboxes", ids(&inv.vmboxes)),
        ("menus", ids(&inv.menus)),
        ("media", ids(&inv.media)),
        ("conferences", ids(&inv.conferences)),
        ("callflows", ids(&inv.callflows)),
        ("groups", ids(&inv.groups)),
    ]);

    for cf in &inv.callflows {
        let (id, name) = (id_of(cf), str_of(cf, "name"));
        if cf.get("group_id").and_then(Value::as_str).is_some() && cf.get("type").is_none() {
            found.push(Problem::RingGroupWithoutType { callflow_id: id.clone(), name: name.clone() });
        }
        let role = callflow_role(cf);
        if role != CallflowRole::Other && cf.get("ui_metadata").is_none() {
            found.push(Problem::Unstamped { collection: "callflows", id: id.clone(), name: name.clone() });
        }
        if role == CallflowRole::MainCallflow {
            let rules = ids(&inv.temporal_rules).union(&ids(&inv.temporal_rules_sets)).cloned().collect::<HashSet<_>>();
            for rule in
                cf.pointer("/flow/data/rules").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
            {
                if !rules.contains(rule) {
                    found.push(Problem::MainRuleGone { callflow_id: id.clone(), rule_id: rule.to_string() });
                }
            }
        }
        let mut all = Vec::new();
        steps(cf.get("flow").unwrap_or(&Value::Null), &mut all);
        for step in all {
            let module = str_of(&step, "module");
            let Some(collection) = target_collection(&module) else { continue };
            let target = step.pointer("/data/id").and_then(Value::as_str).unwrap_or_default();
            // `system_media/…` and URLs are the server's own prompts, not the account's.
            let account_doc = !target.is_empty() && !target.contains('/');
            if account_doc && !known[collection].contains(target) {
                found.push(Problem::StepTargetGone {
                    callflow_id: id.clone(),
                    name: name.clone(),
                    module,
                    target_id: target.to_string(),
                });
            }
        }
    }

    let mut claims: Vec<(String, Vec<String>)> = Vec::new();
    for cf in &inv.callflows {
        for number in cf.get("numbers").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            match claims.iter_mut().find(|(n, _)| n == number) {
                Some((_, owners)) => owners.push(id_of(cf)),
                None => claims.push((number.to_string(), vec![id_of(cf)])),
            }
        }
    }
    for (number, callflow_ids) in claims.into_iter().filter(|(_, owners)| owners.len() > 1) {
        found.push(Problem::NumberTwice { number, callflow_ids });
    }

    for vmbox in &inv.vmboxes {
        let owner = str_of(vmbox, "owner_id");
        if !owner.is_empty() && !user_ids.contains(&owner) {
            found.push(Problem::VmboxOwnerGone {
                vmbox_id: id_of(vmbox),
                name: str_of(vmbox, "name"),
                owner_id: owner,
            });
        }
    }

    for device in &inv.devices {
        let owner = str_of(device, "owner_id");
        if !owner.is_empty() && !user_ids.contains(&owner) {
            found.push(Problem::DeviceOwnerGone {
                device_id: id_of(device),
                name: str_of(device, "name"),
                owner_id: owner,
            });
        }
    }

    let owners: HashSet<String> = inv.vmboxes.iter().map(|v| str_of(v, "owner_id")).collect();
    let with_callflow: HashSet<String> = inv
        .callflows
        .iter()
        .filter_map(|cf| match callflow_role(cf) {
            CallflowRole::UserMain { owner_id } => Some(owner_id),
            _ => None,
        })
        .collect();
    for user in &inv.users {
        let (id, name) = (id_of(user), person(user));
        if !with_callflow.contains(&id) {
            found.push(Problem::UserWithoutCallflow { user_id: id.clone(), name: name.clone() });
        } else if !owners.contains(&id) {
            found.push(Problem::UserWithoutVmbox { user_id: id, name });
        }
    }
    found
}

/// The mend a finding offers as one PATCH: the document's path below the account, and
/// the body. `None` when the fix needs a person (or more than one write).
pub fn patch_for(problem: &Problem, inv: &Inventory, meta: &crate::UiMetadata) -> Option<(String, Value)> {
    match problem {
        Problem::RingGroupWithoutType { callflow_id, .. } => {
            // Once typed it is Smart PBX's: stamped too if it is not, or it would read
            // as made elsewhere.
            let cf = inv.callflows.iter().find(|c| id_of(c) == *callflow_id)?;
            let mut body = json!({"type": "baseGroup"});
            if cf.get("ui_metadata").is_none() {
                body["ui_metadata"] = meta.to_json();
            }
            Some((format!("callflows/{callflow_id}"), body))
        }
        Problem::VmboxOwnerGone { vmbox_id, .. } => Some((format!("vmboxes/{vmbox_id}"), json!({"owner_id": null}))),
        Problem::DeviceOwnerGone { device_id, .. } => Some((format!("devices/{device_id}"), json!({"owner_id": null}))),
        Problem::Unstamped { collection, id, .. } => {
            Some((format!("{collection}/{id}"), json!({"ui_metadata": meta.to_json()})))
        }
        Problem::MainRuleGone { callflow_id, rule_id } => {
            let cf = inv.callflows.iter().find(|c| id_of(c) == *callflow_id)?;
            let mut flow = cf.get("flow")?.clone();
            if let Some(rules) = flow.pointer_mut("/data/rules").and_then(Value::as_array_mut) {
                rules.retain(|r| r.as_str() != Some(rule_id));
            }
            if let Some(children) = flow.get_mut("children").and_then(Value::as_object_mut) {
                children.remove(rule_id);
            }
            Some((format!("callflows/{callflow_id}"), json!({"flow": flow})))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inventory() -> Inventory {
        Inventory {
            users: vec![
                json!({"id": "u1", "first_name": "Alice", "last_name": "Liddell"}),
                json!({"id": "u2", "first_name": "Bob", "last_name": "Box"}),
                json!({"id": "u3", "first_name": "Cy", "last_name": "Nocall"}),
            ],
            vmboxes: vec![
                json!({"id": "v1", "owner_id": "u1", "name": "Alice's box"}),
                json!({"id": "v9", "owner_id": "gone", "name": "Old box"}),
            ],
            temporal_rules: vec![json!({"id": "r1"})],
            devices: vec![
                json!({"id": "d1", "owner_id": "u1", "name": "Desk"}),
                json!({"id": "d9", "owner_id": "gone", "name": "Old phone"}),
            ],
            callflows: vec![
                json!({"id": "c1", "owner_id": "u1", "type": "mainUserCallflow", "ui_metadata": {"origin": "voip"}, "numbers": ["1001"],
                    "flow": {"module": "user", "data": {"id": "u1"}, "children": {"_": {"module": "voicemail", "data": {"id": "v1"}}}}}),
                json!({"id": "c2", "owner_id": "u2", "type": "mainUserCallflow", "numbers": ["1002", "1001"],
                    "flow": {"module": "user", "data": {"id": "u2"}}}),
                json!({"id": "c3", "group_id": "g1", "name": "Sales", "ui_metadata": {"origin": "voip"}, "flow": {"module": "ring_group", "data": {}}}),
                json!({"id": "c4", "name": "Legacy", "flow": {"module": "menu", "data": {"id": "m-gone"}, "children": {
                    "1": {"module": "play", "data": {"id": "system_media/vm-not_available"}},
                    "2": {"module": "play", "data": {"id": "http://example.com/a.mp3"}}}}}),
                json!({"id": "c5", "name": "MainCallflow", "type": "main", "ui_metadata": {"origin": "voip"},
                    "flow": {"module": "temporal_route", "data": {"rules": ["r1", "r-gone"]}, "children": {"r1": {}, "r-gone": {}, "_": {}}}}),
            ],
            ..Inventory::default()
        }
    }

    #[test]
    fn each_rule_finds_its_problem_and_nothing_else() {
        let found = diagnose(&inventory());
        let expect = [
            Problem::Unstamped { collection: "callflows", id: "c2".into(), name: String::new() },
            Problem::RingGroupWithoutType { callflow_id: "c3".into(), name: "Sales".into() },
            Problem::StepTargetGone {
                callflow_id: "c4".into(),
                name: "Legacy".into(),
                module: "menu".into(),
                target_id: "m-gone".into(),
            },
            Problem::MainRuleGone { callflow_id: "c5".into(), rule_id: "r-gone".into() },
            Problem::NumberTwice { number: "1001".into(), callflow_ids: vec!["c1".into(), "c2".into()] },
            Problem::VmboxOwnerGone { vmbox_id: "v9".into(), name: "Old box".into(), owner_id: "gone".into() },
            Problem::DeviceOwnerGone { device_id: "d9".into(), name: "Old phone".into(), owner_id: "gone".into() },
            Problem::UserWithoutVmbox { user_id: "u2".into(), name: "Bob Box".into() },
            Problem::UserWithoutCallflow { user_id: "u3".into(), name: "Cy Nocall".into() },
        ];
        for e in &expect {
            assert!(found.contains(e), "missing {e:?} in {found:#?}");
        }
        assert_eq!(found.len(), expect.len(), "{found:#?}");
    }

    #[test]
    fn mends_are_the_smallest_patch() {
        let inv = inventory();
        let meta = crate::UiMetadata::smartpbx(Some("4.3-140"));
        let found = diagnose(&inv);
        let mend = |p: &Problem| patch_for(p, &inv, &meta);
        let group = found.iter().find(|p| matches!(p, Problem::RingGroupWithoutType { .. })).unwrap();
        assert_eq!(mend(group), Some(("callflows/c3".into(), json!({"type": "baseGroup"}))), "c3 is stamped already");
        let mut unstamped_group = inv.clone();
        unstamped_group.callflows[2].as_object_mut().unwrap().remove("ui_metadata");
        let (_, body) = patch_for(group, &unstamped_group, &meta).unwrap();
        assert_eq!((body["type"].clone(), body["ui_metadata"]["origin"].clone()), (json!("baseGroup"), json!("voip")));
        let main = found.iter().find(|p| matches!(p, Problem::MainRuleGone { .. })).unwrap();
        let (_, body) = mend(main).unwrap();
        assert_eq!(body["flow"]["data"]["rules"], json!(["r1"]));
        assert!(body["flow"]["children"].get("r-gone").is_none() && body["flow"]["children"].get("_").is_some());
        let unstamped = found.iter().find(|p| matches!(p, Problem::Unstamped { .. })).unwrap();
        assert_eq!(mend(unstamped).unwrap().1["ui_metadata"]["origin"], "voip");
        let phone = found.iter().find(|p| matches!(p, Problem::DeviceOwnerGone { .. })).unwrap();
        assert_eq!(mend(phone), Some(("devices/d9".into(), json!({"owner_id": null}))));
        let twice = found.iter().find(|p| matches!(p, Problem::NumberTwice { .. })).unwrap();
        assert_eq!(mend(twice), None, "which number to keep is a person's choice");
    }
}
