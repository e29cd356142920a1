//! Creating a user the way Smart PBX does (monster-ui-voip `submodules/users/users.js`
//! `usersFormatCreationData`, `usersCreate`): the user, its voicemail box and its main user callflow,
//! in that order (each needs the id of the one before).

use serde_json::{json, Map, Value};

use crate::names;

/// The "Add user" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub first_name: String,
    pub last_name: String,
    /// Smart PBX uses the email address as the username.
    pub username: String,
    pub password: Option<String>,
    /// Main extension (≤ 6 characters).
    pub extension: String,
    /// A notification address other than the username.
    pub different_email: Option<String>,
    pub create_vmbox: bool,
    pub send_email_on_creation: bool,
}

/// Step 1: `PUT /accounts/{a}/users`.
pub fn user_doc(u: &NewUser) -> Value {
    let mut doc = Map::new();
    doc.insert("first_name".into(), u.first_name.trim().into());
    doc.insert("last_name".into(), u.last_name.trim().into());
    doc.insert("username".into(), u.username.trim().into());
    let email = u.different_email.as_deref().map(str::trim).filter(|e| !e.is_empty()).unwrap_or(u.username.trim());
    doc.insert("email".into(), email.into());
    if let Some(p) = u.password.as_deref().filter(|p| !p.is_empty()) {
        doc.insert("password".into(), p.into());
    }
    doc.insert("send_email_on_creation".into(), u.send_email_on_creation.into());
    doc.insert("priv_level".into(), "user".into());
    doc.insert("presence_id".into(), u.extension.trim().into());
    doc.insert("vm_to_email_enabled".into(), u.create_vmbox.into());
    doc.insert(
        "caller_id".into(),
        json!({"internal": {"name": names::internal_caller_id_name(&u.first_name, &u.last_name), "number": u.extension.trim()}}),
    );
    Value::Object(doc)
}

/// Step 2: `PUT /accounts/{a}/vmboxes`, mailbox = extension.
pub fn vmbox_doc(first: &str, last: &str, owner_id: &str, mailbox: &str) -> Value {
    json!({
        "owner_id": owner_id,
        "mailbox": mailbox,
        "name": names::user_vmbox(first, last),
        "envelope_type": "caller_and_time",
        "skip_envelope": false,
    })
}

/// Step 3: `PUT /accounts/{a}/callflows`, ringing the user then voicemail.
pub fn main_callflow_doc(first: &str, last: &str, user_id: &str, extension: &str, vmbox_id: Option<&str>) -> Value {
    let children = match vmbox_id {
        Some(vm) => json!({"_": {"module": "voicemail", "data": {"id": vm}, "children": {}}}),
        None => json!({}),
    };
    json!({
        "contact_list": {"exclude": false},
        "name": names::user_callflow(first, last),
        "numbers": [extension],
        "owner_id": user_id,
        "type": "mainUserCallflow",
        "flow": {
            "module": "user",
            "data": {"id": user_id, "can_call_self": false, "timeout": 20},
            "children": children,
        },
    })
}

/// Next free extension over the account's extensions and mailboxes, as Smart PBX
/// suggests one in "Add user": one past the highest numeric one, or `first` when there
/// is none (monster-ui-voip `submodules/users/users.js` `usersFormatAddUser`, with
/// `first` 2001).
pub fn next_extension<'a>(taken: impl IntoIterator<Item = &'a str>, first: u32) -> String {
    let highest = taken.into_iter().filter(|n| names::is_extension(n)).filter_map(|n| n.parse::<u32>().ok()).max();
    match highest {
        Some(h) => (h + 1).to_string(),
        None => first.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> NewUser {
        NewUser {
            first_name: "Ada".into(),
            last_name: "Lovelace".into(),
            username: "ada@example.com".into(),
            password: Some("s3cret!".into()),
            extension: "1001".into(),
            different_email: None,
            create_vmbox: true,
            send_email_on_creation: false,
        }
    }

    #[test]
    fn the_user_document_smart_pbx_writes() {
        let doc = user_doc(&ada());
        assert_eq!(
            doc,
            json!({
                "first_name": "Ada", "last_name": "Lovelace",
                "username": "ada@example.com", "email": "ada@example.com",
                "password": "s3cret!", "send_email_on_creation": false,
                "priv_level": "user", "presence_id": "1001", "vm_to_email_enabled": true,
                "caller_id": {"internal": {"name": "Ada Lovelace", "number": "1001"}}
            })
        );
    }

    #[test]
    fn a_different_email_and_no_vmbox() {
        let u =
            NewUser { different_email: Some("ops@example.com".into()), create_vmbox: false, password: None, ..ada() };
        let doc = user_doc(&u);
        assert_eq!(doc["email"], "ops@example.com");
        assert_eq!(doc["vm_to_email_enabled"], false);
        assert!(doc.get("password").is_none());
    }

    #[test]
    fn the_vmbox_and_callflow_smart_pbx_writes_with_a_user() {
        assert_eq!(
            vmbox_doc("Ada", "Lovelace", "user-ada", "1001"),
            json!({"owner_id": "user-ada", "mailbox": "1001", "name": "Ada Lovelace's VMBox",
                   "envelope_type": "caller_and_time", "skip_envelope": false})
        );
        assert_eq!(
            main_callflow_doc("Ada", "Lovelace", "user-ada", "1001", Some("vm-ada")),
            json!({
                "contact_list": {"exclude": false},
                "name": "Ada Lovelace SmartPBX's Callflow",
                "numbers": ["1001"],
                "owner_id": "user-ada",
                "type": "mainUserCallflow",
                "flow": {
                    "module": "user",
                    "data": {"id": "user-ada", "can_call_self": false, "timeout": 20},
                    "children": {"_": {"module": "voicemail", "data": {"id": "vm-ada"}, "children": {}}}
                }
            })
        );
        let bare = main_callflow_doc("Ada", "Lovelace", "user-ada", "1001", None);
        assert_eq!(bare["flow"]["children"], json!({}));
    }

    #[test]
    fn suggested_extensions_skip_taken_ones_and_phone_numbers() {
        assert_eq!(next_extension(["2001", "2007", "+14155550100", "0"], 2001), "2008");
        assert_eq!(next_extension([], 2001), "2001");
        assert_eq!(next_extension(["1001", "1008", "1003"], 2001), "1009");
        assert_eq!(next_extension(["+14155550100", "no_match"], 2001), "2001");
    }
}
