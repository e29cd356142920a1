//! `users/{U}/presence` and `devices/{D}/presence` (cb_presence): set and reset answer
//! 202, a set state is kept in the account's `manual_presence` document, bad actions
//! and states are refused per field, and a user sets only their own.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

fn presence(sb: &Sandbox, user: &str) -> String {
    format!("/v2/accounts/{}/users/{user}/presence", sb.demo.demo_account_id)
}

#[tokio::test]
async fn a_set_state_is_accepted_and_kept_by_presence_id() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice = sb.demo.alice_user_id.clone();
    let set = json!({"action": "set", "state": "confirmed"});
    // Nobody to tell without a presence id: answered, nothing kept.
    let r = sb.call("POST", &presence(&sb, &alice), Some(&admin), Some(set.clone())).await;
    assert_eq!((r.status, r.body["data"].clone()), (StatusCode::OK, json!("nothing to send command to")));
    let user_path = format!("{}/{alice}", sb.users_path());
    let r = sb.call("PATCH", &user_path, Some(&admin), Some(json!({"presence_id": "1001"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call("POST", &presence(&sb, &alice), Some(&admin), Some(set)).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    assert_eq!(r.body["data"], "command sent");
    let store = sb.state.store.get(&sb.demo.demo_account_id, "manual_presence").unwrap().unwrap();
    assert_eq!(store["1001"], "confirmed");

    let r = sb.call("POST", &presence(&sb, &alice), Some(&admin), Some(json!({"reset": true}))).await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let r =
        sb.call("POST", &presence(&sb, &alice), Some(&admin), Some(json!({"action": "set", "state": "busy"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["data"]["state"]["invalid"]["message"], "Field must be set to a valid state");
    let r = sb.call("POST", &presence(&sb, &alice), Some(&admin), Some(json!({"action": "dance"}))).await;
    assert_eq!(r.body["data"]["action"]["invalid"]["target"], "invalid");
    let r = sb.call("GET", &presence(&sb, &alice), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = sb
        .call(
            "POST",
            &presence(&sb, "0123456789abcdef0123456789abcdef"),
            Some(&admin),
            Some(json!({"action": "reset"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_user_sets_only_their_own_presence() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    for (id, presence_id) in [(&sb.demo.alice_user_id, "1001"), (&sb.demo.admin_user_id, "1000")] {
        let path = format!("{}/{id}", sb.users_path());
        let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"presence_id": presence_id}))).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    let alice_token = sb.alice().await;
    let alice = sb.demo.alice_user_id.clone();
    let set = json!({"action": "set", "state": "terminated"});
    let r = sb.call("POST", &presence(&sb, &alice), Some(&alice_token), Some(set.clone())).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let r = sb.call("POST", &presence(&sb, &sb.demo.admin_user_id), Some(&alice_token), Some(set)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
}
