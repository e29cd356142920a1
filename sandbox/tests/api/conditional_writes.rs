//! `If-Match`: a save names the revision it was made from, and one made from an older
//! revision is refused with 412 instead of overwriting the change made in between.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_save_from_a_stale_revision_is_refused_and_changes_nothing() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let path = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let loaded = sb.call("GET", &path, Some(&admin), None).await;
    let rev = loaded.body["revision"].as_str().unwrap().to_string();
    assert_eq!(loaded.headers["etag"], format!("\"{rev}\"").as_str());
    let tag = format!("\"{rev}\"");

    // The first admin saves from the revision both loaded.
    let first =
        sb.call_with("PATCH", &path, &admin, &[("if-match", &tag)], Some(json!({"first_name": "Alicia"}))).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let newer = first.body["revision"].as_str().unwrap().to_string();
    assert_ne!(newer, rev);

    // The second, still holding the old revision, is told so; nothing is written.
    for verb in ["PATCH", "POST", "DELETE"] {
        let second = sb
            .call_with(
                verb,
                &path,
                &admin,
                &[("if-match", &tag)],
                Some(json!({"first_name": "Ally", "last_name": "L"})),
            )
            .await;
        assert_eq!(second.status, StatusCode::PRECONDITION_FAILED, "{verb}");
        assert_eq!(second.body, serde_json::Value::Null, "cowboy_rest answers 412 with no body");
        assert!(second.headers.contains_key("x-request-id"));
    }
    let now = sb.call("GET", &path, Some(&admin), None).await;
    assert_eq!(now.body["data"]["first_name"], "Alicia");
    assert_eq!(now.body["revision"], newer.as_str());

    // The current revision, a list holding it, or `*` go through; a weak tag never does.
    let current = format!("\"{newer}\"");
    let r = sb
        .call_with("PATCH", &path, &admin, &[("if-match", &format!("W/{current}"))], Some(json!({"first_name": "A"})))
        .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    let list = format!("\"0-x\", {current}");
    let r = sb.call_with("PATCH", &path, &admin, &[("if-match", &list)], Some(json!({"first_name": "A"}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call_with("PATCH", &path, &admin, &[("if-match", "*")], Some(json!({"first_name": "B"}))).await;
    assert_eq!(r.status, StatusCode::OK);
    // Without If-Match a write is unconditional, as in Crossbar.
    assert_eq!(sb.call("PATCH", &path, Some(&admin), Some(json!({"first_name": "C"}))).await.status, StatusCode::OK);
}

#[tokio::test]
async fn conditions_on_creates_missing_documents_and_reads() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    // A PUT creates: there is no current revision to match.
    let r = sb
        .call_with(
            "PUT",
            &sb.users_path(),
            &admin,
            &[("if-match", "*")],
            Some(json!({"first_name": "N", "last_name": "M"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    let missing = format!("{}/{}", sb.users_path(), "0".repeat(32));
    let r = sb.call_with("PATCH", &missing, &admin, &[("if-match", "*")], Some(json!({"first_name": "N"}))).await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    // A read with a revision that is not the current one (how a client can tell that a
    // server honours If-Match without writing anything).
    let path = format!("{}/{}", sb.users_path(), sb.demo.admin_user_id);
    let r = sb.call_with("GET", &path, &admin, &[("if-match", "\"0-probe\"")], None).await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    // Other resources follow the same rule: an account, a number's features.
    let account = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let r =
        sb.call_with("PATCH", &account, &admin, &[("if-match", "\"1-stale\"")], Some(json!({"timezone": "UTC"}))).await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
}

#[tokio::test]
async fn a_browser_on_another_origin_can_read_the_412() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let path = format!("{}/{}", sb.users_path(), sb.demo.admin_user_id);
    let r = sb
        .call_with(
            "PATCH",
            &path,
            &admin,
            &[("if-match", "\"1-stale\""), ("origin", "https://console.example.com")],
            Some(json!({"first_name": "X"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(r.headers["access-control-allow-origin"], "*");
}
