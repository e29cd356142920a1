//! `/user_auth/recovery`: a reset link mailed to the user's address, used once to sign in
//! and choose a new password; answers that tell nobody who has an account, and links
//! only to consoles the server vouches for.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

const RECOVERY: &str = "/v2/user_auth/recovery";

fn ask(username: &str, ui_url: &str) -> serde_json::Value {
    json!({"username": username, "account_name": "Demo Co", "ui_url": ui_url})
}

fn reset_id_in(body: &str) -> String {
    let start = body.find("recovery=").expect("a reset link") + "recovery=".len();
    body[start..].split_whitespace().next().unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_mailed_link_signs_the_user_in_once_to_choose_a_new_password() {
    let sb = Sandbox::new();
    let r = sb.call("PUT", RECOVERY, None, Some(ask("Alice", "http://127.0.0.1:8080/?lang=fr"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let mails = sb.state.outbox.sent();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, "alice@demo.test");
    assert!(mails[0].body.contains("http://127.0.0.1:8080/?lang=fr&recovery="), "{}", mails[0].body);
    let reset_id = reset_id_in(&mails[0].body);

    let r = sb.call("POST", RECOVERY, None, Some(json!({"reset_id": reset_id}))).await;
    assert!(r.status.is_success(), "{}", r.body);
    assert_eq!(r.body["data"]["owner_id"], sb.demo.alice_user_id.as_str());
    let token = r.body["auth_token"].as_str().unwrap().to_string();
    let me = format!("/v2/accounts/{}/users/{}", sb.demo.demo_account_id, sb.demo.alice_user_id);
    let r = sb.call("GET", &me, Some(&token), None).await;
    assert_eq!(r.body["data"]["require_password_update"], true);
    // The link's session may set the new password, as a fresh sign-in may.
    let body = json!({"password": "looking-glass-1", "require_password_update": false});
    let r = sb.call("PATCH", &me, Some(&token), Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["require_password_update"], false);
    sb.login("Demo Co", "alice", "looking-glass-1").await;

    let r = sb.call("POST", RECOVERY, None, Some(json!({"reset_id": reset_id}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "a link works once: {}", r.body);
    assert_eq!(r.body["data"]["user"]["not_found"]["message"], "The provided reset_id did not resolve to any user");
}

#[tokio::test]
async fn nobody_learns_who_has_an_account_and_links_point_only_at_vouched_consoles() {
    let sb = Sandbox::new();
    let known = sb.call("PUT", RECOVERY, None, Some(ask("alice", "http://localhost:8080/"))).await;
    let unknown = sb.call("PUT", RECOVERY, None, Some(ask("mallory", "http://localhost:8080/"))).await;
    assert_eq!((known.status, unknown.status), (StatusCode::OK, StatusCode::OK));
    assert_eq!(known.body["data"], unknown.body["data"]);
    assert!(!known.body.to_string().contains("alice@demo.test"), "the address is never answered");
    assert_eq!(sb.state.outbox.sent().len(), 1);

    let r = sb.call("PUT", RECOVERY, None, Some(ask("alice", "https://evil.example/steal"))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["ui_url"]["forbidden"].is_object(), "{}", r.body);
    // A domain an account's white label names is vouched for.
    let admin = sb.admin().await;
    let wl = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    let r = sb.call("PUT", &wl, Some(&admin), Some(json!({"domain": "pbx.demo.test", "company_name": "Demo"}))).await;
    assert!(r.status.is_success(), "{}", r.body);
    let r = sb.call("PUT", RECOVERY, None, Some(ask("alice", "https://pbx.demo.test/"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(sb.state.outbox.sent().len(), 2);

    let r = sb
        .call(
            "POST",
            RECOVERY,
            None,
            Some(json!({"reset_id": format!("{}{}", sb.demo.demo_account_id, "0".repeat(64))})),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = sb.call("PUT", RECOVERY, None, Some(json!({"account_name": "Demo Co"}))).await;
    assert!(r.body["data"]["username"]["required"].is_object() && r.body["data"]["ui_url"]["required"].is_object());
}
