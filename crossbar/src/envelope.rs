//! Crossbar's response envelope (KAZOO `applications/crossbar/doc/basics.md`, `api_util.erl` `create_resp_envelope`).

use serde::Deserialize;
use serde_json::Value;

use crate::error::CrossbarError;

/// Paging keys present on paginated listings only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paging {
    /// Rows actually returned on this page.
    pub page_size: Option<u64>,
    pub start_key: Option<String>,
    /// Absent on the last page. Opaque: send it back verbatim as `start_key`.
    pub next_start_key: Option<String>,
}

/// A successful Crossbar response.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    pub data: Value,
    pub request_id: Option<String>,
    pub revision: Option<String>,
    pub auth_token: Option<String>,
    pub version: Option<String>,
    pub timestamp: Option<String>,
    pub paging: Paging,
}

#[derive(Deserialize)]
struct RawEnvelope {
    #[serde(default)]
    data: Value,
    status: Option<String>,
    request_id: Option<String>,
    revision: Option<String>,
    auth_token: Option<String>,
    version: Option<String>,
    timestamp: Option<String>,
    page_size: Option<u64>,
    start_key: Option<Value>,
    next_start_key: Option<Value>,
}

/// Start keys are opaque strings in KAZOO 5, but older servers send raw view keys
/// (numbers, arrays). Keep them as the string form to send back.
fn key_to_string(v: Option<Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

impl Envelope {
    /// Turn an HTTP status and body into a typed result. Non-2xx statuses and
    /// `status: "error"|"fatal"` bodies become [`CrossbarError`]s.
    pub fn parse(status: u16, body: &str) -> Result<Envelope, CrossbarError> {
        if !(200..300).contains(&status) {
            return Err(CrossbarError::from_response(status, body));
        }
        if body.trim().is_empty() {
            // OPTIONS and some DELETEs answer with an empty body.
            return Ok(Envelope::empty());
        }
        let raw: RawEnvelope =
            serde_json::from_str(body).map_err(|e| CrossbarError::Malformed { status, detail: e.to_string() })?;
        if matches!(raw.status.as_deref(), Some("error") | Some("fatal")) {
            return Err(CrossbarError::from_response(status, body));
        }
        Ok(Envelope {
            data: raw.data,
            request_id: raw.request_id,
            revision: raw.revision,
            auth_token: raw.auth_token,
            version: raw.version,
            timestamp: raw.timestamp,
            paging: Paging {
                page_size: raw.page_size,
                start_key: key_to_string(raw.start_key),
                next_start_key: key_to_string(raw.next_start_key),
            },
        })
    }

    pub fn empty() -> Envelope {
        Envelope {
            data: Value::Null,
            request_id: None,
            revision: None,
            auth_token: None,
            version: None,
            timestamp: None,
            paging: Paging::default(),
        }
    }

    /// Deserialize `data` into a typed value.
    pub fn data_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, CrossbarError> {
        serde_json::from_value(self.data.clone())
            .map_err(|e| CrossbarError::Malformed { status: 200, detail: e.to_string() })
    }
}

/// Wrap a payload in the request envelope Crossbar requires (`{"data": ...}`).
pub fn request_envelope(data: Value) -> Value {
    serde_json::json!({ "data": data })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Shapes as documented in applications/crossbar/doc (user_authentication.md, basics.md).
    const LOGIN: &str = r#"{
        "auth_token": "eyJhbGciOiJSUzI1NiJ9.eyJhY2NvdW50X2lkIjoiYSJ9.sig",
        "data": {"account_id": "0123456789abcdef0123456789abcdef", "owner_id": "fedcba9876543210fedcba9876543210",
                 "apps": [], "is_reseller": false, "language": "en-US", "reseller_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
        "node": "{NODE}", "request_id": "{REQUEST_ID}", "revision": "{REVISION}",
        "status": "success", "timestamp": "2024-03-12T10:00:00", "version": "5.0.1",
        "tokens": {"consumed": 1, "remaining": 99}
    }"#;

    const LISTING: &str = r#"{
        "data": [{"id": "u1", "first_name": "Ada"}],
        "page_size": 1, "start_key": "g2gCbQ", "next_start_key": "g2gCbQAAAAh",
        "request_id": "r", "revision": "d41d8cd98f00b204e9800998ecf8427e", "status": "success"
    }"#;

    #[test]
    fn parses_a_login_envelope() {
        let env = Envelope::parse(201, LOGIN).unwrap();
        assert_eq!(env.auth_token.as_deref(), Some("eyJhbGciOiJSUzI1NiJ9.eyJhY2NvdW50X2lkIjoiYSJ9.sig"));
        assert_eq!(env.data["language"], "en-US");
        assert_eq!(env.version.as_deref(), Some("5.0.1"));
        assert_eq!(env.paging, Paging::default());
    }

    #[test]
    fn parses_paging_keys_of_a_listing() {
        let env = Envelope::parse(200, LISTING).unwrap();
        assert_eq!(env.paging.page_size, Some(1));
        assert_eq!(env.paging.next_start_key.as_deref(), Some("g2gCbQAAAAh"));
        assert_eq!(env.data.as_array().unwrap().len(), 1);
    }

    #[test]
    fn raw_numeric_start_keys_from_older_servers_are_kept() {
        let env = Envelope::parse(200, r#"{"data":[],"status":"success","next_start_key":14152338421}"#).unwrap();
        assert_eq!(env.paging.next_start_key.as_deref(), Some("14152338421"));
    }

    #[test]
    fn empty_body_is_an_empty_success() {
        assert_eq!(Envelope::parse(200, "").unwrap().data, Value::Null);
    }

    #[test]
    fn garbage_with_success_status_is_a_malformed_error() {
        let err = Envelope::parse(200, "<html>proxy error</html>").unwrap_err();
        assert!(matches!(err, CrossbarError::Malformed { status: 200, .. }));
    }

    #[test]
    fn error_status_inside_a_200_is_still_an_error() {
        let err = Envelope::parse(
            200,
            r#"{"status":"error","error":"500","message":"unspecified_fault","data":{"message":"unspecified fault"}}"#,
        )
        .unwrap_err();
        assert_eq!(err.status(), Some(200));
    }
}
