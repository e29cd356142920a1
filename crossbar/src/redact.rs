//! Removing secrets from recorded exchanges before anyone can see or copy them.
//!
//! KAZOO's secret header is `X-Auth-Token` (a generic sanitiser that only knows
//! `Authorization` would miss it), tokens also travel as `?auth_token=` and inside
//! envelopes, and login bodies carry credential hashes, passwords and API keys.
//! Placeholders are the ones the KAZOO docs use.

use serde_json::Value;

pub const AUTH_TOKEN: &str = "{AUTH_TOKEN}";
pub const CREDENTIALS: &str = "{CREDENTIALS}";

/// JSON keys whose values are secrets, and the placeholder each gets.
fn placeholder_for_key(key: &str) -> Option<&'static str> {
    match key {
        "auth_token" | "token" => Some(AUTH_TOKEN),
        "credentials" | "password" | "api_key" | "pin" | "pvt_md5_auth" | "pvt_sha1_auth" | "multi_factor_response" => {
            Some(CREDENTIALS)
        }
        _ => None,
    }
}

fn is_secret_header(name: &str) -> bool {
    name.eq_ignore_ascii_case("x-auth-token")
        || name.eq_ignore_ascii_case("authorization")
        || name.eq_ignore_ascii_case("cookie")
}

/// Headers with secret values replaced.
pub fn redact_headers(headers: &[(String, String)]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            let v = if is_secret_header(k) { AUTH_TOKEN.to_string() } else { v.clone() };
            (k.clone(), v)
        })
        .collect()
}

fn redact_value(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                match placeholder_for_key(k) {
                    Some(p) if !child.is_null() && !child.is_object() => *child = Value::String(p.to_string()),
                    _ => redact_value(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_value),
        _ => {}
    }
}

/// A JSON body with secret fields replaced, pretty-printed. Non-JSON bodies are
/// returned with any known secret strings replaced.
pub fn redact_body(body: &str, known_secrets: &[&str]) -> String {
    match serde_json::from_str::<Value>(body) {
        Ok(mut v) => {
            redact_value(&mut v);
            let pretty = serde_json::to_string_pretty(&v).unwrap_or_else(|_| body.to_string());
            redact_literals(&pretty, known_secrets)
        }
        Err(_) => redact_literals(body, known_secrets),
    }
}

/// Replace literal occurrences of secrets (a token echoed in an error message, say).
pub fn redact_literals(text: &str, known_secrets: &[&str]) -> String {
    known_secrets.iter().filter(|s| s.len() >= 8).fold(text.to_string(), |acc, s| acc.replace(s, AUTH_TOKEN))
}

/// A URL with `auth_token` (and other secret) query values replaced.
pub fn redact_url(raw: &str) -> String {
    let (before_fragment, fragment) = raw.find('#').map_or((raw, ""), |i| raw.split_at(i));
    let Some((path, query)) = before_fragment.split_once('?') else {
        return raw.to_string();
    };
    // Each `key=value` pair keeps its text, except the value of a secret key.
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            match placeholder_for_key(&key.replace("%5F", "_").replace("%5f", "_")) {
                Some(placeholder) => format!("{key}={placeholder}"),
                None => pair.to_string(),
            }
        })
        .collect();
    format!("{path}?{}{fragment}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_request_hides_credentials_but_keeps_the_account() {
        let out =
            redact_body(r#"{"data":{"credentials":"82a2dc91686ec828a67152d45a5c5ef7","account_name":"Demo Co"}}"#, &[]);
        assert!(out.contains("{CREDENTIALS}"));
        assert!(!out.contains("82a2dc91"));
        assert!(out.contains("Demo Co"));
    }

    #[test]
    fn login_response_hides_the_minted_token() {
        let out =
            redact_body(r#"{"auth_token":"eyJhbGciOi.payload.sig","data":{"account_id":"a"},"status":"success"}"#, &[]);
        assert!(out.contains("\"auth_token\": \"{AUTH_TOKEN}\""));
        assert!(!out.contains("eyJhbGciOi"));
    }

    #[test]
    fn passwords_and_api_keys_anywhere_in_the_tree() {
        let out = redact_body(r#"{"data":{"users":[{"password":"hunter2"}],"api_key":"k"}}"#, &[]);
        assert!(!out.contains("hunter2"));
        assert_eq!(out.matches("{CREDENTIALS}").count(), 2);
    }

    #[test]
    fn the_token_header_and_query_parameter() {
        let h = redact_headers(&[
            ("X-Auth-Token".into(), "secret".into()),
            ("Content-Type".into(), "application/json".into()),
        ]);
        assert_eq!(h[0].1, "{AUTH_TOKEN}");
        assert_eq!(h[1].1, "application/json");
        let u = redact_url("http://h:8000/v2/accounts/a/media/m/raw?auth_token=eyJ.x.y&x=1");
        assert_eq!(u, "http://h:8000/v2/accounts/a/media/m/raw?auth_token={AUTH_TOKEN}&x=1");
    }

    #[test]
    fn a_token_echoed_in_non_json_text_is_replaced() {
        let out = redact_body("bad token eyJhbGciOiJSUzI1NiJ9.abc.def here", &["eyJhbGciOiJSUzI1NiJ9.abc.def"]);
        assert_eq!(out, "bad token {AUTH_TOKEN} here");
    }

    #[test]
    fn hostile_strings_survive_untouched() {
        let hostile = r#"{"data":{"first_name":"<script>alert('x')</script>\"'; DROP TABLE"}}"#;
        let out = redact_body(hostile, &[]);
        assert!(out.contains("<script>alert('x')</script>"));
    }
}
