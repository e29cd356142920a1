//! When a token is refused mid-session, every request that hit the 401 waits here
//! while one dialog asks for the password again; then all of them are retried (or
//! all fail if the person signs out). Like Monster's relogin lock, but the person
//! is asked instead of replaying a stored credential hash.

use futures::channel::oneshot;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ReauthGate {
    open: RwSignal<bool>,
    waiters: StoredValue<Vec<oneshot::Sender<bool>>>,
}

impl ReauthGate {
    pub fn new() -> Self {
        ReauthGate { open: RwSignal::new(false), waiters: StoredValue::new(Vec::new()) }
    }

    /// Whether the password dialog should be shown (reactive).
    pub fn is_open(&self) -> bool {
        self.open.get()
    }

    /// Wait until the person has signed in again (`true`) or gave up (`false`).
    pub async fn wait(&self) -> bool {
        let (tx, rx) = oneshot::channel();
        self.waiters.update_value(|w| w.push(tx));
        self.open.set(true);
        rx.await.unwrap_or(false)
    }

    /// Release every waiting request.
    pub fn resolve(&self, signed_in: bool) {
        self.open.set(false);
        let waiters = std::mem::take(&mut *self.waiters.write_value());
        for tx in waiters {
            let _ = tx.send(signed_in);
        }
    }
}

impl Default for ReauthGate {
    fn default() -> Self {
        Self::new()
    }
}
