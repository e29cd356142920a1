//! What a `priv_level: user` caller (`Caller::self_service`) reads of other people's
//! documents and may change on their own.
//!
//! Reads: a user sees the whole of what they own (their user document, their devices and
//! voicemail boxes) and only a directory card of everyone else's — names and numbers,
//! never SIP credentials, PINs, e-mail addresses or forwarding numbers. Listings and
//! their filters see the same cut-down cards, so a filter cannot probe what a read would
//! not show.
//!
//! Writes: the account's policy stays the admin's. A user may change the settings of
//! their own phone service (call forwarding, do not disturb, voicemail PIN and greeting,
//! names and language) but not what an admin decides for them: their role, whether they
//! are enabled, call restrictions, dial plans, caller IDs (an external caller ID is the
//! company's number to give), codecs, device types, owners or SIP accounts. This follows
//! KAZOO's split between account administration (Smart PBX, `priv_level: admin`) and a
//! user's own settings, as Monster's user-facing apps offer them. Changing one's own
//! username or password also needs a password sign-in moments before, so a session left
//! open is not enough to take over the login.

use crate::ctx::Caller;
use crate::doc;
use crate::reply::CbError;
use axum::http::StatusCode;
use serde_json::{json, Map, Value};

/// How long after a password sign-in a user may change their own credentials.
pub const FRESH_SIGN_IN_SECS: u64 = 300;

/// A document type's self-service rules.
pub struct Rules {
    /// What others see of a document: these top-level fields, plus the id.
    pub directory: &'static [&'static str],
    /// Top-level fields the owner may change.
    pub changeable: &'static [&'static str],
    /// Fields whose change needs a fresh password sign-in.
    pub credentials: &'static [&'static str],
}

/// Bookkeeping every app writes with a change (Monster's stamps); never policy.
const BOOKKEEPING: &[&str] = &["ui_metadata", "ui_help"];

pub const USER: Rules = Rules {
    directory: &["first_name", "last_name", "presence_id"],
    changeable: &[
        "first_name",
        "last_name",
        "email",
        "timezone",
        "language",
        "call_forward",
        "call_failover",
        "do_not_disturb",
        "vm_to_email_enabled",
        "music_on_hold",
        "ringtones",
        "contact_list",
        "pronounced_name",
        "hotdesk",
    ],
    credentials: &["username", "password", "credentials", "require_password_update"],
};

pub const DEVICE: Rules = Rules {
    directory: &["name", "owner_id", "device_type", "enabled"],
    changeable: &["name", "enabled", "call_forward", "do_not_disturb", "music_on_hold", "ringtones", "contact_list"],
    credentials: &[],
};

pub const VMBOX: Rules = Rules {
    directory: &["name", "mailbox", "owner_id"],
    changeable: &[
        "name",
        "pin",
        "media",
        "notify_email_addresses",
        "timezone",
        "skip_greeting",
        "skip_instructions",
        "is_setup",
        "delete_after_notify",
        "save_after_notify",
        "include_message_on_notify",
        "transcribe",
    ],
    credentials: &[],
};

/// The directory card of a stored document: its id and the `directory` fields.
pub fn directory_card(rules: &Rules, stored: &Value) -> Value {
    let mut card = Map::new();
    for key in std::iter::once("_id").chain(rules.directory.iter().copied()) {
        if let Some(v) = stored.get(key) {
            card.insert(key.to_string(), v.clone());
        }
    }
    for key in ["pvt_type", "pvt_created", "pvt_modified"] {
        if let Some(v) = stored.get(key) {
            card.insert(key.to_string(), v.clone());
        }
    }
    Value::Object(card)
}

/// Checks a self-service caller's write of their own document (`before` → `after`, both
/// whole stored documents): every changed public field must be one the owner may
/// change, and credentials need a fresh password sign-in.
pub fn check_write(
    caller: &Caller,
    rules: &Rules,
    before: &Map<String, Value>,
    after: &Map<String, Value>,
) -> Result<(), CbError> {
    let changed = changed_fields(before, after);
    let refused: Vec<&str> = changed
        .iter()
        .map(String::as_str)
        .filter(|k| !rules.changeable.contains(k) && !BOOKKEEPING.contains(k) && !rules.credentials.contains(k))
        .collect();
    if !refused.is_empty() {
        return Err(refused_fields(&refused));
    }
    let credentials: Vec<&str> = changed.iter().map(String::as_str).filter(|k| rules.credentials.contains(k)).collect();
    if !credentials.is_empty() && !freshly_signed_in(caller) {
        return Err(CbError {
            status: StatusCode::FORBIDDEN,
            message: "forbidden".into(),
            data: json!({
                "message": "forbidden",
                "cause": "sign in again with the current password to change the username or password",
                "target": credentials,
            }),
        });
    }
    Ok(())
}

/// Top-level public keys whose value differs (or that appear or disappear). `password`
/// and `credentials` are write-only, so their mere presence is a change.
fn changed_fields(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<&String> = before.keys().chain(after.keys()).filter(|k| !doc::is_private_key(k)).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| matches!(k.as_str(), "password" | "credentials") || before.get(*k) != after.get(*k))
        .cloned()
        .collect()
}

/// The token came from a password sign-in at most `FRESH_SIGN_IN_SECS` ago.
fn freshly_signed_in(caller: &Caller) -> bool {
    let now = doc::now_unix().max(0) as u64;
    caller.claims.method == "cb_user_auth"
        && caller.claims.iat.is_some_and(|iat| now.saturating_sub(iat) <= FRESH_SIGN_IN_SECS)
}

/// 403 in the token-restrictions shape, naming the fields an admin must change.
fn refused_fields(fields: &[&str]) -> CbError {
    CbError {
        status: StatusCode::FORBIDDEN,
        message: "forbidden".into(),
        data: json!({
            "message": "forbidden",
            "cause": "access denied by token restrictions",
            "target": fields,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn changed_fields_ignore_private_keys_and_see_removals() {
        let before = obj(json!({"first_name": "A", "caller_id": {"x": 1}, "pvt_md5_auth": "h", "_rev": "1"}));
        let after = obj(json!({"first_name": "B", "pvt_md5_auth": "i", "_rev": "2", "password": "p"}));
        assert_eq!(changed_fields(&before, &after), ["caller_id", "first_name", "password"]);
    }

    #[test]
    fn a_directory_card_has_names_not_secrets() {
        let device = json!({"_id": "d", "name": "Desk", "owner_id": "u", "sip": {"password": "s"}, "mac_address": "m"});
        assert_eq!(directory_card(&DEVICE, &device), json!({"_id": "d", "name": "Desk", "owner_id": "u"}));
    }
}
