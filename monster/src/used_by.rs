//! Who a phone number reaches, in the words of the office: the Numbers screen's "Used
//! by". Crossbar's number listing only says `used_by: "callflow"`; the callflow that
//! lists the number says whose it is: Smart PBX's main, conference and fax callflows by
//! name (see `names`), a user's or a ring group's callflow by `owner_id` / `group_id`
//! (listing fields of KAZOO's `callflows.json` `crossbar_listing` view).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::names::{self, MAIN_CALLFLOW, MAIN_CONFERENCE, MAIN_FAXING};
use patchbay_crossbar::json::str_at;

/// What a number reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reaches {
    MainNumber,
    MainConference,
    MainFax,
    /// A user, by name.
    User(String),
    /// A ring group, by name.
    Group(String),
    /// Another callflow, by its name (empty when it has none).
    Callflow(String),
}

/// Every number the callflows list, with what it reaches. `users` and `groups` are
/// listing rows (`id`, `first_name`/`last_name` or `name`).
pub fn numbers_reach(callflows: &[Value], users: &[Value], groups: &[Value]) -> BTreeMap<String, Reaches> {
    let user_names: BTreeMap<&str, String> = users
        .iter()
        .map(|u| (str_at(u, "id"), names::full_name(str_at(u, "first_name"), str_at(u, "last_name"))))
        .collect();
    let group_names: BTreeMap<&str, &str> = groups.iter().map(|g| (str_at(g, "id"), str_at(g, "name"))).collect();
    let mut reach = BTreeMap::new();
    for cf in callflows {
        let name = str_at(cf, "name");
        let what = match name {
            MAIN_CALLFLOW => Reaches::MainNumber,
            MAIN_CONFERENCE => Reaches::MainConference,
            MAIN_FAXING => Reaches::MainFax,
            _ => {
                let (owner, group) = (str_at(cf, "owner_id"), str_at(cf, "group_id"));
                match (user_names.get(owner), group_names.get(group)) {
                    (Some(user), _) if !owner.is_empty() => Reaches::User(user.clone()),
                    (_, Some(group)) if !group.is_empty() => Reaches::Group(group.to_string()),
                    _ => Reaches::Callflow(name.to_string()),
                }
            }
        };
        for number in cf.get("numbers").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            reach.entry(number.to_string()).or_insert_with(|| what.clone());
        }
    }
    reach
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_the_main_callflows_users_groups_and_others() {
        let callflows = [
            json!({"id": "m", "name": "MainCallflow", "type": "main", "numbers": ["0", "+14155550100"]}),
            json!({"id": "c", "name": "MainConference", "numbers": ["+14155550103"]}),
            json!({"id": "f", "name": "MainFaxing", "numbers": ["+14155550104"]}),
            json!({"id": "u", "name": "Alice Liddell SmartPBX's Callflow", "owner_id": "alice", "numbers": ["2001", "+14155550101"]}),
            json!({"id": "g", "name": "Sales", "group_id": "sales", "type": "baseGroup", "numbers": ["+14155550102"]}),
            json!({"id": "x", "name": "Night line", "numbers": ["+14155550106"]}),
            json!({"id": "y", "owner_id": "gone", "numbers": ["+14155550107"]}),
        ];
        let users = [json!({"id": "alice", "first_name": "Alice", "last_name": "Liddell"})];
        let groups = [json!({"id": "sales", "name": "Sales team"})];
        let reach = numbers_reach(&callflows, &users, &groups);
        assert_eq!(reach["+14155550100"], Reaches::MainNumber);
        assert_eq!(reach["+14155550103"], Reaches::MainConference);
        assert_eq!(reach["+14155550104"], Reaches::MainFax);
        assert_eq!(reach["+14155550101"], Reaches::User("Alice Liddell".into()));
        assert_eq!(reach["+14155550102"], Reaches::Group("Sales team".into()));
        assert_eq!(reach["+14155550106"], Reaches::Callflow("Night line".into()));
        // An owner that no longer exists: the callflow, not a blank name.
        assert_eq!(reach["+14155550107"], Reaches::Callflow(String::new()));
    }
}
