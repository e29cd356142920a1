//! What a `priv_level: "user"` token may reach, when the sandbox runs with restrictions
//! (the default; `--no-restrictions` behaves like a bare KAZOO, where such a token has an
//! admin's power inside its account, doc/token_restrictions.md).
//!
//! Two layers, both decided from the server's own state (the stored user's `priv_level`
//! and the token's signed `owner_id`), never from anything the request says:
//! - the template: Crossbar token restrictions (`restrictions::allows`) naming the
//!   endpoints and verbs a user has any business with. Everything it does not name is
//!   refused, so a new resource is closed to users until it is added here;
//! - path rules a restriction pattern cannot express: a user's sub-resources
//!   (`users/{U}/cdrs`, …) belong to that user alone, and the account's call history is
//!   read through one's own user.
//!
//! What is read of other people's documents and what a user may change on their own is
//! decided per document in `auth::self_service`.

use crate::ctx::Noun;
use serde_json::{json, Value};

/// The template for `priv_level: user` tokens: read the own account and the directory
/// listings (users, devices, voicemail boxes, callflows, groups, media, search), read
/// and edit the own user document, read and edit the devices and voicemail boxes one
/// owns (the collections check `owner_id`, which a path pattern cannot), one's own call
/// history and busy lamp, and the session endpoints.
pub fn user_template(owner_id: &str) -> Value {
    let own_account = json!(["{AUTH_ACCOUNT_ID}"]);
    let rules = |rules: Value| json!([{"allowed_accounts": own_account, "rules": rules}]);
    let listing = || rules(json!({"/": ["GET"]}));
    let own_user = json!({
        "/": ["GET"],
        owner_id: ["GET", "POST", "PATCH"],
        format!("{owner_id}/#"): ["GET"],
    });
    let owned_docs = json!({"/": ["GET"], "*": ["GET", "POST", "PATCH"], "#": ["GET"]});
    json!({
        "accounts": listing(),
        "users": rules(own_user),
        "devices": rules(owned_docs.clone()),
        "vmboxes": rules(owned_docs),
        // One's own voicemail: read, file and delete (the handler checks the box's owner).
        "messages": rules(json!({"#": ["GET", "POST", "DELETE"]})),
        "callflows": listing(),
        "groups": listing(),
        "directories": listing(),
        // The media listing, and one's own greetings: made, played and replaced (the
        // media collection checks the owner and the box).
        "media": rules(json!({"/": ["GET", "PUT"], "#": ["GET", "POST"]})),
        "search": rules(json!({"/": ["GET"], "multi": ["GET"]})),
        "about": listing(),
        "cdrs": listing(),
        // Busy lamps: one's own (the path rules keep `users/{U}` one's own; the handler
        // checks a device's owner).
        "presence": rules(json!({"/": ["POST"]})),
        "token_auth": [{"rules": {"/": ["GET", "DELETE"]}}],
        "auth": [{"rules": {"/": ["PUT"]}}],
    })
}

/// The path rules beyond the template: every `users/{U}/…` sub-resource must be the
/// caller's own, and call history is only read under one's own user
/// (`users/{me}/cdrs`), never the whole account's.
pub fn path_allowed(nouns: &[Noun], owner_id: &str) -> bool {
    let last = nouns.len().saturating_sub(1);
    let foreign_user_sub = nouns
        .iter()
        .enumerate()
        .any(|(i, noun)| noun.name == "users" && i < last && noun.args.first().is_some_and(|id| id != owner_id));
    let under_own_user =
        nouns.iter().any(|n| n.name == "users" && n.args.first().map(String::as_str) == Some(owner_id));
    let account_cdrs = nouns.last().is_some_and(|n| n.name == "cdrs") && !under_own_user;
    !foreign_user_sub && !account_cdrs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::restrictions::{allows, Target};

    fn target<'a>(endpoint: &'a str, args: &'a [String], method: &'a str) -> Target<'a> {
        Target { endpoint, args, account_id: "a", auth_account_id: "a", is_descendant: false, method }
    }

    fn nouns(path: &[(&str, &[&str])]) -> Vec<Noun> {
        path.iter()
            .map(|(name, args)| Noun { name: name.to_string(), args: args.iter().map(|a| a.to_string()).collect() })
            .collect()
    }

    #[test]
    fn template_allows_own_doc_and_directory_listings_only() {
        let rules = user_template("me");
        let me = vec!["me".to_string()];
        let other = vec!["other".to_string()];
        assert!(allows(&rules, &target("users", &[], "GET")));
        assert!(allows(&rules, &target("users", &me, "PATCH")));
        assert!(!allows(&rules, &target("users", &other, "PATCH")));
        assert!(!allows(&rules, &target("users", &other, "GET")));
        assert!(!allows(&rules, &target("users", &[], "PUT")));
        assert!(allows(&rules, &target("devices", &[], "GET")));
        assert!(!allows(&rules, &target("devices", &[], "PUT")));
        assert!(allows(&rules, &target("devices", &other, "PATCH")));
        assert!(!allows(&rules, &target("devices", &other, "DELETE")));
        assert!(!allows(&rules, &target("groups", &other, "PATCH")));
        assert!(allows(&rules, &target("callflows", &[], "GET")));
        assert!(!allows(&rules, &target("callflows", &other, "GET")));
    }

    #[test]
    fn endpoints_the_template_does_not_name_are_closed() {
        let rules = user_template("me");
        for endpoint in ["faxboxes", "conferences", "whitelabel", "apps_store", "phone_numbers", "menus", "new_thing"] {
            assert!(!allows(&rules, &target(endpoint, &[], "GET")), "{endpoint}");
        }
        let api_key = vec!["api_key".to_string()];
        assert!(!allows(&rules, &target("accounts", &api_key, "GET")));
    }

    #[test]
    fn sub_resources_and_call_history_are_the_callers_own() {
        assert!(path_allowed(&nouns(&[("accounts", &["a"]), ("users", &["me"]), ("cdrs", &[])]), "me"));
        assert!(!path_allowed(&nouns(&[("accounts", &["a"]), ("users", &["boss"]), ("cdrs", &[])]), "me"));
        assert!(!path_allowed(&nouns(&[("accounts", &["a"]), ("cdrs", &[])]), "me"));
        assert!(path_allowed(&nouns(&[("accounts", &["a"]), ("users", &["boss"])]), "me"));
        assert!(path_allowed(&nouns(&[("accounts", &["a"]), ("devices", &[])]), "me"));
    }
}
