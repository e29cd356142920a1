//! Bringing numbers over from another phone company, as Monster's port wizard sends it
//! (monster-ui `src/apps/common/submodules/portWizard/portWizard.js` `portWizardSave`):
//! the request is created, then moved to `submitted` so the port agent takes it up. A
//! request whose submission fails stays `unconfirmed`, listed with its state, and can be
//! submitted again.

use crate::{account_path, stamped};
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

fn ports_path(account: &str) -> String {
    format!("{}/port_requests", account_path(account))
}

/// What became of a new request.
#[derive(Debug, Clone, PartialEq)]
pub enum Entered {
    /// Created and submitted.
    Submitted(Value),
    /// Created, but the submission failed; the request waits `unconfirmed`.
    NotSubmitted(Value, CrossbarError),
}

/// Creates the request and submits it.
pub async fn enter(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    doc: Value,
) -> Result<Entered, CrossbarError> {
    let created = call.put(&ports_path(account), stamped(doc, meta)).await?.data;
    match submit(call, meta, account, created["id"].as_str().unwrap_or_default()).await {
        Ok(submitted) => Ok(Entered::Submitted(submitted)),
        Err(e) => Ok(Entered::NotSubmitted(created, e)),
    }
}

/// Moves a request to `submitted`.
pub async fn submit(call: &impl Transport, meta: &UiMetadata, account: &str, id: &str) -> Result<Value, CrossbarError> {
    let path = format!("{}/{}/submitted", ports_path(account), seg(id));
    Ok(call.patch(&path, stamped(json!({}), meta)).await?.data)
}

/// Cancels a request: it is over for good.
pub async fn cancel(call: &impl Transport, meta: &UiMetadata, account: &str, id: &str) -> Result<Value, CrossbarError> {
    let path = format!("{}/{}/canceled", ports_path(account), seg(id));
    Ok(call.patch(&path, stamped(json!({}), meta)).await?.data)
}

/// The account's requests. Crossbar lists them grouped by account
/// (`[{account_id, account_name, port_requests: […]}]`); a flat list is read as well.
pub async fn list(call: &impl Transport, account: &str) -> Result<Vec<Value>, CrossbarError> {
    let answer = call.get(&ports_path(account)).await?.data;
    let rows = answer.as_array().cloned().unwrap_or_default();
    Ok(rows
        .into_iter()
        .flat_map(|row| match row.get("port_requests").and_then(Value::as_array) {
            Some(group) => group.clone(),
            None => vec![row],
        })
        .collect())
}

/// Whether the account may still cancel a request in this state.
pub fn cancellable(state: &str) -> bool {
    !matches!(state, "completed" | "canceled")
}
