use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::{json, Value};

fn path(sb: &Sandbox) -> String {
    format!("/v2/accounts/{}/callflows", sb.demo.demo_account_id)
}

async fn create(sb: &Sandbox, token: &str, body: Value) -> (StatusCode, Value) {
    let r = sb.call("PUT", &path(sb), Some(token), Some(body)).await;
    (r.status, r.body)
}

#[tokio::test]
async fn numbers_are_rewritten_to_e164_like_crossbar() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let numbers =
        json!(["4155550100", "14155550101", "0114412345678", "41234567", "5550100", "1001", "*97", "MainOpenHours"]);
    let (status, body) = create(&sb, &admin, json!({"name": "E164", "numbers": numbers})).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(
        body["data"]["numbers"],
        json!(["+14155550100", "+14155550101", "+4412345678", "+41234567", "5550100", "1001", "*97", "MainOpenHours"])
    );
    assert_eq!(body["data"]["patterns"], json!([]));
}

#[tokio::test]
async fn a_number_or_pattern_is_required_and_must_be_a_list() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let (status, body) = create(&sb, &admin, json!({"name": "none", "numbers": []})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["data"]["numbers"]["required"]["message"],
        "Callflows must be assigned at least one number or pattern"
    );
    let (status, body) = create(&sb, &admin, json!({"numbers": "1001"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["data"]["numbers"]["type"], json!({"message": "Value is not of type array", "cause": "1001"}));
    let (status, body) = create(&sb, &admin, json!({"patterns": "^1$"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["data"]["patterns"]["type"].is_object());
    let (status, body) = create(&sb, &admin, json!({"patterns": ["^\\*7([0-9]*)$"], "flow": {"data": {}}})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["data"]["flow.module"]["required"].is_object(), "{body}");
    let long = "1".repeat(37);
    let (status, body) = create(&sb, &admin, json!({"numbers": [long]})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["data"]["numbers.0"]["maxLength"]["target"], 36);
}

#[tokio::test]
async fn numbers_and_patterns_are_unique_across_the_account() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let (status, first) =
        create(&sb, &admin, json!({"name": "Main", "numbers": ["+14155550100"], "patterns": ["^\\*7$"]})).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = first["data"]["id"].as_str().unwrap().to_string();
    // The same number written as 10 digits collides after normalisation.
    let (status, body) = create(&sb, &admin, json!({"name": "Other", "numbers": ["4155550100"]})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["data"]["numbers"]["unique"],
        json!({"message": format!("Number +14155550100 exists in callflow {id} Main"), "cause": "+14155550100"})
    );
    let (status, body) = create(&sb, &admin, json!({"patterns": ["^\\*7$"]})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["data"]["patterns"]["unique"]["cause"], "^\\*7$");
    // Saving the callflow itself again is not a conflict.
    let r = sb.call("PATCH", &format!("{}/{id}", path(&sb)), Some(&admin), Some(json!({"name": "Main 2"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn crud_listing_rows_and_metadata() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice_id = sb.demo.alice_user_id.clone();
    let flow = json!({
        "module": "user", "data": {"id": alice_id, "timeout": 20},
        "children": {"_": {"module": "voicemail", "data": {"id": "nope", "skip_module": true}, "children": {}}}
    });
    let (status, body) = create(
        &sb,
        &admin,
        json!({"name": "Alice", "numbers": ["1001"], "type": "mainUserCallflow", "owner_id": alice_id, "flow": flow, "ui_metadata": {"origin": "voip"}}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["data"]["id"].as_str().unwrap().to_string();

    let r = sb.call("GET", &path(&sb), Some(&admin), None).await;
    let row = r.body["data"].as_array().unwrap().iter().find(|r| r["id"] == id.as_str()).unwrap().clone();
    assert_eq!(
        row,
        json!({"id": id, "name": "Alice", "type": "mainUserCallflow", "numbers": ["1001"], "patterns": [],
               "featurecode": false, "owner_id": alice_id, "modules": ["user"], "flags": []})
    );

    let one = format!("{}/{id}", path(&sb));
    let r = sb.call("GET", &one, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["metadata"][&alice_id], json!({"name": "Alice Liddell", "pvt_type": "user"}));
    assert_eq!(r.body["data"]["ui_metadata"], json!({"origin": "voip"}));

    let r = sb
        .call("PATCH", &one, Some(&admin), Some(json!({"flow": {"children": {"_": {"data": {"skip_module": false}}}}})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call("GET", &format!("{}?filter_name=Alice", path(&sb)), Some(&admin), None).await;
    assert_eq!(r.body["data"][0]["modules"], json!(["user", "voicemail"]));

    let r = sb.call("POST", &one, Some(&admin), Some(json!({"patterns": ["^2$"]}))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body["data"].get("name").is_none());
    let r = sb.call("DELETE", &one, Some(&admin), None).await;
    assert_eq!(r.body["data"]["_read_only"], json!({"deleted": true}));
    let r = sb.call("GET", &one, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The number is free again.
    let (status, _) = create(&sb, &admin, json!({"numbers": ["1001"]})).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn users_may_read_but_not_write_callflows() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    let r = sb.call("GET", &path(&sb), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let (status, body) = create(&sb, &alice, json!({"numbers": ["1999"]})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let r = sb.call("PATCH", &format!("{}/1234", path(&sb)), None, Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = sb.call("PUT", &format!("{}/1234", path(&sb)), Some(&alice), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
}

/// Monster sends ring-group endpoint timeouts as strings; Crossbar validates them with
/// JS types fixed, then stores the callflow as sent.
#[tokio::test]
async fn module_data_is_checked_with_js_types_fixed_but_stored_as_sent() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let flow = json!({"module": "ring_group", "data": {
        "name": "Sales", "strategy": "simultaneous", "timeout": "20",
        "endpoints": [{"id": "u1", "endpoint_type": "user", "timeout": "20", "delay": "0"}]
    }});
    let (status, body) = create(&sb, &admin, json!({"name": "Sales", "numbers": ["7001"], "flow": flow})).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["data"]["flow"]["data"]["endpoints"][0]["timeout"], "20");
    assert_eq!(body["data"]["flow"]["data"]["timeout"], "20");

    let flow = json!({"module": "ring_group", "data": {"endpoints": [{"id": "u1", "timeout": "soon"}]}});
    let (status, body) = create(&sb, &admin, json!({"numbers": ["7002"], "flow": flow})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["data"]["endpoints.0.timeout"]["type"]["target"], "integer", "{body}");
    let flow = json!({"module": "user", "data": {"id": "u1"}, "children": {"_": {"module": "voicemail", "data": {"skip_module": "perhaps"}}}});
    let (status, body) = create(&sb, &admin, json!({"numbers": ["7003"], "flow": flow})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body["data"]["skip_module"].is_object(), "{body}");
}
