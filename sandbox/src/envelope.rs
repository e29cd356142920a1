//! Wraps handler results in Crossbar's response envelope and headers, CORS included.

use crate::doc;
use crate::reply::{Binary, Outcome, Success};
use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Response, StatusCode};
use serde_json::{Map, Value};

/// Crossbar's version string; sent only on authenticated requests.
pub const VERSION: &str = "5.0.0";

const ALLOW_HEADERS: &str = "content-type, depth, user-agent, x-http-method-override, x-file-size, \
x-requested-with, if-modified-since, x-file-name, cache-control, x-auth-token, x-kazoo-cluster-id, if-match";
const EXPOSE_HEADERS: &str = "content-type, x-auth-token, x-request-id, x-kazoo-cluster-id, location, etag, etag";

/// Facts about the request that shape the envelope and headers.
#[derive(Default)]
pub struct Meta {
    pub request_id: String,
    pub node: String,
    /// The token used or minted, echoed as `auth_token`.
    pub auth_token: Option<String>,
    pub authenticated: bool,
    /// The request carried Origin / Access-Control-Request-* headers.
    pub cors_requested: bool,
    /// Value for `access-control-allow-methods`.
    pub allow_methods: String,
}

pub fn cors_headers(headers: &mut HeaderMap, allow_methods: &str) {
    let pairs = [
        ("access-control-allow-origin", "*"),
        ("access-control-allow-methods", allow_methods),
        ("access-control-allow-headers", ALLOW_HEADERS),
        ("access-control-expose-headers", EXPOSE_HEADERS),
        ("access-control-max-age", "86400"),
    ];
    for (name, value) in pairs {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    }
}

/// The `ETag` (unquoted) of an answer: the document's revision, or the md5 of the body
/// for lists (api_resource `generate_etag/2`); none for raw files.
pub fn etag_of(success: &Success) -> Option<String> {
    if success.binary.is_some() {
        return None;
    }
    Some(
        success
            .revision
            .clone()
            .unwrap_or_else(|| doc::md5_hex(&serde_json::to_string(&success.data).unwrap_or_default())),
    )
}

pub fn render(outcome: Outcome, meta: &Meta) -> Response<Body> {
    let outcome = match outcome {
        Ok(Success { binary: Some(binary), created, .. }) => return render_binary(binary, created, meta),
        Err(err) if err.status == StatusCode::PRECONDITION_FAILED => return render_bare(err.status, meta),
        other => other,
    };
    let mut body = Map::new();
    let mut headers = HeaderMap::new();
    let status;
    let is_error = outcome.is_err();
    let mut auth_token = meta.auth_token.clone();
    match outcome {
        Ok(success) => {
            status = match (success.created, success.accepted) {
                (true, _) => StatusCode::CREATED,
                (false, true) => StatusCode::ACCEPTED,
                (false, false) => StatusCode::OK,
            };
            let revision = etag_of(&success).unwrap_or_default();
            if let Ok(v) = HeaderValue::from_str(&format!("\"{revision}\"")) {
                headers.insert(header::ETAG, v);
            }
            if let Some(loc) = success.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
                headers.insert(header::LOCATION, loc);
            }
            if success.new_token.is_some() {
                auth_token = success.new_token;
            }
            body.insert("data".into(), success.data);
            body.insert("revision".into(), revision.into());
            body.extend(success.extra);
            body.insert("status".into(), "success".into());
        }
        Err(err) => {
            status = err.status;
            body.insert("data".into(), err.data);
            body.insert("error".into(), status.as_u16().to_string().into());
            body.insert("message".into(), err.message.into());
            body.insert("status".into(), "error".into());
        }
    }
    body.insert("timestamp".into(), doc::iso8601(doc::now_unix()).into());
    if meta.authenticated {
        body.insert("version".into(), VERSION.into());
    }
    body.insert("node".into(), meta.node.clone().into());
    body.insert("request_id".into(), meta.request_id.clone().into());
    body.insert("auth_token".into(), auth_token.unwrap_or_default().into());

    let bytes = serde_json::to_vec(&Value::Object(body)).unwrap_or_default();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if let Ok(v) = HeaderValue::from_str(&meta.request_id) {
        headers.insert("x-request-id", v);
    }
    // Crossbar adds CORS headers when asked, and always on errors (`default_stop/2`).
    if meta.cors_requested || is_error {
        cors_headers(&mut headers, &meta.allow_methods);
    }
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

/// A status with no body (cowboy_rest's own answers, such as 412), with the request id
/// and, when asked, CORS headers so a browser may read the status.
fn render_bare(status: StatusCode, meta: &Meta) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(&meta.request_id) {
        response.headers_mut().insert("x-request-id", v);
    }
    if meta.cors_requested {
        cors_headers(response.headers_mut(), &meta.allow_methods);
    }
    response
}

/// Raw downloads carry the stored content type and, for attachments, a file name.
fn render_binary(binary: Binary, created: bool, meta: &Meta) -> Response<Body> {
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&binary.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    // The name came from an uploader's `X-File-Name`: keep it to characters that cannot
    // end the header parameter or the header.
    let safe_name = |f: String| -> String {
        f.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect()
    };
    let disposition = binary.filename.map(safe_name).map(|f| format!("attachment; filename={f}"));
    if let Some(v) = disposition.and_then(|d| HeaderValue::from_str(&d).ok()) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&meta.request_id) {
        headers.insert("x-request-id", v);
    }
    // Stored files are served as what they are and never run as a page, even if one is
    // opened directly: no sniffing, and a sandbox with nothing allowed.
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    if meta.cors_requested {
        cors_headers(&mut headers, &meta.allow_methods);
    }
    let mut response = Response::new(Body::from(binary.bytes));
    *response.status_mut() = if created { StatusCode::CREATED } else { StatusCode::OK };
    *response.headers_mut() = headers;
    response
}
