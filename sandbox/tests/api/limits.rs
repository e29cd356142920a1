use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test]
async fn unpaginated_listings_over_the_limit_answer_416() {
    let sb = Sandbox::configured(|c| c.max_unpaginated = 2);
    let admin = sb.admin().await;
    let users = sb.users_path();
    let r = sb.call("GET", &format!("{users}?paginate=false"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "two seeded users fit");
    let path = format!("/v2/accounts/{}/callflows", sb.demo.demo_account_id);
    for n in ["2001", "2002", "2003"] {
        sb.call("PUT", &path, Some(&admin), Some(json!({"numbers": [n]}))).await;
    }
    let r = sb.call("GET", &format!("{path}?paginate=false"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        (r.body["message"].as_str(), &r.body["data"], r.body["error"].as_str()),
        (Some("range not satisfiable"), &json!({}), Some("416"))
    );
    let r = sb.call("GET", &format!("{path}?page_size=2"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn latency_is_added_to_every_response() {
    let sb = Sandbox::configured(|c| c.latency_ms = 150);
    let started = Instant::now();
    let r = sb.call("GET", "/v2/token_auth", None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(started.elapsed() >= Duration::from_millis(150));
}
