//! What the API inspector keeps: GUI actions ("Sign in", "Save my settings"), each
//! with the Crossbar exchanges it caused, in a bounded log so a long session does
//! not grow memory without end. Secrets are redacted before an exchange is stored.

use std::collections::VecDeque;

use crate::redact::{redact_body, redact_headers, redact_url};

/// One HTTP request/response as the inspector shows it (already redacted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Exchange {
    pub id: u64,
    pub method: String,
    /// Absolute URL as sent, query included.
    pub url: String,
    pub request_headers: Vec<(String, String)>,
    pub request_body: Option<String>,
    /// `None` when no response arrived (network failure, aborted).
    pub status: Option<u16>,
    pub response_headers: Vec<(String, String)>,
    pub response_body: Option<String>,
    /// Milliseconds since the UNIX epoch when the request started.
    pub started_at_ms: f64,
    pub duration_ms: f64,
    /// Crossbar's `request_id` (envelope or `X-Request-ID` header).
    pub request_id: Option<String>,
    /// Why no response arrived, or a note such as "retried after sign-in".
    pub note: Option<String>,
    /// The app asked expecting this answer (a 404 meaning "none set up"): it is shown
    /// as normal, not as a failure.
    pub expected: bool,
}

impl Exchange {
    /// The stored form of a captured exchange: secrets redacted (`known_secrets` are
    /// literal values, such as the live token, scrubbed anywhere), id assigned, and
    /// Crossbar's `request_id` lifted from the envelope or the `X-Request-ID` header.
    pub fn redacted(self, id: u64, known_secrets: &[&str]) -> Exchange {
        let request_id = self
            .response_body
            .as_deref()
            .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
            .and_then(|v| v.get("request_id").and_then(|r| r.as_str()).map(str::to_string))
            .or_else(|| {
                self.response_headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("x-request-id"))
                    .map(|(_, v)| v.clone())
            });
        Exchange {
            id,
            url: redact_url(&self.url),
            request_headers: redact_headers(&self.request_headers),
            request_body: self.request_body.map(|b| redact_body(&b, known_secrets)),
            response_headers: redact_headers(&self.response_headers),
            response_body: self.response_body.map(|b| redact_body(&b, known_secrets)),
            request_id,
            ..self
        }
    }

    /// Path and query without scheme and host, for compact display.
    pub fn path(&self) -> &str {
        match self.url.find("://") {
            Some(i) => {
                let rest = &self.url[i + 3..];
                rest.find('/').map(|j| &rest[j..]).unwrap_or("/")
            }
            None => &self.url,
        }
    }

    pub fn is_error(&self) -> bool {
        !self.expected && self.status.is_none_or(|s| s >= 400)
    }

    /// The path and query for reading: percent-escapes decoded (`/phone_numbers/+1415…`,
    /// `filter_name=Spring break`), as a person reads them. What was sent, and what
    /// "copy as curl" gives, stays encoded.
    pub fn readable_path(&self) -> String {
        percent_decoded(self.path())
    }
}

/// `text` with its `%XX` escapes decoded where they make valid UTF-8; anything else
/// is left as it is.
pub fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// What the inspector's "Filter calls" keeps: calls whose method, status, path or
/// bodies hold every word typed (any case), of the chosen method, failed only if asked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallFilter {
    pub text: String,
    /// `GET`, `PUT`…; empty for any.
    pub method: String,
    pub failed_only: bool,
}

impl CallFilter {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.method.is_empty() && !self.failed_only
    }

    fn words(&self) -> Vec<String> {
        self.text.split_whitespace().map(str::to_ascii_lowercase).collect()
    }

    fn kind_matches(&self, ex: &Exchange) -> bool {
        (self.method.is_empty() || ex.method.eq_ignore_ascii_case(&self.method)) && (!self.failed_only || ex.is_error())
    }

    /// Whether the call is kept.
    pub fn matches(&self, ex: &Exchange) -> bool {
        self.kind_matches(ex) && {
            let hay = haystack(ex);
            self.words().iter().all(|w| hay.contains(w.as_str()))
        }
    }

    /// The action with only the calls kept, or `None` when none is. Words found in the
    /// action's name keep all its calls of the chosen kind ("Save call forward").
    pub fn apply(&self, action: &Action) -> Option<Action> {
        if self.is_empty() {
            return Some(action.clone());
        }
        let label = action.label.to_ascii_lowercase();
        let rest: Vec<String> = self.words().into_iter().filter(|w| !label.contains(w.as_str())).collect();
        let exchanges: Vec<Exchange> = action
            .exchanges
            .iter()
            .filter(|ex| {
                self.kind_matches(ex) && {
                    let hay = haystack(ex);
                    rest.iter().all(|w| hay.contains(w.as_str()))
                }
            })
            .cloned()
            .collect();
        (!exchanges.is_empty()).then(|| Action { exchanges, ..action.clone() })
    }
}

/// Everything a call can be searched by, in lower case.
fn haystack(ex: &Exchange) -> String {
    let status = ex.status.map(|s| s.to_string()).unwrap_or_default();
    [
        ex.method.as_str(),
        status.as_str(),
        &ex.readable_path(),
        ex.path(),
        ex.request_body.as_deref().unwrap_or_default(),
        ex.response_body.as_deref().unwrap_or_default(),
    ]
    .join("\n")
    .to_ascii_lowercase()
}

/// A GUI action and the calls it made.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: u64,
    pub label: String,
    pub started_at_ms: f64,
    pub exchanges: Vec<Exchange>,
}

impl Action {
    /// Wall time from the first request's start to the last response.
    pub fn duration_ms(&self) -> f64 {
        self.exchanges.iter().map(|e| e.started_at_ms + e.duration_ms).fold(self.started_at_ms, f64::max)
            - self.started_at_ms
    }

    pub fn failed(&self) -> bool {
        self.exchanges.iter().any(Exchange::is_error)
    }
}

/// Ring buffer of actions, bounded by the total number of exchanges kept.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionLog {
    capacity: usize,
    actions: VecDeque<Action>,
    next_id: u64,
}

impl ActionLog {
    pub fn new(capacity: usize) -> Self {
        ActionLog { capacity: capacity.max(1), actions: VecDeque::new(), next_id: 1 }
    }

    fn fresh_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Start a new action; returns its id.
    pub fn begin(&mut self, label: impl Into<String>, now_ms: f64) -> u64 {
        let id = self.fresh_id();
        self.actions.push_back(Action { id, label: label.into(), started_at_ms: now_ms, exchanges: Vec::new() });
        self.evict();
        id
    }

    /// Add a captured (unredacted) exchange to an action. If the action was evicted meanwhile, the
    /// exchange starts a fresh action with the same label so nothing is silently lost.
    pub fn record(&mut self, action_id: u64, label: &str, captured: Exchange, known_secrets: &[&str]) -> u64 {
        let ex_id = self.fresh_id();
        let exchange = captured.redacted(ex_id, known_secrets);
        match self.actions.iter_mut().find(|a| a.id == action_id) {
            Some(action) => action.exchanges.push(exchange),
            None => {
                let started = exchange.started_at_ms;
                let id = self.begin(label, started);
                if let Some(a) = self.actions.iter_mut().find(|a| a.id == id) {
                    a.exchanges.push(exchange);
                }
            }
        }
        self.evict();
        ex_id
    }

    fn total_exchanges(&self) -> usize {
        self.actions.iter().map(|a| a.exchanges.len()).sum()
    }

    /// Drop the oldest actions while over capacity, but never the newest one.
    fn evict(&mut self) {
        while self.actions.len() > 1 && (self.total_exchanges() > self.capacity || self.actions.len() > self.capacity) {
            self.actions.pop_front();
        }
    }

    /// Newest first, as the panel lists them; actions without calls are hidden.
    pub fn newest_first(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().rev().filter(|a| !a.exchanges.is_empty())
    }

    pub fn clear(&mut self) {
        self.actions.clear();
    }

    pub fn find_exchange(&self, id: u64) -> Option<&Exchange> {
        self.actions.iter().flat_map(|a| a.exchanges.iter()).find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(path: &str, status: u16) -> Exchange {
        Exchange {
            method: "GET".into(),
            url: format!("http://h:8080{path}"),
            request_headers: vec![("X-Auth-Token".into(), "eyJsecret.token.sig".into())],
            status: Some(status),
            response_body: Some(
                r#"{"data":[],"request_id":"req-1","auth_token":"eyJsecret.token.sig","status":"success"}"#.into(),
            ),
            started_at_ms: 1000.0,
            duration_ms: 25.0,
            ..Exchange::default()
        }
    }

    #[test]
    fn exchanges_are_grouped_under_their_action_and_redacted() {
        let mut log = ActionLog::new(10);
        let a = log.begin("Open Users", 1000.0);
        log.record(a, "Open Users", raw("/v2/accounts/x/users", 200), &["eyJsecret.token.sig"]);
        log.record(a, "Open Users", raw("/v2/accounts/x/callflows", 200), &["eyJsecret.token.sig"]);
        let action = log.newest_first().next().unwrap();
        assert_eq!(action.label, "Open Users");
        assert_eq!(action.exchanges.len(), 2);
        let ex = &action.exchanges[0];
        assert_eq!(ex.request_id.as_deref(), Some("req-1"));
        assert_eq!(ex.request_headers[0].1, "{AUTH_TOKEN}");
        assert!(!ex.response_body.as_ref().unwrap().contains("eyJsecret"));
        assert_eq!(ex.path(), "/v2/accounts/x/users");
    }

    #[test]
    fn the_filter_keeps_calls_by_words_method_and_failure() {
        let mut log = ActionLog::new(10);
        let a = log.begin("Save call forward of Alice", 0.0);
        let mut patch = raw("/v2/accounts/x/users/u1", 200);
        patch.method = "PATCH".into();
        patch.request_body = Some(r#"{"data":{"call_forward":{"number":"+14155550199"}}}"#.into());
        log.record(a, "Save call forward of Alice", patch, &[]);
        log.record(a, "Save call forward of Alice", raw("/v2/accounts/x/users/u1/presence", 404), &[]);
        let action = log.newest_first().next().unwrap().clone();
        let kept = |f: CallFilter| {
            f.apply(&action).map(|a| a.exchanges.iter().map(|e| e.path().to_string()).collect::<Vec<_>>())
        };
        let text = |t: &str| CallFilter { text: t.into(), ..CallFilter::default() };
        assert_eq!(kept(CallFilter::default()).map(|p| p.len()), Some(2));
        assert_eq!(kept(text("4155550199")), Some(vec!["/v2/accounts/x/users/u1".to_string()]), "text in a body");
        assert_eq!(
            kept(text("PRESENCE 404")),
            Some(vec!["/v2/accounts/x/users/u1/presence".to_string()]),
            "path and status, any case"
        );
        assert_eq!(kept(text("alice")).map(|p| p.len()), Some(2), "the action's name keeps all its calls");
        assert_eq!(kept(text("alice presence")).map(|p| p.len()), Some(1));
        assert_eq!(kept(text("bob")), None);
        assert_eq!(kept(CallFilter { method: "PATCH".into(), ..CallFilter::default() }).map(|p| p.len()), Some(1));
        assert_eq!(
            kept(CallFilter { failed_only: true, ..CallFilter::default() }),
            Some(vec!["/v2/accounts/x/users/u1/presence".to_string()])
        );
    }

    #[test]
    fn the_log_is_bounded_and_drops_the_oldest_actions() {
        let mut log = ActionLog::new(5);
        for i in 0..20 {
            let a = log.begin(format!("action {i}"), i as f64);
            log.record(a, "x", raw("/v2/about", 200), &[]);
        }
        let labels: Vec<_> = log.newest_first().map(|a| a.label.clone()).collect();
        assert_eq!(labels, vec!["action 19", "action 18", "action 17", "action 16", "action 15"]);
    }

    #[test]
    fn a_late_response_for_an_evicted_action_is_not_lost() {
        let mut log = ActionLog::new(1);
        let old = log.begin("Old", 0.0);
        let new = log.begin("New", 1.0);
        log.record(new, "New", raw("/v2/a", 200), &[]);
        log.record(old, "Old", raw("/v2/b", 200), &[]);
        assert_eq!(log.newest_first().next().unwrap().label, "Old");
    }

    #[test]
    fn failures_and_durations() {
        let mut log = ActionLog::new(10);
        let a = log.begin("Save", 1000.0);
        log.record(a, "Save", raw("/v2/x", 200), &[]);
        let mut failed = raw("/v2/y", 0);
        failed.status = None;
        failed.started_at_ms = 1030.0;
        failed.duration_ms = 70.0;
        log.record(a, "Save", failed, &[]);
        let action = log.newest_first().next().unwrap();
        assert!(action.failed());
        assert_eq!(action.duration_ms(), 100.0);
    }

    #[test]
    fn paths_read_decoded_and_expected_answers_are_not_failures() {
        let ex = raw("/v2/accounts/a/phone_numbers/%2B14155550100?filter_name=Spring%20break&x=%ZZ", 200);
        assert_eq!(ex.readable_path(), "/v2/accounts/a/phone_numbers/+14155550100?filter_name=Spring break&x=%ZZ");
        assert_eq!(percent_decoded("caf%C3%A9"), "café");
        assert_eq!(percent_decoded("%FF"), "%FF", "not UTF-8: left as sent");
        let missing = raw("/v2/whitelabel/example.com", 404);
        assert!(missing.is_error());
        assert!(!Exchange { expected: true, ..missing }.is_error());
    }
}
