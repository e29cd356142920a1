//! A ring group or page group step's members, inline in the flow (not a `groups`
//! document), as monster-ui-callflows `submodules/groups/groups.js`
//! `groupsEditRingGroup` / `groupsEditPageGroup` write them: `endpoints` of
//! `{endpoint_type, id, delay, timeout}` (a page group's have no delay or timeout; a
//! ring group ringing one at a time has no delay), and the group's `timeout` computed
//! from them — the longest delay + timeout when all ring at once, the sum of the
//! timeouts when one rings after another.

use serde_json::{json, Map, Value};

/// One member.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// `user`, `device` or `group`.
    pub kind: String,
    pub id: String,
    /// Seconds before it starts ringing (ring groups ringing all at once).
    pub delay: u32,
    /// Seconds it rings.
    pub timeout: u32,
    /// Keys another app wrote on the member, kept.
    pub rest: Map<String, Value>,
}

impl Endpoint {
    /// A new member with Monster's defaults: no delay, 20 seconds.
    pub fn new(kind: &str, id: &str) -> Endpoint {
        Endpoint { kind: kind.into(), id: id.into(), delay: 0, timeout: 20, rest: Map::new() }
    }
}

fn seconds(v: Option<&Value>, default: u32) -> u32 {
    match v {
        Some(Value::Number(n)) => n.as_u64().map_or(default, |n| n as u32),
        Some(Value::String(s)) => s.trim().parse().unwrap_or(default),
        _ => default,
    }
}

/// The members a step's `data` holds.
pub fn endpoints_of(data: &Value) -> Vec<Endpoint> {
    data.get("endpoints")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let mut rest = e.as_object()?.clone();
            let kind = rest
                .remove("endpoint_type")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "user".into());
            let id = rest.remove("id").and_then(|v| v.as_str().map(str::to_string))?;
            let delay = seconds(rest.remove("delay").as_ref(), 0);
            let timeout = seconds(rest.remove("timeout").as_ref(), 20);
            Some(Endpoint { kind, id, delay, timeout, rest })
        })
        .collect()
}

/// How long the whole group rings.
pub fn group_timeout(endpoints: &[Endpoint], strategy: &str) -> u32 {
    if strategy == "single" {
        endpoints.iter().map(|e| e.timeout).sum()
    } else {
        endpoints.iter().map(|e| e.delay + e.timeout).max().unwrap_or(0)
    }
}

/// `data` with these members: for a ring group (`ring`) their delays and timeouts and
/// the group's timeout, for a page group only who they are.
pub fn with_endpoints(data: &Value, endpoints: &[Endpoint], ring: bool) -> Value {
    let mut data = data.clone();
    let strategy = data.get("strategy").and_then(Value::as_str).unwrap_or("simultaneous").to_string();
    let list: Vec<Value> = endpoints
        .iter()
        .map(|e| {
            let mut m = e.rest.clone();
            m.insert("endpoint_type".into(), json!(e.kind));
            m.insert("id".into(), json!(e.id));
            if ring {
                if strategy != "single" {
                    m.insert("delay".into(), json!(e.delay));
                } else {
                    m.remove("delay");
                }
                m.insert("timeout".into(), json!(e.timeout));
            }
            Value::Object(m)
        })
        .collect();
    data["endpoints"] = Value::Array(list);
    if ring {
        data["timeout"] = json!(group_timeout(endpoints, &strategy));
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members() -> Vec<Endpoint> {
        vec![
            Endpoint { delay: 5, ..Endpoint::new("user", "ada") },
            Endpoint { timeout: 30, ..Endpoint::new("device", "desk") },
        ]
    }

    #[test]
    fn all_at_once_rings_as_long_as_the_latest_member_and_one_by_one_as_long_as_all() {
        assert_eq!(group_timeout(&members(), "simultaneous"), 30);
        assert_eq!(group_timeout(&members(), "single"), 50);
        assert_eq!(group_timeout(&[], "simultaneous"), 0);
    }

    #[test]
    fn members_are_written_as_monster_writes_them_and_read_back() {
        let data = json!({"name": "Sales", "strategy": "simultaneous", "timeout": 20, "repeats": 1, "endpoints": []});
        let written = with_endpoints(&data, &members(), true);
        assert_eq!(
            written["endpoints"],
            json!([{"endpoint_type": "user", "id": "ada", "delay": 5, "timeout": 20}, {"endpoint_type": "device", "id": "desk", "delay": 0, "timeout": 30}])
        );
        assert_eq!(written["timeout"], 30);
        assert_eq!(endpoints_of(&written), members());
        let single = with_endpoints(&json!({"strategy": "single"}), &members(), true);
        assert!(single["endpoints"][0].get("delay").is_none());
        assert_eq!(single["timeout"], 50);
        let page = with_endpoints(&json!({"name": "All", "audio": "one-way"}), &members(), false);
        assert_eq!(
            page["endpoints"],
            json!([{"endpoint_type": "user", "id": "ada"}, {"endpoint_type": "device", "id": "desk"}])
        );
        assert!(page.get("timeout").is_none());
    }

    #[test]
    fn a_members_other_keys_and_string_times_are_read() {
        let data = json!({"endpoints": [{"endpoint_type": "group", "id": "g1", "delay": "2", "timeout": "15", "weight": 3}, {"no": "id"}]});
        let read = endpoints_of(&data);
        assert_eq!(read.len(), 1);
        assert_eq!((read[0].delay, read[0].timeout, read[0].rest["weight"].clone()), (2, 15, json!(3)));
    }
}
