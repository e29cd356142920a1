//! Smart PBX › Main Number: incoming call handling, virtual receptionists, holidays,
//! extra numbers and the bootstrap, checked through the API against what Smart PBX
//! writes (`docs/compatibility.md#main-number`).
//! One file per part of the screen; the helpers they share are here.

mod calls;
mod holidays;
mod numbers;
mod screen;

use anyhow::{anyhow, Result};
use patchbay_e2e::Harness;
use serde_json::Value;

pub(super) async fn open_main_number(h: &Harness) -> Result<String> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Main Number").await?.click().await?;
    h.heading("Incoming calls").await?;
    h.account_id().await
}

/// Pick the option showing `text` in the drop-down labelled `label`, as a person would.
pub(super) async fn choose(h: &Harness, label: &str, text: &str) -> Result<()> {
    let el = h.field(label).await?;
    let found = h
        .browser
        .execute(
            "const [el, text] = arguments;
             const o = [...el.options].find(o => o.textContent.trim() === text);
             if (!o) return false;
             el.value = o.value;
             el.dispatchEvent(new Event('change', { bubbles: true }));
             return true;",
            vec![serde_json::to_value(&el)?, text.into()],
        )
        .await?;
    if found != Value::Bool(true) {
        return Err(anyhow!("no option {text:?} in {label:?}"));
    }
    Ok(())
}

/// Wait until the control labelled `label` is shown (a disclosure opens on the next tick).
pub(super) async fn shown(h: &Harness, label: &str) -> Result<()> {
    h.eventually(&format!("{label:?} becoming visible"), || async {
        Ok(h.field(label).await?.is_displayed().await?.then_some(()))
    })
    .await
}

pub(super) async fn get(h: &Harness, path: &str) -> Result<Value> {
    let (status, body) = h.api("GET", path, None).await?;
    if status != 200 {
        return Err(anyhow!("GET {path}: {status} {body}"));
    }
    Ok(body["data"].clone())
}

/// An owner-less callflow by Smart PBX key (`name || numbers[0]`).
pub(super) async fn callflow(h: &Harness, account: &str, key: &str) -> Result<Value> {
    let rows =
        get(h, &format!("accounts/{account}/callflows?has_value=type&key_missing=owner_id&paginate=false")).await?;
    let row = rows
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["name"].as_str().filter(|n| !n.is_empty()).or(r["numbers"][0].as_str()) == Some(key))
        .ok_or_else(|| anyhow!("no callflow {key}"))?;
    get(h, &format!("accounts/{account}/callflows/{}", row["id"].as_str().unwrap_or_default())).await
}

pub(super) async fn user_id(h: &Harness, account: &str, first: &str) -> Result<String> {
    let rows = get(h, &format!("accounts/{account}/users?filter_first_name={first}")).await?;
    Ok(rows[0]["id"].as_str().unwrap_or_default().to_string())
}

pub(super) fn ids(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|r| r["id"].as_str().map(str::to_string)).collect()
}

/// How many Crossbar account requests this page made that `what` (a JS condition on the
/// resource timing entry `e`) holds for.
pub(super) async fn requests(h: &Harness, what: &str) -> Result<u64> {
    let script =
        format!("return performance.getEntriesByType('resource').filter(e => e.name.includes('/v2/accounts/') && {what}).length");
    Ok(h.browser.execute(&script, vec![]).await?.as_u64().unwrap_or(0))
}
