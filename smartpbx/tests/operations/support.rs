//! An in-process sandbox as a `Transport`: the Demo Co seed, built once per test
//! binary (seeding makes an RSA key) and copied for each test, signed in as its admin.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Method, Request};
use axum::Router;
use md5::{Digest, Md5};
use patchbay_crossbar::{CrossbarError, Envelope, Reply, Transport};
use patchbay_monster::UiMetadata;
use patchbay_sandbox::{open_state, router, Config, DemoInfo, Seed};
use serde_json::{json, Value};
use tower::ServiceExt;

fn template() -> &'static (PathBuf, DemoInfo) {
    static TEMPLATE: OnceLock<(PathBuf, DemoInfo)> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        let path = dir.join("template.sqlite");
        let config = Config { db_path: path.clone(), seed: Seed::Demo, ..Config::default() };
        let (state, demo) = open_state(&config).expect("seed template");
        drop(state); // closing the connection checkpoints the WAL into the file
        (path, demo)
    })
}

/// One request as the transport saw it, for asserting what was sent.
#[derive(Debug, Clone)]
pub struct Sent {
    pub method: String,
    pub path: String,
}

pub struct Sandbox {
    app: Router,
    token: String,
    pub account: String,
    /// Every request sent, in order.
    pub sent: RefCell<Vec<Sent>>,
    /// `(method, path prefix)`: the first such request answers this error instead.
    fail: RefCell<Option<(String, String, CrossbarError)>>,
    _dir: tempfile::TempDir,
}

impl Sandbox {
    pub async fn new() -> Self {
        let (template, demo) = template();
        let dir = tempfile::tempdir().expect("tempdir");
        let db_path = dir.path().join("sandbox.sqlite");
        std::fs::copy(template, &db_path).expect("copy template");
        let (state, _) = open_state(&Config { db_path, ..Config::default() }).expect("open state");
        let mut sandbox = Sandbox {
            app: router(state),
            token: String::new(),
            account: demo.demo_account_id.clone(),
            sent: RefCell::new(vec![]),
            fail: RefCell::new(None),
            _dir: dir,
        };
        let credentials = hex::encode(Md5::digest(b"admin:admin-pass"));
        let login = sandbox
            .raw("PUT", "user_auth", json!({"data": {"credentials": credentials, "account_name": "Demo Co"}}))
            .await
            .expect("admin signs in");
        sandbox.token = login.auth_token.expect("token");
        sandbox.sent.borrow_mut().clear();
        sandbox
    }

    /// The next `method` request whose path starts with `prefix` (below the account)
    /// fails with `error`, as if Crossbar had answered it — the step after it never runs.
    pub fn fail_next(&self, method: &str, prefix: &str, error: CrossbarError) {
        *self.fail.borrow_mut() = Some((method.into(), format!("{}/{prefix}", self.base()), error));
    }

    pub fn base(&self) -> String {
        format!("accounts/{}", self.account)
    }

    /// A document as stored, or `None` when it is gone.
    pub async fn doc(&self, path: &str) -> Option<Value> {
        match self.get(&format!("{}/{path}", self.base())).await {
            Ok(env) => Some(env.data),
            Err(CrossbarError::NotFound { .. }) => None,
            Err(e) => panic!("GET {path}: {e:?}"),
        }
    }

    /// The rows of a listing below the account.
    pub async fn rows(&self, path_and_query: &str) -> Vec<Value> {
        let env = self.get(&format!("{}/{path_and_query}", self.base())).await.expect("listing");
        env.data.as_array().cloned().unwrap_or_default()
    }

    pub fn writes(&self) -> Vec<String> {
        self.sent.borrow().iter().filter(|s| s.method != "GET").map(|s| format!("{} {}", s.method, s.path)).collect()
    }

    pub async fn raw(&self, method: &str, path: &str, body: Value) -> Result<Envelope, CrossbarError> {
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).expect("method"))
            .uri(format!("/v2/{path}"))
            .header("content-type", "application/json");
        let req = if self.token.is_empty() { req } else { req.header("x-auth-token", &self.token) };
        let res = self.app.clone().oneshot(req.body(Body::from(body.to_string())).expect("request")).await;
        let res = res.expect("infallible");
        let status = res.status().as_u16();
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.expect("body");
        Envelope::parse(status, &String::from_utf8_lossy(&bytes))
    }
}

impl Transport for Sandbox {
    fn send<'a>(&'a self, method: &'a str, path: &'a str, data: Option<Value>) -> Reply<'a> {
        Box::pin(self.answer(method, path, data))
    }
}

impl Sandbox {
    async fn answer(&self, method: &str, path: &str, data: Option<Value>) -> Result<Envelope, CrossbarError> {
        self.sent.borrow_mut().push(Sent { method: method.into(), path: path.into() });
        let failing = self.fail.borrow().as_ref().is_some_and(|(m, p, _)| m == method && path.starts_with(p.as_str()));
        if failing {
            let (_, _, error) = self.fail.borrow_mut().take().expect("armed");
            return Err(error);
        }
        match data {
            Some(d) => self.raw(method, path, json!({ "data": d })).await,
            None => {
                let req = Request::builder()
                    .method(Method::from_bytes(method.as_bytes()).expect("method"))
                    .uri(format!("/v2/{path}"))
                    .header("x-auth-token", &self.token);
                let res = self.app.clone().oneshot(req.body(Body::empty()).expect("request")).await;
                let res = res.expect("infallible");
                let status = res.status().as_u16();
                let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.expect("body");
                Envelope::parse(status, &String::from_utf8_lossy(&bytes))
            }
        }
    }
}

/// How Smart PBX stamps its writes (`ui_metadata.origin: "voip"`).
pub fn meta() -> UiMetadata {
    UiMetadata::smartpbx(None)
}

/// A repeatable stand-in for `Math.random`.
pub fn random() -> impl FnMut() -> f64 {
    let mut state = 0x2545_f491_u64;
    move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A 500 as Crossbar answers it when its database is unavailable.
pub fn server_error() -> CrossbarError {
    CrossbarError::from_response(500, r#"{"error":"500","message":"datastore_fault","status":"error","data":{}}"#)
}
