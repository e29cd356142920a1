//! A number's failover and caller-name prefix, as Monster's shared number widgets write
//! them (monster-ui `src/apps/common/submodules/failover/failover.js` `failoverRender`,
//! `numberPrepend/numberPrepend.js` `numberPrependRender`), and as KAZOO reads them
//! (`core/kazoo_numbers/src/knm_lib.erl` `feature_prepend`): where calls to the number
//! go when nothing here answers (another number, or a SIP address), and a word put in
//! front of the caller's name so people see which number was called.

use serde_json::{json, Value};

/// The failover as typed: a SIP URI (`sip:…`) or a phone number; empty when none.
pub fn failover_of(number: &Value) -> String {
    let f = &number["failover"];
    [f["sip"].as_str(), f["e164"].as_str()]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// Whether the typed failover can be written: empty (none), `sip:user@host`, or a phone
/// number of 7 to 15 digits with an optional leading `+`, spaces, dashes, dots and
/// brackets allowed as people type them.
pub fn failover_is_valid(typed: &str) -> bool {
    let typed = typed.trim();
    if typed.is_empty() {
        return true;
    }
    if let Some(rest) = typed.strip_prefix("sip:") {
        return rest
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && (host.contains('.') || host == "localhost"))
            && !rest.chars().any(char::is_whitespace);
    }
    let body = typed.strip_prefix('+').unwrap_or(typed);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    body.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c)) && (7..=15).contains(&digits)
}

/// The `failover` to PATCH: `{sip}` for a SIP URI, `{e164}` for a number (digits and a
/// leading `+` kept, the rest dropped), `null` to remove it — the failover dialog's
/// "Remove" deletes the key.
pub fn failover_patch(typed: &str) -> Value {
    let typed = typed.trim();
    if typed.is_empty() {
        Value::Null
    } else if typed.starts_with("sip:") {
        json!({"sip": typed})
    } else {
        let plus = if typed.starts_with('+') { "+" } else { "" };
        json!({"e164": format!("{plus}{}", typed.chars().filter(char::is_ascii_digit).collect::<String>())})
    }
}

/// The caller-name prefix; empty when none or turned off.
pub fn prepend_of(number: &Value) -> String {
    let p = &number["prepend"];
    if p["enabled"] == Value::Bool(false) {
        return String::new();
    }
    p["name"].as_str().unwrap_or_default().to_string()
}

/// The `prepend` to PATCH: the dialog writes `name` and turns it on exactly when a name
/// is given (`enabled = name.length > 0`), keeping any `number` prefix another app set.
pub fn prepend_patch(name: &str) -> Value {
    let name = name.trim();
    json!({"enabled": !name.is_empty(), "name": name})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failover_is_a_sip_address_or_a_number() {
        assert_eq!(failover_patch("sip:desk@pbx.example.com"), json!({"sip": "sip:desk@pbx.example.com"}));
        assert_eq!(failover_patch(" +1 (415) 555-0199 "), json!({"e164": "+14155550199"}));
        assert_eq!(failover_patch(""), Value::Null, "removing deletes the key");
        let stored = json!({"failover": {"e164": "+14155550199"}});
        assert_eq!(failover_of(&stored), "+14155550199");
        assert_eq!(failover_of(&json!({"failover": {"sip": "sip:a@b.c"}})), "sip:a@b.c");
        assert_eq!(failover_of(&json!({})), "");
    }

    #[test]
    fn a_failover_must_be_reachable() {
        assert!(failover_is_valid(""));
        assert!(failover_is_valid("+1 415-555-0199"));
        assert!(failover_is_valid("sip:desk@pbx.example.com"));
        assert!(!failover_is_valid("sip:nobody"));
        assert!(!failover_is_valid("555"));
        assert!(!failover_is_valid("call me"));
        assert!(!failover_is_valid("<script>alert(1)</script>"));
    }

    #[test]
    fn prepend_is_on_exactly_when_named() {
        assert_eq!(prepend_patch(" Sales "), json!({"enabled": true, "name": "Sales"}));
        assert_eq!(prepend_patch(""), json!({"enabled": false, "name": ""}));
        assert_eq!(prepend_of(&json!({"prepend": {"enabled": true, "name": "Sales"}})), "Sales");
        assert_eq!(prepend_of(&json!({"prepend": {"enabled": false, "name": "Sales"}})), "");
    }
}
