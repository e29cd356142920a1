//! What Smart PBX's users grid shows beside each user, from the account's callflow and
//! device listings (monster-ui-voip `submodules/users/users.js` `usersFormatListData`):
//! - every callflow except `type: "faxing"` counts for its `owner_id`; a number shorter
//!   than 7 characters is an extension, anything longer a phone number;
//! - the user's main callflow is the first owned one whose `type` is `mainUserCallflow`
//!   or that has no `type`; voicemail is "on" when its listing `modules` has `voicemail`;
//! - devices count for their `owner_id`.

use std::collections::HashMap;

use serde_json::Value;

/// Numbers shorter than this are extensions (Smart PBX's rule, not a dial plan).
pub const PHONE_NUMBER_MIN_LEN: usize = 7;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct UserColumns {
    pub extensions: Vec<String>,
    pub phone_numbers: Vec<String>,
    pub devices: Vec<String>,
    pub voicemail: bool,
    main_callflow_seen: bool,
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// The grid's columns for every owner found in the callflow and device listing rows.
pub fn columns_by_owner(callflows: &[Value], devices: &[Value]) -> HashMap<String, UserColumns> {
    let mut out: HashMap<String, UserColumns> = HashMap::new();
    for cf in callflows {
        let Some(owner) = str_of(cf, "owner_id") else { continue };
        let kind = str_of(cf, "type");
        if kind == Some("faxing") {
            continue;
        }
        let columns = out.entry(owner.to_string()).or_default();
        for number in patchbay_crossbar::json::strs(cf.get("numbers")) {
            let list = if number.chars().count() < PHONE_NUMBER_MIN_LEN {
                &mut columns.extensions
            } else {
                &mut columns.phone_numbers
            };
            list.push(number.to_string());
        }
        if !columns.main_callflow_seen && matches!(kind, None | Some("mainUserCallflow")) {
            columns.main_callflow_seen = true;
            let modules = cf.get("modules").and_then(Value::as_array);
            columns.voicemail = modules.is_some_and(|m| m.iter().any(|x| x == "voicemail"));
        }
    }
    for device in devices {
        if let Some(owner) = str_of(device, "owner_id") {
            let name = str_of(device, "name").unwrap_or_default().to_string();
            out.entry(owner.to_string()).or_default().devices.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_split_at_seven_characters_and_fax_callflows_do_not_count() {
        let callflows = [
            json!({"id": "c1", "owner_id": "u1", "type": "mainUserCallflow", "numbers": ["1001", "+14155550123"], "modules": ["user", "voicemail"]}),
            json!({"id": "c2", "owner_id": "u1", "type": "faxing", "numbers": ["+14155550999"]}),
            json!({"id": "c3", "owner_id": "u1", "numbers": ["123456"], "modules": ["user"]}),
            json!({"id": "c4", "numbers": ["2000"]}),
        ];
        let devices = [json!({"id": "d1", "owner_id": "u1", "name": "Desk"}), json!({"id": "d2", "name": "Spare"})];
        let columns = columns_by_owner(&callflows, &devices);
        let u1 = &columns["u1"];
        assert_eq!(u1.extensions, ["1001", "123456"]);
        assert_eq!(u1.phone_numbers, ["+14155550123"]);
        assert_eq!(u1.devices, ["Desk"]);
        assert!(u1.voicemail, "the first main callflow has voicemail");
        assert_eq!(columns.len(), 1, "unowned callflows and devices belong to nobody");
    }

    #[test]
    fn a_callflow_without_type_is_a_main_callflow_and_only_the_first_one_counts() {
        let callflows = [
            json!({"owner_id": "u2", "numbers": ["1002"], "modules": ["user"]}),
            json!({"owner_id": "u2", "type": "mainUserCallflow", "numbers": ["1003"], "modules": ["user", "voicemail"]}),
        ];
        assert!(!columns_by_owner(&callflows, &[])["u2"].voicemail);
    }
}
