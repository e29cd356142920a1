//! `cargo xtask bench`: how fast the sandbox answers what Patchbay asks of a large
//! account (the `scale` seed's 20,000 users), through the real router without a socket.
//! Each case prints its median and 95th percentile against a target; speed targets live
//! here, never in tests.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use patchbay_sandbox::{open_state, router, Config, Seed};
use serde_json::{json, Value};
use tower::ServiceExt;

const USERS: usize = 20_000;
const RUNS: usize = 30;

async fn call(app: &Router, method: &str, path: &str, token: Option<&str>, data: Option<Value>) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(path).header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("x-auth-token", t);
    }
    let body = data.map_or_else(Body::empty, |d| Body::from(json!({ "data": d }).to_string()));
    let res = app.clone().oneshot(req.body(body).expect("request")).await.expect("infallible");
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.expect("body");
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

fn md5_hex(s: &str) -> String {
    use md5::{Digest, Md5};
    hex::encode(Md5::digest(s.as_bytes()))
}

struct Case {
    name: &'static str,
    path: String,
    target: Duration,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config =
        Config { db_path: dir.path().join("bench.sqlite"), seed: Seed::Scale { users: USERS }, ..Config::default() };
    let seeded = Instant::now();
    let (state, demo) = open_state(&config).expect("seed");
    println!("seeded {USERS} users in {:.1?}", seeded.elapsed());
    let app = router(state);
    let creds = md5_hex("admin:admin-pass");
    let (status, login) =
        call(&app, "PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": "Demo Co"}))).await;
    assert_eq!(status, StatusCode::CREATED, "login: {login}");
    let token = login["auth_token"].as_str().expect("token").to_string();
    let account = format!("/v2/accounts/{}", demo.demo_account_id);

    // A start key from deep inside the list, as "Load more" sends after many pages.
    let (_, page) =
        call(&app, "GET", &format!("{account}/users?page_size=5000&ascending=true"), Some(&token), None).await;
    let deep_key = page["next_start_key"].as_str().expect("more pages").to_string();

    let ms = Duration::from_millis;
    let cases = [
        Case {
            name: "users, first page",
            path: format!("{account}/users?ascending=true&page_size=50"),
            target: ms(150),
        },
        Case {
            name: "users, page after 5,000",
            path: format!("{account}/users?ascending=true&page_size=50&start_key={deep_key}"),
            target: ms(150),
        },
        Case {
            name: "search users by name prefix",
            path: format!("{account}/search?t=user&q=name&v=user1"),
            target: ms(150),
        },
        Case { name: "callflows, first page", path: format!("{account}/callflows?page_size=50"), target: ms(150) },
        Case {
            name: "devices of one page of owners",
            path: format!("{account}/devices?filter_owner_id=%5B%22{}%22%5D", demo.alice_user_id),
            target: ms(150),
        },
    ];
    let mut over = 0;
    println!("{:<34} {:>10} {:>10} {:>10}", "case", "median", "p95", "target");
    for case in &cases {
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let start = Instant::now();
            let (status, body) = call(&app, "GET", &case.path, Some(&token), None).await;
            times.push(start.elapsed());
            assert_eq!(status, StatusCode::OK, "{}: {body}", case.name);
        }
        times.sort();
        let (median, p95) = (percentile(&times, 0.5), percentile(&times, 0.95));
        let verdict = if p95 <= case.target { "" } else { "  ← over target" };
        over += usize::from(p95 > case.target);
        println!("{:<34} {:>10.1?} {:>10.1?} {:>10.1?}{verdict}", case.name, median, p95, case.target);
    }
    if over > 0 {
        println!("{over} case(s) over target");
        std::process::exit(1);
    }
}
