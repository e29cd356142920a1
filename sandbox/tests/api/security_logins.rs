//! Sign-in as a hostile user tries it: choosing one's own token restrictions, tokens that
//! outlive their account, and getting round the login rate limit.

use crate::support::{md5_hex, Sandbox};
use axum::http::StatusCode;
use serde_json::{json, Value};

/// The restrictions alice sent to give herself everything.
fn everything() -> Value {
    json!({"_": [{"rules": {"#": ["_"]}}]})
}

#[tokio::test]
async fn restrictions_in_a_login_body_grant_nothing() {
    let sb = Sandbox::new();
    let login = json!({
        "credentials": md5_hex("alice:alice-pass"), "account_name": "Demo Co", "restrictions": everything(),
    });
    let r = sb.call("PUT", "/v2/user_auth", None, Some(login)).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let alice = r.body["auth_token"].as_str().unwrap().to_string();
    let account = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let admin_user = format!("{}/{}", sb.users_path(), sb.demo.admin_user_id);
    let own = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);

    assert_eq!(sb.call("GET", &admin_user, Some(&alice), None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(sb.call("GET", &format!("{account}/api_key"), Some(&alice), None).await.status, StatusCode::FORBIDDEN);
    let r = sb.call("PATCH", &own, Some(&alice), Some(json!({"priv_level": "admin"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("PATCH", &admin_user, Some(&alice), Some(json!({"priv_level": "user"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The token carries no restrictions of its own.
    let r = sb.call("GET", "/v2/token_auth", Some(&alice), None).await;
    assert!(r.body["data"].get("restrictions").is_none(), "{}", r.body);
    let r = sb.call("GET", &own, Some(&sb.admin().await), None).await;
    assert_eq!(r.body["data"]["priv_level"], "user");

    // An API key login cannot pick restrictions either: its body has nothing but the key.
    let r = sb
        .call("PUT", "/v2/api_auth", None, Some(json!({"api_key": sb.demo.demo_api_key, "restrictions": everything()})))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_template_follows_the_users_current_role_not_the_token() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let bob_body = json!({"first_name": "Bob", "last_name": "B", "username": "bob", "password": "bob-pass", "priv_level": "admin"});
    let r = sb.call("PUT", &sb.users_path(), Some(&admin), Some(bob_body)).await;
    let bob_path = format!("{}/{}", sb.users_path(), r.body["data"]["id"].as_str().unwrap());
    let bob = sb.login("Demo Co", "bob", "bob-pass").await;
    assert_eq!(sb.call("GET", &sb.users_path(), Some(&bob), None).await.status, StatusCode::OK);
    let r = sb.call("GET", &format!("/v2/accounts/{}/faxboxes", sb.demo.demo_account_id), Some(&bob), None).await;
    assert_eq!(r.status, StatusCode::OK);
    // Demoted while signed in: the same token is a user's from the next request on.
    sb.call("PATCH", &bob_path, Some(&admin), Some(json!({"priv_level": "user"}))).await;
    let r = sb.call("GET", &format!("/v2/accounts/{}/faxboxes", sb.demo.demo_account_id), Some(&bob), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_disabled_account_stops_its_live_tokens_and_their_refresh() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let admin = sb.admin().await;
    // A branch below Demo Co, with its own admin.
    let demo = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let r = sb.call("PUT", &demo, Some(&admin), Some(json!({"name": "Demo Branch"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let branch = r.body["data"]["id"].as_str().unwrap().to_string();
    let user = json!({"first_name": "Bea", "last_name": "B", "username": "bea", "password": "bea-pass", "priv_level": "admin"});
    let r = sb.call("PUT", &format!("/v2/accounts/{branch}/users"), Some(&admin), Some(user)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let bea = sb.login("Demo Branch", "bea", "bea-pass").await;
    assert_eq!(sb.call("GET", "/v2/token_auth", Some(&admin), None).await.status, StatusCode::OK);

    let r = sb.call("PATCH", &demo, Some(&reseller), Some(json!({"enabled": false}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    for token in [&admin, &bea] {
        let r = sb.call("GET", "/v2/token_auth", Some(token), None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let r = sb.call("GET", &format!("/v2/accounts/{branch}/users"), Some(token), None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let refresh = sb
            .send(
                axum::http::Request::builder()
                    .method("PUT")
                    .uri("/v2/auth")
                    .header("x-auth-token", token.as_str())
                    .body(axum::body::Body::from(json!({"data": {}, "action": "refresh_token"}).to_string()))
                    .unwrap(),
            )
            .await;
        assert_eq!(refresh.status, StatusCode::UNAUTHORIZED);
    }
    // A new sign-in in the branch says why, naming the disabled account.
    let creds = md5_hex("bea:bea-pass");
    let r =
        sb.call("PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": "Demo Branch"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["data"]["account"]["disabled"]["cause"], sb.demo.demo_account_id.as_str());
    let r = sb.call("PUT", "/v2/api_auth", None, Some(json!({"api_key": sb.demo.demo_api_key}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // Enabled again, the old tokens work again until they expire.
    sb.call("PATCH", &demo, Some(&reseller), Some(json!({"enabled": true}))).await;
    assert_eq!(sb.call("GET", "/v2/token_auth", Some(&admin), None).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_disabled_user_loses_a_live_token() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice = sb.alice().await;
    let own = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    assert_eq!(sb.call("GET", &own, Some(&alice), None).await.status, StatusCode::OK);
    sb.call("PATCH", &own, Some(&admin), Some(json!({"enabled": false}))).await;
    assert_eq!(sb.call("GET", &own, Some(&alice), None).await.status, StatusCode::UNAUTHORIZED);
}

/// Wrong passwords for Demo Co's admin from one client until it is throttled; the
/// number of attempts it took.
async fn attempts_until_throttled(sb: &Sandbox, client: [u8; 4], vary: impl Fn(usize) -> Value) -> usize {
    for i in 1..=200 {
        let r = sb.call_from(client, "PUT", "/v2/user_auth", Some(vary(i))).await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            return i;
        }
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    }
    panic!("never throttled");
}

#[tokio::test]
async fn varying_the_request_does_not_buy_fresh_attempts() {
    let sb = Sandbox::new();
    let wrong = md5_hex("admin:guess");
    let plain =
        attempts_until_throttled(&sb, [10, 0, 0, 1], |_| json!({"credentials": wrong, "account_name": "Demo Co"}))
            .await;
    let varied = attempts_until_throttled(&sb, [10, 0, 0, 2], |i| {
        let name = if i % 2 == 0 { "DEMO CO" } else { "demo-co" };
        json!({"credentials": wrong, "account_name": name, "phone_number": format!("+1555{i:07}")})
    })
    .await;
    assert!(varied <= plain, "random phone numbers and name spellings bought {varied} attempts against {plain}");
    // Random API keys are counted per client too.
    let mut throttled = false;
    for i in 0..200 {
        let key = format!("{i:064}");
        let r = sb.call_from([10, 0, 0, 3], "PUT", "/v2/api_auth", Some(json!({"api_key": key}))).await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            throttled = true;
            break;
        }
    }
    assert!(throttled, "random API keys were never throttled");
}

#[tokio::test]
async fn exhausting_an_account_from_one_client_does_not_lock_out_its_users() {
    let sb = Sandbox::new();
    let wrong = md5_hex("admin:guess");
    attempts_until_throttled(&sb, [10, 0, 0, 9], |_| json!({"credentials": wrong, "account_name": "Demo Co"})).await;
    // The attacker is stopped even with the right password...
    let right = json!({"credentials": md5_hex("admin:admin-pass"), "account_name": "Demo Co"});
    let r = sb.call_from([10, 0, 0, 9], "PUT", "/v2/user_auth", Some(right.clone())).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.body["message"], "too_many_requests");
    // ...while the office signs in as usual.
    let r = sb.call_from([192, 168, 1, 20], "PUT", "/v2/user_auth", Some(right)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
}
