//! What a handler returns: a success payload or an error in one of Crossbar's shapes.
//! The envelope keys shared by every response are added later by `envelope`.

use axum::http::StatusCode;
use serde_json::{json, Map, Value};

/// A successful answer before it is wrapped in the envelope.
#[derive(Debug, Default)]
pub struct Success {
    pub created: bool,
    /// 202: a command was sent, nothing is stored to show (cb_presence).
    pub accepted: bool,
    pub data: Value,
    /// The document's `_rev`; lists get the md5 of their body instead.
    pub revision: Option<String>,
    pub location: Option<String>,
    /// A token minted by this request (logins, refresh).
    pub new_token: Option<String>,
    /// Extra envelope keys: paging keys, `tokens`.
    pub extra: Map<String, Value>,
    /// A raw body sent instead of the JSON envelope (media, logos, CSV).
    pub binary: Option<Binary>,
}

/// A non-JSON answer: the bytes, their content type and an optional download name.
#[derive(Debug, Default)]
pub struct Binary {
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub filename: Option<String>,
}

impl Success {
    pub fn ok(data: Value) -> Self {
        Self { data, ..Self::default() }
    }

    pub fn doc(data: Value, rev: Option<&str>) -> Self {
        Self { data, revision: rev.map(str::to_string), ..Self::default() }
    }

    /// Crossbar's `response_202`: the request was taken; `data` is a message.
    pub fn accepted(message: &str) -> Self {
        Self { accepted: true, data: Value::String(message.to_string()), ..Self::default() }
    }

    pub fn binary(content_type: &str, bytes: Vec<u8>, filename: Option<String>) -> Self {
        let binary = Binary { content_type: content_type.to_string(), bytes, filename };
        Self { binary: Some(binary), ..Self::default() }
    }
}

/// An error answer: HTTP status, the top-level `message`, and `data`.
#[derive(Debug, Clone, PartialEq)]
pub struct CbError {
    pub status: StatusCode,
    pub message: String,
    pub data: Value,
}

pub type Outcome = Result<Success, CbError>;

impl CbError {
    fn system(status: StatusCode, tag: &str, data: Value) -> Self {
        Self { status, message: tag.to_string(), data }
    }

    /// 400 with the per-field validator map.
    pub fn validation(errors: Map<String, Value>) -> Self {
        Self::system(StatusCode::BAD_REQUEST, "validation error", Value::Object(errors))
    }

    /// A single-field validation error, e.g. `("username", "unique", {...})`.
    pub fn field(field: &str, validator: &str, detail: Value) -> Self {
        let mut errors = Map::new();
        add_error(&mut errors, field, validator, detail);
        Self::validation(errors)
    }

    /// 401 when no token was sent or no credentials matched.
    pub fn invalid_credentials() -> Self {
        Self::system(StatusCode::UNAUTHORIZED, "invalid_credentials", json!({"message": "invalid credentials"}))
    }

    /// 401 for an expired, forged or otherwise unusable token (`crossbar_util:response_401`).
    pub fn bad_token() -> Self {
        Self::system(StatusCode::UNAUTHORIZED, "invalid credentials", json!({}))
    }

    pub fn forbidden() -> Self {
        Self::system(StatusCode::FORBIDDEN, "forbidden", json!({"message": "forbidden"}))
    }

    /// 403 from `cb_token_restrictions`.
    pub fn restricted() -> Self {
        Self::system(
            StatusCode::FORBIDDEN,
            "forbidden",
            json!({"cause": "access denied by token restrictions", "message": "forbidden"}),
        )
    }

    pub fn bad_identifier(cause: &str) -> Self {
        Self::system(StatusCode::NOT_FOUND, "bad_identifier", json!({"message": "bad identifier", "cause": cause}))
    }

    /// `crossbar_util:response_bad_identifier/2`: `data` is a list holding the id.
    pub fn bad_identifier_list(id: &str) -> Self {
        Self::system(StatusCode::NOT_FOUND, "bad identifier", json!([id]))
    }

    pub fn not_found() -> Self {
        Self::system(StatusCode::NOT_FOUND, "not_found", json!({"message": "not found"}))
    }

    pub fn faulty_request(detail: &str) -> Self {
        Self::system(StatusCode::NOT_FOUND, "faulty_request", json!({"message": "faulty request", "cause": detail}))
    }

    pub fn invalid_method() -> Self {
        Self::system(StatusCode::METHOD_NOT_ALLOWED, "invalid_method", json!({"message": "method not allowed"}))
    }

    pub fn unsupported_media_type(content_type: &str) -> Self {
        Self::system(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            json!({"message": "unsupported media type", "cause": content_type}),
        )
    }

    pub fn too_many_requests() -> Self {
        Self::system(StatusCode::TOO_MANY_REQUESTS, "too_many_requests", json!({"message": "too many requests"}))
    }

    pub fn account_has_descendants() -> Self {
        Self::system(
            StatusCode::INTERNAL_SERVER_ERROR,
            "account_has_descendants",
            json!({"message": "account has descendants"}),
        )
    }

    /// 416 from the memory guard on `paginate=false` listings (doc/basics.md).
    pub fn range_not_satisfiable() -> Self {
        Self::system(StatusCode::RANGE_NOT_SATISFIABLE, "range not satisfiable", json!({}))
    }

    /// 412 for an `If-Match` that names another revision than the stored one. cowboy_rest
    /// answers it itself, before Crossbar's handlers run, with no body (`envelope::render`
    /// sends none).
    pub fn precondition_failed() -> Self {
        Self::system(StatusCode::PRECONDITION_FAILED, "precondition_failed", Value::Null)
    }

    pub fn datastore_conflict() -> Self {
        Self::system(StatusCode::CONFLICT, "datastore_conflict", json!({"message": "conflicting documents"}))
    }

    pub fn unspecified_fault() -> Self {
        Self::system(StatusCode::INTERNAL_SERVER_ERROR, "unspecified_fault", json!({"message": "unspecified fault"}))
    }
}

/// Storage failures are logged and answered like Crossbar's generic 500.
impl From<anyhow::Error> for CbError {
    fn from(err: anyhow::Error) -> Self {
        // A concurrent writer got there first: CouchDB's 409, which Crossbar passes on.
        if err.is::<crate::store::Conflict>() {
            return Self::datastore_conflict();
        }
        tracing::error!(error = %err, "internal error");
        Self::unspecified_fault()
    }
}

/// Adds `errors[field][validator] = detail`, merging several errors into one map.
pub fn add_error(errors: &mut Map<String, Value>, field: &str, validator: &str, detail: Value) {
    let entry = errors.entry(field.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(m) = entry {
        m.insert(validator.to_string(), detail);
    }
}
