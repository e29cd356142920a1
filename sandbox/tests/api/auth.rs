use crate::support::{md5_hex, sha1_hex, Sandbox};
use axum::http::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn md5_login_by_account_name_returns_crossbar_auth_response() {
    let sb = Sandbox::new();
    let creds = md5_hex("admin:admin-pass");
    let r = sb.call("PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": "demo co"}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let b = &r.body;
    for key in ["data", "status", "request_id", "revision", "timestamp", "node", "auth_token"] {
        assert!(b.get(key).is_some(), "missing {key} in {b}");
    }
    assert_eq!(b["status"], "success");
    assert!(r.headers.contains_key("etag") && r.headers.contains_key("x-request-id"));
    let d = &b["data"];
    assert_eq!(d["account_id"], sb.demo.demo_account_id.as_str());
    assert_eq!(d["owner_id"], sb.demo.admin_user_id.as_str());
    assert_eq!(d["account_name"], "Demo Co");
    assert_eq!(d["language"], "en-US");
    assert_eq!(d["is_reseller"], false);
    assert_eq!(d["reseller_id"], sb.demo.reseller_account_id.as_str());
    let labels: Vec<&str> = d["apps"].as_array().unwrap().iter().filter_map(|a| a["label"].as_str()).collect();
    assert!(labels.contains(&"Smart PBX") && labels.contains(&"Callflows"));
    assert!(!labels.contains(&"Accounts"));
    // The token is an RS256 JWT with Crossbar's claims.
    let token = b["auth_token"].as_str().unwrap();
    use base64::Engine;
    let payload = token.split('.').nth(1).unwrap();
    let claims: Value =
        serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    assert_eq!(claims["method"], "cb_user_auth");
    assert_eq!(claims["iss"], "kazoo");
    assert!(claims.get("priv_level").is_none());
    assert!(claims["exp"].as_u64().unwrap() > 1_700_000_000);
}

#[tokio::test]
async fn sha_login_by_realm_and_user_apps_follow_priv_level() {
    let sb = Sandbox::new();
    let creds = sha1_hex("alice:alice-pass");
    let r = sb
        .call(
            "PUT",
            "/v2/user_auth",
            None,
            Some(json!({"credentials": creds, "method": "sha", "account_realm": "demo.sip.patchbay.test"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["data"]["apps"], json!([]));
    let reseller = sb.reseller().await;
    let r = sb.call("GET", "/v2/token_auth", Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["is_reseller"], true);
    assert_eq!(r.body["data"]["is_master_account"], true);
    assert_eq!(r.body["version"], "5.0.0");
    assert_eq!(r.body["data"]["apps"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn unknown_account_and_wrong_password_look_the_same() {
    let sb = Sandbox::new();
    let wrong = sb
        .call(
            "PUT",
            "/v2/user_auth",
            None,
            Some(json!({"credentials": md5_hex("admin:nope"), "account_name": "Demo Co"})),
        )
        .await;
    let unknown = sb
        .call(
            "PUT",
            "/v2/user_auth",
            None,
            Some(json!({"credentials": md5_hex("admin:admin-pass"), "account_name": "No Such"})),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    for r in [&wrong, &unknown] {
        assert_eq!(r.body["data"], json!({"message": "invalid credentials"}));
        assert_eq!(r.body["message"], "invalid_credentials");
        assert_eq!(r.body["error"], "401");
        assert!(r.body.get("version").is_none());
    }
}

#[tokio::test]
async fn disabled_user_cannot_log_in() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let path = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"enabled": false}))).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb
        .call(
            "PUT",
            "/v2/user_auth",
            None,
            Some(json!({"credentials": md5_hex("alice:alice-pass"), "account_name": "Demo Co"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn many_bad_attempts_are_throttled() {
    let sb = Sandbox::new();
    let mut statuses = Vec::new();
    for _ in 0..100 {
        let r = sb
            .call(
                "PUT",
                "/v2/user_auth",
                None,
                Some(json!({"credentials": md5_hex("admin:bad"), "account_name": "Demo Co"})),
            )
            .await;
        statuses.push(r.status);
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(r.body["message"], "too_many_requests");
            break;
        }
    }
    assert!(statuses.iter().take(30).all(|s| *s == StatusCode::UNAUTHORIZED));
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
}

#[tokio::test]
async fn api_auth_checks_length_and_unknown_keys() {
    let sb = Sandbox::new();
    let r = sb.call("PUT", "/v2/api_auth", None, Some(json!({"api_key": "short"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["api_key"]["minLength"].is_object());
    let unknown = "0".repeat(64);
    let r = sb.call("PUT", "/v2/api_auth", None, Some(json!({"api_key": unknown}))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["data"], json!([unknown]));
    assert_eq!(r.body["message"], "bad identifier");
    let r = sb.call("PUT", "/v2/api_auth", None, Some(json!({"api_key": sb.demo.demo_api_key}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.body["data"]["account_id"], sb.demo.demo_account_id.as_str());
    assert!(r.body["data"].get("owner_id").is_none());
}

#[tokio::test]
async fn missing_expired_and_garbage_tokens_give_the_two_401_shapes() {
    let sb = Sandbox::with(1, true);
    let token = sb.admin().await;
    let path = sb.users_path();
    let none = sb.call("GET", &path, None, None).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.body["data"], json!({"message": "invalid credentials"}));
    assert_eq!(none.body["message"], "invalid_credentials");
    let garbage = sb.call("GET", &path, Some("not-a-token"), None).await;
    assert_eq!(garbage.status, StatusCode::UNAUTHORIZED);
    assert_eq!(garbage.body["data"], json!({}));
    assert_eq!(garbage.body["message"], "invalid credentials");
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let expired = sb.call("GET", &path, Some(&token), None).await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    assert_eq!(expired.body["data"], json!({}));
    assert_eq!(expired.body["message"], "invalid credentials");
    assert!(expired.body.get("version").is_none());
}

#[tokio::test]
async fn token_via_query_string_and_refresh_and_logout() {
    let sb = Sandbox::new();
    let token = sb.admin().await;
    let r = sb.call("GET", &format!("/v2/token_auth?auth_token={token}"), None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["method"], "cb_user_auth");
    let req = axum::http::Request::builder()
        .method("PUT")
        .uri("/v2/auth")
        .header("x-auth-token", &token)
        .body(axum::body::Body::from(json!({"data": {}, "action": "refresh_token"}).to_string()))
        .unwrap();
    let r = sb.send(req).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let fresh = r.body["auth_token"].as_str().unwrap().to_string();
    assert_ne!(fresh, token);
    let r = sb.call("GET", "/v2/token_auth", Some(&fresh), None).await;
    assert_eq!(r.body["data"]["method"], "cb_auth");
    let r = sb.call("DELETE", "/v2/token_auth", Some(&fresh), None).await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn accounts_are_scoped_to_the_token_tree() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let reseller = sb.reseller().await;
    let r = sb.call("GET", &format!("/v2/accounts/{}", sb.demo.reseller_account_id), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body["message"], "forbidden");
    let r = sb.call("GET", &format!("/v2/accounts/{}", sb.demo.demo_account_id), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["name"], "Demo Co");
    assert_eq!(r.body["data"]["reseller_id"], sb.demo.reseller_account_id.as_str());
    // Account ids are checked before authentication.
    let r = sb.call("GET", "/v2/accounts/not-hex/users", None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = sb.call("GET", &format!("/v2/accounts/{}", "a".repeat(32)), None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["message"], "bad_identifier");
}

#[tokio::test]
async fn user_template_limits_alice_and_no_restrictions_lifts_it() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    let users = sb.users_path();
    let own = format!("{users}/{}", sb.demo.alice_user_id);
    let admins = format!("{users}/{}", sb.demo.admin_user_id);
    assert_eq!(sb.call("GET", &users, Some(&alice), None).await.status, StatusCode::OK);
    let r = sb.call("PATCH", &own, Some(&alice), Some(json!({"first_name": "Ally"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["first_name"], "Ally");
    let denied = json!({"cause": "access denied by token restrictions", "message": "forbidden"});
    let r = sb.call("PATCH", &admins, Some(&alice), Some(json!({"first_name": "Eve"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body["data"], denied);
    let r = sb.call("PATCH", &own, Some(&alice), Some(json!({"priv_level": "admin"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body["data"]["cause"], denied["cause"]);
    assert_eq!(r.body["data"]["target"], json!(["priv_level"]));
    let r = sb.call("PUT", &users, Some(&alice), Some(json!({"first_name": "X", "last_name": "Y"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let bare = Sandbox::with(3600, false);
    let alice = bare.alice().await;
    let r = bare.call("PATCH", &admins, Some(&alice), Some(json!({"first_name": "Eve"}))).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = bare.call("PATCH", &own, Some(&alice), Some(json!({"priv_level": "admin"}))).await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn login_advertises_a_provisioner_whose_catalogue_lists_brands_families_and_models() {
    let sb = Sandbox::new();
    let creds = md5_hex("admin:admin-pass");
    let r = sb.call("PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": "demo co"}))).await;
    let url = r.body["data"]["ui_config"]["api"]["provisioner"]["url"].as_str().expect("provisioner url").to_string();
    assert!(url.ends_with("/provisioner/"), "{url}");

    let phones = sb.call("GET", "/provisioner/phones", None, None).await;
    assert_eq!(phones.status, StatusCode::OK);
    assert_eq!(phones.headers["access-control-allow-origin"], "*");
    let brands = phones.body["data"].as_array().expect("brands");
    let yealink = brands.iter().find(|b| b["name"] == "Yealink").expect("Yealink");
    let t4x = yealink["families"].as_array().unwrap().iter().find(|f| f["name"] == "T4X").expect("T4X family");
    assert!(t4x["models"].as_array().unwrap().iter().any(|m| m["name"] == "T46S"));

    assert_eq!(sb.call("GET", "/provisioner/phones/", None, None).await.status, StatusCode::OK);
    assert_eq!(sb.call("GET", "/provisioner/locks", None, None).await.status, StatusCode::NOT_FOUND);
}

/// A model's template says how many keys the device page offers; only an admin of the
/// account unlocks one of its phones.
#[tokio::test]
async fn the_provisioner_describes_a_models_keys_and_unlocks_an_accounts_phone() {
    let sb = Sandbox::new();
    let r = sb.call("GET", "/provisioner/ui/yealink/t4x/t48s", None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"], json!({"combo_keys": {"iterate": 10}, "feature_keys": {"iterate": 20}}));
    let r = sb.call("GET", "/provisioner/ui/polycom/vvx/VVX%20450", None, None).await;
    assert_eq!(r.body["data"]["combo_keys"]["iterate"], 12);
    assert_eq!(sb.call("GET", "/provisioner/ui/acme/x/y", None, None).await.status, StatusCode::NOT_FOUND);

    let admin = sb.admin().await;
    let devices = format!("/v2/accounts/{}/devices", sb.demo.demo_account_id);
    let body = json!({"name": "Desk", "device_type": "sip_device", "mac_address": "00:15:65:aa:bb:cc"});
    assert_eq!(sb.call("PUT", &devices, Some(&admin), Some(body)).await.status, StatusCode::CREATED);
    let lock = format!("/provisioner/locks/{}/00:15:65:AA:BB:CC", sb.demo.demo_account_id);
    assert_eq!(sb.call("DELETE", &lock, None, None).await.status, StatusCode::UNAUTHORIZED);
    let alice = sb.alice().await;
    assert_eq!(sb.call("DELETE", &lock, Some(&alice), None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(sb.call("DELETE", &lock, Some(&admin), None).await.status, StatusCode::OK);
    let other = format!("/provisioner/locks/{}/001565000000", sb.demo.demo_account_id);
    assert_eq!(sb.call("DELETE", &other, Some(&admin), None).await.status, StatusCode::NOT_FOUND);
    let reseller = format!("/provisioner/locks/{}/001565aabbcc", sb.demo.reseller_account_id);
    assert_eq!(sb.call("DELETE", &reseller, Some(&admin), None).await.status, StatusCode::FORBIDDEN, "not its account");
}
