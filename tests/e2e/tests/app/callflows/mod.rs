//! Callflows: the list (other apps' callflows hidden until asked for), the editor by
//! mouse and keyboard, the screens behind its tiles, and what lands in the database —
//! what monster-ui-callflows writes, with every node of modules Patchbay has no form for
//! kept. `editor` drives the list and the editor; `screens` the tiles' screens.

mod editor;
mod recipe;
mod screens;

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::Value;

pub(super) async fn open_callflows(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    Ok(())
}

/// The tree's step named `name` (a step is named by its own box: "Key 1: User, Ada").
pub(super) fn step_xpath(name: &str) -> String {
    let literal =
        format!("concat('', {})", name.split('\'').map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", \"'\", "));
    format!("//*[@role='treeitem'][normalize-space(.)={literal}]")
}

pub(super) async fn step(h: &Harness, name: &str) -> Result<fantoccini::elements::Element> {
    Ok(h.browser.wait().for_element(Locator::XPath(&step_xpath(name))).await?)
}

pub(super) async fn callflow_named(h: &Harness, name: &str) -> Result<Value> {
    let account = h.account_id().await?;
    let (_, found) =
        h.api("GET", &format!("accounts/{account}/callflows?filter_name={}", name.replace(' ', "%20")), None).await?;
    let id = found["data"][0]["id"].as_str().ok_or(anyhow!("no callflow named {name}: {found}"))?.to_string();
    let (_, doc) = h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?;
    Ok(doc["data"].clone())
}

/// Waits until the drop-down labelled `label` in the open dialog shows `option` — a thing
/// made "New …" over a step's dialog is chosen at once. The list is read again with the
/// new thing in it: a select found a moment before may be gone, which only means "not yet".
pub(super) async fn chosen_in_dialog(h: &Harness, label: &str, option: &str) -> Result<()> {
    h.eventually(&format!("{option:?} chosen in {label:?}"), || async {
        let shown = h
            .browser
            .execute(
                "const label = [...document.querySelectorAll('dialog[open] label')].find(l => l.textContent.trim() === arguments[0]);
                 const select = label && document.getElementById(label.htmlFor);
                 return select && select.selectedOptions[0] ? select.selectedOptions[0].textContent : null;",
                vec![label.into()],
            )
            .await?;
        Ok((shown.as_str() == Some(option)).then_some(()))
    })
    .await
}
