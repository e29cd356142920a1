//! The company directory Smart PBX keeps (monster-ui-voip `submodules/users/users.js` `usersCreateMainDirectory`,
//! `usersAddUserToMainDirectory`): one directory named
//! "SmartPBX Directory", created on first use, and each listed user pointing at it with
//! their main callflow (`directories: {<directory id>: <main callflow id>}`). The Callflows
//! app edits any directory's members the same way (`membership_patches`).

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

/// A directory's member: a user, and the callflow the directory connects callers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: String,
    pub callflow_id: String,
}

/// The users to PATCH for a directory's members to go from `before` to `after`
/// (monster-ui-callflows `submodules/directory/directory.js` `directoryUpdateUsers`, which
/// GETs and POSTs each added, changed or removed user): `directories.<id>` set to the
/// member's callflow, or `null` to take the user out.
pub fn membership_patches(directory_id: &str, before: &[Member], after: &[Member]) -> Vec<(String, Value)> {
    let mut patches = Vec::new();
    for m in after {
        if !before.contains(m) {
            patches.push((m.user_id.clone(), user_directory_patch(directory_id, &m.callflow_id)));
        }
    }
    for m in before {
        if !after.iter().any(|a| a.user_id == m.user_id) {
            patches.push((m.user_id.clone(), json!({"directories": {directory_id: null}})));
        }
    }
    patches
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

    #[test]
    fn membership_changes_are_patches_of_the_users_that_changed() {
        let m = |u: &str, cf: &str| Member { user_id: u.into(), callflow_id: cf.into() };
        let before = [m("ada", "cf-ada"), m("bob", "cf-bob"), m("cy", "cf-cy")];
        let after = [m("ada", "cf-ada"), m("bob", "cf-sales"), m("dee", "cf-dee")];
        assert_eq!(
            membership_patches("dir1", &before, &after),
            vec![
                ("bob".to_string(), json!({"directories": {"dir1": "cf-sales"}})),
                ("dee".to_string(), json!({"directories": {"dir1": "cf-dee"}})),
                ("cy".to_string(), json!({"directories": {"dir1": null}})),
            ]
        );
        assert!(membership_patches("dir1", &before, &before).is_empty());
    }
}
