//! `/v2/schemas`: served from the folder given at start, without a token, and a payload
//! checked against one without anything saved; names never reach outside the folder.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

/// A schema folder of two files, one referring to the other as KAZOO's do.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let write =
        |name: &str, schema: serde_json::Value| std::fs::write(dir.path().join(name), schema.to_string()).unwrap();
    write(
        "callflows.widget.json",
        json!({"$schema": "http://json-schema.org/draft-04/schema#", "_id": "callflows.widget", "type": "object",
            "required": ["id"], "properties": {"id": {"type": "string"}, "caller_id": {"$ref": "caller_id"}}}),
    );
    write("caller_id.json", json!({"type": "object", "properties": {"number": {"type": "string"}}}));
    write(
        "users.json",
        json!({"type": "object", "required": ["first_name"], "properties": {"first_name": {"type": "string"}}}),
    );
    std::fs::write(dir.path().join("secret.txt"), "not a schema").unwrap();
    dir
}

#[tokio::test]
async fn schemas_are_listed_served_and_checked_without_a_token() {
    let schemas = folder();
    let path = schemas.path().to_path_buf();
    let sb = Sandbox::configured(|c| c.kazoo_schemas = Some(path));
    let r = sb.call("GET", "/v2/schemas", None, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"], json!(["caller_id", "callflows.widget", "users"]));
    let r = sb.call("GET", "/v2/schemas/callflows.widget", None, None).await;
    assert_eq!(r.body["data"]["required"], json!(["id"]));

    let check = "/v2/schemas/callflows.widget/validation";
    let r = sb.call("PUT", check, None, Some(json!({"id": "x", "caller_id": {"number": "+1415"}}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call("PUT", check, None, Some(json!({"caller_id": {"number": 5}}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body["data"]["caller_id.number"]["type"]["message"].is_string(),
        "a referenced schema applies: {}",
        r.body
    );
    assert!(r.body["data"]["data"]["required"].is_object(), "{}", r.body);
}

/// A schema named like a module is still a schema: everything after `schemas` is its
/// name (KAZOO `api_util.erl` `parse_path_tokens`).
#[tokio::test]
async fn a_schema_named_like_a_module_is_served_and_checks_payloads() {
    let schemas = folder();
    let path = schemas.path().to_path_buf();
    let sb = Sandbox::configured(|c| c.kazoo_schemas = Some(path));
    let r = sb.call("GET", "/v2/schemas/users", None, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["required"], json!(["first_name"]));
    let r = sb.call("PUT", "/v2/schemas/users/validation", None, Some(json!({"last_name": "x"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
}

#[tokio::test]
async fn names_outside_the_folder_or_without_a_folder_are_not_found() {
    let schemas = folder();
    let path = schemas.path().to_path_buf();
    let sb = Sandbox::configured(|c| c.kazoo_schemas = Some(path));
    for name in ["secret.txt", "secret", "..%2Fsecret", "%2E%2E", "CALLER_ID", ".caller_id"] {
        let r = sb.call("GET", &format!("/v2/schemas/{name}"), None, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{name}: {}", r.body);
    }
    let bare = Sandbox::new();
    assert_eq!(bare.call("GET", "/v2/schemas", None, None).await.body["data"], json!([]));
    assert_eq!(bare.call("GET", "/v2/schemas/caller_id", None, None).await.status, StatusCode::NOT_FOUND);
}
