//! The seed's recipe, by clicks across both apps: "build a sub-menu into your main
//! number" — ring groups in Smart PBX, a menu callflow in Callflows whose keys ring them,
//! listed in Main Number and chosen there for the open hours; then a member added in Smart
//! PBX's Groups screen is rung by the menu too, because its keys point at the groups'
//! own callflows. Every document is checked through the API.

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

use super::{callflow_named, chosen_in_dialog, step};

/// Smart PBX › Groups › Add group, with one member.
async fn add_group(h: &Harness, name: &str, extension: &str, member: &str) -> Result<()> {
    h.link("Groups").await?.click().await?;
    h.heading("Groups").await?;
    h.button("Add group").await?.click().await?;
    h.fill("Group name", name).await?;
    h.fill("Extensions", extension).await?;
    h.choose("Add a member", member).await?;
    h.button("Add member").await?.click().await?;
    h.button("Create").await?.click().await?;
    h.heading("Groups").await?;
    h.text(name).await?;
    Ok(())
}

/// In the open editor: "Add action" › "Callflow" on the selected menu's `key`, ringing `target`.
async fn key_rings(h: &Harness, key: &str, target: &str) -> Result<()> {
    h.button("Add action").await?.click().await?;
    h.fill("Search actions", "callflow").await?;
    h.browser.find(Locator::XPath("//dialog[@open]//button[normalize-space(.)='Callflow']")).await?.click().await?;
    h.choose("Branch", key).await?;
    h.choose("Target", target).await?;
    h.button("Add step").await?.click().await?;
    step(h, &format!("{key}: Callflow, {target}")).await?;
    Ok(())
}

async fn get(h: &Harness, path: &str) -> Result<Value> {
    let (status, body) = h.api("GET", path, None).await?;
    if status != 200 {
        return Err(anyhow!("GET {path}: {status} {body}"));
    }
    Ok(body["data"].clone())
}

/// The ids of the users a group's callflow ends up ringing (userGroup → baseGroup → endpoints).
async fn rung_by(h: &Harness, account: &str, callflow_id: &str) -> Result<Vec<String>> {
    let ring = get(h, &format!("accounts/{account}/callflows/{callflow_id}")).await?;
    assert_eq!(ring["flow"]["module"], "callflow", "a Smart PBX group's callflow: {ring}");
    let base_id = ring["flow"]["data"]["id"].as_str().ok_or(anyhow!("no base callflow: {ring}"))?;
    let base = get(h, &format!("accounts/{account}/callflows/{base_id}")).await?;
    Ok(base["flow"]["data"]["endpoints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str().map(str::to_string))
        .collect())
}

async fn user_id(h: &Harness, account: &str, first: &str) -> Result<String> {
    let rows = get(h, &format!("accounts/{account}/users?filter_first_name={first}")).await?;
    rows[0]["id"].as_str().map(str::to_string).ok_or(anyhow!("no user {first}: {rows}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sub_menu_for_the_main_number_made_across_both_apps() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let account = h.account_id().await?;

    // 1. Smart PBX: a ring group per choice.
    add_group(&h, "English desk", "2110", "Alice Liddell").await?;
    add_group(&h, "Spanish desk", "2111", "Bob Baker").await?;

    // 2. Callflows: a menu whose keys ring the groups' callflows.
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    h.button("New callflow").await?.click().await?;
    h.heading("New callflow").await?;
    h.fill("Name", "Language choice").await?;
    h.fill("Extension", "2700").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.browser.find(Locator::XPath("//dialog[@open]//button[normalize-space(.)='Menu']")).await?.click().await?;
    h.heading("Add Menu").await?;
    h.button("New menu…").await?.click().await?;
    h.heading("New menu").await?;
    h.fill("Menu name", "Press 1 for English").await?;
    h.button("Create menu").await?.click().await?;
    chosen_in_dialog(&h, "Target", "Press 1 for English").await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Menu, Press 1 for English").await?.click().await?;
    key_rings(&h, "Key 1", "English desk Ring Group").await?;
    // The menu again (adding selects the new step), for its second key.
    step(&h, "Menu, Press 1 for English").await?.click().await?;
    key_rings(&h, "Key 2", "Spanish desk Ring Group").await?;
    h.field("List this callflow in Main Number").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let menu_cf = callflow_named(&h, "Language choice").await?;
    assert_eq!(menu_cf["ui_is_main_number_cf"], json!(true));
    assert_eq!(menu_cf["flow"]["module"], "menu");
    let english = get(&h, &format!("accounts/{account}/callflows?filter_name=English%20desk%20Ring%20Group")).await?;
    let english_id = english[0]["id"].as_str().ok_or(anyhow!("no English ring group: {english}"))?.to_string();
    let key1 = &menu_cf["flow"]["children"]["1"];
    assert_eq!(key1["module"], "callflow");
    assert_eq!(key1["data"]["id"], json!(english_id));
    assert_eq!(menu_cf["flow"]["children"]["2"]["module"], "callflow");

    // 3. Smart PBX › Main Number: the open hours answer with the menu.
    h.link("Smart PBX").await?.click().await?;
    h.link("Main Number").await?.click().await?;
    h.heading("Incoming calls").await?;
    h.choose("Open hours: calls go to", "An advanced callflow").await?;
    h.choose("Open hours: advanced callflow", "Language choice").await?;
    h.button("Save call handling for Open hours").await?.click().await?;
    h.role_with_text("status", "Call handling for Open hours saved.").await?;
    // Smart PBX's period callflows are known by their pseudo-number ("MainOpenHours").
    let rows = get(&h, &format!("accounts/{account}/callflows?key_missing=owner_id&paginate=false")).await?;
    let open_id = rows
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["numbers"][0] == "MainOpenHours")
        .and_then(|r| r["id"].as_str())
        .ok_or(anyhow!("no MainOpenHours callflow"))?;
    let open_hours = get(&h, &format!("accounts/{account}/callflows/{open_id}")).await?;
    assert_eq!(open_hours["flow"]["module"], "callflow");
    assert_eq!(open_hours["flow"]["data"]["id"], menu_cf["id"], "open hours go to the menu: {open_hours}");

    // 4. Later, in Smart PBX's Groups: Carol joins the English desk — and key 1 rings her.
    let (alice, carol) = (user_id(&h, &account, "Alice").await?, user_id(&h, &account, "Carol").await?);
    assert_eq!(rung_by(&h, &account, &english_id).await?, vec![alice.clone()]);
    h.link("Groups").await?.click().await?;
    h.heading("Groups").await?;
    h.link("English desk").await?.click().await?;
    h.heading("English desk").await?;
    h.choose("Add a member", "Carol Chen").await?;
    h.button("Add member").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let menu_after = callflow_named(&h, "Language choice").await?;
    assert_eq!(menu_after["flow"], menu_cf["flow"], "the menu itself is unchanged");
    let key1 = menu_after["flow"]["children"]["1"]["data"]["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(rung_by(&h, &account, &key1).await?, vec![alice, carol], "key 1 now rings Carol too");
    h.finish().await
}
