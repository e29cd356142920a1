//! Saving the main number's routing as Smart PBX does (monster-ui-voip `strategyHours.js`
//! `strategyHoursUpdateStrategyData`, `strategyHolidays.js` `strategyHolidaysUpdateStrategyData`):
//! office-hours rules reconciled against every stored one, holidays added as rules,
//! and MainCallflow's `temporal_route` children and `rules` rebuilt — PATCHed only
//! when the routing changes, with removed children set to `null` so PATCH drops them.

use crate::account_path;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::holidays::{holiday_docs, Holiday, HolidayDocs};
use patchbay_monster::hours::{reconcile, rules_for, Kind, StoredRule, Week};
use patchbay_monster::main_number::{assemble_flow, routing_changed, Routing, AFTER, HOLIDAYS, LUNCH, OPEN};
use patchbay_monster::UiMetadata;
use serde_json::{json, Map, Value};

use crate::{delete_stamped, stamped};
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::Transport;

/// MainCallflow, its sub-callflow ids by label, and every stored office-hours rule.
struct Current {
    main: Value,
    sub: Map<String, Value>,
    hours: Vec<StoredRule>,
}

async fn current(call: &impl Transport, base: &str) -> Result<Current, CrossbarError> {
    let mains = fetch_all_pages(call, &format!("{base}/callflows"), "filter_type=main").await?;
    let main_row = mains
        .iter()
        .find(|r| r.get("name").and_then(Value::as_str) == Some("MainCallflow"))
        .ok_or_else(|| CrossbarError::NotFound { tag: "bad_identifier".into(), cause: "MainCallflow".into() })?;
    let main = call.get(&format!("{base}/callflows/{}", seg(&doc_id(main_row)))).await?.data;
    // Sub-callflows are found by numbers[0] and have no name (monster-ui-voip `submodules/strategy/strategy.js`
    // `strategyGetMainCallflows`).
    let mut sub = Map::new();
    for row in &mains {
        let label = row.pointer("/numbers/0").and_then(Value::as_str).unwrap_or_default();
        let nameless = row.get("name").and_then(Value::as_str).is_none_or(|n| n.is_empty() || n == label);
        if nameless && [OPEN, AFTER, LUNCH, HOLIDAYS].contains(&label) {
            sub.insert(label.to_string(), doc_id(row).into());
        }
    }
    let mut hours = vec![];
    for kind in [Kind::Open, Kind::Lunch] {
        for row in
            fetch_all_pages(call, &format!("{base}/temporal_rules"), &format!("filter_type={}", kind.rule_type()))
                .await?
        {
            let doc = call.get(&format!("{base}/temporal_rules/{}", seg(&doc_id(&row)))).await?.data;
            hours.extend(StoredRule::from_doc(&doc));
        }
    }
    Ok(Current { main, sub, hours })
}

fn sub_id(c: &Current, label: &str) -> Result<String, CrossbarError> {
    c.sub
        .get(label)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| CrossbarError::NotFound { tag: "bad_identifier".into(), cause: label.into() })
}

/// The routing MainCallflow should have, keeping the holidays it already routes.
fn routing(
    c: &Current,
    open: Vec<String>,
    lunch: Vec<String>,
    extra_holidays: Vec<String>,
) -> Result<Routing, CrossbarError> {
    let hour_ids: Vec<&str> = c.hours.iter().map(|r| r.id.as_str()).collect();
    let mut holidays: Vec<String> = c
        .main
        .pointer("/flow/data/rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_str())
        .filter(|id| !hour_ids.contains(id))
        .map(str::to_string)
        .collect();
    holidays.extend(extra_holidays);
    Ok(Routing {
        open_rules: open,
        lunch_rules: lunch,
        holidays,
        open_callflow: sub_id(c, OPEN)?,
        after_callflow: sub_id(c, AFTER)?,
        lunch_callflow: sub_id(c, LUNCH)?,
        holidays_callflow: sub_id(c, HOLIDAYS)?,
    })
}

/// PATCH MainCallflow's flow when its routing changed; children that disappear are
/// sent as `null` (PATCH merges objects, so a missing key would survive).
async fn patch_main(
    call: &impl Transport,
    meta: &UiMetadata,
    base: &str,
    c: &Current,
    new_flow: Value,
) -> Result<(), CrossbarError> {
    let old_flow = c.main.get("flow").cloned().unwrap_or_else(|| json!({}));
    if !routing_changed(&old_flow, &new_flow) {
        return Ok(());
    }
    let mut flow = new_flow;
    if let (Some(old), Some(new)) =
        (old_flow.get("children").and_then(Value::as_object), flow.get_mut("children").and_then(Value::as_object_mut))
    {
        for key in old.keys() {
            new.entry(key.clone()).or_insert(Value::Null);
        }
    }
    call.patch(&format!("{base}/callflows/{}", seg(&doc_id(&c.main))), stamped(json!({"flow": flow}), meta)).await?;
    Ok(())
}

/// Office hours: reconcile the rules, route MainCallflow by them, delete leftovers.
pub async fn save_hours(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    week: &Week,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let c = current(call, &base).await?;
    let plan = reconcile(&c.hours, &rules_for(week));
    let (mut open, mut lunch) = (vec![], vec![]);
    let mut place = |kind: Kind, id: String| if kind == Kind::Open { open.push(id) } else { lunch.push(id) };
    for (id, spec) in plan.keep {
        place(spec.kind, id);
    }
    for (id, spec) in plan.patch {
        let body = json!({"time_window_start": spec.start, "time_window_stop": spec.stop, "wdays": spec.wdays});
        call.patch(&format!("{base}/temporal_rules/{}", seg(&id)), stamped(body, meta)).await?;
        place(spec.kind, id);
    }
    for spec in plan.create {
        let env = call.put(&format!("{base}/temporal_rules"), stamped(spec.doc(), meta)).await?;
        place(spec.kind, doc_id(&env.data));
    }
    let r = routing(&c, open, lunch, vec![])?;
    let new_flow = assemble_flow(c.main.get("flow").unwrap_or(&Value::Null), &r);
    patch_main(call, meta, &base, &c, new_flow).await?;
    for id in plan.delete {
        delete_stamped(call, &format!("{base}/temporal_rules/{}", seg(&id)), meta).await?;
    }
    Ok(())
}

/// A holiday: its rule (or rules and set), then a MainCallflow child to MainHolidays.
pub async fn add_holiday(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    holiday: &Holiday,
    random6: &str,
    utc_offset: i64,
) -> Result<(), CrossbarError> {
    add_holidays(call, meta, account, std::slice::from_ref(holiday), || random6.to_string(), utc_offset).await
}

/// Several holidays (an import of a country's holidays): every rule first, then one
/// change to MainCallflow routing them all to MainHolidays.
pub async fn add_holidays(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    holidays: &[Holiday],
    mut random6: impl FnMut() -> String,
    utc_offset: i64,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let c = current(call, &base).await?;
    let mut ids = Vec::new();
    for holiday in holidays {
        let id = match holiday_docs(holiday, &random6(), utc_offset) {
            HolidayDocs::Rule(doc) => {
                doc_id(&call.put(&format!("{base}/temporal_rules"), stamped(doc, meta)).await?.data)
            }
            HolidayDocs::Set { members } => {
                let mut member_ids = vec![];
                for m in members {
                    member_ids.push(doc_id(&call.put(&format!("{base}/temporal_rules"), stamped(m, meta)).await?.data));
                }
                let set = patchbay_monster::holidays::holiday_set_doc(&holiday.name, &member_ids, &holiday.exclude);
                doc_id(&call.put(&format!("{base}/temporal_rules_sets"), stamped(set, meta)).await?.data)
            }
        };
        ids.push(id);
    }
    let (open, lunch) = active_hours(&c);
    let r = routing(&c, open, lunch, ids)?;
    let new_flow = assemble_flow(c.main.get("flow").unwrap_or(&Value::Null), &r);
    patch_main(call, meta, &base, &c, new_flow).await
}

/// The keys a holiday rule's kind decides; an edit that changes the kind removes the
/// ones the new kind does not write (PATCH merges).
const HOLIDAY_KEYS: &[&str] = &[
    "days",
    "wdays",
    "ordinal",
    "month",
    "start_date",
    "end_date",
    "time_window_start",
    "time_window_stop",
    "exclude",
    "isImported",
    "cycle",
];

/// Edits a holiday. A one-rule holiday that stays one rule keeps its id: the rule is
/// PATCHed (Smart PBX's edit saves the rule in place, `strategy.js
/// strategyAddEditOfficeHolidaysPopup`), keys of another kind removed, others' keys kept.
/// Otherwise (a range now crossing months, or no longer) the new holiday is added and
/// the old one deleted, each updating the main callflow's routing.
pub async fn edit_holiday(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    (id, is_set): (&str, bool),
    holiday: &Holiday,
    random6: &str,
    utc_offset: i64,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    if let (false, HolidayDocs::Rule(doc)) = (is_set, holiday_docs(holiday, random6, utc_offset)) {
        let path = format!("{base}/temporal_rules/{}", seg(id));
        let old = call.get(&path).await?.data;
        let mut patch = doc.as_object().cloned().unwrap_or_default();
        for key in HOLIDAY_KEYS {
            if old.get(*key).is_some() && !patch.contains_key(*key) {
                patch.insert((*key).into(), Value::Null);
            }
        }
        call.patch(&path, stamped(Value::Object(patch), meta)).await?;
        return Ok(());
    }
    add_holiday(call, meta, account, holiday, random6, utc_offset).await?;
    delete_holiday(call, meta, account, id, is_set).await
}

/// The open and lunch rules MainCallflow routes now (a rule counts only as a child).
fn active_hours(c: &Current) -> (Vec<String>, Vec<String>) {
    let children: Vec<&String> =
        c.main.pointer("/flow/children").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
    let active = |kind: Kind| {
        c.hours.iter().filter(|r| r.spec.kind == kind && children.contains(&&r.id)).map(|r| r.id.clone()).collect()
    };
    (active(Kind::Open), active(Kind::Lunch))
}

/// A holiday goes: first its route on MainCallflow (so nothing points at a deleted
/// rule), then its rule — or, for a month-crossing range, every member rule and the set.
pub async fn delete_holiday(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    id: &str,
    is_set: bool,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let c = current(call, &base).await?;
    let (open, lunch) = active_hours(&c);
    let mut r = routing(&c, open, lunch, vec![])?;
    r.holidays.retain(|h| h != id);
    let new_flow = assemble_flow(c.main.get("flow").unwrap_or(&Value::Null), &r);
    patch_main(call, meta, &base, &c, new_flow).await?;
    if is_set {
        let set = call.get(&format!("{base}/temporal_rules_sets/{}", seg(id))).await?.data;
        let members = set.get("temporal_rules").and_then(Value::as_array).cloned().unwrap_or_default();
        for m in members.iter().filter_map(Value::as_str) {
            delete_stamped(call, &format!("{base}/temporal_rules/{}", seg(m)), meta).await?;
        }
        delete_stamped(call, &format!("{base}/temporal_rules_sets/{}", seg(id)), meta).await?;
    } else {
        delete_stamped(call, &format!("{base}/temporal_rules/{}", seg(id)), meta).await?;
    }
    Ok(())
}
