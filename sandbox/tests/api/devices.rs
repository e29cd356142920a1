//! `/devices`: CRUD, schema defaults and errors, SIP/MAC uniqueness, the superduper-only
//! type change, status, listing rows and self-service for `priv_level: user`.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::{json, Value};

fn devices(sb: &Sandbox) -> String {
    format!("/v2/accounts/{}/devices", sb.demo.demo_account_id)
}

async fn create(sb: &Sandbox, token: &str, body: Value) -> String {
    let r = sb.call("PUT", &devices(sb), Some(token), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.body["data"]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn crud_fills_schema_defaults_and_soft_deletes() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let body =
        json!({"name": "Desk", "device_type": "sip_device", "sip": {"username": "desk1", "password": "secret1"}});
    let r = sb.call("PUT", &devices(&sb), Some(&admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let d = &r.body["data"];
    let id = d["id"].as_str().unwrap().to_string();
    assert_eq!(d["enabled"], true);
    assert_eq!(
        d["sip"],
        json!({"username": "desk1", "password": "secret1", "expire_seconds": 300, "invite_format": "contact", "method": "password"})
    );
    assert_eq!(d["media"]["encryption"], json!({"enforce_security": false, "methods": []}));
    assert_eq!(d["call_restriction"], json!({}));
    let path = format!("{}/{id}", devices(&sb));

    let r = sb
        .call("PATCH", &path, Some(&admin), Some(json!({"enabled": "false", "ui_metadata": {"origin": "voip"}})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Crossbar fixes JS types before validating again.
    assert_eq!(r.body["data"]["enabled"], false);
    assert_eq!(r.body["data"]["sip"]["username"], "desk1");

    let r = sb.call("POST", &path, Some(&admin), Some(json!({"name": "Desk 2"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "dropping device_type is a type change");
    assert_eq!(r.body["data"]["device_type"]["invalid"]["cause"], "");
    let r = sb.call("POST", &path, Some(&admin), Some(json!({"name": "Desk 2", "device_type": "sip_device"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body["data"].get("ui_metadata").is_none(), "POST replaces the public fields");
    assert_eq!(r.body["data"]["sip"]["method"], "password");

    let r = sb.call("DELETE", &path, Some(&admin), None).await;
    assert_eq!(r.body["data"]["_read_only"], json!({"deleted": true}));
    let r = sb.call("GET", &path, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["message"], "bad_identifier");
}

#[tokio::test]
async fn schema_errors_use_the_per_field_map() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let body = json!({"sip": {"username": "x", "method": "token", "invite_format": "E164"}, "owner_id": "short", "enabled": 3});
    let r = sb.call("PUT", &devices(&sb), Some(&admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let d = &r.body["data"];
    assert_eq!(d["name"]["required"], json!({"message": "Field is required but missing", "value": "name"}));
    assert_eq!(d["sip.username"]["minLength"]["target"], 2);
    assert_eq!(d["sip.method"]["enum"]["target"], json!(["password", "ip"]));
    assert!(d["sip.invite_format"]["enum"].is_object());
    assert_eq!(d["owner_id"]["minLength"]["target"], 32);
    assert_eq!(d["enabled"]["type"]["message"], "Value did not match type(s): boolean");
    let r = sb.call("PUT", &devices(&sb), Some(&admin), Some(json!({"name": "x", "sip": {"method": "ip"}}))).await;
    assert_eq!(r.body["data"]["sip.ip"]["type"]["message"], "Must be a valid IPv4 RFC 791", "{}", r.body);
}

#[tokio::test]
async fn sip_credentials_and_mac_addresses_are_unique_in_the_account() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let first =
        create(&sb, &admin, json!({"name": "A", "sip": {"username": "shared"}, "mac_address": "00:04:f2:aa:bb:cc"}))
            .await;
    let r =
        sb.call("PUT", &devices(&sb), Some(&admin), Some(json!({"name": "B", "sip": {"username": "SHARED"}}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["data"]["sip.username"]["unique"],
        json!({"message": "SIP credentials already in use", "cause": "SHARED"})
    );
    let r =
        sb.call("PUT", &devices(&sb), Some(&admin), Some(json!({"name": "C", "mac_address": "0004F2AABBCC"}))).await;
    assert!(r.body["data"]["mac_address"]["unique"].is_object(), "{}", r.body);
    // Saving the same device again is not a clash with itself.
    let r = sb.call("PATCH", &format!("{}/{first}", devices(&sb)), Some(&admin), Some(json!({"name": "A2"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn only_a_superduper_admin_changes_the_device_type() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let id = create(&sb, &admin, json!({"name": "Soft", "device_type": "softphone"})).await;
    let path = format!("{}/{id}", devices(&sb));
    let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"device_type": "sip_device"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["data"]["device_type"]["invalid"]["message"], "Not authorized to change type of device");
    let reseller = sb.reseller().await;
    let r = sb.call("PATCH", &path, Some(&reseller), Some(json!({"device_type": "sip_device"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["device_type"], "sip_device");
}

#[tokio::test]
async fn listing_rows_status_and_verbs() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let desk = create(
        &sb,
        &admin,
        json!({"name": "Desk", "sip": {"username": "desk9", "password": "secret9"}, "flags": ["x"]}),
    )
    .await;
    let cell = create(&sb, &admin, json!({"name": "Cell", "device_type": "cellphone", "call_forward": {"enabled": true, "number": "+14155550199"}})).await;
    let r = sb.call("GET", &format!("{}?paginate=false", devices(&sb)), Some(&admin), None).await;
    let rows = r.body["data"].as_array().unwrap();
    let row = rows.iter().find(|r| r["id"] == desk.as_str()).unwrap();
    assert_eq!(
        row,
        &json!({"id": desk, "name": "Desk", "username": "desk9", "mac_address": "", "enabled": true, "device_type": "sip_device", "flags": ["x"]})
    );
    let row = rows.iter().find(|r| r["id"] == cell.as_str()).unwrap();
    assert!(row.get("username").is_none() && row.get("registered").is_none());

    let r = sb.call("GET", &format!("{}?with_status=true&paginate=false", devices(&sb)), Some(&admin), None).await;
    let rows = r.body["data"].as_array().unwrap();
    let registered = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap()["registered"].clone();
    assert_eq!((registered(&desk), registered(&cell)), (json!(true), json!(false)));
    let r = sb.call("GET", &format!("{}/status", devices(&sb)), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body["data"].as_array().unwrap().contains(&json!({"device_id": desk, "registered": true})));

    let r = sb.call("PUT", &format!("{}/status", devices(&sb)), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = sb.call("POST", &devices(&sb), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = sb.call("PUT", &format!("{}/{desk}", devices(&sb)), Some(&admin), Some(json!({}))).await;
    assert_eq!((r.status, r.body["message"].as_str()), (StatusCode::BAD_REQUEST, Some("action required")));
}

#[tokio::test]
async fn a_user_edits_only_the_devices_it_owns() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice_id = sb.demo.alice_user_id.clone();
    let mine = create(&sb, &admin, json!({"name": "Alice desk", "owner_id": alice_id})).await;
    let other = create(&sb, &admin, json!({"name": "Ada desk", "owner_id": sb.demo.admin_user_id})).await;
    let alice = sb.alice().await;
    let path = |id: &str| format!("{}/{id}", devices(&sb));

    let r = sb.call("PATCH", &path(&mine), Some(&alice), Some(json!({"name": "My desk"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call("GET", &path(&other), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::OK);
    for (verb, id, body) in [
        ("PATCH", &other, Some(json!({"name": "Mine now"}))),
        ("PATCH", &mine, Some(json!({"owner_id": sb.demo.admin_user_id}))),
        ("DELETE", &mine, None),
    ] {
        let r = sb.call(verb, &path(id), Some(&alice), body).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{verb} {id}: {}", r.body);
    }
    let r = sb.call("PUT", &devices(&sb), Some(&alice), Some(json!({"name": "New", "owner_id": alice_id}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_device_is_asked_to_restart_through_sync() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}/devices", sb.demo.demo_account_id);
    let r = sb.call("PUT", &base, Some(&admin), Some(json!({"name": "Desk", "device_type": "sip_device"}))).await;
    let id = r.body["data"]["id"].as_str().unwrap().to_string();
    let r = sb.call("POST", &format!("{base}/{id}/sync"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"], "sync request sent");
    let r = sb.call("GET", &format!("{base}/{id}/sync"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = sb.call("POST", &format!("{base}/nope/sync"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
