//! The screens behind the Callflows tiles: time of day, the entity managers and media,
//! feature codes, account settings, directories' members.

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

use super::{callflow_named, chosen_in_dialog, open_callflows, step};

#[tokio::test(flavor = "multi_thread")]
async fn a_time_of_day_branch_with_a_rule_made_inline_then_managed_on_its_screen() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.heading("New callflow").await?;
    h.fill("Name", "Opening hours").await?;
    h.fill("Extension", "2996").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.button("Time of Day").await?.click().await?;
    h.button("Add step").await?.click().await?;
    let route = "//*[@role='treeitem'][starts-with(normalize-space(.), 'Time of Day')]";
    h.browser.wait().for_element(Locator::XPath(route)).await?.click().await?;

    // Its first branch: a time made here, over the step's dialog, chosen at once.
    h.button("Add action").await?.click().await?;
    h.button("User").await?.click().await?;
    h.button("New time of day…").await?.click().await?;
    h.heading("New time of day").await?;
    h.button("Create time of day").await?.click().await?;
    // Nothing ticked and no name: said, nothing written.
    h.role_with_text("alert", "Give it a name (up to 128 characters).").await?;
    h.fill("Time of day name", "Weekday mornings").await?;
    h.button("Create time of day").await?.click().await?;
    h.role_with_text("alert", "Tick at least one day.").await?;
    h.field("Monday").await?.click().await?;
    h.field("Wednesday").await?.click().await?;
    h.field("Sunday").await?.click().await?;
    h.set_value("From", "08:00").await?;
    h.set_value("To", "12:30").await?;
    h.button("Create time of day").await?.click().await?;
    chosen_in_dialog(&h, "At these times", "Weekday mornings").await?;
    h.choose("Target", "Alice Liddell").await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Weekday mornings: User, Alice Liddell").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let doc = callflow_named(&h, "Opening hours").await?;
    let account = h.account_id().await?;
    let (_, rules) =
        h.api("GET", &format!("accounts/{account}/temporal_rules?filter_name=Weekday%20mornings"), None).await?;
    let rule_id = rules["data"][0]["id"].as_str().ok_or(anyhow!("no rule: {rules}"))?.to_string();
    assert_eq!(doc["flow"]["module"], "temporal_route");
    assert_eq!(doc["flow"]["children"][&rule_id]["module"], "user", "{doc}");
    let (_, rule) = h.api("GET", &format!("accounts/{account}/temporal_rules/{rule_id}"), None).await?;
    let rule = &rule["data"];
    // As the Callflows app writes it: Wednesday's legacy spelling, Sunday last.
    assert_eq!(rule["wdays"], json!(["monday", "wensday", "sunday"]), "{rule}");
    assert_eq!((rule["cycle"].clone(), rule["interval"].clone()), (json!("weekly"), json!(1)));
    assert_eq!((rule["time_window_start"].clone(), rule["time_window_stop"].clone()), (json!(28800), json!(45000)));
    assert!(rule.get("enabled").is_none() && rule.get("ordinal").is_none(), "{rule}");
    assert_eq!(rule["ui_metadata"]["origin"], "callflows");

    // The Time of day screen lists it; forced off there, grouped in a set.
    h.link("All callflows").await?.click().await?;
    h.heading("Callflows").await?;
    h.link("Time of day").await?.click().await?;
    h.heading("Time of day").await?;
    h.button("Weekday mornings").await?;
    h.button("Weekday mornings").await?.click().await?;
    h.heading("Edit time of day").await?;
    h.choose("Status", "Always off").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "“Weekday mornings” saved.").await?;
    h.button("New time of day set").await?.click().await?;
    h.fill("Set name", "Mornings").await?;
    h.field("Weekday mornings").await?.click().await?;
    h.button("Create set").await?.click().await?;
    h.role_with_text("status", "Time of day set saved.").await?;
    let (_, rule) = h.api("GET", &format!("accounts/{account}/temporal_rules/{rule_id}"), None).await?;
    assert_eq!(rule["data"]["enabled"], json!(false));
    assert_eq!(rule["data"]["wdays"], json!(["monday", "wensday", "sunday"]));
    let (_, sets) = h.api("GET", &format!("accounts/{account}/temporal_rules_sets?filter_name=Mornings"), None).await?;
    let set_id = sets["data"][0]["id"].as_str().ok_or(anyhow!("no set: {sets}"))?.to_string();
    let (_, set) = h.api("GET", &format!("accounts/{account}/temporal_rules_sets/{set_id}"), None).await?;
    assert_eq!(set["data"]["temporal_rules"], json!([rule_id]));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn entity_managers_write_what_the_callflows_app_writes_and_keep_what_others_wrote() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    let account = h.account_id().await?;
    // A menu another app wrote, with a key no form shows.
    let (_, made) = h
        .api(
            "PUT",
            &format!("accounts/{account}/menus"),
            Some(json!({"name": "Night menu", "retries": 4, "timeout": 5000, "x_partner_flag": "keep me"})),
        )
        .await?;
    let menu_id = made["data"]["id"].as_str().ok_or(anyhow!("no menu: {made}"))?.to_string();

    // Menus: read into the form in the form's units, saved back onto the document.
    h.link("Menus").await?.click().await?;
    h.heading("Menus").await?;
    h.button("Night menu").await?.click().await?;
    h.heading("Edit menu").await?;
    assert_eq!(h.value_of("Seconds to wait for a key").await?, "5");
    assert_eq!(h.value_of("Retries after a wrong or missing key").await?, "3");
    h.fill("Retries after a wrong or missing key", "1").await?;
    h.field("No “invalid key”, “transferring” and “goodbye” prompts").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "“Night menu” saved.").await?;
    let (_, menu) = h.api("GET", &format!("accounts/{account}/menus/{menu_id}"), None).await?;
    let menu = &menu["data"];
    assert_eq!((menu["retries"].clone(), menu["timeout"].clone()), (json!(2), json!(5000)), "{menu}");
    assert_eq!(menu["x_partner_flag"], "keep me");
    assert_eq!(menu["media"]["invalid_media"], false);
    assert_eq!(menu["ui_metadata"]["origin"], "callflows");

    // Blocklists: one number per line, stored as an object's keys.
    h.link("All callflows").await?.click().await?;
    h.link("Blocklists").await?.click().await?;
    h.heading("Blocklists").await?;
    h.button("New blocklist").await?.click().await?;
    h.button("Create blocklist").await?.click().await?;
    h.role_with_text("alert", "Blocklist name: this is needed.").await?;
    h.fill("Blocklist name", "Robocallers").await?;
    h.fill("Blocked numbers", "+14155550199\n+14155550198").await?;
    h.button("Create blocklist").await?.click().await?;
    h.role_with_text("status", "“Robocallers” saved.").await?;
    h.button("Robocallers").await?;
    let (_, lists) = h.api("GET", &format!("accounts/{account}/blacklists"), None).await?;
    let list_id = lists["data"][0]["id"].as_str().ok_or(anyhow!("no blocklist: {lists}"))?.to_string();
    let (_, list) = h.api("GET", &format!("accounts/{account}/blacklists/{list_id}"), None).await?;
    assert_eq!(list["data"]["numbers"], json!({"+14155550199": {}, "+14155550198": {}}));

    // Deleting asks first.
    h.button("Delete Robocallers").await?.click().await?;
    h.text("Delete the blocklist “Robocallers”? Its numbers can call again.").await?;
    h.browser
        .find(Locator::XPath("//*[@role='alertdialog']//button[normalize-space(.)='Delete']"))
        .await?
        .click()
        .await?;
    h.role_with_text("status", "Deleted.").await?;
    h.text("No blocklists yet.").await?;

    // A conference made from a callflow's step, chosen at once.
    h.link("All callflows").await?.click().await?;
    h.button("New callflow").await?.click().await?;
    h.fill("Extension", "2995").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.fill("Search actions", "conference").await?;
    h.browser.find(Locator::XPath("//dialog[@open]//button[normalize-space(.)='Conference']")).await?.click().await?;
    h.button("New conference…").await?.click().await?;
    h.heading("New conference").await?;
    h.fill("Conference name", "Standup").await?;
    h.fill("PINs", "1234, 5678").await?;
    h.button("Create conference").await?.click().await?;
    // Made, its dialog closes over the step's, which has it chosen.
    h.eventually("back at the step's dialog", || async {
        Ok((h.browser.find_all(Locator::Css("dialog[open]")).await?.len() == 1).then_some(()))
    })
    .await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Conference, Standup").await?;
    let (_, rooms) = h.api("GET", &format!("accounts/{account}/conferences?filter_name=Standup"), None).await?;
    let room_id = rooms["data"][0]["id"].as_str().ok_or(anyhow!("no conference: {rooms}"))?.to_string();
    let (_, room) = h.api("GET", &format!("accounts/{account}/conferences/{room_id}"), None).await?;
    let room = &room["data"];
    assert_eq!(room["member"]["pins"], json!(["1234", "5678"]));
    assert_eq!((room["play_entry_tone"].clone(), room["conference_numbers"].clone()), (json!(true), json!([])));
    h.finish().await
}

/// The account's feature-code callflow named `name` (`featurecode.name`), if any.
async fn feature_code(h: &Harness, name: &str) -> Result<Option<Value>> {
    let account = h.account_id().await?;
    let (_, list) =
        h.api("GET", &format!("accounts/{account}/callflows?has_key=featurecode&paginate=false"), None).await?;
    let Some(row) = list["data"].as_array().into_iter().flatten().find(|r| r["featurecode"]["name"] == name) else {
        return Ok(None);
    };
    let id = row["id"].as_str().unwrap_or_default();
    let (_, doc) = h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?;
    Ok(Some(doc["data"].clone()))
}

#[tokio::test(flavor = "multi_thread")]
async fn feature_codes_change_digits_without_losing_parking_timeouts_and_turn_on_and_off() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.link("Feature codes").await?.click().await?;
    h.heading("Feature codes").await?;

    // Parking's timeouts: seconds here, milliseconds stored.
    h.button("Parking timeouts for Park or retrieve a call").await?.click().await?;
    h.heading("Parking timeouts: Park or retrieve a call").await?;
    h.fill("Ring the person who parked a call after (seconds)", "45").await?;
    h.dialog_button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    // New digits for parking, intercom off; digits that are not digits are refused.
    h.fill("Digits for Intercom", "1a").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("alert", "Digits only (and * in codes that take more digits after them): Intercom.").await?;
    h.fill("Digits for Intercom", "0").await?;
    h.fill("Digits for Park or retrieve a call", "33").await?;
    h.field("Intercom on").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let park = feature_code(&h, "park_and_retrieve").await?.ok_or(anyhow!("parking code gone"))?;
    assert_eq!(park["patterns"], json!(["^\\*33([0-9]*)$"]), "{park}");
    assert_eq!(park["featurecode"]["number"], "33");
    assert_eq!(park["flow"]["data"]["default_callback_timeout"], 45000, "the timeout survives new digits: {park}");
    assert_eq!(park["flow"]["data"]["action"], "auto");
    assert!(feature_code(&h, "intercom").await?.is_none(), "intercom turned off");

    // Back on: made as the Callflows app makes it.
    h.eventually("intercom shown off", || async {
        Ok((!h.field("Intercom on").await?.is_selected().await?).then_some(()))
    })
    .await?;
    h.field("Intercom on").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.eventually("intercom back", || async { feature_code(&h, "intercom").await }).await?;
    let intercom = feature_code(&h, "intercom").await?.ok_or(anyhow!("no intercom"))?;
    assert_eq!(intercom["patterns"], json!(["^\\*0([0-9]*)$"]));
    assert_eq!(intercom["flow"], json!({"module": "intercom", "data": {}, "children": {}}));
    assert_eq!(intercom["ui_metadata"]["origin"], "callflows");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn account_settings_patch_only_what_changed() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    let account = h.account_id().await?;
    h.api(
        "PUT",
        &format!("accounts/{account}/blacklists"),
        Some(json!({"name": "Robocallers", "numbers": {"+14155550199": {}}})),
    )
    .await?;
    let (_, list) = h.api("GET", &format!("accounts/{account}/blacklists"), None).await?;
    let list_id = list["data"][0]["id"].as_str().ok_or(anyhow!("no blocklist: {list}"))?.to_string();
    h.link("Account settings").await?.click().await?;
    h.heading("Account settings").await?;
    // Another app writes to the account while the screen is open.
    h.api("PATCH", &format!("accounts/{account}"), Some(json!({"x_partner": {"tier": "gold"}}))).await?;

    h.fill("Internal caller ID name", "Front desk").await?;
    h.fill("Internal caller ID number", "2000").await?;
    h.fill("Dynamic outbound flags", "zone, tier").await?;
    h.field("Robocallers").await?.click().await?;
    h.button("Save").await?.click().await?;
    // The account changed since it was read: asked, and merged.
    h.heading("Someone else changed this").await?;
    h.button("Merge").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let (_, doc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    let doc = &doc["data"];
    assert_eq!(doc["caller_id"]["internal"], json!({"name": "Front desk", "number": "2000"}));
    assert_eq!(doc["outbound_flags"]["dynamic"], json!(["zone", "tier"]));
    assert_eq!(doc["blacklists"], json!([list_id]));
    assert_eq!(doc["x_partner"], json!({"tier": "gold"}), "written meanwhile by another app, kept: {doc}");

    // Emptied, the internal caller ID goes; saving again with nothing changed sends nothing.
    h.fill("Internal caller ID name", "").await?;
    h.fill("Internal caller ID number", "").await?;
    h.button("Save").await?.click().await?;
    h.eventually("the internal caller ID removed", || async {
        let (_, doc) = h.api("GET", &format!("accounts/{account}"), None).await?;
        Ok(doc["data"]["caller_id"].get("internal").is_none().then_some(()))
    })
    .await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Nothing has changed.").await?;
    h.finish().await
}

async fn media_named(h: &Harness, name: &str) -> Result<Option<Value>> {
    let account = h.account_id().await?;
    let (_, list) =
        h.api("GET", &format!("accounts/{account}/media?filter_name={}", name.replace(' ', "%20")), None).await?;
    let Some(id) = list["data"][0]["id"].as_str() else { return Ok(None) };
    let (_, doc) = h.api("GET", &format!("accounts/{account}/media/{id}"), None).await?;
    Ok(Some(doc["data"].clone()))
}

#[tokio::test(flavor = "multi_thread")]
async fn media_is_uploaded_or_spoken_played_here_and_a_refused_file_leaves_nothing() -> Result<()> {
    let h = Harness::start().await?;
    let dir = std::env::temp_dir().join(format!("patchbay-media-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let wav = dir.join("welcome.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    let text = dir.join("notes.wav");
    std::fs::write(&text, "<html>not a sound</html>")?;
    open_callflows(&h).await?;
    h.link("Media").await?.click().await?;
    h.heading("Media").await?;

    // A file: the document first, then the file, as Monster sends it.
    h.button("New media").await?.click().await?;
    h.fill("Media name", "Welcome").await?;
    h.button("Create media").await?.click().await?;
    h.role_with_text("alert", "Choose a sound file.").await?;
    h.field("Sound file").await?.send_keys(&wav.to_string_lossy()).await?;
    h.button("Create media").await?.click().await?;
    h.role_with_text("status", "“Welcome” saved.").await?;
    let doc = media_named(&h, "Welcome").await?.ok_or(anyhow!("no media"))?;
    assert_eq!((doc["media_source"].clone(), doc["description"].clone()), (json!("upload"), json!("welcome.wav")));
    assert_eq!(doc["ui_metadata"]["origin"], "callflows");

    // Played here, through the session (an <audio> cannot send the token itself).
    h.button("Play Welcome").await?.click().await?;
    h.text("Playing: Welcome").await?;
    let src = h.browser.execute("return document.querySelector('figure.media-player audio').src", vec![]).await?;
    assert!(src.as_str().is_some_and(|s| s.starts_with("blob:")), "{src}");

    // A file that is not a sound is refused, and the document made for it is deleted.
    h.button("New media").await?.click().await?;
    h.fill("Media name", "Not a sound").await?;
    h.field("Sound file").await?.send_keys(&text.to_string_lossy()).await?;
    h.button("Create media").await?.click().await?;
    h.eventually("the refusal said", || async {
        let said = h
            .browser
            .execute("return document.querySelector('dialog[open] [role=alert]')?.textContent || ''", vec![])
            .await?;
        Ok(said.as_str().is_some_and(|s| s.starts_with("The file was not accepted")).then_some(()))
    })
    .await?;
    assert!(media_named(&h, "Not a sound").await?.is_none(), "no silent media left behind");

    // Text to speech.
    h.fill("Media name", "Closed").await?;
    h.choose("Made from", "Text spoken aloud").await?;
    h.fill("Text to speak", "We are closed.").await?;
    h.choose("Voice", "female/en-GB").await?;
    h.button("Create media").await?.click().await?;
    h.role_with_text("status", "“Closed” saved.").await?;
    let tts = media_named(&h, "Closed").await?.ok_or(anyhow!("no tts media"))?;
    assert_eq!(tts["tts"], json!({"text": "We are closed.", "voice": "female/en-GB"}));
    assert_eq!(tts["media_source"], "tts");
    let _ = std::fs::remove_dir_all(&dir);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_directorys_members_are_written_on_the_users() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    let alice_id = users["data"][0]["id"].as_str().ok_or(anyhow!("no Alice: {users}"))?.to_string();
    let (_, own) = h.api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice_id}"), None).await?;
    let alice_callflow = own["data"][0]["id"].as_str().ok_or(anyhow!("no callflow of Alice: {own}"))?.to_string();

    h.link("Directories").await?.click().await?;
    h.heading("Directories").await?;
    h.button("New directory").await?.click().await?;
    h.fill("Directory name", "Sales staff").await?;
    h.text("Nobody is in this directory yet.").await?;
    h.choose("Add a person", "Alice Liddell").await?;
    h.button("Add to the directory").await?.click().await?;
    h.button("Remove Alice Liddell from the directory").await?;
    h.button("Create directory").await?.click().await?;
    h.role_with_text("status", "“Sales staff” saved.").await?;

    let (_, dirs) = h.api("GET", &format!("accounts/{account}/directories?filter_name=Sales%20staff"), None).await?;
    let dir_id = dirs["data"][0]["id"].as_str().ok_or(anyhow!("no directory: {dirs}"))?.to_string();
    let (_, user) = h.api("GET", &format!("accounts/{account}/users/{alice_id}"), None).await?;
    assert_eq!(
        user["data"]["directories"][&dir_id],
        json!(alice_callflow),
        "sent to her own callflow: {}",
        user["data"]
    );

    // Opened again: she is listed; taken out, her user no longer names the directory.
    h.button("Sales staff").await?.click().await?;
    h.heading("Edit directory").await?;
    h.button("Remove Alice Liddell from the directory").await?.click().await?;
    h.text("Nobody is in this directory yet.").await?;
    h.dialog_button("Save").await?.click().await?;
    // The screen still says the first save; the dialog closing is this one's end.
    h.eventually("the dialog closed after saving", || async {
        Ok(h.browser.find_all(Locator::Css("dialog[open]")).await?.is_empty().then_some(()))
    })
    .await?;
    let (_, user) = h.api("GET", &format!("accounts/{account}/users/{alice_id}"), None).await?;
    assert!(user["data"]["directories"].get(&dir_id).is_none(), "{}", user["data"]);
    assert!(
        user["data"]["directories"].as_object().is_some_and(|d| !d.is_empty()),
        "Smart PBX's directory stays: {}",
        user["data"]
    );
    h.finish().await
}
