//! Crossbar's token restrictions (`cb_token_restrictions`, doc/token_restrictions.md).
//!
//! Rules map an endpoint (the last noun of the path, or `_`) to a list of
//! `{allowed_accounts, rules: {args_pattern: [verbs]}}` objects. The first object whose
//! accounts match is used; inside it the first argument pattern that matches decides.

use serde_json::Value;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
