//! Everything the Main Number editors work on, read the way Smart PBX reads it
//! (monster-ui-voip `submodules/strategy/strategy.js` `strategyGetMainCallflows`, `strategyGetCallEntities`): the
//! owner-less main/conference/faxing
//! callflows keyed by `name || numbers[0]`, the period menus, and the call entities a
//! period or a menu key can send calls to. Independent reads run in parallel.

use crate::account_path;
use patchbay_crossbar::order;
use patchbay_crossbar::path::seg;
use std::collections::BTreeMap;

use futures::future::join_all;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::bootstrap::{by_key, LISTING_QUERY};
use patchbay_monster::main_number::LABELS;
use patchbay_monster::names;
use serde_json::Value;

use patchbay_crossbar::json::str_at as str_field;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::Transport;

/// `(id, label)` pairs for a drop-down.
pub type Options = Vec<(String, String)>;

/// Where calls can go, as Smart PBX offers it (`strategyGetCallEntities`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choices {
    pub users: Options,
    /// user id → their `mainUserCallflow` (menu keys reach users through it).
    pub user_callflows: BTreeMap<String, String>,
    pub groups: Options,
    /// group id → its `baseGroup` callflow (periods ring groups through it).
    pub base_groups: BTreeMap<String, String>,
    /// group id → its `userGroup` callflow (menu keys reach groups through it).
    pub user_groups: BTreeMap<String, String>,
    pub vmboxes: Options,
    /// Callflows listed on the main number (`ui_is_main_number_cf`).
    pub advanced: Options,
    pub directories: Options,
}

/// The Smart PBX callflows of the main number and their menus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Office {
    pub main: Value,
    /// Period label → its sub-callflow.
    pub subs: BTreeMap<&'static str, Value>,
    /// Period label → its `<label>Menu` callflow's id (`{"id": …}`, from the listing).
    pub menu_callflows: BTreeMap<&'static str, Value>,
    pub conference: Value,
    pub faxing: Value,
    pub choices: Choices,
    /// Numbers of the account no callflow uses.
    pub spare_numbers: Vec<String>,
}

fn options(rows: &[Value], label: impl Fn(&Value) -> String) -> Options {
    let mut out: Options = rows.iter().map(|r| (str_field(r, "id").to_string(), label(r))).collect();
    order::sort_by_key(&mut out, |a| a.1.to_ascii_lowercase());
    out
}

fn named(r: &Value) -> String {
    str_field(r, "name").to_string()
}

fn by(rows: &[Value], key: &str) -> BTreeMap<String, String> {
    rows.iter().map(|r| (str_field(r, key).to_string(), str_field(r, "id").to_string())).collect()
}

/// The owner-less callflows Smart PBX keys, by key (`MainCallflow`, `MainOpenHours` …).
pub async fn main_callflow_rows(call: &impl Transport, base: &str) -> Result<Vec<Value>, CrossbarError> {
    fetch_all_pages(call, &format!("{base}/callflows"), LISTING_QUERY).await
}

/// Every callflow that has a `type`: the owner-less ones Smart PBX keys (a superset of
/// `LISTING_QUERY`'s rows, which `by_key` picks out), the users' main callflows and the
/// groups' — read in one listing where Smart PBX reads four.
pub async fn typed_callflow_rows(call: &impl Transport, base: &str) -> Result<Vec<Value>, CrossbarError> {
    fetch_all_pages(call, &format!("{base}/callflows"), "has_value=type").await
}

/// MainCallflow itself (`Value::Null` when there is none yet).
pub async fn main_callflow(call: &impl Transport, base: &str, rows: &[Value]) -> Result<Value, CrossbarError> {
    match by_key(rows).get(names::MAIN_CALLFLOW) {
        Some(id) => Ok(call.get(&format!("{base}/callflows/{}", seg(id))).await?.data),
        None => Ok(Value::Null),
    }
}

fn typed(rows: &[Value], kind: &str, key: &str) -> Vec<Value> {
    rows.iter().filter(|r| str_field(r, "type") == kind && !str_field(r, key).is_empty()).cloned().collect()
}

async fn list(call: &impl Transport, base: &str, path: &str, query: &str) -> Result<Vec<Value>, CrossbarError> {
    fetch_all_pages(call, &format!("{base}/{path}"), query).await
}

async fn choices(call: &impl Transport, base: &str, rows: &[Value]) -> Result<Choices, CrossbarError> {
    let list = |path: &'static str, query: &'static str| list(call, base, path, query);
    let (users, groups, vmboxes, advanced, directories) = futures::join!(
        list("users", ""),
        list("groups", ""),
        list("vmboxes", ""),
        list("callflows", "filter_ui_is_main_number_cf=true"),
        list("directories", ""),
    );
    let (user_cfs, base_groups, user_groups) = (
        typed(rows, "mainUserCallflow", "owner_id"),
        typed(rows, "baseGroup", "group_id"),
        typed(rows, "userGroup", "group_id"),
    );
    let user_name =
        |u: &Value| format!("{} {}", str_field(u, "first_name"), str_field(u, "last_name")).trim().to_string();
    let vmbox_name = |v: &Value| format!("{} ({})", str_field(v, "name"), str_field(v, "mailbox"));
    let advanced_name = |c: &Value| {
        let name = str_field(c, "name");
        if name.is_empty() {
            c.pointer("/numbers/0").and_then(Value::as_str).unwrap_or_default().to_string()
        } else {
            name.to_string()
        }
    };
    Ok(Choices {
        users: options(&users?, user_name),
        user_callflows: by(&user_cfs, "owner_id"),
        groups: options(&groups?, named),
        base_groups: by(&base_groups, "group_id"),
        user_groups: by(&user_groups, "group_id"),
        vmboxes: options(&vmboxes?, vmbox_name),
        advanced: options(&advanced?, advanced_name),
        directories: options(&directories?, named),
    })
}

/// Numbers in the account's inventory that nothing uses (every page).
async fn spare_numbers(call: &impl Transport, base: &str) -> Result<Vec<String>, CrossbarError> {
    let numbers = fetch_all_pages(call, &format!("{base}/phone_numbers"), "").await?;
    let mut spare: Vec<String> = numbers
        .iter()
        .filter(|n| n.get("used_by").and_then(Value::as_str).is_none_or(str::is_empty))
        .filter_map(|n| n.get("id").and_then(Value::as_str).map(str::to_string))
        .collect();
    order::sort(&mut spare);
    Ok(spare)
}

/// Reads the office once the bootstrap made sure every piece exists.
pub async fn load_office(call: &impl Transport, account: &str) -> Result<Office, CrossbarError> {
    let base = account_path(account);
    let rows = typed_callflow_rows(call, &base).await?;
    let main = main_callflow(call, &base, &rows).await?;
    load_office_with(call, account, &rows, main).await
}

/// [`load_office`] from the typed callflows already listed (`typed_callflow_rows`) and
/// MainCallflow already read. The period menus are read when a receptionist is opened
/// for editing, not here: the screen needs only their callflows' ids.
pub async fn load_office_with(
    call: &impl Transport,
    account: &str,
    rows: &[Value],
    main: Value,
) -> Result<Office, CrossbarError> {
    let base = account_path(account);
    let ids = by_key(rows);
    let doc_of = |key: String| {
        let id = ids.get(&key).cloned();
        let base = base.clone();
        async move {
            match id {
                Some(id) => call.get(&format!("{base}/callflows/{}", seg(&id))).await.map(|e| e.data),
                None => Ok(Value::Null),
            }
        }
    };
    let mut keys: Vec<String> = vec![names::MAIN_CONFERENCE.into(), names::MAIN_FAXING.into()];
    keys.extend(LABELS.iter().map(|l| l.to_string()));
    let (docs, choices, spare) = futures::join!(
        join_all(keys.iter().cloned().map(doc_of)),
        choices(call, &base, rows),
        spare_numbers(call, &base)
    );
    let mut docs: BTreeMap<String, Value> =
        keys.into_iter().zip(docs).map(|(k, d)| d.map(|d| (k, d))).collect::<Result<_, _>>()?;
    let mut office = Office {
        main,
        conference: docs.remove(names::MAIN_CONFERENCE).unwrap_or_default(),
        faxing: docs.remove(names::MAIN_FAXING).unwrap_or_default(),
        choices: choices?,
        spare_numbers: spare?,
        ..Office::default()
    };
    for l in LABELS {
        office.subs.insert(l, docs.remove(l).unwrap_or_default());
        let menu_cf = ids.get(&format!("{l}Menu")).map(|id| serde_json::json!({ "id": id })).unwrap_or_default();
        office.menu_callflows.insert(l, menu_cf);
    }
    Ok(office)
}

/// A period's receptionist as its editor needs it: the `<label>Menu` callflow and the
/// menu it plays (`None` when the menu was deleted elsewhere).
pub async fn load_menu(
    call: &impl Transport,
    account: &str,
    menu_callflow_id: &str,
) -> Result<(Value, Option<Value>), CrossbarError> {
    let base = account_path(account);
    let callflow = call.get(&format!("{base}/callflows/{}", seg(menu_callflow_id))).await?.data;
    let menu = match callflow.pointer("/flow/data/id").and_then(Value::as_str) {
        // A menu deleted elsewhere leaves its callflow dangling; the editor says so.
        Some(id) => call.get(&format!("{base}/menus/{}", seg(id))).await.ok().map(|e| e.data),
        None => None,
    };
    Ok((callflow, menu))
}
