//! One GUI action's requests ("Save user Ada Admin"), grouped under its name in the
//! inspector. Every request of the app goes through [`ActionScope::send`]: it builds the
//! envelope, sets `X-Auth-Token`, parses success and error envelopes into typed
//! results, records the exchange for the inspector, sends the revision a document was
//! read at as `If-Match` (`conditional`), and on a refused token waits for the person
//! to sign in again before retrying.

use leptos::prelude::*;
use patchbay_crossbar::envelope::request_envelope;
use patchbay_crossbar::inspector::Exchange;
use patchbay_crossbar::{CrossbarError, Envelope, Reply, Transport};
use patchbay_monster::UiMetadata;
use serde_json::Value;

use super::conditional::{self, Resolution};
use super::{http, now_ms, Auth, Crossbar};

/// Why the inspector shows a read with an impossible `If-Match`.
const PROBE_NOTE: &str = "checks once per session that this server refuses saves made from an old revision (If-Match)";

/// What a cancelled request shows in the inspector.
const CANCELLED_NOTE: &str = "cancelled: the screen that asked was left or asked again";

/// What a 412 means, in the inspector.
const STALE_NOTE: &str =
    "412: the document changed since this tab read it; the If-Match revision is no longer the stored one";

/// What else shapes one exchange besides method, path, body and token.
#[derive(Clone, Copy)]
struct Extra<'a> {
    /// Shown with the exchange in the inspector.
    note: Option<&'a str>,
    accept: &'a str,
    /// The revision the write was made from.
    if_match: Option<&'a str>,
    /// A body that is not JSON (a file as base64 text) and its type.
    raw_body: Option<(&'a str, &'a str)>,
    /// Read the answer as bytes.
    binary: bool,
}

impl Default for Extra<'_> {
    fn default() -> Self {
        Extra { note: None, accept: "application/json", if_match: None, raw_body: None, binary: false }
    }
}

/// Smart PBX's operations (`patchbay_smartpbx`) run through the app's one client.
impl Transport for ActionScope {
    fn send<'a>(&'a self, method: &'a str, path: &'a str, data: Option<Value>) -> Reply<'a> {
        ActionScope::send(self, method, path, data.map(request_envelope), Auth::Session)
    }
}

/// Requests made on behalf of one GUI action.
#[derive(Clone)]
pub struct ActionScope {
    client: Crossbar,
    action_id: u64,
    label: String,
    /// Cancels this scope's requests (see `api::load`); `None` for writes, which are
    /// never cut off half-way.
    abort: Option<web_sys::AbortSignal>,
    /// An answer status the caller expects and handles, and what it means (see
    /// `expecting`).
    expected: Option<(u16, String)>,
    /// Whether the inspector's copy of each exchange is written after the screen is drawn
    /// (see `record`); reads that fill a screen say so, writes and the API console, which
    /// shows the recorded exchange at once, do not.
    record_later: bool,
}

impl ActionScope {
    pub(super) fn new(client: Crossbar, action_id: u64, label: String) -> Self {
        ActionScope { client, action_id, label, abort: None, expected: None, record_later: false }
    }

    /// The same scope, `status` being an answer its caller expects and handles (the
    /// white-label lookup's 404 means "no branding for this domain"): the inspector shows
    /// it as normal, not as a failure.
    pub fn expecting(mut self, status: u16, meaning: String) -> Self {
        self.expected = Some((status, meaning));
        self
    }

    /// The same scope, its requests cancelled when `signal` is aborted.
    pub fn cancelled_by(mut self, signal: web_sys::AbortSignal) -> Self {
        self.abort = Some(signal);
        self
    }

    /// The same scope, its exchanges written to the inspector in the task after the answer
    /// arrived, once the screen waiting for it has been drawn. For a read that fills a
    /// screen: redacting and laying out a large answer for the inspector took ~20 ms of
    /// the ~100 ms a 500-step callflow took to open (`cargo xtask bench`). Tasks run in
    /// order, so the log keeps the order of the answers.
    pub fn recorded_after_drawing(mut self) -> Self {
        self.record_later = true;
        self
    }

    pub fn get<'a>(&'a self, path: &'a str) -> Reply<'a> {
        self.send("GET", path, None, Auth::Session)
    }

    pub fn put<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("PUT", path, Some(request_envelope(data)), Auth::Session)
    }

    pub fn post<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("POST", path, Some(request_envelope(data)), Auth::Session)
    }

    pub fn patch<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("PATCH", path, Some(request_envelope(data)), Auth::Session)
    }

    /// DELETE carrying `{"data": {"ui_metadata": …}}`: Monster's SDK stamps the body of every DELETE as it
    /// does other writes (monster-ui `src/js/lib/jquery.kazoosdk.js` `request`), so a Patchbay delete reads
    /// the same to Crossbar, its logs and anything watching them. The inspector records and "copy as curl"
    /// shows that body like any other.
    pub fn delete_stamped<'a>(&'a self, path: &'a str, meta: &UiMetadata) -> Reply<'a> {
        let mut data = serde_json::json!({});
        patchbay_monster::stamp(&mut data, meta);
        self.send("DELETE", path, Some(request_envelope(data)), Auth::Session)
    }

    /// A request as a person typed it in the API console: the body is the whole envelope,
    /// sent as written.
    pub fn send_as_typed<'a>(&'a self, method: &'a str, path: &'a str, envelope: Option<Value>) -> Reply<'a> {
        self.send(method, path, envelope, Auth::Session)
    }

    /// The inspector action this scope records into.
    pub fn action_id(&self) -> u64 {
        self.action_id
    }

    /// GET taking its path by value, for building many requests to run at once.
    pub fn get_owned(&self, path: String) -> Reply<'_> {
        Box::pin(async move { self.get(&path).await })
    }

    /// POST a file as base64 text (`application/x-base64`, a `data:` URI as Monster's
    /// media upload sends it) to a `…/raw` path.
    pub async fn upload(&self, path: &str, content_type: &str, text: &str) -> Result<(), CrossbarError> {
        let extra = Extra { raw_body: Some((text, content_type)), ..Extra::default() };
        match self.exchange("POST", path, None, &Auth::Session, &extra).await {
            Ok(r) if (200..300).contains(&r.status) => Ok(()),
            Ok(r) => Err(CrossbarError::from_response(r.status, &r.body)),
            Err(failure) => Err(failure.into()),
        }
    }

    /// GET a file (a `…/raw` path): its type and bytes.
    pub async fn get_bytes(&self, path: &str, accept: &str) -> Result<(String, Vec<u8>), CrossbarError> {
        let extra = Extra { accept, binary: true, ..Extra::default() };
        match self.exchange("GET", path, None, &Auth::Session, &extra).await {
            Ok(r) if (200..300).contains(&r.status) => {
                let content_type = r
                    .headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                Ok((content_type, r.bytes.unwrap_or_default()))
            }
            Ok(r) => Err(CrossbarError::from_response(r.status, &r.body)),
            Err(failure) => Err(failure.into()),
        }
    }

    /// A request with a whole envelope and no token (`user_auth`, `api_auth`).
    pub fn put_anonymous<'a>(&'a self, path: &'a str, envelope: Value) -> Reply<'a> {
        self.send("PUT", path, Some(envelope), Auth::Anonymous)
    }

    /// `put_anonymous`'s POST (`user_auth/recovery` with a mailed reset id).
    pub fn post_anonymous<'a>(&'a self, path: &'a str, envelope: Value) -> Reply<'a> {
        self.send("POST", path, Some(envelope), Auth::Anonymous)
    }

    pub fn get_anonymous<'a>(&'a self, path: &'a str) -> Reply<'a> {
        self.send("GET", path, None, Auth::Anonymous)
    }

    /// GET from another service the GUI relies on (a phone provisioner's catalogue), by
    /// absolute URL. Monster sends such services the session's token too (they check it
    /// against KAZOO), but a refusal there is that service's answer, not a lapsed session,
    /// so it never opens the sign-in-again dialog. The inspector shows it beside the
    /// Crossbar calls, token redacted.
    pub fn get_external<'a>(&'a self, url: &'a str) -> Reply<'a> {
        let auth = match self.client.session.token_untracked() {
            Some(token) => Auth::Token(token),
            None => Auth::Anonymous,
        };
        self.send("GET", url, None, auth)
    }

    /// `get_external`'s DELETE (a provisioner's phone lock).
    pub fn delete_external<'a>(&'a self, url: &'a str) -> Reply<'a> {
        let auth = match self.client.session.token_untracked() {
            Some(token) => Auth::Token(token),
            None => Auth::Anonymous,
        };
        self.send("DELETE", url, None, auth)
    }

    /// GET with a token that is not in the session yet.
    pub fn get_with_token<'a>(&'a self, path: &'a str, token: &str) -> Reply<'a> {
        self.send("GET", path, None, Auth::Token(token.to_string()))
    }

    /// Refresh the session's token (`PUT /v2/auth`, action `refresh_token`), without
    /// re-authentication: a refused refresh just lets the session lapse.
    pub fn refresh_token(&self, token: &str) -> Reply<'_> {
        let body = serde_json::json!({"data": {}, "action": "refresh_token"});
        self.send("PUT", "auth", Some(body), Auth::Token(token.to_string()))
    }

    /// The one way out: every request above is this boxed future (see `Reply`).
    fn send<'a>(&'a self, method: &'a str, path: &'a str, body: Option<Value>, auth: Auth) -> Reply<'a> {
        Box::pin(self.send_now(method, path, body, auth))
    }

    async fn send_now(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        auth: Auth,
    ) -> Result<Envelope, CrossbarError> {
        let session = matches!(auth, Auth::Session);
        let known = if session && matches!(method, "PATCH" | "POST" | "DELETE") {
            self.client.revisions.get(path)
        } else {
            None
        };
        let result = match known {
            Some(seen) => self.write_conditionally(method, path, body, seen).await,
            None => self.send_with_reauth(method, path, body.as_ref(), &auth, None).await,
        };
        if session {
            self.note_revision(method, path, &result);
        }
        result
    }

    /// Keeps the revision of a document read or written, or forgets a deleted one.
    fn note_revision(&self, method: &str, path: &str, result: &Result<Envelope, CrossbarError>) {
        let Ok(env) = result else { return };
        if method == "DELETE" {
            self.client.revisions.forget(path);
            return;
        }
        if method == "PUT" || !conditional::is_document_path(path) || !env.data.is_object() {
            return;
        }
        if let Some(rev) = &env.revision {
            self.client.revisions.remember(path, rev, &env.data);
        }
    }

    async fn send_with_reauth(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        auth: &Auth,
        if_match: Option<&str>,
    ) -> Result<Envelope, CrossbarError> {
        let first = self.send_once(method, path, body, auth, None, if_match).await;
        let refused = matches!(first, Err(CrossbarError::Unauthorized(_)));
        if refused && matches!(auth, Auth::Session) && self.client.reauth.wait().await {
            return self.send_once(method, path, body, auth, Some("retried after signing in again"), if_match).await;
        }
        first
    }

    /// A write of a document this tab has read: see `conditional`.
    async fn write_conditionally(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        mut seen: conditional::Seen,
    ) -> Result<Envelope, CrossbarError> {
        use conditional::IfMatchSupport;
        if self.client.revisions.support() == IfMatchSupport::Unknown {
            self.probe_if_match(path).await;
        }
        let mut body = body;
        let mut resolved = false;
        let done = |result: Result<Envelope, CrossbarError>, resolved: bool| {
            if resolved && result.is_ok() {
                self.client.conflicts.reload_screens();
            }
            result
        };
        // Someone may save again while the person answers; ask again, a few times.
        for _ in 0..3 {
            let read_first = self.client.revisions.support() == IfMatchSupport::Ignored
                || self.client.revisions.refuses(method, path);
            let fresh = if read_first {
                let fresh = self.get_fresh(path).await?;
                (fresh.revision.as_deref() != Some(seen.revision.as_str())).then_some(fresh)
            } else {
                let tag = format!("\"{}\"", seen.revision);
                match self.send_with_reauth(method, path, body.as_ref(), &Auth::Session, Some(&tag)).await {
                    Err(CrossbarError::PreconditionFailed) => {
                        let fresh = self.get_fresh(path).await?;
                        if fresh.revision.as_deref() == Some(seen.revision.as_str()) {
                            // Unchanged, yet refused: this server does not honour If-Match
                            // for this kind of write. Compare before saving from now on.
                            self.client.revisions.mark_refused(method, path);
                            let result = self.send_with_reauth(method, path, body.as_ref(), &Auth::Session, None).await;
                            return done(result, resolved);
                        }
                        Some(fresh)
                    }
                    other => return done(other, resolved),
                }
            };
            let Some(fresh) = fresh else {
                let result = self.send_with_reauth(method, path, body.as_ref(), &Auth::Session, None).await;
                return done(result, resolved);
            };
            // The document changed since this tab read it.
            let deleting = method == "DELETE";
            let mine = conditional::intended(method, &seen.data, body.as_ref()).unwrap_or(Value::Null);
            let collision = patchbay_crossbar::conflict::Collision::analyse(&seen.data, &fresh.data, &mine);
            let question = conditional::Question { action: self.label.clone(), collision: collision.clone(), deleting };
            let patch = match self.client.conflicts.ask(question).await {
                Resolution::KeepMine => collision.keep_mine_patch(),
                Resolution::Merge => collision.merge_patch(),
                Resolution::Reload | Resolution::Cancel => return Err(CrossbarError::Superseded),
            };
            resolved = true;
            if !deleting {
                let original = body.as_ref();
                let resolved = conditional::resolved_body(method, original, &fresh.data, patch);
                body = Some(resolved);
            }
            seen = conditional::Seen { revision: fresh.revision.clone().unwrap_or_default(), data: fresh.data.clone() };
        }
        Err(CrossbarError::Superseded)
    }

    /// Reads a document again to see whether it changed. What it finds is not
    /// remembered as seen: the screen still shows the older version, so a later save
    /// from it (after "Cancel") must run into the same change again.
    async fn get_fresh(&self, path: &str) -> Result<Envelope, CrossbarError> {
        self.send_with_reauth("GET", &conditional::doc_key(path), None, &Auth::Session, None).await
    }

    /// Once per session: does this server refuse a stale `If-Match`? A read with a
    /// revision that cannot match answers 412 where it does (nothing is written).
    async fn probe_if_match(&self, path: &str) {
        use conditional::IfMatchSupport;
        let path = conditional::doc_key(path);
        let tag = "\"0-patchbay-if-match-probe\"";
        let outcome = self.send_once("GET", &path, None, &Auth::Session, Some(PROBE_NOTE), Some(tag)).await;
        let support = match outcome {
            Err(CrossbarError::PreconditionFailed) => IfMatchSupport::Honoured,
            Ok(_) => IfMatchSupport::Ignored,
            Err(_) => IfMatchSupport::Unknown,
        };
        self.client.revisions.set_support(support);
    }

    async fn send_once(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        auth: &Auth,
        note: Option<&str>,
        if_match: Option<&str>,
    ) -> Result<Envelope, CrossbarError> {
        match self.exchange(method, path, body, auth, &Extra { note, if_match, ..Extra::default() }).await {
            Ok(r) => Envelope::parse(r.status, &r.body),
            Err(failure) => Err(failure.into()),
        }
    }

    /// One HTTP exchange, recorded for the inspector; `Err` when no response arrived.
    async fn exchange(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        auth: &Auth,
        extra: &Extra<'_>,
    ) -> Result<http::HttpResponse, http::Failure> {
        let Extra { note, accept, if_match, raw_body, binary } = *extra;
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
        if let Some(tag) = if_match {
            headers.push(("If-Match".to_string(), tag.to_string()));
        }
        let body_text = body.map(|b| b.to_string());
        if body_text.is_some() {
            headers.push(("Content-Type".to_string(), "application/json".to_string()));
        }
        if let Some((_, content_type)) = raw_body {
            headers.push(("Content-Type".to_string(), content_type.to_string()));
        }
        let sent = raw_body.map(|(text, _)| text).or(body_text.as_deref());

        let started_at_ms = now_ms();
        let t0 = http::monotonic_ms();
        let outcome = http::send(method, &url, &headers, sent, binary, self.abort.as_ref()).await;
        let duration_ms = http::monotonic_ms() - t0;

        let (status, response_headers, response_body, failure) = match &outcome {
            // A file is shown by its size: the inspector is for reading, not for files.
            Ok(r) => {
                let shown = match &r.bytes {
                    Some(bytes) => format!("({} bytes)", bytes.len()),
                    None => r.body.clone(),
                };
                (Some(r.status), r.headers.clone(), Some(shown), None)
            }
            Err(http::Failure::Network(reason)) => (None, vec![], None, Some(reason.clone())),
            Err(http::Failure::Cancelled) => (None, vec![], None, Some(CANCELLED_NOTE.to_string())),
        };
        let raw = Exchange {
            method: method.to_string(),
            url,
            request_headers: headers,
            request_body: match raw_body {
                Some((text, content_type)) => Some(format!("({} characters of {content_type})", text.len())),
                None => body_text,
            },
            status,
            response_headers,
            response_body,
            started_at_ms,
            duration_ms,
            note: failure
                .clone()
                .or_else(|| note.map(str::to_string))
                .or_else(|| (status == Some(412)).then(|| STALE_NOTE.to_string()))
                .or_else(|| self.expected.as_ref().filter(|(s, _)| status == Some(*s)).map(|(_, why)| why.clone())),
            expected: self.expected.as_ref().is_some_and(|(s, _)| status == Some(*s)),
            ..Exchange::default()
        };
        self.record(raw, token.as_deref());
        outcome
    }

    fn record(&self, raw: Exchange, token: Option<&str>) {
        let (log, action_id, label, token) =
            (self.client.log, self.action_id, self.label.clone(), token.map(str::to_string));
        let write = move || {
            // A login response carries a fresh token: scrub it wherever it appears.
            let minted = raw
                .response_body
                .as_deref()
                .filter(|b| b.contains("\"auth_token\""))
                .and_then(|b| serde_json::from_str::<Value>(b).ok())
                .and_then(|v| v.get("auth_token").and_then(Value::as_str).map(str::to_string));
            let secrets: Vec<&str> = token.as_deref().into_iter().chain(minted.as_deref()).collect();
            log.try_update(|log| log.record(action_id, &label, raw, &secrets));
        };
        if self.record_later {
            set_timeout(write, std::time::Duration::ZERO);
        } else {
            write();
        }
    }
}
