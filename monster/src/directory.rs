//! The company directory Smart PBX keeps (monster-ui-voip `submodules/users/users.js` `usersCreateMainDirectory`,
//! `usersAddUserToMainDirectory`): one directory named
//! "SmartPBX Directory", created on first use, and each listed user pointing at it with
//! their main callflow (`directories: {<directory id>: <main callflow id>}`).

use serde_json::{json, Value};

use crate::names;

/// `PUT /accounts/{a}/directories` when the account has no Smart PBX directory yet.
pub fn smartpbx_directory_doc() -> Value {
    json!({
        "name": names::DIRECTORY,
        "confirm_match": false,
        "max_dtmf": 0,
        "min_dtmf": 3,
        "sort_by": "last_name",
    })
}

/// The user's side of a directory listing, as a PATCH.
pub fn user_directory_patch(directory_id: &str, main_callflow_id: &str) -> Value {
    json!({"directories": {directory_id: main_callflow_id}})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::is_smartpbx_directory;

    #[test]
    fn the_smartpbx_directory_is_recognised_as_smart_pbx_s() {
        let doc = smartpbx_directory_doc();
        assert_eq!(
            doc,
            json!({"name": "SmartPBX Directory", "confirm_match": false, "max_dtmf": 0, "min_dtmf": 3, "sort_by": "last_name"})
        );
        assert!(is_smartpbx_directory(&doc));
        assert_eq!(user_directory_patch("dir0001", "cf-user-ada"), json!({"directories": {"dir0001": "cf-user-ada"}}));
    }
}
