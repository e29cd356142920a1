//! `/v2/accounts/{A}/services` (cb_services, doc/services.md and
//! `core/kazoo_services/doc/README.md`): the service plans assigned to an account and
//! what they bill. Read-only here.
//!
//! - `GET /services`: the assigned plans, `{PLAN_ID: {vendor_id, overrides}}`
//!   (`kz_services_plans:assigned/1`), `{}` when none.
//! - `GET /services/summary`: `kz_services:summary/1`: `plans`, `overrides`, the
//!   `invoices` (one per bookkeeper: `items` priced from the merged plan and the account's
//!   quantities, `summary.recurring`, the merged `plan`, the `bookkeeper`), the
//!   `quantities` (`account`, `cascade` over the descendants, `manual`), `reseller`,
//!   `ratedeck`, `applications`, `limits`, `im`, `payment_tokens`, `billing_cycle` and
//!   `status`.
//!
//! KAZOO keeps the assignments in the `services` database under the account's id; the
//! sandbox keeps the same document in the account, with id `services`. Plans are
//! `service_plan` documents in their vendor's account. Quantities are counted from the
//! account's documents when asked, as `kz_services_quantities` counts them on each
//! change: enabled users by `priv_level`, enabled devices by `device_type`, voicemail
//! boxes, fax boxes, conferences, trunks from the `limits` document, whitelabel, and
//! numbers by classifier. Plans merge with the "simple" strategy (an item defined by an
//! earlier plan wins); items are priced by `rate`, `minimum` and `cascade` only (no
//! tiered `rates`, flat rates or discounts).

use super::accounts::{id_of, is_reseller, reseller_id, tree_of};
use super::{account_scoped, e164, limits, number_inventory, Resource, GET};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::reply::{Outcome, Success};
use crate::store::Store;
use serde_json::{json, Map, Value};

pub struct Services;

pub const DOC_ID: &str = "services";
const PVT_TYPE: &str = "service";
pub const PLAN_TYPE: &str = "service_plan";
const SUMMARY: &str = "summary";

impl Resource for Services {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match account_scoped(nouns, "services")? {
            [] => Some(GET),
            [summary] if summary == SUMMARY => Some(GET),
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account = ctx.account.clone().unwrap_or_default();
        let store = &ctx.state.store;
        let services = load(store, id_of(&account))?;
        if ctx.args().is_empty() {
            return Ok(Success::ok(plans_of(&services)));
        }
        Ok(Success::ok(summary(store, &account, &services)?))
    }
}

/// The account's services document (an empty one when it has none).
fn load(store: &Store, account_id: &str) -> anyhow::Result<Map<String, Value>> {
    let stored =
        store.get_live(account_id, DOC_ID)?.filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(PVT_TYPE));
    Ok(stored.and_then(|d| d.as_object().cloned()).unwrap_or_else(|| {
        let mut fresh = Map::new();
        fresh.insert("_id".into(), DOC_ID.into());
        fresh.insert("pvt_type".into(), PVT_TYPE.into());
        fresh.insert("billing_id".into(), account_id.into());
        fresh.insert("plans".into(), json!({}));
        fresh
    }))
}

/// Assigns `plan_id` (a `service_plan` document in `vendor_id`'s account) to the
/// account, as `POST /services/{PLAN_ID}` with no overrides does
/// (`kz_services_plan:assign/3`). Seeds use it.
pub fn assign_plan(store: &Store, account_id: &str, plan_id: &str, vendor_id: &str) -> anyhow::Result<()> {
    let mut services = load(store, account_id)?;
    let plans = services.entry("plans").or_insert_with(|| json!({}));
    if let Value::Object(plans) = plans {
        plans.insert(plan_id.to_string(), json!({"vendor_id": vendor_id, "overrides": {}}));
    }
    store.save(account_id, &mut services)
}

fn plans_of(services: &Map<String, Value>) -> Value {
    services.get("plans").filter(|p| p.is_object()).cloned().unwrap_or_else(|| json!({}))
}

fn summary(store: &Store, account: &Value, services: &Map<String, Value>) -> anyhow::Result<Value> {
    let account_id = id_of(account);
    let plans = plans_of(services);
    let overrides = services.get("overrides").filter(|o| o.is_object()).cloned().unwrap_or_else(|| json!({}));
    let vendor = billing_reseller(store, account)?;

    let own = quantities(store, account_id)?;
    let mut cascade = Map::new();
    for descendant in store.list_all("account")?.iter().filter(|a| tree_of(a).iter().any(|t| t == account_id)) {
        add_all(&mut cascade, &quantities(store, id_of(descendant))?);
    }
    let assigned = assigned_plans(store, &plans)?;
    let invoices: Vec<Value> = match merge_plans(&assigned, &overrides) {
        Some(plan) => vec![invoice(plan, &own, &cascade, &vendor)],
        None => Vec::new(),
    };
    let limits = match limits::load(store, account_id)? {
        Some(doc) => doc::public_view(&doc),
        None => json!({"id": null}),
    };
    Ok(json!({
        "plans": plans,
        "overrides": overrides,
        "invoices": invoices,
        "quantities": {"account": own, "cascade": cascade, "manual": {}},
        "reseller": {"id": vendor, "is_reseller": is_reseller(account)},
        "ratedeck": ratedeck(&assigned),
        "applications": applications(&assigned),
        "limits": limits,
        "im": {},
        "payment_tokens": {},
        "billing_cycle": {"next": doc::next_month_gregorian(doc::now_unix()), "period": 1, "unit": "month"},
        // `services.enforce_good_standing` is false by default (kz_services_standing).
        "status": {"acceptable": true, "reason": "good standing not required"},
    }))
}

/// Who bills the account (`kz_services_reseller:get_id/1`): its reseller, or for a
/// reseller the reseller above it (the master account bills itself).
fn billing_reseller(store: &Store, account: &Value) -> anyhow::Result<String> {
    match tree_of(account).last() {
        Some(parent) if is_reseller(account) => match store.get_live(parent, parent)? {
            Some(parent) => reseller_id(store, &parent),
            None => reseller_id(store, account),
        },
        _ => reseller_id(store, account),
    }
}

/// The assigned plans' documents, in assignment order, each with its own overrides
/// merged in. Plans whose document is gone are skipped.
fn assigned_plans(store: &Store, plans: &Value) -> anyhow::Result<Vec<Map<String, Value>>> {
    let mut out = Vec::new();
    for (plan_id, assignment) in plans.as_object().into_iter().flatten() {
        let Some(vendor) = assignment.get("vendor_id").and_then(Value::as_str) else { continue };
        let stored =
            store.get_live(vendor, plan_id)?.filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(PLAN_TYPE));
        let Some(mut plan) = stored.and_then(|d| d.as_object().cloned()) else { continue };
        if let Some(Value::Object(overrides)) = assignment.get("overrides") {
            doc::merge_patch(&mut plan, overrides);
        }
        out.push(plan);
    }
    Ok(out)
}

/// The merged `plan` object ("simple" strategy), with the account-wide overrides on
/// top; `None` when no plan is assigned.
fn merge_plans(assigned: &[Map<String, Value>], overrides: &Value) -> Option<Map<String, Value>> {
    if assigned.is_empty() {
        return None;
    }
    let mut merged = Map::new();
    for plan in assigned {
        for (category, items) in plan.get("plan").and_then(Value::as_object).into_iter().flatten() {
            let Value::Object(merged_items) = merged.entry(category.clone()).or_insert_with(|| json!({})) else {
                continue;
            };
            for (item, rule) in items.as_object().into_iter().flatten() {
                merged_items.entry(item.clone()).or_insert_with(|| rule.clone());
            }
        }
    }
    if let Some(Value::Object(plan_overrides)) = overrides.get("plan") {
        doc::merge_patch(&mut merged, plan_overrides);
    }
    Some(merged)
}

/// One invoice: every item of the merged plan priced (`kz_services_item:public_json/1`).
fn invoice(plan: Map<String, Value>, own: &Map<String, Value>, cascade: &Map<String, Value>, vendor: &str) -> Value {
    let mut items = Vec::new();
    let mut recurring = 0.0;
    for (category, rules) in &plan {
        for (item, rule) in rules.as_object().into_iter().flatten() {
            // `_all` sums a category under another name; the sandbox prices items only.
            if item == "_all" {
                continue;
            }
            let cascades = rule.get("cascade").and_then(Value::as_bool).unwrap_or(false);
            let quantity = count(own, category, item) + if cascades { count(cascade, category, item) } else { 0 };
            let minimum = rule.get("minimum").and_then(Value::as_i64).unwrap_or(0);
            let billable = quantity.max(minimum);
            let rate = rule.get("rate").and_then(Value::as_f64).unwrap_or(0.0);
            let total = cents(billable as f64 * rate);
            recurring += total;
            let name =
                rule.get("name").and_then(Value::as_str).map_or_else(|| format!("{category}/{item}"), str::to_string);
            let mut row = Map::new();
            row.insert("category".into(), category.clone().into());
            row.insert("item".into(), item.clone().into());
            row.insert("name".into(), name.into());
            row.insert("quantity".into(), quantity.into());
            row.insert("billable".into(), billable.into());
            row.insert("rate".into(), rate.into());
            if minimum > 0 {
                row.insert("minimum".into(), minimum.into());
            }
            let prorate = rule.get("prorate").cloned().unwrap_or_else(|| json!({"additions": true, "removals": true}));
            row.insert("prorate".into(), prorate);
            row.insert("total".into(), total.into());
            items.push(Value::Object(row));
        }
    }
    json!({
        "activation_charges": [],
        "items": items,
        "taxes": [],
        "summary": {"today": 0.0, "recurring": cents(recurring)},
        "plan": plan,
        "bookkeeper": {"id": "default_bookkeeper", "vendor_id": vendor, "type": "default"},
    })
}

fn cents(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
}

/// The plans' `ratedeck` (`{id, name}` when one names it).
fn ratedeck(assigned: &[Map<String, Value>]) -> Value {
    let found = assigned.iter().find_map(|p| p.get("ratedeck").and_then(Value::as_object));
    let mut out = Map::new();
    for key in ["id", "name"] {
        if let Some(v) = found.and_then(|r| r.get(key)) {
            out.insert(key.into(), v.clone());
        }
    }
    Value::Object(out)
}

/// The apps the plans expose (`applications`), by app id.
fn applications(assigned: &[Map<String, Value>]) -> Value {
    let mut out = Map::new();
    for apps in assigned.iter().filter_map(|p| p.get("applications").and_then(Value::as_object)) {
        for (id, app) in apps {
            out.entry(id.clone()).or_insert_with(|| app.clone());
        }
    }
    Value::Object(out)
}

fn count(quantities: &Map<String, Value>, category: &str, item: &str) -> i64 {
    quantities.get(category).and_then(|c| c.get(item)).and_then(Value::as_i64).unwrap_or(0)
}

fn bump(quantities: &mut Map<String, Value>, category: &str, item: &str, by: i64) {
    if by < 1 {
        return;
    }
    let Value::Object(items) = quantities.entry(category.to_string()).or_insert_with(|| json!({})) else {
        return;
    };
    let now = items.get(item).and_then(Value::as_i64).unwrap_or(0) + by;
    items.insert(item.to_string(), now.into());
}

fn add_all(into: &mut Map<String, Value>, from: &Map<String, Value>) {
    for (category, items) in from {
        for (item, n) in items.as_object().into_iter().flatten() {
            bump(into, category, item, n.as_i64().unwrap_or(0));
        }
    }
}

/// The account's billable quantities by category and item, zeros left out
/// (`kz_services_quantities` `calculate_updates/2`).
fn quantities(store: &Store, account_id: &str) -> anyhow::Result<Map<String, Value>> {
    let mut q = Map::new();
    let enabled = |d: &&Value| d.get("enabled") != Some(&Value::Bool(false));
    let text = |d: &Value, key: &str| d.get(key).and_then(Value::as_str).map(str::to_string);
    for user in store.list(account_id, "user")?.iter().filter(enabled) {
        bump(&mut q, "users", &text(user, "priv_level").unwrap_or_else(|| "user".into()), 1);
    }
    for device in store.list(account_id, "device")?.iter().filter(enabled) {
        bump(&mut q, "devices", &text(device, "device_type").unwrap_or_else(|| "sip_device".into()), 1);
    }
    for vmbox in store.list(account_id, "vmbox")?.iter().filter(enabled) {
        bump(&mut q, "voicemails", "mailbox", 1);
        if vmbox.get("transcribe") == Some(&Value::Bool(true)) {
            bump(&mut q, "voicemails", "transcription", 1);
        }
    }
    bump(&mut q, "faxes", "mailbox", store.list(account_id, "faxbox")?.iter().filter(enabled).count() as i64);
    let conferences = store.list(account_id, "conference")?.iter().filter(enabled).count() as i64;
    bump(&mut q, "conferences", "conference", conferences);
    if let Some(limits) = limits::load(store, account_id)? {
        for trunks in ["twoway_trunks", "inbound_trunks", "outbound_trunks"] {
            bump(&mut q, "limits", trunks, limits.get(trunks).and_then(Value::as_i64).unwrap_or(0));
        }
    }
    if store.get_live(account_id, "whitelabel")?.is_some() {
        bump(&mut q, "branding", "whitelabel", 1);
    }
    let inventory = number_inventory::load(store, account_id)?;
    for (number, entry) in number_inventory::entries(&inventory) {
        let state = entry.get("state").and_then(Value::as_str).unwrap_or_default();
        if matches!(state, "available" | "released" | "deleted") {
            continue;
        }
        let classified = e164::classify(number);
        bump(&mut q, "phone_numbers", classified["classifier"].as_str().unwrap_or("unknown"), 1);
    }
    Ok(q)
}
