//! A stand-in for a phone provisioner, so Smart PBX's screens work against the sandbox
//! as they do against a KAZOO whose `system_config` names one: the catalogue (`GET
//! <provisioner>phones`) "Add user" and "Add device" offer desk phones from; a model's
//! template (`GET ui/{brand}/{family}/{model}`), whose `combo_keys` and `feature_keys`
//! counts the device page draws the phone's keys from (monster-ui-voip
//! `submodules/devices/devices.js` `getKeyTypes`); and unlocking a phone (`DELETE
//! locks/{account}/{mac}`, the device page's "Unlock"). The sandbox provisions nothing:
//! the device documents are ordinary Crossbar writes.
//!
//! The login response advertises this URL in `ui_config.api.provisioner.url`, as KAZOO
//! does for a configured provisioner (crossbar_util `response_auth`).

use crate::state::{AppState, SharedState};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Response, StatusCode};
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

/// A model's keys: (line keys, i.e. `combo_keys`; programmable keys of an expansion
/// module, i.e. `feature_keys`). `None` for a model the catalogue does not list.
pub fn key_counts(brand: &str, family: &str, model: &str) -> Option<(u32, u32)> {
    let listed = catalog();
    let brand =
        listed.as_array()?.iter().find(|b| b["id"].as_str().is_some_and(|id| id.eq_ignore_ascii_case(brand)))?;
    let family = brand["families"]
        .as_array()?
        .iter()
        .find(|f| f["name"].as_str().is_some_and(|n| n.eq_ignore_ascii_case(family)))?;
    let model = family["models"].as_array()?.iter().find(|m| {
        m["name"]
            .as_str()
            .is_some_and(|n| n.eq_ignore_ascii_case(model) || n.replace(' ', "").eq_ignore_ascii_case(model))
    })?;
    let name = model["name"].as_str()?.to_ascii_uppercase();
    Some(match name.as_str() {
        "T42S" => (3, 0),
        "T46S" => (10, 0),
        // With an expansion module's programmable keys.
        "T48S" => (10, 20),
        "T54W" => (10, 0),
        "T57W" => (10, 0),
        "VVX 250" => (4, 0),
        "VVX 450" => (12, 0),
        "GXP2160" => (6, 0),
        "GXP2170" => (12, 0),
        "SPA504G" => (4, 0),
        _ => (5, 0),
    })
}

/// `GET ui/{brand}/{family}/{model}`: the model's template as the device page reads it.
fn template(path: &str) -> Option<Value> {
    let rest = path.strip_prefix("/provisioner/ui/")?;
    let parts: Vec<String> = rest.split('/').map(percent_decode).collect();
    let [brand, family, model] = parts.as_slice() else { return None };
    let (combo, feature) = key_counts(brand, family, model)?;
    Some(json!({"combo_keys": {"iterate": combo}, "feature_keys": {"iterate": feature}}))
}

fn percent_decode(segment: &str) -> String {
    url::form_urlencoded::parse(segment.replace('+', "%2B").as_bytes()).map(|(k, _)| k.into_owned()).collect()
}

/// `DELETE locks/{account}/{mac}`: only an admin of the account (or of an ancestor) may
/// unlock its phones — decided from the caller's token and the server's own state — and
/// only a phone the account has.
fn unlock(state: &AppState, headers: &HeaderMap, path: &str) -> (StatusCode, Value) {
    let refused = |status: StatusCode, message: &str| (status, json!({"status": "error", "message": message}));
    let Some(rest) = path.strip_prefix("/provisioner/locks/") else {
        return refused(StatusCode::NOT_FOUND, "not found");
    };
    let Some((account_id, mac)) = rest.split_once('/') else { return refused(StatusCode::NOT_FOUND, "not found") };
    let token = headers.get("x-auth-token").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Ok(caller) = crate::pipeline::authenticate(state, token) else {
        return refused(StatusCode::UNAUTHORIZED, "invalid credentials");
    };
    let account = state.store.get_live(account_id, account_id).ok().flatten();
    let in_tree = account.as_ref().is_some_and(|a| {
        caller.account_id() == account_id
            || crate::resources::accounts::tree_of(a).iter().any(|t| t == caller.account_id())
    });
    if !caller.is_admin() || !in_tree {
        return refused(StatusCode::FORBIDDEN, "forbidden");
    }
    let wanted = crate::resources::devices::cleanse_mac(mac);
    let has_phone = state.store.list(account_id, "device").ok().is_some_and(|devices| {
        devices.iter().any(|d| {
            d.get("mac_address")
                .and_then(Value::as_str)
                .is_some_and(|m| crate::resources::devices::cleanse_mac(m) == wanted)
        })
    });
    if !has_phone {
        return refused(StatusCode::NOT_FOUND, "no phone with this MAC address in the account");
    }
    (StatusCode::OK, json!({"status": "success", "data": {}}))
}

/// The provisioner's answers, in its envelope; anything else under the prefix is 404,
/// and every answer allows any origin like Crossbar does.
pub async fn serve(
    State(state): State<SharedState>,
    method: Method,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response<Body> {
    let path = uri.path().trim_end_matches('/');
    let (status, body) = match (method, path) {
        (Method::OPTIONS, _) => (StatusCode::OK, Value::Null),
        (Method::GET, "/provisioner/phones") => (StatusCode::OK, json!({"status": "success", "data": catalog()})),
        (Method::GET, p) if p.starts_with("/provisioner/ui/") => match template(p) {
            Some(t) => (StatusCode::OK, json!({"status": "success", "data": t})),
            None => (StatusCode::NOT_FOUND, json!({"status": "error", "message": "unknown model"})),
        },
        (Method::DELETE, p) => unlock(&state, &headers, p),
        _ => (StatusCode::NOT_FOUND, json!({"status": "error", "message": "not found"})),
    };
    let mut response = Response::new(if body.is_null() { Body::empty() } else { Body::from(body.to_string()) });
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, DELETE, OPTIONS"));
    headers
        .insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, accept, x-auth-token"));
    response
}
