//! Crossbar's token restrictions (`cb_token_restrictions`, doc/token_restrictions.md).
//!
//! Rules map an endpoint (the last noun of the path, or `_`) to a list of
//! `{allowed_accounts, rules: {args_pattern: [verbs]}}` objects. The first object whose
//! accounts match is used; inside it the first argument pattern that matches decides.

use serde_json::{json, Value};

/// The request as the restrictions see it.
pub struct Target<'a> {
    pub endpoint: &'a str,
    pub args: &'a [String],
    /// Account in the path (the auth account when the path has none).
    pub account_id: &'a str,
    pub auth_account_id: &'a str,
    /// Whether `account_id` is a strict descendant of the auth account.
    pub is_descendant: bool,
    pub method: &'a str,
}

pub fn allows(rules: &Value, target: &Target<'_>) -> bool {
    let Some(candidates) = rules.get(target.endpoint).or_else(|| rules.get("_")).and_then(Value::as_array) else {
        return false;
    };
    let Some(chosen) = candidates.iter().find(|c| accounts_match(c, target)) else {
        return false;
    };
    let Some(arg_rules) = chosen.get("rules").and_then(Value::as_object) else {
        return false;
    };
    arg_rules
        .iter()
        .find(|(pattern, _)| args_match(pattern, target.args))
        .and_then(|(_, verbs)| verbs.as_array())
        .is_some_and(|verbs| {
            verbs.iter().filter_map(Value::as_str).any(|v| v == "_" || v.eq_ignore_ascii_case(target.method))
        })
}

fn accounts_match(candidate: &Value, target: &Target<'_>) -> bool {
    let Some(allowed) = candidate.get("allowed_accounts").and_then(Value::as_array) else {
        return true;
    };
    allowed.iter().filter_map(Value::as_str).any(|a| match a {
        "_" => true,
        "{AUTH_ACCOUNT_ID}" => target.account_id == target.auth_account_id,
        "{DESCENDANT_ACCOUNT_ID}" => target.is_descendant,
        exact => exact == target.account_id,
    })
}

/// `/` = no arguments, `*` = exactly one segment, `#` = any number of segments.
fn args_match(pattern: &str, args: &[String]) -> bool {
    if pattern == "/" {
        return args.is_empty();
    }
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    segments_match(&parts, args)
}

fn segments_match(parts: &[&str], args: &[String]) -> bool {
    match parts.split_first() {
        None => args.is_empty(),
        Some((&"#", rest)) => (0..=args.len()).any(|skip| segments_match(rest, &args[skip..])),
        Some((part, rest)) => match args.split_first() {
            Some((arg, more)) => (*part == "*" || part == arg) && segments_match(rest, more),
            None => false,
        },
    }
}

/// The template the sandbox applies to `priv_level: "user"` tokens unless started with
/// `--no-restrictions`: read the own account and the listings under it, read and edit
/// only the own user document, edit the devices and voicemail boxes it owns (the
/// collections check `owner_id`, which a path pattern cannot), and keep using the session
/// endpoints.
pub fn default_user_template(owner_id: &str) -> Value {
    let own_user = json!({
        "/": ["GET"],
        owner_id: ["GET", "POST", "PATCH"],
        format!("{owner_id}/#"): ["GET"],
    });
    let owned_docs = json!({"/": ["GET"], "*": ["GET", "POST", "PATCH"], "#": ["GET"]});
    json!({
        "accounts": [{"allowed_accounts": ["{AUTH_ACCOUNT_ID}"], "rules": {"/": ["GET"]}}],
        "users": [{"allowed_accounts": ["{AUTH_ACCOUNT_ID}"], "rules": own_user}],
        "devices": [{"allowed_accounts": ["{AUTH_ACCOUNT_ID}"], "rules": owned_docs}],
        "vmboxes": [{"allowed_accounts": ["{AUTH_ACCOUNT_ID}"], "rules": owned_docs}],
        "token_auth": [{"rules": {"/": ["GET", "DELETE"]}}],
        "auth": [{"rules": {"/": ["PUT"]}}],
        "_": [{"allowed_accounts": ["{AUTH_ACCOUNT_ID}"], "rules": {"/": ["GET"]}}],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(endpoint: &'a str, args: &'a [String], method: &'a str) -> Target<'a> {
        Target { endpoint, args, account_id: "a", auth_account_id: "a", is_descendant: false, method }
    }

    #[test]
    fn patterns_follow_the_doc() {
        let one = vec!["x".to_string()];
        let two = vec!["x".to_string(), "sync".to_string()];
        assert!(args_match("/", &[]));
        assert!(!args_match("/", &one));
        assert!(args_match("*", &one));
        assert!(!args_match("*", &two));
        assert!(args_match("#", &two));
        assert!(args_match("#", &[]));
        assert!(args_match("x/#", &two));
        assert!(args_match("*/*", &two));
    }

    #[test]
    fn user_template_allows_own_doc_only() {
        let rules = default_user_template("me");
        let me = vec!["me".to_string()];
        let other = vec!["other".to_string()];
        assert!(allows(&rules, &target("users", &[], "GET")));
        assert!(allows(&rules, &target("users", &me, "PATCH")));
        assert!(!allows(&rules, &target("users", &other, "PATCH")));
        assert!(!allows(&rules, &target("users", &[], "PUT")));
        assert!(allows(&rules, &target("devices", &[], "GET")));
        assert!(!allows(&rules, &target("devices", &[], "PUT")));
        assert!(allows(&rules, &target("devices", &other, "PATCH")));
        assert!(!allows(&rules, &target("devices", &other, "DELETE")));
        assert!(!allows(&rules, &target("groups", &other, "PATCH")));
    }
}
