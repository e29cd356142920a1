//! Saves that never overwrite someone else's change unseen.
//!
//! Crossbar has no revision check of its own on POST, PATCH or DELETE: the later of two
//! saves simply wins. So the client remembers the revision of every document it reads
//! (the envelope's `revision`, the document's `_rev`) and sends it as `If-Match` when it
//! writes that document back. Crossbar runs on cowboy_rest, whose conditional handling
//! answers 412 to a stale `If-Match`; the sandbox does the same. That 412 is inferred
//! from cowboy_rest, not documented by Crossbar, so the client checks what it gets:
//! - a server that ignores `If-Match` (a stale save goes through) is found by one probe
//!   per session, a read with a revision that cannot match; such a server gets
//!   "read the revision again just before saving" instead;
//! - a server that answers 412 although a fresh read shows the revision unchanged does
//!   not honour `If-Match` for that kind of write (KAZOO's users POST has no ETag to
//!   compare with): that method and collection fall back to read-compare-save for the
//!   session, so a save is never blocked by it.
//!
//! When the document did change, the save waits while [`ConflictGate`] asks the person
//! what to do, showing what the other person changed: keep mine, merge, reload, or
//! cancel (nothing written, the form keeps what was typed).

use std::collections::{HashMap, HashSet};

use futures::channel::oneshot;
use leptos::prelude::*;
use patchbay_crossbar::conflict::{apply_patch, Collision};
use patchbay_crossbar::path::nouns;
use serde_json::Value;

/// What this tab last saw of one document.
#[derive(Clone, Debug)]
pub struct Seen {
    pub revision: String,
    pub data: Value,
}

/// Whether this server refuses stale saves, as far as the session has found out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum IfMatchSupport {
    #[default]
    Unknown,
    Honoured,
    Ignored,
}

/// The documents this tab has read, by path, and what it learnt about `If-Match`.
#[derive(Clone, Copy)]
pub struct Revisions {
    seen: StoredValue<HashMap<String, Seen>>,
    support: StoredValue<IfMatchSupport>,
    /// `(method, collection)` pairs the server answers 412 for whatever the revision.
    refused: StoredValue<HashSet<(String, String)>>,
}

impl Revisions {
    pub fn new() -> Self {
        Revisions {
            seen: StoredValue::new(HashMap::new()),
            support: StoredValue::new(IfMatchSupport::Unknown),
            refused: StoredValue::new(HashSet::new()),
        }
    }

    pub fn get(&self, path: &str) -> Option<Seen> {
        self.seen.with_value(|s| s.get(&doc_key(path)).cloned())
    }

    pub fn remember(&self, path: &str, revision: &str, data: &Value) {
        let seen = Seen { revision: revision.to_string(), data: data.clone() };
        self.seen.update_value(|s| {
            s.insert(doc_key(path), seen);
        });
    }

    pub fn forget(&self, path: &str) {
        self.seen.update_value(|s| {
            s.remove(&doc_key(path));
        });
    }

    pub fn support(&self) -> IfMatchSupport {
        self.support.get_value()
    }

    pub fn set_support(&self, support: IfMatchSupport) {
        self.support.set_value(support);
    }

    pub fn refuses(&self, method: &str, path: &str) -> bool {
        self.refused.with_value(|r| r.contains(&(method.to_string(), collection_of(path))))
    }

    pub fn mark_refused(&self, method: &str, path: &str) {
        self.refused.update_value(|r| {
            r.insert((method.to_string(), collection_of(path)));
        });
    }
}

impl Default for Revisions {
    fn default() -> Self {
        Self::new()
    }
}

/// A document's path without query string or slashes at the ends.
pub fn doc_key(path: &str) -> String {
    path.split(['?', '#']).next().unwrap_or_default().trim_matches('/').to_string()
}

/// Whether a path names one document (so its GET answer has a revision worth keeping):
/// its last noun has an argument.
pub fn is_document_path(path: &str) -> bool {
    !path.contains('?') && nouns(path).last().is_some_and(|n| !n.args.is_empty())
}

fn collection_of(path: &str) -> String {
    nouns(&doc_key(path)).last().map(|n| n.name.to_string()).unwrap_or_default()
}

/// What the person chose when their save ran into someone else's change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Put all of my changes on the stored document.
    KeepMine,
    /// Add only my changes to fields they did not touch.
    Merge,
    /// Drop my changes and show the stored document.
    Reload,
    /// Write nothing now; the form keeps what was typed.
    Cancel,
}

/// The question the conflict dialog shows.
#[derive(Clone, Debug)]
pub struct Question {
    /// The GUI action that was saving ("Save user Ada Admin").
    pub action: String,
    pub collision: Collision,
    /// The save was a delete.
    pub deleting: bool,
}

/// Writes that ran into someone else's change wait here while one dialog asks what to
/// do (like [`super::ReauthGate`] for an expired session).
#[derive(Clone, Copy)]
pub struct ConflictGate {
    question: RwSignal<Option<Question>>,
    answer: StoredValue<Option<oneshot::Sender<Resolution>>>,
    /// Bumped when the person chooses to reload: screens that read documents track it
    /// and read them again.
    pub epoch: RwSignal<u64>,
}

impl ConflictGate {
    pub fn new() -> Self {
        ConflictGate { question: RwSignal::new(None), answer: StoredValue::new(None), epoch: RwSignal::new(0) }
    }

    /// The open question (reactive).
    pub fn question(&self) -> Option<Question> {
        self.question.get()
    }

    /// Shows `question` and waits for the answer. A second conflict while one is open
    /// cancels the first (the person is answering about the later one).
    pub async fn ask(&self, question: Question) -> Resolution {
        let (tx, rx) = oneshot::channel();
        if let Some(previous) = self.answer.write_value().replace(tx) {
            let _ = previous.send(Resolution::Cancel);
        }
        self.question.set(Some(question));
        rx.await.unwrap_or(Resolution::Cancel)
    }

    pub fn answer(&self, resolution: Resolution) {
        self.question.set(None);
        if let Some(tx) = self.answer.write_value().take() {
            let _ = tx.send(resolution);
        }
        if resolution == Resolution::Reload {
            self.reload_screens();
        }
    }

    /// Screens read their documents again: after "Reload", and after a resolved save,
    /// whose form shows what this tab typed rather than what is now stored.
    pub fn reload_screens(&self) {
        self.epoch.update(|e| *e += 1);
    }
}

impl Default for ConflictGate {
    fn default() -> Self {
        Self::new()
    }
}

/// What a write would make of the document as this tab saw it.
pub fn intended(method: &str, base: &Value, body: Option<&Value>) -> Option<Value> {
    let data = body.and_then(|b| b.get("data")).cloned().unwrap_or(Value::Null);
    match method {
        "PATCH" => Some(apply_patch(base, &data)),
        "POST" => Some(data),
        _ => None,
    }
}

/// The request body resolving a conflict: the chosen patch, stamped like the original
/// write (its `ui_metadata`), as a PATCH — or for a POST, the whole document.
pub fn resolved_body(method: &str, original: Option<&Value>, fresh: &Value, patch: Value) -> Value {
    let stamp = original.and_then(|b| b.pointer("/data/ui_metadata")).cloned();
    let mut data = if method == "POST" { apply_patch(fresh, &patch) } else { patch };
    if let (Some(stamp), Value::Object(map)) = (stamp, &mut data) {
        map.insert("ui_metadata".into(), stamp);
    }
    if let Value::Object(map) = &mut data {
        map.remove("id");
        map.remove("_read_only");
    }
    serde_json::json!({ "data": data })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn document_paths_are_told_from_listings() {
        let a = "0123456789abcdef0123456789abcdef";
        assert!(is_document_path(&format!("accounts/{a}/users/{a}")));
        assert!(is_document_path(&format!("accounts/{a}")));
        assert!(!is_document_path(&format!("accounts/{a}/users")));
        assert!(!is_document_path(&format!("accounts/{a}/users/{a}?x=1")));
        assert_eq!(collection_of(&format!("accounts/{a}/users/{a}")), "users");
        assert_eq!(doc_key(&format!("/accounts/{a}/users/{a}?x=1")), format!("accounts/{a}/users/{a}"));
    }

    #[test]
    fn a_resolution_keeps_the_stamp_and_a_post_sends_the_whole_document() {
        let original = json!({"data": {"first_name": "Ally", "ui_metadata": {"origin": "voip"}}});
        let fresh = json!({"id": "u", "first_name": "Alicia", "last_name": "L"});
        let patch = json!({"first_name": "Ally"});
        assert_eq!(
            resolved_body("PATCH", Some(&original), &fresh, patch.clone()),
            json!({"data": {"first_name": "Ally", "ui_metadata": {"origin": "voip"}}})
        );
        assert_eq!(
            resolved_body("POST", Some(&original), &fresh, patch),
            json!({"data": {"first_name": "Ally", "last_name": "L", "ui_metadata": {"origin": "voip"}}})
        );
    }
}
