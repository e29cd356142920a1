//! `/vmboxes`: mailbox uniqueness, defaults, listing rows with message counts, and
//! self-service for the box's owner.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

fn vmboxes(sb: &Sandbox) -> String {
    format!("/v2/accounts/{}/vmboxes", sb.demo.demo_account_id)
}

#[tokio::test]
async fn mailbox_is_required_and_unique() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(json!({"name": "Box", "pin": "12"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["mailbox"]["required"].is_object());
    assert_eq!(r.body["data"]["pin"]["minLength"]["target"], 4);
    let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(json!({"name": "Box", "mailbox": "3001"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let d = &r.body["data"];
    assert_eq!((d["check_if_owner"].clone(), d["media_extension"].clone()), (json!(true), json!("mp3")));
    assert_eq!(d["seek_duration_ms"], 10000);
    assert_eq!(d["notify_email_addresses"], json!([]));
    let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(json!({"name": "Other", "mailbox": "3001"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["data"]["mailbox"]["unique"]["cause"], "3001");
}

#[tokio::test]
async fn listing_rows_count_messages_and_sort_by_name() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    for (name, mailbox) in [("Zed", "3101"), ("Amy", "3102")] {
        let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(json!({"name": name, "mailbox": mailbox}))).await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let r = sb
        .call(
            "GET",
            &format!("{}?ascending=true&filter_mailbox=%5B%223101%22,%223102%22%5D", vmboxes(&sb)),
            Some(&admin),
            None,
        )
        .await;
    let rows = r.body["data"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "Amy");
    let keys: Vec<&String> = rows[1].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "name", "mailbox", "flags", "messages"]);
    assert_eq!(rows[1]["messages"], 0);
}

#[tokio::test]
async fn the_owner_edits_its_box_and_nothing_else() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let body = json!({"name": "Alice box", "mailbox": "3201", "owner_id": sb.demo.alice_user_id});
    let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(body)).await;
    let mine = format!("{}/{}", vmboxes(&sb), r.body["data"]["id"].as_str().unwrap());
    let r = sb.call("PUT", &vmboxes(&sb), Some(&admin), Some(json!({"name": "Front desk", "mailbox": "3202"}))).await;
    let shared = format!("{}/{}", vmboxes(&sb), r.body["data"]["id"].as_str().unwrap());
    let alice = sb.alice().await;
    let r = sb.call("PATCH", &mine, Some(&alice), Some(json!({"pin": "4321"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["pin"], "4321");
    // Whether the box asks for a PIN, or checks who calls it, is the admin's to decide.
    for policy in [json!({"require_pin": true}), json!({"check_if_owner": false}), json!({"mailbox": "3299"})] {
        let r = sb.call("PATCH", &mine, Some(&alice), Some(policy.clone())).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{policy}");
    }
    let r = sb.call("PATCH", &shared, Some(&alice), Some(json!({"pin": "4321"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("DELETE", &mine, Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
