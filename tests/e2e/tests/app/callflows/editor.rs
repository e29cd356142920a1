//! The list and the editor: building, editing and saving callflows by mouse and keyboard.

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::json;

use super::{callflow_named, chosen_in_dialog, open_callflows, step, step_xpath};

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
    chosen_in_dialog(&h, "Target", "Choose a language").await?;
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
