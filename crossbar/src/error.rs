//! Crossbar's error envelopes (KAZOO `applications/crossbar/src/cb_context.erl` `add_system_error`, `crossbar_util.erl`
//! `response_401`) as one typed error.

use serde_json::Value;

/// One failed validator on one field of a 400 `validation error`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// JSON path joined with `.` (`caller_id.external.number`); `%2E` unescaped.
    pub path: String,
    /// Validator name: `required`, `unique`, `minLength`, `pattern`...
    pub validator: String,
    pub message: String,
    pub value: Option<Value>,
    /// The validator's limit (`maxLength`'s 15, `minimum`'s 1), when it has one.
    pub target: Option<Value>,
}

/// Which of Crossbar's two 401 shapes came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unauthorized {
    /// `message: "invalid_credentials"` — wrong login, or no token at all.
    InvalidCredentials,
    /// `message: "invalid credentials"`, `data: {}` — the token expired or is unknown.
    TokenRejected,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CrossbarError {
    #[error("validation error")]
    Validation { fields: Vec<FieldError> },
    #[error("unauthorized")]
    Unauthorized(Unauthorized),
    #[error("forbidden: {cause}")]
    Forbidden { cause: String },
    #[error("not found: {cause}")]
    NotFound { tag: String, cause: String },
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("conflict: {message}")]
    Conflict { message: String },
    /// 412: the document changed since the revision sent as `If-Match` (cowboy_rest
    /// answers it with no body).
    #[error("precondition failed: the document changed since it was loaded")]
    PreconditionFailed,
    /// A save stopped because someone else changed the document first and the person
    /// chose not to overwrite it (see `conflict`). Nothing was written.
    #[error("not saved: the document changed since it was loaded")]
    Superseded,
    #[error("payment required: {message}")]
    PaymentRequired { message: String, data: Value },
    #[error("range not satisfiable")]
    RangeNotSatisfiable,
    #[error("too many requests")]
    TooManyRequests,
    /// 400 `multiple_choice` (cb_context `add_system_error('multiple_choice', …)`): the
    /// request was ambiguous and the server lists what it could mean, e.g. E911 addresses
    /// (`data.multiple_choice.e911.details`, KAZOO `applications/crossbar/doc/phone_numbers.md`).
    #[error("more than one match")]
    MultipleChoice { data: Value },
    #[error("server error {status}: {message}")]
    Server { status: u16, message: String },
    #[error("HTTP {status}: {message}")]
    Other { status: u16, message: String },
    #[error("unreadable response ({status}): {detail}")]
    Malformed { status: u16, detail: String },
    #[error("network error: {detail}")]
    Network { detail: String },
    /// The request was cancelled before it answered (its screen was left). Nothing to
    /// show anyone.
    #[error("cancelled")]
    Cancelled,
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Crossbar escapes a literal `.` inside a key as `%2E` in validation paths.
fn unescape_path(path: &str) -> String {
    path.replace("%2E", ".")
}

fn field_errors(data: &Value) -> Vec<FieldError> {
    let mut out = Vec::new();
    let Some(fields) = data.as_object() else {
        return out;
    };
    for (path, validators) in fields {
        let Some(validators) = validators.as_object() else {
            continue;
        };
        for (validator, detail) in validators {
            out.push(FieldError {
                path: unescape_path(path),
                validator: validator.clone(),
                message: str_at(detail, "message").unwrap_or(validator).to_string(),
                value: detail.get("value").cloned(),
                target: detail.get("target").cloned(),
            });
        }
    }
    out
}

/// The human `cause` of a system error: `data.cause`, else `data.message`, else the
/// first element when `data` is an array (`response_bad_identifier/2`).
fn cause_of(data: &Value) -> String {
    if let Some(s) = str_at(data, "cause").or_else(|| str_at(data, "message")) {
        return s.to_string();
    }
    match data {
        Value::Array(items) => items.first().and_then(Value::as_str).unwrap_or_default().to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

impl CrossbarError {
    /// Classify a non-success HTTP response by status and envelope.
    pub fn from_response(status: u16, body: &str) -> CrossbarError {
        let parsed: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        let message = str_at(&parsed, "message").unwrap_or_default().to_string();
        let data = parsed.get("data").cloned().unwrap_or(Value::Null);
        match status {
            400 if message == "validation error" || message == "invalid data" => {
                CrossbarError::Validation { fields: field_errors(&data) }
            }
            400 if message == "multiple_choice" => CrossbarError::MultipleChoice { data },
            401 if message == "invalid_credentials" => CrossbarError::Unauthorized(Unauthorized::InvalidCredentials),
            401 => CrossbarError::Unauthorized(Unauthorized::TokenRejected),
            402 => CrossbarError::PaymentRequired { message, data },
            403 => CrossbarError::Forbidden { cause: cause_of(&data) },
            404 => CrossbarError::NotFound { tag: message, cause: cause_of(&data) },
            405 => CrossbarError::MethodNotAllowed,
            412 => CrossbarError::PreconditionFailed,
            409 => CrossbarError::Conflict { message: if message.is_empty() { cause_of(&data) } else { message } },
            416 => CrossbarError::RangeNotSatisfiable,
            429 => CrossbarError::TooManyRequests,
            500..=599 => CrossbarError::Server {
                status,
                message: if cause_of(&data).is_empty() { message } else { cause_of(&data) },
            },
            _ if parsed.is_null() => CrossbarError::Malformed { status, detail: body.chars().take(200).collect() },
            _ => CrossbarError::Other { status, message },
        }
    }

    /// HTTP status, when the server answered at all.
    pub fn status(&self) -> Option<u16> {
        Some(match self {
            CrossbarError::Validation { .. } | CrossbarError::MultipleChoice { .. } => 400,
            CrossbarError::Unauthorized(_) => 401,
            CrossbarError::PaymentRequired { .. } => 402,
            CrossbarError::Forbidden { .. } => 403,
            CrossbarError::NotFound { .. } => 404,
            CrossbarError::MethodNotAllowed => 405,
            CrossbarError::Conflict { .. } => 409,
            CrossbarError::PreconditionFailed | CrossbarError::Superseded => 412,
            CrossbarError::RangeNotSatisfiable => 416,
            CrossbarError::TooManyRequests => 429,
            CrossbarError::Server { status, .. }
            | CrossbarError::Other { status, .. }
            | CrossbarError::Malformed { status, .. } => *status,
            CrossbarError::Network { .. } | CrossbarError::Cancelled => return None,
        })
    }

    /// Field errors of a validation failure (empty for other errors).
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            CrossbarError::Validation { fields } => fields,
            _ => &[],
        }
    }

    /// The first error message for `path`, for showing under a form field.
    pub fn message_for(&self, path: &str) -> Option<&str> {
        self.field_errors().iter().find(|f| f.path == path).map(|f| f.message.as_str())
    }

    /// Stable message key for the UI's i18n layer.
    pub fn i18n_key(&self) -> &'static str {
        match self {
            CrossbarError::Validation { .. } => "error-validation",
            CrossbarError::MultipleChoice { .. } => "error-multiple-choice",
            CrossbarError::Unauthorized(Unauthorized::InvalidCredentials) => "error-invalid-credentials",
            CrossbarError::Unauthorized(Unauthorized::TokenRejected) => "error-session-expired",
            CrossbarError::PaymentRequired { .. } => "error-payment-required",
            CrossbarError::Forbidden { .. } => "error-forbidden",
            CrossbarError::NotFound { .. } => "error-not-found",
            CrossbarError::MethodNotAllowed => "error-method-not-allowed",
            CrossbarError::Conflict { .. } => "error-conflict",
            CrossbarError::PreconditionFailed => "error-changed-since-loaded",
            CrossbarError::Superseded => "error-not-saved-changed",
            CrossbarError::RangeNotSatisfiable => "error-too-large",
            CrossbarError::TooManyRequests => "error-too-many-requests",
            CrossbarError::Server { .. } => "error-server",
            CrossbarError::Other { .. } | CrossbarError::Malformed { .. } => "error-unexpected",
            CrossbarError::Network { .. } => "error-network",
            CrossbarError::Cancelled => "error-cancelled",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Error bodies as printed in applications/crossbar/doc and core/kazoo_schemas/src/kz_json_schema.erl error_to_jobj.
    const VALIDATION: &str = r#"{"status":"error","error":"400","message":"validation error","data":{
        "first_name":{"required":{"message":"Field is required but missing","value":"first_name"}},
        "username":{"pattern":{"message":"Failed to match pattern '^([+@.\\w_-]+)$'","target":"^([+@.\\w_-]+)$","value":"bad user!"}},
        "caller_id.external.number":{"maxLength":{"message":"String must not be more than 35 characters","target":35}},
        "numbers":{"unique":{"message":"Number 1001 exists in callflow 4f Main","cause":"1001"}}}}"#;

    #[test]
    fn an_ambiguous_e911_address_keeps_the_choices() {
        let body = r#"{"status":"error","error":"400","message":"multiple_choice","data":{"multiple_choice":{"e911":{
            "cause":{"street_address":"1 Main St"},"details":[{"street_address":"1 N Main St"},{"street_address":"1 S Main St"}],
            "message":"more than one address found"}}}}"#;
        let err = CrossbarError::from_response(400, body);
        let CrossbarError::MultipleChoice { data } = &err else { panic!("{err:?}") };
        assert_eq!(data.pointer("/multiple_choice/e911/details/1/street_address"), Some(&Value::from("1 S Main St")));
        assert_eq!((err.status(), err.i18n_key()), (Some(400), "error-multiple-choice"));
    }

    #[test]
    fn validation_errors_are_flattened_per_field_and_validator() {
        let err = CrossbarError::from_response(400, VALIDATION);
        let fields = err.field_errors();
        assert_eq!(fields.len(), 4);
        assert_eq!(err.message_for("first_name"), Some("Field is required but missing"));
        assert_eq!(err.message_for("caller_id.external.number"), Some("String must not be more than 35 characters"));
        let unique = fields.iter().find(|f| f.validator == "unique").unwrap();
        assert_eq!(unique.path, "numbers");
    }

    #[test]
    fn escaped_dots_in_keys_are_unescaped() {
        let err = CrossbarError::from_response(
            400,
            r#"{"message":"validation error","data":{"a%2Eb":{"type":{"message":"Value did not match type(s): string"}}}}"#,
        );
        assert_eq!(err.field_errors()[0].path, "a.b");
    }

    #[test]
    fn the_two_401_shapes_are_told_apart() {
        let login = r#"{"data":{"message":"invalid credentials"},"error":"401","message":"invalid_credentials","status":"error"}"#;
        let expired = r#"{"data":{},"error":"401","message":"invalid credentials","status":"error"}"#;
        assert_eq!(
            CrossbarError::from_response(401, login),
            CrossbarError::Unauthorized(Unauthorized::InvalidCredentials)
        );
        assert_eq!(
            CrossbarError::from_response(401, expired),
            CrossbarError::Unauthorized(Unauthorized::TokenRejected)
        );
    }

    #[test]
    fn forbidden_by_token_restrictions_keeps_the_cause() {
        let body = r#"{"data":{"cause":"access denied by token restrictions","message":"forbidden"},"error":"403","message":"forbidden"}"#;
        assert_eq!(
            CrossbarError::from_response(403, body),
            CrossbarError::Forbidden { cause: "access denied by token restrictions".into() }
        );
    }

    #[test]
    fn both_bad_identifier_shapes_give_the_cause() {
        let object = r#"{"data":{"cause":"{TASK_ID}","message":"bad identifier"},"error":"404","message":"bad_identifier","status":"error"}"#;
        let array = r#"{"data":["0123"],"error":"404","message":"bad identifier","status":"error"}"#;
        assert_eq!(
            CrossbarError::from_response(404, object),
            CrossbarError::NotFound { tag: "bad_identifier".into(), cause: "{TASK_ID}".into() }
        );
        assert_eq!(
            CrossbarError::from_response(404, array),
            CrossbarError::NotFound { tag: "bad identifier".into(), cause: "0123".into() }
        );
    }

    #[test]
    fn rate_limit_conflict_and_server_errors() {
        assert_eq!(
            CrossbarError::from_response(
                429,
                r#"{"data":{"message":"too many requests"},"error":"429","message":"too_many_requests"}"#
            ),
            CrossbarError::TooManyRequests
        );
        assert_eq!(
            CrossbarError::from_response(
                409,
                r#"{"data":{"message":"conflicting documents"},"error":"409","message":"datastore_conflict"}"#
            ),
            CrossbarError::Conflict { message: "datastore_conflict".into() }
        );
        assert_eq!(
            CrossbarError::from_response(
                500,
                r#"{"data":{"message":"account has descendants"},"error":"500","message":"account_has_descendants"}"#
            ),
            CrossbarError::Server { status: 500, message: "account has descendants".into() }
        );
        assert_eq!(
            CrossbarError::from_response(
                405,
                r#"{"data":{"message":"method not allowed"},"error":"405","message":"invalid_method"}"#
            ),
            CrossbarError::MethodNotAllowed
        );
        assert_eq!(
            CrossbarError::from_response(416, r#"{"data":{},"error":"416","message":"range not satisfiable"}"#),
            CrossbarError::RangeNotSatisfiable
        );
    }

    #[test]
    fn a_proxy_error_page_is_not_mistaken_for_json() {
        let err = CrossbarError::from_response(502, "<html>Bad Gateway</html>");
        assert_eq!(err.status(), Some(502));
        assert_eq!(err.i18n_key(), "error-server");
    }
}
