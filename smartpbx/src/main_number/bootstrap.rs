//! The pieces Smart PBX creates when Main Number opens and they are missing (monster-ui-voip
//! `submodules/strategy/strategy.js` `strategyGetMainCallflows`), created in the same order, stamped,
//! and only what is missing, so that a later visit by Smart PBX itself creates nothing.

use crate::account_path;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::bootstrap::{by_key, missing, renumbered_main, Missing};
use patchbay_monster::main_number as main;
use patchbay_monster::{names, UiMetadata};
use serde_json::{json, Value};

use crate::stamped;
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::json::strings;
use patchbay_crossbar::Transport;

/// A menu's four-digit recording PIN; `random` answers in `[0, 1)`.
fn record_pin(random: &mut impl FnMut() -> f64) -> String {
    format!("{:04}", (random() * 10_000.0) as u32 % 10_000)
}

/// What is missing among the owner-less callflows listed, and whether MainCallflow
/// must be renumbered from `["0"]` to the placeholder.
pub fn what_is_missing(rows: &[Value]) -> (Missing, Option<String>) {
    let m = missing(&by_key(rows));
    let zero_main = rows.iter().find(|r| {
        r.get("name").and_then(Value::as_str) == Some(names::MAIN_CALLFLOW)
            && r.get("type").and_then(Value::as_str) == Some("main")
            && renumbered_main(&strings(&r["numbers"])).is_some()
    });
    (m, zero_main.map(doc_id))
}

/// Creates what `what_is_missing` found, in Smart PBX's order; `random` (in `[0, 1)`)
/// makes the new menus' recording PINs.
pub async fn bootstrap(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    rows: &[Value],
    renumber_main: Option<String>,
    mut random: impl FnMut() -> f64,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let mut found = by_key(rows);
    let todo = missing(&found);
    let put = |path: &'static str, doc: Value| {
        let url = format!("{base}/{path}");
        async move { call.put(&url, stamped(doc, meta)).await.map(|e| doc_id(&e.data)) }
    };
    if todo.conference {
        put("callflows", main::main_conference_doc()).await?;
    }
    if todo.faxing {
        put("callflows", main::main_faxing_doc()).await?;
    }
    for label in main::LABELS {
        let menu_key = format!("{label}Menu");
        if todo.menus.contains(&label) {
            let menu_id = put("menus", main::menu_doc(label, &record_pin(&mut random))).await?;
            let cf_id = put("callflows", main::menu_callflow_doc(label, &menu_id)).await?;
            found.insert(menu_key.clone(), cf_id);
        }
        if todo.subs.contains(&label) {
            let menu_cf = found.get(&menu_key).cloned().unwrap_or_default();
            let id = put("callflows", main::sub_callflow_doc(label, &menu_cf)).await?;
            found.insert(label.to_string(), id);
        }
    }
    if todo.main {
        let open = found.get(main::OPEN).cloned().unwrap_or_default();
        put("callflows", main::main_callflow_doc(&open)).await?;
    } else if let Some(id) = renumber_main {
        let body = stamped(json!({"numbers": [names::NO_MAIN_NUMBER]}), meta);
        call.patch(&format!("{base}/callflows/{}", seg(&id)), body).await?;
    }
    Ok(())
}
