//! The account's number inventory: one document per account with id `phone_numbers`
//! (KAZOO keeps the same per-account index), keyed by E.164 number. Each entry holds the
//! number manager's fields (`state`, `features`, `assigned_to`, `used_by`, `created`,
//! `updated`) and the client's own fields under `public`.
//!
//! `user_auth` finds an account by `phone_number` by looking the number up as a key of
//! this document, so the layout is load-bearing.

use super::e164;
use crate::doc;
use crate::store::Store;
use serde_json::{json, Map, Value};

pub const DOC_ID: &str = "phone_numbers";

/// The number manager's key names inside an entry; everything a client sends lives
/// under `public` instead.
const PUBLIC: &str = "public";

/// The inventory document (an empty one when the account has none yet).
pub fn load(store: &Store, account_id: &str) -> anyhow::Result<Map<String, Value>> {
    let found = store.get(account_id, DOC_ID)?.and_then(|d| d.as_object().cloned());
    Ok(found.unwrap_or_else(|| {
        let mut fresh = Map::new();
        fresh.insert("_id".into(), DOC_ID.into());
        fresh.insert("pvt_type".into(), DOC_ID.into());
        fresh
    }))
}

pub fn save(store: &Store, account_id: &str, inventory: &mut Map<String, Value>) -> anyhow::Result<()> {
    inventory.remove("pvt_deleted");
    store.save(account_id, inventory)
}

/// Numbers of the inventory with their entries (private keys skipped).
pub fn entries(inventory: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    inventory.iter().filter(|(k, _)| k.starts_with('+'))
}

/// The account holding `number` in its inventory, if any.
pub fn owner_of(store: &Store, number: &str) -> anyhow::Result<Option<String>> {
    Ok(store
        .list_all(DOC_ID)?
        .into_iter()
        .find(|d| d.get(number).is_some())
        .and_then(|d| d.get("pvt_account_id").and_then(Value::as_str).map(str::to_string)))
}

/// A new entry in `state`, stamped with the Gregorian clock.
fn new_entry(account_id: &str, state: &str, public: Map<String, Value>) -> Value {
    let now = doc::now_gregorian();
    let mut entry = json!({
        "state": state, "assigned_to": account_id, "created": now, "updated": now,
        "features": [], PUBLIC: public,
    });
    refresh_features(&mut entry);
    entry
}

/// Adds (or replaces) `number` in the account's inventory. Seeds call this to give an
/// account its DIDs; `public` holds client fields such as `cnam` or `e911`.
pub fn add_number(
    store: &Store,
    account_id: &str,
    number: &str,
    state: &str,
    public: Map<String, Value>,
) -> anyhow::Result<()> {
    let mut inventory = load(store, account_id)?;
    inventory.insert(e164::normalize(number), new_entry(account_id, state, public));
    save(store, account_id, &mut inventory)
}

pub fn public_of(entry: &Value) -> Map<String, Value> {
    entry.get(PUBLIC).and_then(Value::as_object).cloned().unwrap_or_default()
}

/// Replaces the client fields and recomputes `features` and `updated`.
pub fn set_public(entry: &mut Value, public: Map<String, Value>) {
    if let Value::Object(m) = entry {
        m.insert(PUBLIC.into(), Value::Object(public));
        m.insert("updated".into(), doc::now_gregorian().into());
    }
    refresh_features(entry);
}

/// The feature names KAZOO reports for the configured feature objects.
fn refresh_features(entry: &mut Value) {
    let public = public_of(entry);
    let mut features = Vec::new();
    if public.get("cnam").and_then(|c| c.get("display_name")).is_some() {
        features.push("outbound_cnam");
    }
    if public.get("cnam").and_then(|c| c.get("inbound_lookup")) == Some(&Value::Bool(true)) {
        features.push("inbound_cnam");
    }
    for name in ["e911", "failover", "force_outbound", "prepend", "ringback"] {
        if public.get(name).is_some_and(|v| !v.is_null() && v != &Value::Bool(false)) {
            features.push(name);
        }
    }
    if let Value::Object(m) = entry {
        m.insert("features".into(), json!(features));
    }
}

/// The listing shape: the number manager's fields only.
pub fn listing_view(entry: &Value) -> Value {
    let mut view = entry.as_object().cloned().unwrap_or_default();
    view.remove(PUBLIC);
    Value::Object(view)
}

/// The single-number shape: public fields, `id`, `state`, `features`, `used_by` and the
/// number manager's view under `_read_only`.
pub fn number_view(number: &str, entry: &Value) -> Value {
    let mut view = public_of(entry);
    let field = |k: &str| entry.get(k).cloned().unwrap_or(Value::Null);
    view.insert("id".into(), number.into());
    view.insert("state".into(), field("state"));
    view.insert("features".into(), field("features"));
    let mut read_only = json!({
        "created": field("created"), "modified": field("updated"),
        "state": field("state"), "features": field("features"),
        "features_available": super::e911_provider::features_available(number),
    });
    if let Some(used_by) = entry.get("used_by") {
        view.insert("used_by".into(), used_by.clone());
        read_only["used_by"] = used_by.clone();
    }
    view.insert("_read_only".into(), read_only);
    Value::Object(view)
}

/// `cb_callflows` `track_assignment`: numbers a callflow stops using lose `used_by`,
/// numbers it uses get `used_by: "callflow"`. Only numbers in this account's inventory
/// change; extensions never are.
pub fn track_assignment(store: &Store, account_id: &str, before: &[String], after: &[String]) -> anyhow::Result<()> {
    let mut inventory = load(store, account_id)?;
    let mut changed = false;
    for number in before.iter().filter(|n| !after.contains(n)) {
        if let Some(Value::Object(entry)) = inventory.get_mut(number) {
            changed |= entry.remove("used_by").is_some();
        }
    }
    for number in after.iter().filter(|n| e164::is_reconcilable(n)) {
        if let Some(Value::Object(entry)) = inventory.get_mut(number) {
            if entry.get("used_by").and_then(Value::as_str) != Some("callflow") {
                entry.insert("used_by".into(), "callflow".into());
                entry.insert("updated".into(), doc::now_gregorian().into());
                changed = true;
            }
        }
    }
    if changed {
        save(store, account_id, &mut inventory)?;
    }
    Ok(())
}
