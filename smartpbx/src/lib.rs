//! Smart PBX's operations that take more than one request, written once and run over
//! any [`Transport`]: in the app through its one Crossbar client (so the inspector shows
//! every request under the action's name), in `cargo test` against the sandbox's
//! router in-process (`tests/`). Each follows what monster-ui-voip does for the same
//! button; the documents themselves come from `patchbay_monster`. The Account Manager's
//! operations (`accounts`) live here too: they are made the same way.
//!
//! Nothing here knows about screens or words on screen: failures come back as
//! `CrossbarError`s (with the step they happened at where a form needs it), and the
//! randomness Smart PBX uses (SIP credentials, menu PINs) is handed in.

pub mod accounts;
pub mod feature_codes;
pub mod groups;
pub mod main_number;
pub mod numbers;
pub mod porting;
pub mod user_conference;
pub mod user_fax;
pub mod user_voicemail;
pub mod users;
pub mod vmboxes;

use patchbay_crossbar::{CrossbarError, Envelope, Transport};
use patchbay_monster::UiMetadata;
use serde_json::Value;

/// A document stamped as Smart PBX stamps every write (`ui_metadata`).
pub fn stamped(mut doc: Value, meta: &UiMetadata) -> Value {
    patchbay_monster::stamp(&mut doc, meta);
    doc
}

/// DELETE carrying `{"data": {"ui_metadata": …}}`, as Monster's SDK sends every delete
/// (monster-ui `src/js/lib/jquery.kazoosdk.js` `request`).
pub async fn delete_stamped(call: &impl Transport, path: &str, meta: &UiMetadata) -> Result<Envelope, CrossbarError> {
    call.delete_with(path, stamped(serde_json::json!({}), meta)).await
}

/// The first callflow a listing query finds (`filter_owner_id=…&filter_type=mainUserCallflow`,
/// `filter_group_id=…&filter_type=userGroup`), read in full; `None` when there is none.
pub(crate) async fn first_callflow(
    call: &impl Transport,
    base: &str,
    query: &str,
) -> Result<Option<Value>, CrossbarError> {
    let rows = call.get(&format!("{base}/callflows?{query}")).await?.data;
    match rows.as_array().and_then(|r| r.first()) {
        Some(row) => {
            let path = format!(
                "{base}/callflows/{}",
                patchbay_crossbar::path::seg(patchbay_crossbar::json::str_at(row, "id"))
            );
            Ok(Some(call.get(&path).await?.data))
        }
        None => Ok(None),
    }
}

/// `accounts/{id}`, the id path-encoded.
pub fn account_path(account: &str) -> String {
    format!("accounts/{}", patchbay_crossbar::path::seg(account))
}

/// The account's SIP realm, which its devices register in.
pub async fn realm(call: &impl Transport, account: &str) -> Result<String, CrossbarError> {
    let env = call.get(&account_path(account)).await?;
    Ok(env.data.get("realm").and_then(Value::as_str).unwrap_or_default().to_string())
}
