//! The one Crossbar client. Every request of the app goes through [`ActionScope::send`]:
//! it builds the envelope, sets `X-Auth-Token`, parses success and error envelopes
//! into typed results, records the exchange for the API inspector, and on a refused
//! token waits for the person to sign in again before retrying.

mod conditional;
mod http;
pub mod load;
mod reauth;
mod save;
mod scope;

use leptos::prelude::*;
use patchbay_crossbar::inspector::ActionLog;

pub use conditional::{ConflictGate, Question, Resolution, Revisions};
pub use http::now_ms;
pub use load::{use_load, Answer, Load, Rounds};
// Paging is browser-free (it runs over any `Transport`), so it lives in the crossbar crate.
pub use patchbay_crossbar::paging::{
    count_rows, fetch_all_pages, for_each_page, one_of_filter, page_path, walk_pages, COUNT_PAGE_SIZE, PAGE_SIZE,
};
pub use reauth::ReauthGate;
pub use save::{use_save, Save};
pub use scope::ActionScope;

use crate::session::Session;

/// Exchanges kept by the inspector before the oldest actions are dropped.
const INSPECTOR_CAPACITY: usize = 500;

/// How a request authenticates.
#[derive(Clone)]
pub(crate) enum Auth {
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
    /// Revisions of the documents this tab read, sent back as `If-Match`.
    pub revisions: Revisions,
    pub conflicts: ConflictGate,
}

impl Crossbar {
    /// `root` is the absolute Crossbar URL without trailing slash (`http://host/v2`).
    pub fn new(root: String, session: Session) -> Self {
        Crossbar {
            root: StoredValue::new(root),
            session,
            log: RwSignal::new(ActionLog::new(INSPECTOR_CAPACITY)),
            reauth: ReauthGate::new(),
            revisions: Revisions::new(),
            conflicts: ConflictGate::new(),
        }
    }

    pub fn root(&self) -> String {
        self.root.get_value()
    }

    /// Scheme, host and port of the Crossbar root (for curl's `{SERVER}`).
    pub fn server_origin(&self) -> String {
        patchbay_crossbar::path::origin(&self.root()).unwrap_or_default().to_string()
    }

    /// The id of the account the sections work on: the one acted as, else the signed-in
    /// one (`""` when signed out: a request then fails cleanly).
    pub fn account_id(&self) -> String {
        self.session.with_untracked(|s| s.map(|s| s.working_account_id().to_string())).unwrap_or_default()
    }

    /// The signed-in person's own account, whatever account they act as (their user
    /// document and their sub-accounts live there).
    pub fn own_account_id(&self) -> String {
        self.session.get_untracked().map(|s| s.account_id).unwrap_or_default()
    }

    /// Start a named GUI action; its calls are grouped under `label` in the inspector.
    pub fn action(&self, label: impl Into<String>) -> ActionScope {
        let label = label.into();
        let id = self.log.try_update(|log| log.begin(label.clone(), now_ms())).unwrap_or_default();
        ActionScope::new(*self, id, label)
    }
}
