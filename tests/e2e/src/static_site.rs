//! A plain static host for the built app, on an origin of its own: what a deployment
//! on a CDN or nginx looks like (README, "Deploy"). It serves a copy of `dist/` whose
//! `config.json` names Crossbar's absolute URL, unknown paths answered with
//! `index.html`, and the same security headers the sandbox sends, derived from that
//! copy — so the Content-Security-Policy is the one such a deployment would send.

use std::path::Path;

use anyhow::{Context, Result};
use axum::http::{HeaderName, HeaderValue};
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

pub struct StaticSite {
    /// `http://localhost:<port>`: another host name than the sandbox's `127.0.0.1`.
    pub url: String,
    task: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

impl Drop for StaticSite {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Serves a copy of `dist` with `crossbar_url` set to `crossbar_url`.
pub async fn serve_copy(dist: &Path, crossbar_url: &str) -> Result<StaticSite> {
    let dir = tempfile::tempdir()?;
    copy_dir(dist, dir.path()).context("copying dist/")?;
    let config_path = dir.path().join("config.json");
    let mut config: serde_json::Value = match std::fs::read_to_string(&config_path) {
        Ok(text) => serde_json::from_str(&text).context("dist/config.json is not JSON")?,
        Err(_) => serde_json::json!({}),
    };
    config["crossbar_url"] = crossbar_url.into();
    std::fs::write(&config_path, serde_json::to_string_pretty(&config)?)?;

    let policy = patchbay_sandbox::csp::policy_for_dist(dir.path())?;
    let index = ServeFile::new(dir.path().join("index.html"));
    let mut app = Router::new().fallback_service(ServeDir::new(dir.path()).fallback(index));
    for (name, value) in patchbay_sandbox::csp::headers(&policy) {
        app = app.layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_bytes(name.as_bytes())?,
            HeaderValue::from_str(&value)?,
        ));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(StaticSite { url: format!("http://localhost:{port}"), task, _dir: dir })
}
