//! The one Crossbar client. Every request of the app goes through [`Call::send`]:
//! it builds the envelope, sets `X-Auth-Token`, parses success and error envelopes
//! into typed results, records the exchange for the API inspector, and on a refused
//! token waits for the person to sign in again before retrying.

mod http;
mod reauth;

use leptos::prelude::*;
use patchbay_crossbar::envelope::request_envelope;
use patchbay_crossbar::inspector::{ActionLog, Exchange};
use patchbay_crossbar::{CrossbarError, Envelope};
use patchbay_monster::UiMetadata;
use serde_json::Value;

pub use http::now_ms;
pub use reauth::ReauthGate;

use crate::session::Session;

/// Exchanges kept by the inspector before the oldest actions are dropped.
const INSPECTOR_CAPACITY: usize = 500;

/// How a request authenticates.
#[derive(Clone)]
enum Auth {
    /// Login endpoints: no token, and a 401 is an answer, not an expiry.
    Anonymous,
    /// The session's token, with re-authentication on a 401.
    Session,
    /// A token not yet in the session (finishing a sign-in).
    Token(String),
}

#[derive(Clone, Copy)]
pub struct Crossbar {
    root: StoredValue<String>,
    pub session: Session,
    pub log: RwSignal<ActionLog>,
    pub reauth: ReauthGate,
}

impl Crossbar {
    /// `root` is the absolute Crossbar URL without trailing slash (`http://host/v2`).
    pub fn new(root: String, session: Session) -> Self {
        Crossbar {
            root: StoredValue::new(root),
            session,
            log: RwSignal::new(ActionLog::new(INSPECTOR_CAPACITY)),
            reauth: ReauthGate::new(),
        }
    }

    pub fn root(&self) -> String {
        self.root.get_value()
    }

    /// Scheme, host and port of the Crossbar root (for curl's `{SERVER}`).
    pub fn server_origin(&self) -> String {
        url::Url::parse(&self.root()).map(|u| u.origin().ascii_serialization()).unwrap_or_default()
    }

    /// Start a named GUI action; its calls are grouped under `label` in the inspector.
    pub fn action(&self, label: impl Into<String>) -> Call {
        let label = label.into();
        let id = self.log.try_update(|log| log.begin(label.clone(), now_ms())).unwrap_or_default();
        Call { client: *self, action_id: id, label }
    }
}

/// Requests made on behalf of one GUI action.
#[derive(Clone)]
pub struct Call {
    client: Crossbar,
    action_id: u64,
    label: String,
}

impl Call {
    pub async fn get(&self, path: &str) -> Result<Envelope, CrossbarError> {
        self.send("GET", path, None, Auth::Session).await
    }

    pub async fn put(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("PUT", path, Some(request_envelope(data)), Auth::Session).await
    }

    pub async fn post(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("POST", path, Some(request_envelope(data)), Auth::Session).await
    }

    pub async fn patch(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("PATCH", path, Some(request_envelope(data)), Auth::Session).await
    }

    /// DELETE carrying `{"data": {"ui_metadata": …}}`: Monster's SDK stamps the body of
    /// every DELETE as it does other writes (`smartpbx.md` §0.1), so a Patchbay delete
    /// reads the same to Crossbar, its logs and anything watching them. The inspector
    /// records and "copy as curl" shows that body like any other.
    pub async fn delete_stamped(&self, path: &str, meta: &UiMetadata) -> Result<Envelope, CrossbarError> {
        let mut data = serde_json::json!({});
        patchbay_monster::stamp(&mut data, meta);
        self.send("DELETE", path, Some(request_envelope(data)), Auth::Session).await
    }

    /// GET taking its path by value, for building many requests to run at once.
    pub async fn get_owned(&self, path: String) -> Result<Envelope, CrossbarError> {
        self.get(&path).await
    }

    /// GET a CSV rendering (`Accept: text/csv`, e.g. a CDR export): the raw text, recorded
    /// in the inspector like every other request. No re-authentication retry: an expired
    /// session shows as an error and the export can simply be asked again.
    pub async fn get_csv(&self, path: &str) -> Result<String, CrossbarError> {
        let response = self.exchange("GET", path, None, &Auth::Session, None, "text/csv").await;
        match response {
            Ok(r) if (200..300).contains(&r.status) => Ok(r.body),
            Ok(r) => Err(CrossbarError::from_response(r.status, &r.body)),
            Err(reason) => Err(CrossbarError::Network { detail: reason }),
        }
    }

    /// A request with a whole envelope and no token (`user_auth`, `api_auth`).
    pub async fn put_anonymous(&self, path: &str, envelope: Value) -> Result<Envelope, CrossbarError> {
        self.send("PUT", path, Some(envelope), Auth::Anonymous).await
    }

    pub async fn get_anonymous(&self, path: &str) -> Result<Envelope, CrossbarError> {
        self.send("GET", path, None, Auth::Anonymous).await
    }

    /// GET from another service the GUI relies on (a phone provisioner's catalogue), by
    /// absolute URL. Monster sends such services the session's token too (they check it
    /// against KAZOO), but a refusal there is that service's answer, not a lapsed session,
    /// so it never opens the sign-in-again dialog. The inspector shows it beside the
    /// Crossbar calls, token redacted.
    pub async fn get_external(&self, url: &str) -> Result<Envelope, CrossbarError> {
        let auth = match self.client.session.token_untracked() {
            Some(token) => Auth::Token(token),
            None => Auth::Anonymous,
        };
        self.send("GET", url, None, auth).await
    }

    /// GET with a token that is not in the session yet.
    pub async fn get_with_token(&self, path: &str, token: &str) -> Result<Envelope, CrossbarError> {
        self.send("GET", path, None, Auth::Token(token.to_string())).await
    }

    /// Refresh the session's token (`PUT /v2/auth`, action `refresh_token`), without
    /// re-authentication: a refused refresh just lets the session lapse.
    pub async fn refresh_token(&self, token: &str) -> Result<Envelope, CrossbarError> {
        let body = serde_json::json!({"data": {}, "action": "refresh_token"});
        self.send("PUT", "auth", Some(body), Auth::Token(token.to_string())).await
    }

    async fn send(&self, method: &str, path: &str, body: Option<Value>, auth: Auth) -> Result<Envelope, CrossbarError> {
        let first = self.send_once(method, path, body.as_ref(), &auth, None).await;
        let refused = matches!(first, Err(CrossbarError::Unauthorized(_)));
        if refused && matches!(auth, Auth::Session) && self.client.reauth.wait().await {
            return self.send_once(method, path, body.as_ref(), &auth, Some("retried after signing in again")).await;
        }
        first
    }

    async fn send_once(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        auth: &Auth,
        note: Option<&str>,
    ) -> Result<Envelope, CrossbarError> {
        match self.exchange(method, path, body, auth, note, "application/json").await {
            Ok(r) => Envelope::parse(r.status, &r.body),
            Err(reason) => Err(CrossbarError::Network { detail: reason }),
        }
    }

    /// One HTTP exchange, recorded for the inspector; `Err` when no response arrived.
    async fn exchange(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        auth: &Auth,
        note: Option<&str>,
        accept: &str,
    ) -> Result<http::HttpResponse, String> {
        let url = if path.starts_with("https://") || path.starts_with("http://") {
            path.to_string()
        } else {
            format!("{}/{}", self.client.root(), path.trim_start_matches('/'))
        };
        let token = match auth {
            Auth::Anonymous => None,
            Auth::Session => self.client.session.token_untracked(),
            Auth::Token(t) => Some(t.clone()),
        };
        let mut headers = vec![("Accept".to_string(), accept.to_string())];
        if let Some(t) = &token {
            headers.push(("X-Auth-Token".to_string(), t.clone()));
        }
        let body_text = body.map(|b| b.to_string());
        if body_text.is_some() {
            headers.push(("Content-Type".to_string(), "application/json".to_string()));
        }

        let started_at_ms = now_ms();
        let t0 = http::monotonic_ms();
        let outcome = http::send(method, &url, &headers, body_text.as_deref()).await;
        let duration_ms = http::monotonic_ms() - t0;

        let (status, response_headers, response_body, failure) = match &outcome {
            Ok(r) => (Some(r.status), r.headers.clone(), Some(r.body.clone()), None),
            Err(reason) => (None, vec![], None, Some(reason.clone())),
        };
        let raw = Exchange {
            method: method.to_string(),
            url,
            request_headers: headers,
            request_body: body_text,
            status,
            response_headers,
            response_body,
            started_at_ms,
            duration_ms,
            note: failure.clone().or_else(|| note.map(str::to_string)),
            ..Exchange::default()
        };
        self.record(raw, token.as_deref());
        outcome
    }

    fn record(&self, raw: Exchange, token: Option<&str>) {
        // A login response carries a fresh token: scrub it wherever it appears.
        let minted = raw
            .response_body
            .as_deref()
            .and_then(|b| serde_json::from_str::<Value>(b).ok())
            .and_then(|v| v.get("auth_token").and_then(Value::as_str).map(str::to_string));
        let secrets: Vec<&str> = token.into_iter().chain(minted.as_deref()).collect();
        self.client.log.update(|log| {
            log.record(self.action_id, &self.label, raw, &secrets);
        });
    }
}
