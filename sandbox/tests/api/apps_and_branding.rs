use crate::support::Sandbox;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{json, Value};
use tower::ServiceExt;

#[tokio::test]
async fn apps_store_permissions_drive_the_login_apps() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}/apps_store", sb.demo.demo_account_id);
    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let catalogue = r.body["data"].as_array().unwrap().clone();
    let voip = catalogue.iter().find(|a| a["name"] == "voip").unwrap()["id"].as_str().unwrap().to_string();
    let app = format!("{base}/{voip}");
    let r = sb.call("GET", &app, Some(&admin), None).await;
    assert_eq!(r.body["data"]["installed"]["allowed_users"], "admins");

    let apps_at_login = |body: &Value| body["data"]["apps"].as_array().unwrap().iter().any(|a| a["name"] == "voip");
    let creds = crate::support::md5_hex("alice:alice-pass");
    let login = json!({"credentials": creds, "account_name": "Demo Co"});
    let r = sb.call("PUT", "/v2/user_auth", None, Some(login.clone())).await;
    assert!(!apps_at_login(&r.body));

    let r = sb
        .call("POST", &app, Some(&admin), Some(json!({"allowed_users": "specific", "users": [sb.demo.alice_user_id]})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["users"], json!([{"id": sb.demo.alice_user_id}]));
    let r = sb.call("PUT", "/v2/user_auth", None, Some(login.clone())).await;
    assert!(apps_at_login(&r.body));

    let r = sb.call("POST", &app, Some(&admin), Some(json!({"allowed_users": "everyone"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = sb.call("PUT", &app, Some(&admin), Some(json!({"allowed_users": "all"}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = sb.call("DELETE", &app, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb.call("PUT", &app, Some(&admin), Some(json!({"allowed_users": "all"}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let alice = sb.alice().await;
    let r = sb.call("DELETE", &app, Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn about_needs_a_token() {
    let sb = Sandbox::new();
    let r = sb.call("GET", "/v2/about", None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let admin = sb.admin().await;
    let r = sb.call("GET", "/v2/about", Some(&admin), None).await;
    assert_eq!(r.body["data"]["version"], r.body["version"]);
}

/// The eight bytes every PNG starts with, and a little more.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

#[tokio::test]
async fn whitelabel_logo_upload_and_public_download() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let wl = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    let upload = |ct: &str, body: &'static [u8]| {
        Request::post(format!("{wl}/logo"))
            .header("x-auth-token", &admin)
            .header("content-type", ct)
            .body(Body::from(body))
            .unwrap()
    };
    let res = sb.app.clone().oneshot(upload("image/png", PNG)).await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "no whitelabel document yet");
    sb.call("PUT", &wl, Some(&admin), Some(json!({"domain": "pbx.demo.test", "company_name": "Demo"}))).await;
    let res = sb.app.clone().oneshot(upload("text/plain", b"x")).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let res = sb.app.clone().oneshot(upload("image/png", PNG)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    let res = sb
        .app
        .clone()
        .oneshot(Request::get("/v2/whitelabel/pbx.demo.test/logo").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(res.headers()["content-disposition"], "attachment; filename=logo");
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    assert_eq!(&bytes[..], PNG);
    let r = sb.call("GET", "/v2/whitelabel/pbx.demo.test/icon", None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = sb.call("GET", "/v2/whitelabel/nobody.test/logo", None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// The DNS records a white-label domain needs (cb_whitelabel `load_domains`): for the
/// domain asked about, else the saved one; without either, `domain.required`. The
/// sandbox's template points the domain at the host the request reached.
#[tokio::test]
async fn whitelabel_domains_give_the_dns_records_for_the_domain() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let wl = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    let r = sb.call("GET", &format!("{wl}/domains"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["domain"]["required"].is_object(), "{}", r.body);

    let r = sb.call("GET", &format!("{wl}/domains?domain=asked.example.com"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let records = r.body["data"].as_object().unwrap();
    let (_, hosts) = records.iter().next().unwrap();
    assert!(hosts.get("asked.example.com").is_some_and(|h| h["mapping"].is_array()), "{}", r.body);

    sb.call("PUT", &wl, Some(&admin), Some(json!({"domain": "saved.example.com"}))).await;
    let r = sb.call("GET", &format!("{wl}/domains"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body["data"].to_string().contains("saved.example.com"), "{}", r.body);
    let r = sb.call("GET", &format!("{wl}/domains"), None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "the hints are the account's");
}
