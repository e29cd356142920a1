//! A stand-in for a phone provisioner's catalogue (`GET <provisioner>phones`), so Smart
//! PBX's "Add user" dialog can offer a desk phone against the sandbox as it does against
//! a KAZOO whose `system_config` names a provisioner. Only the catalogue is served: the
//! sandbox provisions nothing, and the device documents are ordinary Crossbar writes.
//!
//! The login response advertises this URL in `ui_config.api.provisioner.url`, as KAZOO
//! does for a configured provisioner (crossbar_util `response_auth`).

use axum::body::Body;
use axum::http::{header, HeaderValue, Method, Response, StatusCode};
use serde_json::{json, Value};

/// Where the catalogue lives, beside `/v2`; advertised at sign-in as this path on the
/// sandbox's own origin, so a sandbox behind an https proxy is not advertised as
/// `http://` (mixed content).
pub const ROOT: &str = "/provisioner/";

/// A handful of common desk phones: brands → families → models.
pub fn catalog() -> Value {
    let brand = |id: &str, name: &str, families: Value| json!({"id": id, "name": name, "families": families});
    // Each model names its provisioning template (`id`), which consoles write as the
    // device's `provision.id`.
    let family = |name: &str, models: &[&str]| {
        let model = |m: &&str| json!({"name": m, "id": format!("tpl-{}", m.to_ascii_lowercase().replace(' ', "-"))});
        json!({"name": name, "models": models.iter().map(model).collect::<Vec<_>>()})
    };
    json!([
        brand(
            "yealink",
            "Yealink",
            json!([family("T4X", &["T42S", "T46S", "T48S"]), family("T5X", &["T54W", "T57W"])])
        ),
        brand("polycom", "Polycom", json!([family("VVX", &["VVX 250", "VVX 450"])])),
        brand("grandstream", "Grandstream", json!([family("GXP21XX", &["GXP2160", "GXP2170"])])),
        brand("cisco", "Cisco", json!([family("SPA5XX", &["SPA504G", "SPA525G"])])),
    ])
}

/// `GET /provisioner/phones`: the catalogue in the provisioner's envelope. Anything else
/// under the prefix is 404, and every answer allows any origin like Crossbar does.
pub async fn serve(method: Method, uri: axum::http::Uri) -> Response<Body> {
    let path = uri.path().trim_end_matches('/');
    let (status, body) = match (method, path) {
        (Method::OPTIONS, _) => (StatusCode::OK, Value::Null),
        (Method::GET, "/provisioner/phones") => (StatusCode::OK, json!({"status": "success", "data": catalog()})),
        _ => (StatusCode::NOT_FOUND, json!({"status": "error", "message": "not found"})),
    };
    let mut response = Response::new(if body.is_null() { Body::empty() } else { Body::from(body.to_string()) });
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, OPTIONS"));
    headers
        .insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, accept, x-auth-token"));
    response
}
