//! What a caller can change: a user's own settings but not the admin's policy, names
//! that cannot disguise themselves, one account per branding domain, uploads that are
//! what they claim, and exports that do not run formulas.

use crate::support::Sandbox;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{json, Value};
use tower::ServiceExt;

fn refused_fields(reply: &crate::support::Reply) -> Value {
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    reply.body["data"]["target"].clone()
}

#[tokio::test]
async fn a_user_changes_their_own_settings_but_not_the_admins_policy() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    let own = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let settings = json!({
        "first_name": "Ally", "timezone": "Europe/Paris", "language": "fr-FR",
        "call_forward": {"enabled": true, "number": "+14155550199"}, "do_not_disturb": {"enabled": true},
        "ui_metadata": {"origin": "voip"},
    });
    let r = sb.call("PATCH", &own, Some(&alice), Some(settings)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    let policy = [
        (json!({"call_restriction": {"international": {"action": "allow"}}}), "call_restriction"),
        (json!({"caller_id": {"external": {"number": "+14155550100"}}}), "caller_id"),
        (json!({"enabled": false}), "enabled"),
        (json!({"dial_plan": {"^(\\d{7})$": {"prefix": "+1415"}}}), "dial_plan"),
        (json!({"priv_level": "admin"}), "priv_level"),
    ];
    for (body, field) in policy {
        let r = sb.call("PATCH", &own, Some(&alice), Some(body)).await;
        assert_eq!(refused_fields(&r), json!([field]));
    }
    let stored = sb.call("GET", &own, Some(&sb.admin().await), None).await;
    assert_eq!(stored.body["data"]["call_restriction"], json!({}));
    assert_eq!(stored.body["data"]["first_name"], "Ally");

    // Her own phone: its forwarding yes, its caller ID, owner or SIP account no.
    let admin = sb.admin().await;
    let devices = format!("/v2/accounts/{}/devices", sb.demo.demo_account_id);
    let device = json!({"name": "Alice desk", "owner_id": sb.demo.alice_user_id, "sip": {"username": "alice1", "password": "pw123456"}});
    let r = sb.call("PUT", &devices, Some(&admin), Some(device)).await;
    let device = format!("{devices}/{}", r.body["data"]["id"].as_str().unwrap());
    let r = sb.call("PATCH", &device, Some(&alice), Some(json!({"call_forward": {"enabled": false}}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for (body, field) in [
        (json!({"caller_id": {"external": {"number": "+14155550100"}}}), "caller_id"),
        (json!({"call_restriction": {"international": {"action": "allow"}}}), "call_restriction"),
        (json!({"sip": {"username": "alice2"}}), "sip"),
    ] {
        let r = sb.call("PATCH", &device, Some(&alice), Some(body)).await;
        assert_eq!(refused_fields(&r), json!([field]));
    }
}

#[tokio::test]
async fn changing_ones_own_login_needs_a_password_sign_in_moments_before() {
    let sb = Sandbox::new();
    let own = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    // A refreshed token is a live session, not proof of the password.
    let alice = sb.alice().await;
    let refresh = sb
        .send(
            Request::builder()
                .method("PUT")
                .uri("/v2/auth")
                .header("x-auth-token", alice.as_str())
                .body(Body::from(json!({"data": {}, "action": "refresh_token"}).to_string()))
                .unwrap(),
        )
        .await;
    let refreshed = refresh.body["auth_token"].as_str().unwrap().to_string();
    for body in [
        json!({"password": "new-pass"}),
        json!({"username": "alice2", "password": "new-pass"}),
        json!({"credentials": "0123456789abcdef0123456789abcdef"}),
    ] {
        let r = sb.call("PATCH", &own, Some(&refreshed), Some(body.clone())).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{body}");
        assert!(r.body["data"]["cause"].as_str().unwrap().contains("current password"), "{}", r.body);
    }
    sb.login("Demo Co", "alice", "alice-pass").await;
    // Straight after signing in with the current password, it goes through.
    let fresh = sb.alice().await;
    let r = sb.call("PATCH", &own, Some(&fresh), Some(json!({"password": "new-pass"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    sb.login("Demo Co", "alice", "new-pass").await;
}

#[tokio::test]
async fn a_credentials_hash_replaces_both_stored_hashes() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let own = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let r = sb
        .call("PATCH", &own, Some(&admin), Some(json!({"credentials": crate::support::md5_hex("alice:other-pass")})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // The old password no longer works by either hash.
    let sha = crate::support::sha1_hex("alice:alice-pass");
    let r = sb
        .call(
            "PUT",
            "/v2/user_auth",
            None,
            Some(json!({"credentials": sha, "method": "sha", "account_name": "Demo Co"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    sb.login("Demo Co", "alice", "other-pass").await;
}

#[tokio::test]
async fn names_reject_nul_and_text_direction_controls() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let account = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let cases = [
        ("users", json!({"first_name": "Eve\u{202E}nimdA", "last_name": "X"}), "first_name"),
        ("users", json!({"first_name": "Nul\u{0}", "last_name": "X"}), "first_name"),
        ("devices", json!({"name": "Desk\u{2066}phone"}), "name"),
        ("groups", json!({"name": "Sales\u{200F}", "endpoints": {}}), "name"),
        (
            "vmboxes",
            json!({"name": "Box", "mailbox": "4001", "caller_id": {"internal": {"name": "a\u{202A}b"}}}),
            "caller_id.internal.name",
        ),
    ];
    for (noun, body, field) in cases {
        let r = sb.call("PUT", &format!("{account}/{noun}"), Some(&admin), Some(body)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{noun}: {}", r.body);
        assert!(r.body["data"][field]["pattern"].is_object(), "{noun}: {}", r.body);
    }
    let r = sb.call("PATCH", &account, Some(&admin), Some(json!({"name": "Demo\u{0}Co"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = sb
        .call(
            "PUT",
            &format!("{account}/users"),
            Some(&admin),
            Some(json!({"first_name": "Zoë", "last_name": "Ñúñez 日本"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "other scripts are names too: {}", r.body);
}

#[tokio::test]
async fn a_branding_domain_belongs_to_one_account_whatever_its_letter_case() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let admin = sb.admin().await;
    let reseller_wl = format!("/v2/accounts/{}/whitelabel", sb.demo.reseller_account_id);
    let demo_wl = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    let r = sb
        .call(
            "PUT",
            &reseller_wl,
            Some(&reseller),
            Some(json!({"domain": "pbx.reseller.test", "company_name": "Reseller"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    for domain in ["PBX.Reseller.Test", "pbx.reseller.test"] {
        let r = sb
            .call(
                "PUT",
                &demo_wl,
                Some(&admin),
                Some(json!({"domain": domain, "company_name": "Call +1-900-555-0100"})),
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{domain}: {}", r.body);
        assert_eq!(r.body["data"]["domain"]["unique"]["message"], "White label domain is already in use");
    }
    sb.call("PUT", &demo_wl, Some(&admin), Some(json!({"domain": "pbx.demo.test", "company_name": "Demo"}))).await;
    let r = sb
        .call("POST", &demo_wl, Some(&admin), Some(json!({"domain": "PBX.RESELLER.TEST", "company_name": "Demo"})))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = sb.call("GET", "/v2/whitelabel/Pbx.Reseller.Test", None, None).await;
    assert_eq!(r.body["data"]["company_name"], "Reseller");
    // The owner may save its own document again with its domain in any case.
    let r = sb
        .call(
            "POST",
            &reseller_wl,
            Some(&reseller),
            Some(json!({"domain": "PBX.reseller.test", "company_name": "Reseller"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

async fn post_raw(sb: &Sandbox, uri: &str, token: &str, content_type: &str, body: &[u8]) -> StatusCode {
    let req = Request::post(uri)
        .header("x-auth-token", token)
        .header("content-type", content_type)
        .body(Body::from(body.to_vec()))
        .unwrap();
    sb.app.clone().oneshot(req).await.unwrap().status()
}

#[tokio::test]
async fn uploads_must_be_the_images_and_sounds_they_claim() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let wl = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    sb.call("PUT", &wl, Some(&admin), Some(json!({"domain": "pbx.demo.test"}))).await;
    let page = b"<html><script>document.title='owned'</script></html>";
    let as_data_uri = format!("data:text/html;base64,{}", base64_of(page));
    for (content_type, body) in [
        ("image/png", page.to_vec()),
        ("application/base64", as_data_uri.clone().into_bytes()),
        ("application/base64", format!("data:image/svg+xml;base64,{}", base64_of(b"<svg onload='x()'/>")).into_bytes()),
    ] {
        assert_eq!(
            post_raw(&sb, &format!("{wl}/logo"), &admin, content_type, &body).await,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
    }
    let r = sb.call("GET", "/v2/whitelabel/pbx.demo.test/logo", None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "nothing was stored");

    let media = format!("/v2/accounts/{}/media", sb.demo.demo_account_id);
    let r = sb.call("PUT", &media, Some(&admin), Some(json!({"name": "Hold"}))).await;
    let raw = format!("{media}/{}/raw", r.body["data"]["id"].as_str().unwrap());
    assert_eq!(post_raw(&sb, &raw, &admin, "audio/mpeg", page).await, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(post_raw(&sb, &raw, &admin, "audio/x-wav", b"RIFF\x24\x00\x00\x00WAVEfmt ").await, StatusCode::OK);
    let res = sb
        .app
        .clone()
        .oneshot(Request::get(format!("{raw}?auth_token={admin}")).body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "audio/wav", "served as what it is");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[tokio::test]
async fn csv_cells_that_would_run_as_formulas_are_made_text() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let ts = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
        + 62_167_219_200
        - 60;
    let cdr = json!({"call_id": "evil-1", "timestamp": ts, "caller_id_name": "=HYPERLINK(\"http://x.test\",\"win\")",
                     "caller_id_number": "@SUM(1+1)", "callee_id_number": "-1", "call_direction": "inbound"});
    patchbay_sandbox::insert_cdr(&sb.state, &sb.demo.demo_account_id, cdr).unwrap();
    let uri =
        format!("/v2/accounts/{}/cdrs?paginate=false&accept=text/csv&auth_token={admin}", sb.demo.demo_account_id);
    let res = sb.app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let text = String::from_utf8(axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap();
    let row = patchbay_crossbar::csv::records(&text).into_iter().find(|r| r.iter().any(|c| c == "evil-1")).unwrap();
    assert!(row.contains(&"'=HYPERLINK(\"http://x.test\",\"win\")".to_string()), "{row:?}");
    assert!(row.contains(&"'@SUM(1+1)".to_string()), "{row:?}");
    assert!(row.contains(&"'-1".to_string()), "{row:?}");
}
