//! Email the sandbox would send (password recovery links): it has no mail server, so
//! each message is written to the server's log — the terminal running `cargo xtask
//! demo` shows the link to click — and kept in memory (the latest 100) for in-process
//! tests through `Running::outbox`. Nothing here is reachable over HTTP: a reset link is
//! a credential.

use std::sync::Mutex;

const KEPT: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Default)]
pub struct Outbox(Mutex<Vec<Mail>>);

impl Outbox {
    pub fn send(&self, mail: Mail) {
        tracing::info!(to = %mail.to, subject = %mail.subject, "sandbox mail (not delivered):\n{}", mail.body);
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.push(mail);
        let excess = kept.len().saturating_sub(KEPT);
        kept.drain(..excess);
    }

    /// What was sent, oldest first.
    pub fn sent(&self) -> Vec<Mail> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}
