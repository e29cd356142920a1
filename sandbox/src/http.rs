//! The axum side: the `/v2` handler (body limit, OPTIONS, request id), the static SPA
//! with history fallback, and the router.

use crate::envelope::{self, Meta};
use crate::pipeline::{self, MAX_UPLOAD_BYTES};
use crate::provisioner;
use crate::reply::CbError;
use crate::state::SharedState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, Response, StatusCode};
use axum::Router;
use serde_json::json;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// Builds the application: Crossbar under `/v2`, the SPA (if any) everywhere else.
pub fn router(state: SharedState, static_dir: Option<&Path>) -> Router {
    let api = Router::new()
        .route("/v2", axum::routing::any(crossbar))
        .route("/v2/", axum::routing::any(crossbar))
        .route("/v2/{*rest}", axum::routing::any(crossbar))
        .route("/provisioner/{*rest}", axum::routing::any(provisioner::serve));
    let app = match static_dir {
        Some(dir) => api.fallback_service(static_files(dir)),
        None => api.fallback(crossbar),
    };
    let latency = std::time::Duration::from_millis(state.latency_ms);
    let app = app.with_state(state);
    if latency.is_zero() {
        return app;
    }
    // Outermost layer, so static files and preflights are slowed down too.
    app.layer(axum::middleware::from_fn(move |req: Request, next: axum::middleware::Next| async move {
        let response = next.run(req).await;
        tokio::time::sleep(latency).await;
        response
    }))
}

/// The SPA's files with its security headers (`csp`). Unknown paths get index.html so
/// the SPA's history routing works on reload.
///
/// Like a CDN, it sends the precompressed `NAME.br` or `NAME.gz` the build wrote next to
/// a file (`cargo xtask` does, see `xtask/src/tools.rs`) to a browser that accepts that
/// encoding, with `Content-Encoding` and the original file's `Content-Type`; without a
/// variant, or to a client that accepts none, the file goes as it is. Every answer says
/// `Vary: Accept-Encoding`, so that a cache in between keeps the encodings apart.
fn static_files(dir: &Path) -> Router {
    let policy = crate::csp::policy_for_dist(dir).unwrap_or_else(|err| {
        tracing::warn!(error = %err, "no app build to derive the Content-Security-Policy from");
        crate::csp::policy(&[], &[])
    });
    let index = ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip();
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip().fallback(index);
    let mut router = Router::new()
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::appending(header::VARY, HeaderValue::from_static("accept-encoding")));
    for (name, value) in crate::csp::headers(&policy) {
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&value)) {
            router = router.layer(SetResponseHeaderLayer::overriding(name, value));
        }
    }
    router
}

async fn crossbar(State(state): State<SharedState>, req: Request) -> Response<Body> {
    let (parts, body) = req.into_parts();
    let request_id = parts
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let cors_requested = ["origin", "access-control-request-method", "access-control-request-headers"]
        .iter()
        .any(|h| parts.headers.contains_key(*h));
    let requested_method =
        parts.headers.get("access-control-request-method").and_then(|v| v.to_str().ok()).map(str::to_string);
    let allowed = pipeline::parse_nouns(parts.uri.path())
        .as_deref()
        .and_then(pipeline::route)
        .map(|(_, allowed)| allowed)
        .unwrap_or(&[]);
    let mut meta = Meta {
        request_id,
        node: state.node.clone(),
        cors_requested,
        allow_methods: pipeline::allow_methods_header(allowed, requested_method.as_deref()),
        ..Meta::default()
    };

    // Preflights skip authentication and get an empty 200.
    if parts.method == Method::OPTIONS {
        let mut response = Response::new(Body::empty());
        envelope::cors_headers(response.headers_mut(), &meta.allow_methods);
        if let Ok(v) = meta.request_id.parse() {
            response.headers_mut().insert("x-request-id", v);
        }
        return response;
    }

    let bytes = match axum::body::to_bytes(body, MAX_UPLOAD_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => return envelope::render(Err(too_large()), &meta),
    };
    let outcome = tokio::task::spawn_blocking(move || {
        let outcome = pipeline::process(&state, &parts, &bytes, &mut meta);
        (outcome, meta)
    })
    .await;
    match outcome {
        Ok((outcome, meta)) => envelope::render(outcome, &meta),
        Err(err) => {
            tracing::error!(error = %err, "request handler failed");
            let mut response = Response::new(Body::from(
                json!({"data": {"message": "unspecified fault"}, "error": "500",
                       "message": "unspecified_fault", "status": "error"})
                .to_string(),
            ));
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
            response
        }
    }
}

/// Crossbar sets 413 first but its validation path turns it into 400 `file.maxSize`.
fn too_large() -> CbError {
    CbError::field(
        "file",
        "maxSize",
        json!({
            "message": format!("Payload or Files must not be more than {MAX_UPLOAD_BYTES} bytes"),
            "target": MAX_UPLOAD_BYTES,
        }),
    )
}
