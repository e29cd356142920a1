//! Reading the claims of a Crossbar JWT (KAZOO `applications/crossbar/src/crossbar_auth.erl` `create_auth_token`).
//!
//! The client never verifies the signature (it has no key); it only reads `exp` to
//! schedule a refresh and `account_id`/`owner_id` to restore a session.

use base64::Engine as _;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Claims {
    pub account_id: String,
    /// Absent for API-key tokens.
    #[serde(default)]
    pub owner_id: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    /// Expiry in UNIX seconds (not Gregorian).
    pub exp: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimsError {
    #[error("a token has three dot-separated parts")]
    Shape,
    #[error("token payload is not base64url")]
    Base64,
    #[error("token payload is not the expected JSON: {0}")]
    Json(String),
}

pub fn decode_claims(token: &str) -> Result<Claims, ClaimsError> {
    let mut parts = token.split('.');
    let (Some(_header), Some(payload), Some(_sig), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ClaimsError::Shape);
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| ClaimsError::Base64)?;
    serde_json::from_slice(&bytes).map_err(|e| ClaimsError::Json(e.to_string()))
}

/// When to refresh a token issued now with expiry `exp` (both UNIX seconds):
/// a fifth of its life before expiry, at most five minutes before, at least one second.
pub fn refresh_at(now: i64, exp: i64) -> i64 {
    let life = (exp - now).max(0);
    let margin = (life / 5).clamp(1, 300);
    (exp - margin).max(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(payload: &str) -> String {
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!("{}.{}.sig", b64.encode(r#"{"alg":"RS256","typ":"JWT"}"#), b64.encode(payload))
    }

    #[test]
    fn reads_crossbar_claims() {
        let t = token(r#"{"account_id":"a1","owner_id":"u1","method":"cb_user_auth","exp":1700000000,"iss":"kazoo"}"#);
        let c = decode_claims(&t).unwrap();
        assert_eq!(c.account_id, "a1");
        assert_eq!(c.owner_id.as_deref(), Some("u1"));
        assert_eq!(c.exp, 1_700_000_000);
    }

    #[test]
    fn api_key_tokens_have_no_owner() {
        let c = decode_claims(&token(r#"{"account_id":"a1","method":"cb_api_auth","exp":1}"#)).unwrap();
        assert_eq!(c.owner_id, None);
    }

    #[test]
    fn garbage_is_rejected_not_panicked_on() {
        assert_eq!(decode_claims("nope"), Err(ClaimsError::Shape));
        assert_eq!(decode_claims("a.!!!.c"), Err(ClaimsError::Base64));
        assert!(matches!(decode_claims(&token("[]")), Err(ClaimsError::Json(_))));
    }

    #[test]
    fn refresh_happens_before_expiry() {
        assert_eq!(refresh_at(0, 3600), 3300); // 5 minutes before an hour-long token
        assert_eq!(refresh_at(0, 10), 8); // a fifth before a short token
        assert_eq!(refresh_at(100, 50), 100); // already expired: now
    }
}
