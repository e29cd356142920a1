//! Requests hyper refuses before any route runs (a request line over 64 KB) still get
//! Crossbar's error envelope, over a real socket.

mod common;

use patchbay_sandbox::{start, Config, Seed};

#[tokio::test(flavor = "multi_thread")]
async fn an_overlong_query_gets_an_envelope_not_an_empty_414() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        db_path: dir.path().join("sandbox.sqlite"),
        bind: "127.0.0.1:0".parse().unwrap(),
        seed: Seed::None,
        ..Config::default()
    };
    let running = start(config).await.unwrap();
    let addr = running.addr;
    let path = format!("/v2/about?filter_name={}", "a".repeat(70_000));
    let reply =
        tokio::task::spawn_blocking(move || common::call(addr, "GET", &path, None, None)).await.unwrap().unwrap();
    assert_eq!(reply.status, 414);
    assert_eq!(reply.body["status"], "error");
    assert_eq!(reply.body["error"], "414");
    assert_eq!(reply.body["message"], "uri_too_long");
    // The server goes on answering.
    let reply =
        tokio::task::spawn_blocking(move || common::call(addr, "GET", "/v2/about", None, None)).await.unwrap().unwrap();
    assert_eq!(reply.status, 401);
    running.shutdown().await;
}
