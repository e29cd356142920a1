//! The raw browser `fetch`, through gloo-net. Only the Crossbar client calls this.

use gloo_net::http::{Method, RequestBuilder};

pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The answer as text (for a binary read: empty, see `bytes`).
    pub body: String,
    /// The answer's bytes, for a read asked as binary (a recording, a greeting).
    pub bytes: Option<Vec<u8>>,
}

use patchbay_crossbar::CrossbarError;

/// Why no response arrived.
pub enum Failure {
    /// The request was cancelled through its abort signal (its screen was left, or
    /// the screen asked again).
    Cancelled,
    /// The browser's reason: offline, DNS, CORS refusal …
    Network(String),
}

impl From<Failure> for CrossbarError {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Cancelled => CrossbarError::Cancelled,
            Failure::Network(detail) => CrossbarError::Network { detail },
        }
    }
}

/// Send one request; `abort` cancels it.
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Option<&str>,
    binary: bool,
    abort: Option<&web_sys::AbortSignal>,
) -> Result<HttpResponse, Failure> {
    let cancelled = || abort.is_some_and(web_sys::AbortSignal::aborted);
    let failed = |e: gloo_net::Error| if cancelled() { Failure::Cancelled } else { Failure::Network(e.to_string()) };
    if cancelled() {
        return Err(Failure::Cancelled);
    }
    let method = Method::from_bytes(method.as_bytes()).map_err(|e| Failure::Network(e.to_string()))?;
    let mut builder = RequestBuilder::new(url).method(method).abort_signal(abort);
    for (k, v) in headers {
        builder = builder.header(k, v);
    }
    let request = match body {
        Some(b) => builder.body(b.to_string()),
        None => builder.build(),
    }
    .map_err(failed)?;
    let response = request.send().await.map_err(failed)?;
    let headers = response.headers().entries().collect();
    let status = response.status();
    if binary && (200..300).contains(&status) {
        let bytes = response.binary().await.map_err(failed)?;
        return Ok(HttpResponse { status, headers, body: String::new(), bytes: Some(bytes) });
    }
    let body = response.text().await.map_err(failed)?;
    Ok(HttpResponse { status, headers, body, bytes: None })
}

/// Milliseconds since the UNIX epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A monotonic clock for durations.
pub fn monotonic_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(now_ms)
}
