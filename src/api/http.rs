//! The raw browser `fetch`, through gloo-net. Only the Crossbar client calls this.

use gloo_net::http::{Method, RequestBuilder};

pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// Send one request. `Err` carries the browser's reason when no response arrived
/// (offline, DNS, CORS refusal, aborted).
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Option<&str>,
) -> Result<HttpResponse, String> {
    let method = Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
    let mut builder = RequestBuilder::new(url).method(method);
    for (k, v) in headers {
        builder = builder.header(k, v);
    }
    let request = match body {
        Some(b) => builder.body(b.to_string()),
        None => builder.build(),
    }
    .map_err(|e| e.to_string())?;
    let response = request.send().await.map_err(|e| e.to_string())?;
    let headers = response.headers().entries().collect();
    let status = response.status();
    let body = response.text().await.map_err(|e| e.to_string())?;
    Ok(HttpResponse { status, headers, body })
}

/// Milliseconds since the UNIX epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A monotonic clock for durations.
pub fn monotonic_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(now_ms)
}
