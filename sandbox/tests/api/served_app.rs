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

/// GET `path` with `Accept-Encoding: encoding` (none when empty); the answer's headers and body.
async fn get_encoded(sb: &Sandbox, path: &str, encoding: &str) -> (axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::get(path);
    if !encoding.is_empty() {
        req = req.header("accept-encoding", encoding);
    }
    let res = sb.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path} with {encoding:?}");
    let headers = res.headers().clone();
    (headers, axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec())
}

#[tokio::test]
async fn precompressed_files_go_to_browsers_that_accept_them_with_the_same_headers() {
    let dist = tempfile::tempdir().unwrap();
    let put = |name: &str, body: &[u8]| std::fs::write(dist.path().join(name), body).unwrap();
    put("index.html", b"<!DOCTYPE html><html><head></head><body>plain index</body></html>");
    put("index.html.br", b"brotli index");
    put("index.html.gz", b"gzip index");
    put("patchbay-1_bg.wasm", b"\0asm plain wasm");
    put("patchbay-1_bg.wasm.br", b"brotli wasm");
    put("patchbay-1_bg.wasm.gz", b"gzip wasm");
    put("patchbay-1.js", b"export default 1;");
    put("patchbay-1.js.gz", b"gzip js");
    put("config.json", br#"{"crossbar_url": "/v2"}"#);
    let dir = dist.path().to_path_buf();
    let sb = Sandbox::configured(move |c| c.static_dir = Some(dir));

    // (path, Accept-Encoding, Content-Encoding expected, Content-Type, body)
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, &'a str, &'a [u8]);
    let cases: &[Case] = &[
        ("/patchbay-1_bg.wasm", "br", Some("br"), "application/wasm", b"brotli wasm"),
        ("/patchbay-1_bg.wasm", "gzip, deflate, br, zstd", Some("br"), "application/wasm", b"brotli wasm"),
        ("/patchbay-1_bg.wasm", "gzip", Some("gzip"), "application/wasm", b"gzip wasm"),
        ("/patchbay-1_bg.wasm", "", None, "application/wasm", b"\0asm plain wasm"),
        ("/patchbay-1_bg.wasm", "identity", None, "application/wasm", b"\0asm plain wasm"),
        // Only a gzip variant: a browser asking for br too gets gzip.
        ("/patchbay-1.js", "gzip, br", Some("gzip"), "text/javascript", b"gzip js"),
        ("/patchbay-1.js", "br", None, "text/javascript", b"export default 1;"),
        // No variant at all: sent as it is.
        ("/config.json", "gzip, br", None, "application/json", br#"{"crossbar_url": "/v2"}"#),
        // index.html, asked for by name, as the directory index and as the history fallback.
        ("/index.html", "br", Some("br"), "text/html", b"brotli index"),
        ("/", "gzip", Some("gzip"), "text/html", b"gzip index"),
        ("/smartpbx/users", "gzip, br", Some("br"), "text/html", b"brotli index"),
        (
            "/smartpbx/users",
            "",
            None,
            "text/html",
            b"<!DOCTYPE html><html><head></head><body>plain index</body></html>",
        ),
    ];
    for &(path, accept, encoding, mime, body) in cases {
        let (h, bytes) = get_encoded(&sb, path, accept).await;
        let case = format!("{path} with accept-encoding {accept:?}");
        assert_eq!(h.get("content-encoding").map(|v| v.to_str().unwrap()), encoding, "{case}");
        let content_type = h["content-type"].to_str().unwrap();
        assert!(content_type.starts_with(mime), "{case}: {content_type}");
        assert_eq!(bytes, body, "{case}");
        assert_eq!(h["content-length"].to_str().unwrap(), body.len().to_string(), "{case}");
        assert_eq!(h["vary"], "accept-encoding", "{case}");
        // The security headers ride along whatever the encoding.
        assert!(h["content-security-policy"].to_str().unwrap().contains("default-src 'none'"), "{case}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{case}");
        assert_eq!(h["x-frame-options"], "DENY", "{case}");
    }
}
