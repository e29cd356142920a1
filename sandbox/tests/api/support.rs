//! Test harness: one seeded database built once, copied for each test, driven through
//! the real router with `oneshot` (no socket).

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use patchbay_sandbox::{open_state, router, Config, DemoInfo, SharedState};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::OnceLock;
use tower::ServiceExt;

/// Seeding generates an RSA key, which is slow; do it once and copy the file.
fn template() -> &'static (PathBuf, DemoInfo) {
    static TEMPLATE: OnceLock<(PathBuf, DemoInfo)> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        let path = dir.join("template.sqlite");
        // The minimal tree: these tests count users and numbers from a known small base.
        let config = Config { db_path: path.clone(), seed: patchbay_sandbox::Seed::Minimal, ..Config::default() };
        let (state, demo) = open_state(&config).expect("seed template");
        drop(state); // closing the connection checkpoints the WAL into the file
        (path, demo)
    })
}

pub struct Sandbox {
    pub app: Router,
    pub state: SharedState,
    pub demo: DemoInfo,
    _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Sandbox {
    pub fn new() -> Self {
        Self::with(3600, true)
    }

    pub fn with(token_ttl_secs: u64, restrictions: bool) -> Self {
        Self::configured(|c| {
            c.token_ttl_secs = token_ttl_secs;
            c.restrictions = restrictions;
        })
    }

    /// A fresh copy of the seeded database with the settings `adjust` makes.
    pub fn configured(adjust: impl FnOnce(&mut Config)) -> Self {
        let (template, demo) = template();
        let dir = tempfile::tempdir().expect("tempdir");
        let db_path = dir.path().join("sandbox.sqlite");
        std::fs::copy(template, &db_path).expect("copy template");
        let mut config = Config { db_path, ..Config::default() };
        adjust(&mut config);
        let (state, _) = open_state(&config).expect("open state");
        Self { app: router(state.clone()), state, demo: demo.clone(), _dir: dir }
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.app.clone().oneshot(req).await.expect("infallible");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.expect("body");
        let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).expect("JSON body") };
        Reply { status, headers, body }
    }

    pub async fn call(&self, method: &str, path: &str, token: Option<&str>, data: Option<Value>) -> Reply {
        let mut req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).expect("method"))
            .uri(path)
            .header("content-type", "application/json");
        if let Some(t) = token {
            req = req.header("x-auth-token", t);
        }
        let body = match data {
            Some(d) => Body::from(json!({ "data": d }).to_string()),
            None => Body::empty(),
        };
        self.send(req.body(body).expect("request")).await
    }

    /// A request arriving from `client`, as the server's listener reports the peer.
    pub async fn call_from(&self, client: [u8; 4], method: &str, path: &str, data: Option<Value>) -> Reply {
        let addr = std::net::SocketAddr::from((client, 40000));
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).expect("method"))
            .uri(path)
            .header("content-type", "application/json")
            .extension(axum::extract::ConnectInfo(patchbay_sandbox::ClientAddr(addr)));
        let body = data.map(|d| Body::from(json!({ "data": d }).to_string())).unwrap_or_else(Body::empty);
        self.send(req.body(body).expect("request")).await
    }

    /// A request with extra headers (`If-Match` …) and an optional body.
    pub async fn call_with(
        &self,
        method: &str,
        path: &str,
        token: &str,
        headers: &[(&str, &str)],
        data: Option<Value>,
    ) -> Reply {
        let mut req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).expect("method"))
            .uri(path)
            .header("content-type", "application/json")
            .header("x-auth-token", token);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let body = data.map(|d| Body::from(json!({ "data": d }).to_string())).unwrap_or_else(Body::empty);
        self.send(req.body(body).expect("request")).await
    }

    pub async fn login(&self, account: &str, user: &str, pass: &str) -> String {
        let creds = md5_hex(&format!("{user}:{pass}"));
        let r =
            self.call("PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": account}))).await;
        assert_eq!(r.status, StatusCode::CREATED, "login {user}: {}", r.body);
        r.body["auth_token"].as_str().expect("token").to_string()
    }

    pub async fn admin(&self) -> String {
        self.login("Demo Co", "admin", "admin-pass").await
    }

    pub async fn alice(&self) -> String {
        self.login("Demo Co", "alice", "alice-pass").await
    }

    pub async fn reseller(&self) -> String {
        self.login("Patchbay Reseller", "reseller", "reseller-pass").await
    }

    pub fn users_path(&self) -> String {
        format!("/v2/accounts/{}/users", self.demo.demo_account_id)
    }
}

pub fn md5_hex(s: &str) -> String {
    use md5::{Digest, Md5};
    hex::encode(Md5::digest(s.as_bytes()))
}

pub fn sha1_hex(s: &str) -> String {
    use sha1::{Digest, Sha1};
    hex::encode(Sha1::digest(s.as_bytes()))
}

/// Sends raw bytes and returns (status, headers, body bytes).
pub async fn raw(
    sb: &Sandbox,
    method: &str,
    uri: &str,
    token: &str,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::builder().method(method).uri(uri).header("x-auth-token", token);
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    let res = sb.app.clone().oneshot(req.body(Body::from(body)).unwrap()).await.unwrap();
    let (status, headers) = (res.status(), res.headers().clone());
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec();
    (status, headers, bytes)
}
