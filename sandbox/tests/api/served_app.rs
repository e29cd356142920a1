//! The app as the sandbox serves it: a strict Content-Security-Policy derived from the
//! build, and the headers that keep it from being framed or sniffed.

use crate::support::Sandbox;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;

#[tokio::test]
async fn every_file_carries_a_csp_that_allows_the_build_and_nothing_inline() {
    let dist = tempfile::tempdir().unwrap();
    let loader = "import init from '/patchbay-1.js';await init('/patchbay-1_bg.wasm');";
    std::fs::write(
        dist.path().join("index.html"),
        format!("<!DOCTYPE html><html><head><script type=\"module\">{loader}</script></head><body></body></html>"),
    )
    .unwrap();
    std::fs::write(dist.path().join("config.json"), r#"{"crossbar_url": "https://pbx.example.com:8443/v2"}"#).unwrap();
    std::fs::write(dist.path().join("app.css"), "body{}").unwrap();
    let dir = dist.path().to_path_buf();
    let sb = Sandbox::configured(move |c| c.static_dir = Some(dir));

    for path in ["/", "/smartpbx/users", "/app.css"] {
        let res = sb.app.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        let hash = patchbay_sandbox::csp::inline_script_hashes(&format!("<script>{loader}</script>"));
        assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' '{}'", hash[0])), "{csp}");
        assert!(csp.contains("connect-src 'self' https://pbx.example.com:8443"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
    }
    // The API's answers are not sniffed either.
    let r = sb.call("GET", "/v2/whitelabel/nobody.test", None, None).await;
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
}
