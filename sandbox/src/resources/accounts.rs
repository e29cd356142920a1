//! `/v2/accounts`: the account tree (cb_accounts). Account docs live in their own
//! account's space with `_id` = account id.

pub use super::collection::id_of;
use super::collection::{mark_deleted, soft_delete, written_public};
use super::{Resource, ALL_VERBS, GET, GET_PUT, PUT};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use crate::store::Store;
use crate::validate::{is_word_char, Validator};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

pub struct Accounts;

/// Response-only keys Crossbar "leaks" from private fields; dropped on input.
const LEAKED: &[&str] =
    &["is_reseller", "reseller_id", "created", "superduper_admin", "wnm_allow_additions", "billing_mode"];

pub const DEFAULT_TIMEZONE: &str = "America/Los_Angeles";
pub const REALM_SUFFIX: &str = "sip.patchbay.test";

impl Resource for Accounts {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        let [noun] = nouns else { return None };
        match noun.args.as_slice() {
            [] => Some(PUT),
            [_] => Some(ALL_VERBS),
            [_, sub] => match sub.as_str() {
                "children" | "descendants" | "parents" | "tree" => Some(GET),
                "api_key" => Some(GET_PUT),
                _ => None,
            },
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let args = ctx.args().to_vec();
        let account = ctx.account.clone();
        match (ctx.verb, account, args.get(1).map(String::as_str)) {
            (Verb::Put, None, None) => {
                let parent = ctx.caller.as_ref().map(|c| c.account.clone()).ok_or_else(CbError::invalid_credentials)?;
                create(ctx, &parent)
            }
            (Verb::Put, Some(parent), None) => create(ctx, &parent),
            (Verb::Get, Some(acc), None) => Ok(Success::doc(leaked_view(&ctx.state.store, &acc)?, rev(&acc))),
            (Verb::Post | Verb::Patch, Some(acc), None) => update(ctx, acc),
            (Verb::Delete, Some(acc), None) => delete(ctx, acc),
            (Verb::Get, Some(acc), Some("children")) => {
                let id = id_of(&acc);
                tree_listing(ctx, TreeView::Children, |tree| tree.last().map(String::as_str) == Some(id))
            }
            (Verb::Get, Some(acc), Some("descendants")) => {
                let id = id_of(&acc);
                tree_listing(ctx, TreeView::Descendants, |tree| tree.iter().any(|a| a == id))
            }
            (Verb::Get, Some(acc), Some("parents" | "tree")) => parents(ctx, &acc),
            (Verb::Get, Some(acc), Some("api_key")) => {
                Ok(Success::ok(json!({"api_key": acc.get("pvt_api_key").cloned().unwrap_or(Value::Null)})))
            }
            (Verb::Put, Some(acc), Some("api_key")) => rotate_api_key(ctx, acc),
            _ => Err(CbError::not_found()),
        }
    }
}

fn rev(doc: &Value) -> Option<&str> {
    doc.get("_rev").and_then(Value::as_str)
}

/// Ancestor ids from the root down to the direct parent.
pub fn tree_of(account: &Value) -> Vec<String> {
    account
        .get("pvt_tree")
        .and_then(Value::as_array)
        .map(|t| t.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

/// How many accounts have each account among their ancestors.
pub fn descendants_counts(accounts: &[Value]) -> HashMap<&str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for ancestors in accounts.iter().filter_map(|a| a.get("pvt_tree").and_then(Value::as_array)) {
        for ancestor in ancestors.iter().filter_map(Value::as_str) {
            *counts.entry(ancestor).or_default() += 1;
        }
    }
    counts
}

/// `kzd_accounts:normalize_name/1`: lower-case, alphanumerics only.
pub fn normalize_name(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The first account, from `account` up through its ancestors, that is disabled or
/// gone; `None` when the whole chain is usable. A disabled reseller disables every
/// account below it, as KAZOO's account checks walk the tree.
pub fn disabled_in_chain(store: &Store, account: &Value) -> anyhow::Result<Option<String>> {
    if account.get("pvt_enabled") == Some(&Value::Bool(false)) {
        return Ok(Some(id_of(account).to_string()));
    }
    for ancestor in tree_of(account).iter().rev() {
        let usable =
            store.get_live(ancestor, ancestor)?.is_some_and(|a| a.get("pvt_enabled") != Some(&Value::Bool(false)));
        if !usable {
            return Ok(Some(ancestor.clone()));
        }
    }
    Ok(None)
}

/// A token's account must be usable on every request: one whose account (or an
/// ancestor) was disabled after it was issued is refused like any invalid token.
pub fn check_usable(store: &Store, account: &Value) -> Result<(), CbError> {
    match disabled_in_chain(store, account)? {
        Some(_) => Err(CbError::bad_token()),
        None => Ok(()),
    }
}

pub fn is_reseller(account: &Value) -> bool {
    account.get("pvt_reseller") == Some(&Value::Bool(true))
}

/// The nearest reseller at or above the account; the root when there is none.
pub fn reseller_id(store: &Store, account: &Value) -> anyhow::Result<String> {
    if is_reseller(account) {
        return Ok(id_of(account).to_string());
    }
    let tree = tree_of(account);
    for ancestor in tree.iter().rev() {
        if let Some(a) = store.get_live(ancestor, ancestor)? {
            if is_reseller(&a) {
                return Ok(ancestor.clone());
            }
        }
    }
    Ok(tree.first().cloned().unwrap_or_else(|| id_of(account).to_string()))
}

/// The public account plus the fields Crossbar leaks from private ones.
pub fn leaked_view(store: &Store, account: &Value) -> anyhow::Result<Value> {
    let mut view = doc::public_view(account);
    if let Value::Object(m) = &mut view {
        let flag = |k: &str| account.get(k) == Some(&Value::Bool(true));
        m.insert("is_reseller".into(), flag("pvt_reseller").into());
        m.insert("reseller_id".into(), reseller_id(store, account)?.into());
        m.insert("created".into(), account.get("pvt_created").cloned().unwrap_or(Value::Null));
        m.insert("enabled".into(), (account.get("pvt_enabled") != Some(&Value::Bool(false))).into());
        m.insert("superduper_admin".into(), flag("pvt_superduper_admin").into());
        m.insert("wnm_allow_additions".into(), flag("pvt_wnm_allow_additions").into());
    }
    Ok(view)
}

/// Client input minus leaked keys; `enabled` only counts when an ancestor sends it.
fn account_input(ctx: &Ctx, account_id: Option<&str>) -> (Map<String, Value>, Option<Value>) {
    let mut input = doc::public_input(&ctx.data_object());
    for key in LEAKED {
        input.remove(*key);
    }
    let enabled = input.remove("enabled");
    let caller_is_self = ctx.caller.as_ref().map(|c| c.account_id()) == account_id;
    (input, enabled.filter(|e| e.is_boolean() && !caller_is_self))
}

fn create(ctx: &Ctx, parent: &Value) -> Outcome {
    let store = &ctx.state.store;
    let id = match ctx.data.get("id").and_then(Value::as_str) {
        Some(id) if doc::is_hex_id(id) => id.to_string(),
        _ => doc::new_id(),
    };
    if store.get(&id, &id)?.is_some() {
        return Err(CbError::datastore_conflict());
    }
    let (input, enabled) = account_input(ctx, None);
    let mut account = input;
    validate(store, &id, &mut account, None)?;
    let mut tree = tree_of(parent);
    tree.push(id_of(parent).to_string());
    account.insert("_id".into(), id.clone().into());
    account.insert("pvt_type".into(), "account".into());
    account.insert("pvt_vsn".into(), "1".into());
    account.insert("pvt_tree".into(), json!(tree));
    account.insert("pvt_enabled".into(), enabled.unwrap_or(Value::Bool(true)));
    account.insert("pvt_api_key".into(), doc::new_api_key().into());
    account.insert("pvt_reseller".into(), false.into());
    account.insert("pvt_superduper_admin".into(), false.into());
    store.save(&id, &mut account)?;
    // cb_accounts `put/2` creates the account's `apps_store` document empty
    // (`cb_apps_util:create_apps_store_doc/1`, `kzd_apps_store:new/1`): no app is
    // installed until a client installs it (`PUT /apps_store/{APP}`).
    let mut apps_store = Map::new();
    apps_store.insert("_id".into(), "apps_store".into());
    apps_store.insert("pvt_type".into(), "apps_store".into());
    store.save(&id, &mut apps_store)?;
    let saved = Value::Object(account);
    Ok(Success {
        created: true,
        location: Some(format!("/v2/accounts/{id}")),
        ..Success::doc(leaked_view(store, &saved)?, rev(&saved))
    })
}

fn update(ctx: &Ctx, stored: Value) -> Outcome {
    let store = &ctx.state.store;
    let id = id_of(&stored).to_string();
    let stored_map = stored.as_object().cloned().unwrap_or_default();
    let (input, enabled) = account_input(ctx, Some(&id));
    let mut account = doc::replace_public(&stored_map, written_public(ctx, &stored_map, input));
    if let Some(enabled) = enabled {
        account.insert("pvt_enabled".into(), enabled);
    }
    validate(store, &id, &mut account, Some(&stored_map))?;
    store.save(&id, &mut account)?;
    let saved = Value::Object(account);
    Ok(Success::doc(leaked_view(store, &saved)?, rev(&saved)))
}

fn delete(ctx: &Ctx, stored: Value) -> Outcome {
    let store = &ctx.state.store;
    let id = id_of(&stored).to_string();
    // The master account has no DELETE in its allowed methods.
    if tree_of(&stored).is_empty() {
        return Err(CbError::invalid_method());
    }
    let has_children = store.list_all("account")?.iter().any(|a| tree_of(a).contains(&id));
    if has_children {
        return Err(CbError::account_has_descendants());
    }
    let saved = soft_delete(ctx, &id, &stored)?;
    let mut view = leaked_view(store, &saved)?;
    mark_deleted(&mut view);
    Ok(Success::doc(view, rev(&saved)))
}

/// Which of the `accounts` database's listing views answers (accounts.json
/// `listing_by_children`, `listing_by_descendants`): both key accounts by
/// `[ancestor, name]`, so rows come in name order, and differ in their values.
#[derive(Clone, Copy)]
enum TreeView {
    /// `{id, name, realm, descendants_count, flags}`.
    Children,
    /// `{id, name, realm, tree, flags}`.
    Descendants,
}

fn tree_listing(ctx: &Ctx, view: TreeView, include: impl Fn(&[String]) -> bool) -> Outcome {
    let accounts = ctx.state.store.list_all("account")?;
    let rows = accounts
        .iter()
        .filter(|a| include(&tree_of(a)))
        .map(|a| Row { key: name_of(a).to_lowercase().into(), id: id_of(a), doc: a })
        .collect();
    // KAZOO stores `descendants_count` on the account (`crossbar_util:descendants_count/1`);
    // the sandbox counts it from the tree.
    let counts = descendants_counts(&accounts);
    listing::respond(ctx, rows, |page| {
        Ok(page
            .iter()
            .map(|r| {
                let flags = r.doc.get("flags").cloned().unwrap_or_else(|| json!([]));
                match view {
                    TreeView::Children => json!({
                        "id": r.id, "name": name_of(r.doc), "realm": r.doc.get("realm"),
                        "descendants_count": counts.get(r.id).copied().unwrap_or(0), "flags": flags,
                    }),
                    TreeView::Descendants => json!({
                        "id": r.id, "name": name_of(r.doc), "realm": r.doc.get("realm"),
                        "tree": tree_of(r.doc), "flags": flags,
                    }),
                }
            })
            .collect())
    })
}

fn name_of(account: &Value) -> &str {
    account.get("name").and_then(Value::as_str).unwrap_or_default()
}

fn parents(ctx: &Ctx, account: &Value) -> Outcome {
    let mut out = Vec::new();
    for ancestor in tree_of(account) {
        if let Some(a) = ctx.state.store.get_live(&ancestor, &ancestor)? {
            out.push(json!({"id": ancestor, "name": a.get("name")}));
        }
    }
    Ok(Success::ok(Value::Array(out)))
}

fn rotate_api_key(ctx: &Ctx, stored: Value) -> Outcome {
    if !ctx.caller.as_ref().is_some_and(|c| c.is_admin()) {
        return Err(CbError::forbidden());
    }
    let id = id_of(&stored).to_string();
    let mut account = stored.as_object().cloned().unwrap_or_default();
    let key = doc::new_api_key();
    account.insert("pvt_api_key".into(), key.clone().into());
    ctx.state.store.save(&id, &mut account)?;
    Ok(Success { created: true, ..Success::ok(json!({"api_key": key})) })
}

/// Schema rules for accounts plus name/realm uniqueness; fills realm and timezone.
fn validate(
    store: &Store,
    id: &str,
    account: &mut Map<String, Value>,
    existing: Option<&Map<String, Value>>,
) -> Result<(), CbError> {
    crate::validate::check_names(account)?;
    let mut v = Validator::new();
    if !account.contains_key("realm") {
        let realm = existing
            .and_then(|e| e.get("realm").cloned())
            .unwrap_or_else(|| format!("{}.{REALM_SUFFIX}", &doc::new_id()[..6]).into());
        account.insert("realm".into(), realm);
    }
    account.entry("timezone").or_insert_with(|| DEFAULT_TIMEZONE.into());
    let others: Vec<Value> = store.list_all("account")?.into_iter().filter(|a| id_of(a) != id).collect();
    if v.required(account, "name") {
        if let Some(name) = v.string(account, "name", 1, 128) {
            let normalized = normalize_name(name);
            let taken = others
                .iter()
                .any(|a| a.get("name").and_then(Value::as_str).is_some_and(|n| normalize_name(n) == normalized));
            if taken {
                v.unique("name", "Account name already in use", name);
            }
        }
    }
    if let Some(realm) = v.string(account, "realm", 4, 253) {
        let pattern = r"^[.\w-]+$";
        let ok = realm.chars().all(|c| is_word_char(c) || c == '.' || c == '-');
        v.pattern("realm", realm, pattern, ok);
        let taken = others
            .iter()
            .any(|a| a.get("realm").and_then(Value::as_str).is_some_and(|r| r.eq_ignore_ascii_case(realm)));
        if ok && taken {
            v.unique("realm", "Account realm already in use", realm);
        }
    }
    v.string(account, "timezone", 5, 32);
    v.string(account, "language", 1, 64);
    v.object(account, "caller_id");
    v.string_array(account, "flags");
    v.finish()
}
