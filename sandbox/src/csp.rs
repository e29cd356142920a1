//! The security headers of the served app: a strict Content-Security-Policy derived
//! from the build itself, plus the framing, sniffing and referrer headers.
//!
//! The policy allows no inline code: scripts come from the app's own origin, and the one
//! inline module script trunk writes into `index.html` (the wasm loader) is allowed by
//! its SHA-256 hash. WebAssembly needs `'wasm-unsafe-eval'` (and nothing wider). The app
//! talks to Crossbar, so `connect-src` (and images and media, for logos and recordings)
//! also allows the origin of `crossbar_url` from `config.json` when it is on another
//! origin, and the origin of `provisioner_url` likewise.
//!
//! The sandbox sends these headers with every file it serves; `cargo xtask` writes the
//! same set into `dist/_headers` for static hosts that read that file (Netlify,
//! Cloudflare Pages), and the README shows them for any other host.

use anyhow::Context;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The headers every file of the app is served with, in order.
pub fn headers(policy: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", policy.to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        ("X-Frame-Options", "DENY".to_string()),
        ("Referrer-Policy", "no-referrer".to_string()),
        ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
        // The microphone only for the app itself: greetings can be recorded in the browser.
        ("Permissions-Policy", "camera=(), microphone=(self), geolocation=(), payment=()".to_string()),
    ]
}

/// The policy for a built app folder (its `index.html` and `config.json`).
pub fn policy_for_dist(dist: &Path) -> anyhow::Result<String> {
    let index = std::fs::read_to_string(dist.join("index.html"))
        .with_context(|| format!("reading {}", dist.join("index.html").display()))?;
    let config: Value = match std::fs::read_to_string(dist.join("config.json")) {
        Ok(text) => serde_json::from_str(&text).context("config.json is not JSON")?,
        Err(_) => Value::Null,
    };
    let origin_of = |key: &str| config.get(key).and_then(Value::as_str).and_then(origin);
    let servers: Vec<String> =
        [origin_of("crossbar_url"), origin_of("provisioner_url")].into_iter().flatten().collect();
    Ok(policy(&inline_script_hashes(&index), &servers))
}

/// The policy text: `script_hashes` are `sha256-…` sources for inline scripts, `servers`
/// the other origins the app talks to.
pub fn policy(script_hashes: &[String], servers: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    let others: String = servers.iter().map(|s| format!(" {s}")).collect();
    [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval'{hashes}"),
        "style-src 'self'".to_string(),
        format!("connect-src 'self'{others}"),
        format!("img-src 'self' data: blob:{others}"),
        format!("media-src 'self' blob:{others}"),
        "font-src 'self'".to_string(),
        "manifest-src 'self'".to_string(),
        "base-uri 'self'".to_string(),
        "form-action 'self'".to_string(),
        "frame-ancestors 'none'".to_string(),
        "object-src 'none'".to_string(),
    ]
    .join("; ")
}

/// `scheme://host[:port]` of an absolute http(s) URL; `None` for relative URLs (the
/// app's own origin, already `'self'`) and anything else.
pub fn origin(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    matches!(parsed.scheme(), "http" | "https").then(|| parsed.origin().ascii_serialization())
}

/// `sha256-<base64>` of the body of every inline `<script>` (one without `src`).
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let open_tag = &after[..open_end];
        let body_start = &after[open_end + 1..];
        let Some(close) = body_start.find("</script>") else { break };
        if !open_tag.contains(" src=") {
            let digest = Sha256::digest(&body_start.as_bytes()[..close]);
            hashes.push(format!("sha256-{}", STANDARD.encode(digest)));
        }
        rest = &body_start[close..];
    }
    hashes
}

/// The `_headers` file for static hosts: every path gets the headers.
pub fn headers_file(policy: &str) -> String {
    let mut out = String::from("/*\n");
    for (name, value) in headers(policy) {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out
}

/// An nginx server snippet serving a `dist/` folder as every host of one build: the
/// same headers as `_headers`, the precompressed `.gz` files, unknown paths answered with
/// `index.html` (the app routes them), and hashed assets cached for a year while
/// `index.html` and `config.json` are asked for again each time.
pub fn nginx_snippet(policy: &str) -> String {
    let mut out = String::from(
        "# Patchbay behind nginx: one build for every domain (made by `cargo xtask dist`).\n\
         # In the http block:\n\
         map $uri $patchbay_cache {\n    ~*\\.(wasm|js|css)$  \"public, max-age=31536000, immutable\";\n    default  \"no-cache\";\n}\n\n\
         # In the server block of every domain the app is served on:\n\
         root /srv/patchbay;  # the dist/ folder\n\
         location / {\n    try_files $uri /index.html;\n    gzip_static on;\n    # brotli_static on;  # with the ngx_brotli module: the .br files are there too\n\
         \x20   add_header Cache-Control $patchbay_cache always;\n",
    );
    for (name, value) in headers(policy) {
        out.push_str(&format!("    add_header {name} \"{}\" always;\n", value.replace('"', "\\\"")));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nginx_snippet_sends_every_header_and_routes_unknown_paths_to_the_app() {
        let p = policy(&["sha256-abc".into()], &["https://pbx.example.com:8443".into()]);
        let conf = nginx_snippet(&p);
        for (name, value) in headers(&p) {
            assert!(conf.contains(&format!("add_header {name} \"{value}\" always;")), "{name}: {conf}");
        }
        assert!(conf.contains("try_files $uri /index.html;"), "{conf}");
        assert!(conf.contains("gzip_static on;"), "{conf}");
        assert!(conf.contains("connect-src 'self' https://pbx.example.com:8443"), "{conf}");
        assert!(conf.contains("~*\\.(wasm|js|css)$"), "{conf}");
    }

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_skipped() {
        let html = r#"<head><script type="module">import init from '/app.js';init();</script>
            <script src="/x.js"></script></head>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = STANDARD.encode(Sha256::digest(b"import init from '/app.js';init();"));
        assert_eq!(hashes[0], format!("sha256-{expected}"));
    }

    #[test]
    fn policy_names_crossbar_when_it_is_elsewhere_and_nothing_inline() {
        assert_eq!(origin("https://pbx.example.com:8443/v2"), Some("https://pbx.example.com:8443".to_string()));
        assert_eq!(origin("/v2"), None);
        assert_eq!(origin("javascript:alert(1)"), None);
        let p = policy(&["sha256-abc".to_string()], &["https://pbx.example.com:8443".to_string()]);
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';"), "{p}");
        assert!(p.contains("connect-src 'self' https://pbx.example.com:8443;"), "{p}");
        assert!(p.contains("frame-ancestors 'none'"));
        assert!(!p.contains("unsafe-inline"));
    }
}
