//! `/vmboxes/{VM}/messages`: messages left (admin), listed newest first, filed, deleted
//! and played by the box's owner; nobody else's box is reachable.

use crate::support::{raw, Sandbox};
use axum::http::StatusCode;
use serde_json::json;

async fn alice_box(sb: &Sandbox, admin: &str) -> String {
    let path = format!("/v2/accounts/{}/vmboxes", sb.demo.demo_account_id);
    let body = json!({"name": "Alice box", "mailbox": "3301", "owner_id": sb.demo.alice_user_id});
    let r = sb.call("PUT", &path, Some(admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    format!("{path}/{}", r.body["data"]["id"].as_str().unwrap())
}

/// Leaves a message with a sound; returns its id.
async fn leave(sb: &Sandbox, admin: &str, vmbox: &str, name: &str) -> String {
    let body = json!({"caller_id_name": name, "caller_id_number": "1003", "length": 2000});
    let r = sb.call("PUT", &format!("{vmbox}/messages"), Some(admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["data"]["folder"], "new");
    assert!(r.body["data"]["to"].as_str().unwrap().starts_with("3301@"), "{}", r.body);
    let id = r.body["data"]["media_id"].as_str().unwrap().to_string();
    assert!(id.len() == 39 && id.as_bytes()[6] == b'-', "YYYYMM-<32 hex>: {id}");
    let wav = [b"RIFF\x24\0\0\0WAVEfmt ".as_slice(), &[0u8; 28]].concat();
    let (status, _, body) = raw(sb, "PUT", &format!("{vmbox}/messages/{id}/raw"), admin, Some("audio/wav"), wav).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    id
}

#[tokio::test]
async fn the_owner_lists_files_plays_and_deletes_messages() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let vmbox = alice_box(&sb, &admin).await;
    let first = leave(&sb, &admin, &vmbox, "Bob Baker").await;
    let second = leave(&sb, &admin, &vmbox, "Acme").await;
    let alice = sb.alice().await;
    let r = sb.call("GET", &format!("{vmbox}/messages"), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let ids: Vec<&str> = r.body["data"].as_array().unwrap().iter().map(|m| m["media_id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&first.as_str()) && ids.contains(&second.as_str()));

    let r = sb.call("POST", &format!("{vmbox}/messages/{first}"), Some(&alice), Some(json!({"folder": "saved"}))).await;
    assert_eq!(r.body["data"]["folder"], "saved", "{}", r.body);
    let r =
        sb.call("POST", &format!("{vmbox}/messages/{first}"), Some(&alice), Some(json!({"folder": "archive"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["folder"]["enum"].is_object());
    let r = sb.call("GET", &format!("{vmbox}/messages?folder=saved"), Some(&alice), None).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 1);

    let (status, headers, bytes) =
        raw(&sb, "GET", &format!("{vmbox}/messages/{second}/raw"), &alice, None, vec![]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "audio/wav");
    assert!(bytes.starts_with(b"RIFF"));

    let r = sb.call("DELETE", &format!("{vmbox}/messages/{second}"), Some(&alice), None).await;
    assert_eq!(r.body["data"]["folder"], "deleted", "{}", r.body);
    let r = sb.call("GET", &format!("{vmbox}/messages"), Some(&alice), None).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 1);
    // The box's listing row counts what is left.
    let r = sb.call("GET", &format!("/v2/accounts/{}/vmboxes", sb.demo.demo_account_id), Some(&admin), None).await;
    let row = r.body["data"].as_array().unwrap().iter().find(|b| b["mailbox"] == "3301").cloned().unwrap();
    assert_eq!(row["messages"], 1);

    // A list delete says what was and was not found.
    let body = json!({"messages": [first, "202601-00000000000000000000000000000000"]});
    let r = sb.call("DELETE", &format!("{vmbox}/messages"), Some(&alice), Some(body)).await;
    assert_eq!(r.body["data"]["succeeded"], json!([first]));
    assert_eq!(r.body["data"]["failed"][0]["202601-00000000000000000000000000000000"], "not_found");
}

#[tokio::test]
async fn only_the_owner_and_admins_reach_a_box_and_only_admins_leave_messages() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let path = format!("/v2/accounts/{}/vmboxes", sb.demo.demo_account_id);
    let r = sb.call("PUT", &path, Some(&admin), Some(json!({"name": "Front desk", "mailbox": "3302"}))).await;
    let shared = format!("{path}/{}", r.body["data"]["id"].as_str().unwrap());
    let id = leave_in(&sb, &admin, &shared).await;
    let alice = sb.alice().await;
    for (method, uri) in [
        ("GET", format!("{shared}/messages")),
        ("GET", format!("{shared}/messages/{id}")),
        ("DELETE", format!("{shared}/messages/{id}")),
        ("GET", format!("{shared}/messages/{id}/raw")),
    ] {
        let r = sb.call(method, &uri, Some(&alice), None).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{method} {uri}");
    }
    let mine = alice_box(&sb, &admin).await;
    let r = sb.call("PUT", &format!("{mine}/messages"), Some(&alice), Some(json!({"caller_id_name": "Me"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A message id of another box is not this box's.
    let r = sb.call("GET", &format!("{mine}/messages/{id}"), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

async fn leave_in(sb: &Sandbox, admin: &str, vmbox: &str) -> String {
    let r = sb.call("PUT", &format!("{vmbox}/messages"), Some(admin), Some(json!({"caller_id_name": "X"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.body["data"]["media_id"].as_str().unwrap().to_string()
}
