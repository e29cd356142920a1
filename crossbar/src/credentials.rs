//! Login credentials exactly as Crossbar's `user_auth` expects them.
//!
//! Crossbar stores `md5("{username}:{password}")` and `sha1(...)` with the username
//! lower-cased on save, so the client lower-cases the username (never the password)
//! before hashing. The password itself never leaves the browser.

use md5::{Digest as _, Md5};
use sha1::Sha1;

/// Hash method named as Crossbar's schema names it (`sha` means SHA-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashMethod {
    Md5,
    Sha,
}

impl HashMethod {
    pub fn wire_name(self) -> &'static str {
        match self {
            HashMethod::Md5 => "md5",
            HashMethod::Sha => "sha",
        }
    }
}

/// Hex digest of `lower(username):password`. The lowering is ASCII's, as KAZOO lowers a
/// username before hashing it (`core/kazoo_stdlib/src/kz_term.erl` `to_lower_binary`
/// works byte by byte on `A`–`Z`); it also keeps Unicode's case tables out of the app.
pub fn credentials_hash(method: HashMethod, username: &str, password: &str) -> String {
    let input = format!("{}:{}", username.trim().to_ascii_lowercase(), password);
    match method {
        HashMethod::Md5 => hex::encode(Md5::digest(input.as_bytes())),
        HashMethod::Sha => hex::encode(Sha1::digest(input.as_bytes())),
    }
}

/// The `data` object of `PUT /v2/user_auth`, as Monster UI sends it (no `method`
/// key for md5, which is Crossbar's default).
pub fn user_auth_body(account_name: &str, username: &str, password: &str) -> serde_json::Value {
    serde_json::json!({
        "data": {
            "credentials": credentials_hash(HashMethod::Md5, username, password),
            "account_name": account_name.trim(),
        }
    })
}

/// The body of `PUT /v2/api_auth`.
pub fn api_auth_body(api_key: &str) -> serde_json::Value {
    serde_json::json!({ "data": { "api_key": api_key.trim() } })
}

/// The body of `PUT /v2/user_auth/recovery`: mail `username` of `account_name` a link
/// back to `ui_url` (the console's address, as Monster sends `window.location.href`;
/// KAZOO adds `?recovery=<reset id>` to it).
pub fn recovery_request_body(account_name: &str, username: &str, ui_url: &str) -> serde_json::Value {
    serde_json::json!({
        "data": {
            "account_name": account_name.trim(),
            "username": username.trim().to_ascii_lowercase(),
            "ui_url": ui_url,
        }
    })
}

/// The body of `POST /v2/user_auth/recovery`: sign in with the mailed link's reset id.
pub fn recovery_reset_body(reset_id: &str) -> serde_json::Value {
    serde_json::json!({ "data": { "reset_id": reset_id.trim() } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_bodies_carry_no_password_and_a_lower_cased_username() {
        let body = recovery_request_body(" Demo Co ", "Alice", "https://pbx.demo.test/");
        assert_eq!(
            body,
            serde_json::json!({"data": {"account_name": "Demo Co", "username": "alice", "ui_url": "https://pbx.demo.test/"}})
        );
        assert_eq!(recovery_reset_body(" abc "), serde_json::json!({"data": {"reset_id": "abc"}}));
    }

    #[test]
    fn md5_matches_the_kazoo_documentation_example() {
        // doc/user_authentication.md: md5("john@example.com:m32c6NfqYEt")
        assert_eq!(
            credentials_hash(HashMethod::Md5, "john@example.com", "m32c6NfqYEt"),
            "82a2dc91686ec828a67152d45a5c5ef7"
        );
    }

    #[test]
    fn username_is_lowercased_but_password_is_not() {
        let a = credentials_hash(HashMethod::Md5, "John@Example.com", "m32c6NfqYEt");
        assert_eq!(a, "82a2dc91686ec828a67152d45a5c5ef7");
        let b = credentials_hash(HashMethod::Md5, "john@example.com", "M32C6NFQYET");
        assert_ne!(a, b);
    }

    #[test]
    fn sha_is_sha1_of_the_same_input() {
        // sha1("admin:admin-pass"), computed independently with `printf 'admin:admin-pass' | sha1sum`.
        assert_eq!(
            credentials_hash(HashMethod::Sha, "ADMIN", "admin-pass"),
            "e47a9693c68e2089fbfdfcd8175953b4ba59744f"
        );
        assert_eq!(HashMethod::Sha.wire_name(), "sha");
    }

    #[test]
    fn login_body_never_contains_the_password() {
        let body = user_auth_body(" Demo Co ", "admin", "admin-pass").to_string();
        assert!(!body.contains("admin-pass"));
        assert!(body.contains("\"account_name\":\"Demo Co\""));
    }
}
