//! Callflows: the list (other apps' callflows hidden until asked for), the editor by
//! mouse and keyboard, and what lands in the database — what monster-ui-callflows
//! writes, with every node of modules Patchbay has no form for kept.

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

async fn open_callflows(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    Ok(())
}

/// The tree's step named `name` (a step is named by its own box: "Key 1: User, Ada").
fn step_xpath(name: &str) -> String {
    let literal =
        format!("concat('', {})", name.split('\'').map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", \"'\", "));
    format!("//*[@role='treeitem'][normalize-space(.)={literal}]")
}

async fn step(h: &Harness, name: &str) -> Result<fantoccini::elements::Element> {
    Ok(h.browser.wait().for_element(Locator::XPath(&step_xpath(name))).await?)
}

async fn callflow_named(h: &Harness, name: &str) -> Result<Value> {
    let account = h.account_id().await?;
    let (_, found) =
        h.api("GET", &format!("accounts/{account}/callflows?filter_name={}", name.replace(' ', "%20")), None).await?;
    let id = found["data"][0]["id"].as_str().ok_or(anyhow!("no callflow named {name}: {found}"))?.to_string();
    let (_, doc) = h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?;
    Ok(doc["data"].clone())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_callflow_built_by_clicks_is_what_the_callflows_app_writes() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.heading("New callflow").await?;
    h.fill("Name", "Sales line").await?;
    h.choose("Spare numbers", "+1 415-555-0105").await?;
    h.button("Add number").await?.click().await?;
    h.fill("Extension", "2999").await?;
    h.button("Add extension").await?.click().await?;
    h.text("+1 415-555-0105").await?;

    // The first step: a user, picked from the account's users.
    h.button("Add action").await?.click().await?;
    h.fill("Search actions", "use").await?;
    h.button("User").await?.click().await?;
    h.heading("Add User").await?;
    h.choose("Target", "Alice Liddell").await?;
    // People are made in Smart PBX; the list says where.
    let manage = h.link("People are added and changed in Smart PBX › Users").await?;
    assert_eq!(manage.attr("href").await?.as_deref(), Some("/smartpbx/users"));
    h.button("Add step").await?.click().await?;
    // Named after what it rings at once, before anything is saved.
    step(&h, "User, Alice Liddell").await?;
    // Then, after it, her voicemail box.
    h.button("Add action").await?.click().await?;
    h.button("Voicemail").await?.click().await?;
    h.choose("Target", "Alice Liddell's VMBox").await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Voicemail, Alice Liddell's VMBox").await?;
    // Undo takes the last step away, Redo brings it back.
    h.button("Undo").await?.click().await?;
    h.eventually("the voicemail step gone", || async {
        Ok(h.browser
            .find_all(Locator::XPath(&step_xpath("Voicemail, Alice Liddell's VMBox")))
            .await?
            .is_empty()
            .then_some(()))
    })
    .await?;
    h.button("Redo").await?.click().await?;
    step(&h, "Voicemail, Alice Liddell's VMBox").await?;

    h.field("List this callflow in Main Number").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    // Opened again by its new id: the steps are named after what they ring, and the tree
    // is one Tab stop (its first step) for keyboard users.
    h.heading("Sales line").await?;
    step(&h, "User, Alice Liddell").await?;
    let stops = h
        .browser
        .execute(
            "return [...document.querySelectorAll('[role=treeitem][tabindex=\"0\"]')].map(e => e.textContent)",
            vec![],
        )
        .await?;
    assert_eq!(stops, json!(["User, Alice Liddell"]), "one Tab stop, on the first step");

    let doc = callflow_named(&h, "Sales line").await?;
    assert_eq!(doc["numbers"], json!(["+14155550105", "2999"]));
    assert_eq!(doc["ui_is_main_number_cf"], json!(true));
    assert_eq!(doc["ui_metadata"]["origin"], "callflows");
    assert_eq!(doc["ui_metadata"]["ui"], "monster-ui");
    let flow = &doc["flow"];
    assert_eq!(flow["module"], "user");
    assert_eq!(flow["data"]["timeout"], "20", "a string, as Monster writes it: {flow}");
    assert_eq!(flow["data"]["can_call_self"], false);
    assert!(flow["data"]["id"].as_str().is_some_and(|id| id.len() == 32), "{flow}");
    assert_eq!(flow["children"]["_"]["module"], "voicemail");
    assert_eq!(flow["children"]["_"]["children"], json!({}));

    // Listed in Main Number: Smart PBX offers it for the office's hours.
    h.link("Smart PBX").await?.click().await?;
    h.link("Main Number").await?.click().await?;
    h.heading("Main Number").await?;
    let offered = h.field("Open hours: advanced callflow").await?;
    let names = h
        .browser
        .execute(
            "return [...arguments[0].options].map(o => o.textContent.trim())",
            vec![serde_json::to_value(&offered)?],
        )
        .await?;
    assert!(names.as_array().is_some_and(|n| n.contains(&json!("Sales line"))), "{names}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_walks_through_a_sub_menu_for_the_main_number() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.browser
        .find(Locator::XPath("//summary[starts-with(normalize-space(.), 'How to: a sub-menu')]"))
        .await?
        .click()
        .await?;
    // Each step links to the screen where it is done.
    h.link("Smart PBX › Groups").await?;
    h.link("Smart PBX › Main Number").await?.click().await?;
    h.heading("Main Number").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn steps_of_modules_without_a_form_survive_an_edit_made_by_keyboard() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let account = h.account_id().await?;
    let odd = json!({
        "module": "cidlistmatch", "data": {"id": "list1", "odd": [1, {"x": null}]},
        "children": {
            "match": {"module": "park", "data": {"action": "auto", "default_ringback_timeout": 120000}, "children": {}},
            "nomatch": {"module": "play", "data": {"id": "silence_stream://300000"}, "children": {}}
        }
    });
    let body = json!({"name": "Screening", "numbers": ["2998"], "flow": odd, "some_app_key": {"kept": true}});
    let (status, answer) = h.api("PUT", &format!("accounts/{account}/callflows"), Some(body)).await?;
    assert_eq!(status, 201, "{answer}");

    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    h.link("Screening").await?.click().await?;
    h.heading("Screening").await?;
    // Modules Patchbay has no form for are shown by name, never dropped.
    let first = step(&h, "Module “cidlistmatch”").await?;
    step(&h, "“match”: Module “park”").await?;
    // By keyboard: into the tree, down to the last step, Enter edits it.
    first.click().await?;
    // Left folds the branches away, Right brings them back.
    h.press_on_focused(&char::from(fantoccini::key::Key::Left).to_string()).await?;
    step(&h, "Module “cidlistmatch”, 2 branches hidden").await?;
    assert!(h.browser.find_all(Locator::XPath(&step_xpath("“match”: Module “park”"))).await?.is_empty());
    h.press_on_focused(&char::from(fantoccini::key::Key::Right).to_string()).await?;
    step(&h, "“match”: Module “park”").await?;
    h.press_on_focused(&char::from(fantoccini::key::Key::End).to_string()).await?;
    h.eventually("the last step focused", || async {
        let named = h
            .browser
            .execute(
                "const e = document.activeElement;
                 return e && e.getAttribute('role') === 'treeitem' ? e.textContent.replace(/\\s+/g, ' ').trim() : '';",
                vec![],
            )
            .await?;
        Ok((named == json!("“nomatch”: Media")).then_some(()))
    })
    .await?;
    h.press_on_focused(&char::from(fantoccini::key::Key::Enter).to_string()).await?;
    h.heading("Edit Media").await?;
    // The branch it hangs on can change too (any value, for a module without a form).
    assert_eq!(h.value_of("Value").await?, "nomatch");
    h.fill("Value", "other").await?;
    h.button("Apply").await?.click().await?;
    step(&h, "“other”: Media").await?;
    // Turn the parked branch off, and save.
    step(&h, "“match”: Module “park”").await?.click().await?;
    h.button("Turn off").await?.click().await?;
    step(&h, "“match”: Module “park” (turned off)").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let doc = callflow_named(&h, "Screening").await?;
    let mut expected = odd.clone();
    expected["children"]["match"]["data"]["skip_module"] = json!(true);
    let moved = expected["children"]["nomatch"].take();
    expected["children"]["other"] = moved;
    expected["children"].as_object_mut().map(|c| c.remove("nomatch"));
    assert_eq!(doc["flow"], expected);
    assert_eq!(doc["some_app_key"], json!({"kept": true}));
    assert!(doc.get("metadata").is_none_or(|m| m.is_object()), "metadata is Crossbar's own answer, never stored");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn smart_pbx_callflows_are_hidden_until_show_all_and_open_read_only() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.role_with_text("status", "shown").await?;
    assert!(!h.has_link("MainCallflow").await?, "Smart PBX's main callflow is hidden by default");
    h.text("Support hotline").await?;
    h.field("Show all callflows").await?.click().await?;
    h.link("MainCallflow").await?.click().await?;
    h.heading("MainCallflow").await?;
    h.text("Smart PBX manages this callflow.").await?;
    let save = h.button("Save").await?;
    assert!(save.attr("disabled").await?.is_some(), "read-only until asked");
    h.link("Open it in Smart PBX").await?;
    h.button("Edit it here anyway").await?.click().await?;
    h.eventually("Save enabled", || async {
        Ok(h.button("Save").await?.attr("disabled").await?.is_none().then_some(()))
    })
    .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_menu_made_from_its_step_routes_key_1_to_a_user() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.heading("New callflow").await?;
    h.fill("Name", "Language menu").await?;
    h.fill("Extension", "2997").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    // The palette's "Menu" (the page has another "Menu" button, for small screens).
    h.browser.find(Locator::XPath("//dialog[@open]//button[normalize-space(.)='Menu']")).await?.click().await?;
    h.heading("Add Menu").await?;
    // No menu yet for this: made here, over the step's dialog, and chosen at once.
    h.button("New menu…").await?.click().await?;
    h.heading("New menu").await?;
    h.fill("Menu name", "Choose a language").await?;
    h.button("Create menu").await?.click().await?;
    h.eventually("the new menu chosen", || async {
        // The list is read again with the new menu in it: a select found a moment
        // before may be gone, which only means "not yet".
        let shown = h
            .browser
            .execute(
                "const label = [...document.querySelectorAll('dialog[open] label')].find(l => l.textContent.trim() === 'Target');
                 const select = label && document.getElementById(label.htmlFor);
                 return select && select.selectedOptions[0] ? select.selectedOptions[0].textContent : null;",
                vec![],
            )
            .await?;
        Ok((shown == json!("Choose a language")).then_some(()))
    })
    .await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Menu, Choose a language").await?;
    // Key 1 rings Alice.
    h.button("Add action").await?.click().await?;
    h.button("User").await?.click().await?;
    h.choose("Branch", "Key 1").await?;
    h.choose("Target", "Alice Liddell").await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Key 1: User, Alice Liddell").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let doc = callflow_named(&h, "Language menu").await?;
    let menu_id = doc["flow"]["data"]["id"].as_str().ok_or(anyhow!("no menu id: {doc}"))?.to_string();
    assert_eq!(doc["flow"]["module"], "menu");
    assert_eq!(doc["flow"]["children"]["1"]["module"], "user");
    let account = h.account_id().await?;
    let (_, menu) = h.api("GET", &format!("accounts/{account}/menus/{menu_id}"), None).await?;
    let menu = &menu["data"];
    assert_eq!(menu["name"], "Choose a language");
    // Seconds on the form, milliseconds stored; retries one above the form's 2.
    assert_eq!((menu["timeout"].clone(), menu["retries"].clone()), (json!(10000), json!(3)));
    assert_eq!(menu["media"], json!({"invalid_media": true, "transfer_media": true, "exit_media": true}));
    assert_eq!(menu["ui_metadata"]["origin"], "callflows");
    h.finish().await
}

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
    h.eventually("the new time chosen as the branch", || async {
        let shown = h
            .browser
            .execute(
                "const label = [...document.querySelectorAll('dialog[open] label')].find(l => l.textContent.trim() === 'At these times');
                 const select = label && document.getElementById(label.htmlFor);
                 return select && select.selectedOptions[0] ? select.selectedOptions[0].textContent : null;",
                vec![],
            )
            .await?;
        Ok((shown == json!("Weekday mornings")).then_some(()))
    })
    .await?;
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

/// A tiny valid WAV file (RIFF/WAVE header, 8 kHz mono, a few samples of silence).
fn wav_bytes() -> Vec<u8> {
    let samples = [0u8; 16];
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend(&(36 + samples.len() as u32).to_le_bytes());
    b.extend(b"WAVEfmt ");
    b.extend(&16u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8u16.to_le_bytes());
    b.extend(b"data");
    b.extend(&(samples.len() as u32).to_le_bytes());
    b.extend(samples);
    b
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
    std::fs::write(&wav, wav_bytes())?;
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
async fn a_step_typed_as_json_is_checked_against_kazoos_schema_for_its_module() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.fill("Name", "Spoken").await?;
    h.fill("Extension", "2994").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.fill("Module name", "tts").await?;
    h.button("Use this module").await?.click().await?;
    // Where the machine has KAZOO's schemas (`../shared/kazoo/schemas`), the sandbox serves
    // them and the wrong type is refused; a server without them keeps steps as typed.
    let (_, served) = h.api("GET", "schemas", None).await?;
    if served["data"].as_array().is_some_and(|names| names.iter().any(|n| n == "callflows.tts")) {
        h.fill("Settings as JSON", r#"{"text": 5}"#).await?;
        h.button("Add step").await?.click().await?;
        h.eventually("the schema's refusal", || async {
            let said = h
                .browser
                .execute("return document.querySelector('dialog[open] [role=alert]')?.textContent || ''", vec![])
                .await?;
            Ok(said
                .as_str()
                .is_some_and(|s| s.starts_with("KAZOO's schema for this step refuses it: text:"))
                .then_some(()))
        })
        .await?;
    }
    h.fill("Settings as JSON", r#"{"text": "Thanks for calling", "voice": "female"}"#).await?;
    h.button("Add step").await?.click().await?;
    // A module Patchbay also has a form for is named as the palette names it.
    step(&h, "Text to Speech").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let doc = callflow_named(&h, "Spoken").await?;
    assert_eq!(doc["flow"]["data"], json!({"text": "Thanks for calling", "voice": "female"}));
    // The refused attempt was checked by the server, never saved.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Check a tts step against KAZOO's schema").await?;
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

#[tokio::test(flavor = "multi_thread")]
async fn a_ring_group_steps_members_and_ringing_time_are_written_as_monster_writes_them() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.fill("Name", "Sales ring").await?;
    h.fill("Extension", "2993").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.button("Ring Group").await?.click().await?;
    h.fill("Group name", "Sales team").await?;
    h.text("No members yet.").await?;
    h.choose("Add a member", "Alice Liddell").await?;
    h.button("Add member").await?.click().await?;
    h.set_value("Alice Liddell: starts ringing after (seconds)", "5").await?;
    let delay = h.field("Alice Liddell: starts ringing after (seconds)").await?;
    h.browser
        .execute(
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
            vec![serde_json::to_value(&delay)?],
        )
        .await?;
    h.choose("Add a member", "Ada Admin").await?;
    h.button("Add member").await?.click().await?;
    h.button("Move Ada Admin up").await?.click().await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Ring Group, Sales team").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let doc = callflow_named(&h, "Sales ring").await?;
    let data = &doc["flow"]["data"];
    let account = h.account_id().await?;
    let (_, alice) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    let (_, ada) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Ada"), None).await?;
    assert_eq!(
        data["endpoints"],
        json!([
            {"endpoint_type": "user", "id": ada["data"][0]["id"], "delay": 0, "timeout": 20},
            {"endpoint_type": "user", "id": alice["data"][0]["id"], "delay": 5, "timeout": 20}
        ]),
        "{data}"
    );
    assert_eq!(data["timeout"], 25, "the latest member's delay + timeout: {data}");
    assert_eq!((data["name"].clone(), data["strategy"].clone()), (json!("Sales team"), json!("simultaneous")));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_disable_time_of_day_step_names_its_rules_by_ticking_them() -> Result<()> {
    let h = Harness::start().await?;
    open_callflows(&h).await?;
    h.button("New callflow").await?.click().await?;
    h.fill("Name", "Close for lunch").await?;
    h.fill("Extension", "*2992").await?;
    h.button("Add extension").await?.click().await?;
    h.button("Add action").await?.click().await?;
    h.button("Disable Time of Day").await?.click().await?;
    h.field("MainLunchHours").await?.click().await?;
    h.button("Add step").await?.click().await?;
    step(&h, "Disable Time of Day").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let doc = callflow_named(&h, "Close for lunch").await?;
    let account = h.account_id().await?;
    let (_, rules) =
        h.api("GET", &format!("accounts/{account}/temporal_rules?filter_name=MainLunchHours"), None).await?;
    assert_eq!(doc["flow"]["data"], json!({"action": "disable", "rules": [rules["data"][0]["id"]]}), "{doc}");
    assert_eq!(doc["numbers"], json!(["*2992"]), "a custom feature code: a star code as the callflow's number");
    h.finish().await
}
