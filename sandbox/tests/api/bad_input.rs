use crate::support::Sandbox;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::json;

fn put(path: &str, token: &str, content_type: &str, body: impl Into<Body>) -> Request<Body> {
    Request::builder()
        .method("PUT")
        .uri(path)
        .header("x-auth-token", token)
        .header("content-type", content_type)
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn malformed_bodies_get_crossbar_4xx() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let path = sb.users_path();
    let r = sb.send(put(&path, &admin, "application/json", "{not json")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["data"]["json"]["invalid"]["target"], "body");
    let r = sb.send(put(&path, &admin, "application/json", r#"{"first_name":"x"}"#)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["data"]["required"].is_object());
    let r = sb.send(put(&path, &admin, "text/plain", r#"{"data":{}}"#)).await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.body["status"], "error");
    let big = format!(r#"{{"data":{{"x":"{}"}}}}"#, "a".repeat(8_000_001));
    let r = sb.send(put(&path, &admin, "application/json", big)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["file"]["maxSize"].is_object());
    let r = sb.send(put(&path, &admin, "application/json; charset=utf-8", json!({"data": [1]}).to_string())).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn cors_preflight_and_headers() {
    let sb = Sandbox::new();
    let req = Request::builder()
        .method("OPTIONS")
        .uri(sb.users_path())
        .header("origin", "http://elsewhere.test")
        .header("access-control-request-method", "PUT")
        .body(Body::empty())
        .unwrap();
    let r = sb.send(req).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, serde_json::Value::Null);
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    assert_eq!(r.headers["access-control-allow-methods"], "OPTIONS, GET, PUT");
    assert!(r.headers["access-control-allow-headers"].to_str().unwrap().contains("x-auth-token"));
    assert!(r.headers["access-control-expose-headers"].to_str().unwrap().contains("x-request-id"));
    assert_eq!(r.headers["access-control-max-age"], "86400");
    let req = Request::builder().uri("/v2/token_auth").header("x-request-id", "abc-123").body(Body::empty()).unwrap();
    let r = sb.send(req).await;
    assert_eq!(r.body["request_id"], "abc-123");
    assert_eq!(r.headers["x-request-id"], "abc-123");
    assert_eq!(r.headers["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn unknown_nouns_and_wrong_methods() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb.call("GET", "/v2/nonsense", Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["message"], "not_found");
    let r = sb.call("DELETE", &sb.users_path(), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.body["data"], json!({"message": "method not allowed"}));
    assert_eq!(r.body["message"], "invalid_method");
    let r = sb.call("GET", "/v2/user_auth", None, None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn start_serves_and_shuts_down() {
    let dir = tempfile::tempdir().unwrap();
    let running = patchbay_sandbox::start(patchbay_sandbox::Config {
        db_path: dir.path().join("s.sqlite"),
        bind: "127.0.0.1:0".parse().unwrap(),
        seed: patchbay_sandbox::Seed::None,
        ..Default::default()
    })
    .await
    .unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(running.addr).await.unwrap();
    s.write_all(b"GET /v2/token_auth HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n").await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    assert!(out.starts_with("HTTP/1.1 401"), "{out}");
    running.shutdown().await;
}
