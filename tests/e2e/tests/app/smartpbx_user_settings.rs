//! Smart PBX › Users › a user's settings: one row per feature saying how it is set,
//! unfolding onto its form; each PATCHes only its own fields, in Smart PBX's formats,
//! and keeps what was typed when something is wrong.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::{xpath_literal, Harness};
use serde_json::Value;

async fn open_alice(h: &Harness) -> Result<String> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.heading("Settings and features").await?;
    h.heading("Call forward").await?;
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    Ok(users["data"][0]["id"].as_str().unwrap_or_default().to_string())
}

async fn user_doc(h: &Harness, id: &str) -> Result<Value> {
    let account = h.account_id().await?;
    Ok(h.api("GET", &format!("accounts/{account}/users/{id}"), None).await?.1["data"].clone())
}

/// What a feature's row says about it, once it says `text` (exactly that, after a `=`).
async fn feature_says(h: &Harness, title: &str, text: &str) -> Result<()> {
    let xpath = match text.strip_prefix('=') {
        Some(exact) => format!("//*[h3[normalize-space(.)='{title}']]/p[normalize-space(.)={}]", xpath_literal(exact)),
        None => format!("//*[h3[normalize-space(.)='{title}']]/p[contains(., {})]", xpath_literal(text)),
    };
    h.eventually(&format!("the {title} row saying {text:?}"), || async {
        Ok((!h.browser.find_all(Locator::XPath(&xpath)).await?.is_empty()).then_some(()))
    })
    .await
}

/// The status line of the section whose heading is `title`.
async fn section_status(h: &Harness, title: &str, text: &str) -> Result<()> {
    let xpath = format!("//*[h3[normalize-space(.)='{title}']]//*[@role='status'][contains(., '{text}')]");
    h.eventually(&format!("{title} saying {text:?}"), || async {
        Ok((!h.browser.find_all(Locator::XPath(&xpath)).await?.is_empty()).then_some(()))
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn call_forward_is_checked_then_written_as_smart_pbx_writes_it() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    feature_says(&h, "Call forward", "Off").await?;
    h.open_feature("Call forward").await?;
    h.field("Always").await?.click().await?;
    h.fill("Forward to number", "call me").await?;
    h.button("Save call forward").await?.click().await?;
    h.text("Enter a phone number").await?;
    assert_eq!(h.value_of("Forward to number").await?, "call me", "what was typed stays");
    assert_eq!(user_doc(&h, &alice).await?["call_forward"]["enabled"], Value::Null, "nothing was sent");

    h.fill("Forward to number", "+14155550199").await?;
    h.field("Ask to press a key before connecting").await?.click().await?;
    h.button("Save call forward").await?.click().await?;
    section_status(&h, "Call forward", "Saved").await?;
    feature_says(&h, "Call forward", "All calls go to +1 415-555-0199").await?;
    let user = user_doc(&h, &alice).await?;
    assert_eq!(user["call_forward"]["enabled"], true);
    assert_eq!(user["call_forward"]["number"], "+14155550199");
    assert_eq!(user["call_forward"]["require_keypress"], true);
    assert_eq!(user["call_failover"]["enabled"], false);
    assert_eq!(user["ui_metadata"]["origin"], "voip");
    assert_eq!(user["first_name"], "Alice", "fields the section does not edit survive");

    // The inspector names the action after the user.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Save call forward of Alice Liddell").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn voicemail_off_skips_the_node_and_role_and_presence_are_patched() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    let account = h.account_id().await?;

    // Email off while voicemail stays on is written as `false`: KAZOO reads a missing
    // key as "send" (users.js usersRenderVMBox).
    feature_says(&h, "Voicemail", "messages are emailed").await?;
    h.open_feature("Voicemail").await?;
    let to_email = h.field("Send voicemails to email").await?;
    assert!(to_email.is_selected().await?, "the seed sends Alice's voicemails by email");
    to_email.click().await?;
    h.button("Save voicemail").await?.click().await?;
    section_status(&h, "Voicemail", "Saved").await?;
    assert_eq!(user_doc(&h, &alice).await?["vm_to_email_enabled"], false);
    // The row follows the save: no longer "…; messages are emailed".
    feature_says(&h, "Voicemail", "=On, box 1002").await?;

    h.field("Voicemail on").await?.click().await?;
    h.button("Save voicemail").await?.click().await?;
    section_status(&h, "Voicemail", "Saved").await?;
    let (_, cfs) = h
        .api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow"), None)
        .await?;
    let cf_id = cfs["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, cf) = h.api("GET", &format!("accounts/{account}/callflows/{cf_id}"), None).await?;
    let vm = &cf["data"]["flow"]["children"]["_"];
    assert_eq!(vm["module"], "voicemail", "the node stays: {cf}");
    assert_eq!(vm["data"]["skip_module"], true);
    // With voicemail off the key is deleted (`null`), and KAZOO's schema default fills it
    // in again: true, which is what the box shows ticked should voicemail come back on.
    assert_eq!(user_doc(&h, &alice).await?["vm_to_email_enabled"], true);

    feature_says(&h, "Voicemail", "Off").await?;
    h.open_feature("Role and language").await?;
    h.field("Role").await?.select_by_label("Admin").await?;
    h.button("Save role and language").await?.click().await?;
    section_status(&h, "Role and language", "Saved").await?;
    assert_eq!(user_doc(&h, &alice).await?["priv_level"], "admin");
    feature_says(&h, "Role and language", "Admin").await?;

    h.open_feature("Do not disturb and hot desking").await?;

    h.field("Do not disturb").await?.click().await?;
    h.fill("Hot desk ID", "2002").await?;
    h.field("Hot desking").await?.click().await?;
    h.button("Save do not disturb and hot desking").await?.click().await?;
    section_status(&h, "Do not disturb and hot desking", "Saved").await?;
    let user = user_doc(&h, &alice).await?;
    assert_eq!(user["do_not_disturb"]["enabled"], true);
    assert_eq!(user["hotdesk"]["enabled"], true);
    assert_eq!(user["hotdesk"]["id"], "2002");
    feature_says(&h, "Do not disturb and hot desking", "Do not disturb is on; hot desking with ID 2002").await?;
    // …and her busy lamp lit, as Smart PBX does (users.js usersRenderDoNotDisturb).
    h.button("API inspector").await?.click().await?;
    h.button_starting("Save do not disturb and hot desking of Alice Liddell").await?.click().await?;
    let lamp = h.button_starting("POST /v2/accounts/").await?.text().await?;
    assert!(lamp.contains(&format!("/users/{alice}/presence")), "{lamp}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn devices_are_unassigned_and_assigned_from_the_user() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    let account = h.account_id().await?;
    // Her calls ring her desk phone through find-me/follow-me (as Smart PBX writes it).
    let (_, phones) =
        h.api("GET", &format!("accounts/{account}/devices?filter_name=Alice%20desk%20phone"), None).await?;
    let phone = phones["data"][0]["id"].clone();
    let (_, cfs) = h
        .api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow"), None)
        .await?;
    let cf_path = format!("accounts/{account}/callflows/{}", cfs["data"][0]["id"].as_str().unwrap_or_default());
    let ring = serde_json::json!({"flow": {"module": "ring_group", "data": {"strategy": "simultaneous", "timeout": 20,
        "endpoints": [{"id": phone, "endpoint_type": "device", "delay": 0, "timeout": 20}]}}});
    assert_eq!(h.api("PATCH", &cf_path, Some(ring)).await?.0, 200);
    let on = serde_json::json!({"smartpbx": {"find_me_follow_me": {"enabled": true}}});
    assert_eq!(h.api("PATCH", &format!("accounts/{account}/users/{alice}"), Some(on)).await?.0, 200);
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    feature_says(&h, "Devices", "Alice desk phone").await?;
    h.open_feature("Devices").await?;
    h.button("Unassign Alice desk phone").await?.click().await?;
    // Her last device gone from the ring group, her step rings her as a user again, and
    // find-me/follow-me is off (users.js usersUpdateDevices); her voicemail step stays.
    h.eventually("the user step back in her callflow", || async {
        let cf = h.api("GET", &cf_path, None).await?.1;
        Ok((cf["data"]["flow"]["module"] == "user").then_some(cf))
    })
    .await
    .map(|cf| {
        let flow = &cf["data"]["flow"];
        assert_eq!(flow["data"]["id"], alice.as_str());
        assert_eq!(
            (flow["data"]["can_call_self"].clone(), flow["data"]["timeout"].clone()),
            (serde_json::json!(false), serde_json::json!(20))
        );
        assert!(flow["data"].get("endpoints").is_none(), "{flow}");
        assert_eq!(flow["children"]["_"]["module"], "voicemail", "{flow}");
    })?;
    assert_eq!(user_doc(&h, &alice).await?["smartpbx"]["find_me_follow_me"], false);
    // The phone joins the unassigned ones once the unassignment is written.
    h.eventually("Alice desk phone among the unassigned devices", || async {
        let field = h.field("Unassigned devices").await?;
        Ok(field.select_by_label("Alice desk phone").await.ok())
    })
    .await?;
    let (_, devices) =
        h.api("GET", &format!("accounts/{account}/devices?filter_name=Alice%20desk%20phone"), None).await?;
    let device_id = devices["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, device) = h.api("GET", &format!("accounts/{account}/devices/{device_id}"), None).await?;
    assert!(device["data"].get("owner_id").is_none(), "owner removed: {device}");

    h.button("Assign device").await?.click().await?;
    h.button("Unassign Alice desk phone").await?;
    feature_says(&h, "Devices", "Alice desk phone").await?;
    let (_, device) = h.api("GET", &format!("accounts/{account}/devices/{device_id}"), None).await?;
    assert_eq!(device["data"]["owner_id"], alice.as_str());
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_created_without_voicemail_is_listed_in_the_smart_pbx_directory() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.start_adding_user("Radia", "Perlman", "2002", "radia@patchbay.test").await?;
    h.field("Create a voicemail box").await?.click().await?;
    h.field("List in the company directory").await?.click().await?;
    h.button("Create").await?.click().await?;
    h.heading("Settings and features").await?;

    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Radia"), None).await?;
    let id = users["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let user = user_doc(&h, &id).await?;
    assert_eq!(user["vm_to_email_enabled"], false);
    let (_, vmboxes) = h.api("GET", &format!("accounts/{account}/vmboxes?filter_owner_id={id}"), None).await?;
    assert_eq!(vmboxes["data"].as_array().map(Vec::len), Some(0), "no box was made");
    let (_, cfs) = h.api("GET", &format!("accounts/{account}/callflows?filter_owner_id={id}"), None).await?;
    let cf_id = cfs["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, cf) = h.api("GET", &format!("accounts/{account}/callflows/{cf_id}"), None).await?;
    assert_eq!(cf["data"]["flow"]["children"], serde_json::json!({}), "no voicemail step: {cf}");

    let (_, dirs) = h.api("GET", &format!("accounts/{account}/directories"), None).await?;
    let smartpbx: Vec<&Value> =
        dirs["data"].as_array().into_iter().flatten().filter(|d| d["name"] == "SmartPBX Directory").collect();
    assert_eq!(smartpbx.len(), 1, "the existing directory is reused: {dirs}");
    let dir_id = smartpbx[0]["id"].as_str().unwrap_or_default();
    assert_eq!(user["directories"][dir_id], cf_id.as_str(), "{user}");
    // Voicemail cannot be switched on for a callflow without a voicemail step.
    feature_says(&h, "Voicemail", "This user has no voicemail box.").await?;

    // Given one later, from the user page (users.js usersAddMainVMBoxToUser): numbered
    // like the user, rung after them, and the voicemail settings appear for it.
    h.button("Give them a voicemail box").await?.click().await?;
    h.role_with_text("status", "Voicemail box made.").await?;
    // The box's settings open at once, and the row says how it is set.
    assert!(h.field("Voicemail on").await?.is_displayed().await?);
    feature_says(&h, "Voicemail", "On, box 2002").await?;
    let (_, vmboxes) = h.api("GET", &format!("accounts/{account}/vmboxes?filter_owner_id={id}"), None).await?;
    let vmbox = vmboxes["data"][0].clone();
    assert_eq!(vmbox["mailbox"], "2002");
    assert_eq!(vmbox["name"], "Radia Perlman's VMBox");
    let (_, cf) = h.api("GET", &format!("accounts/{account}/callflows/{cf_id}"), None).await?;
    assert_eq!(cf["data"]["flow"]["children"]["_"]["module"], "voicemail");
    assert_eq!(cf["data"]["flow"]["children"]["_"]["data"]["id"], vmbox["id"]);
    h.check_accessibility().await?;

    // No phone number of her own: the caller ID row says what callers see, and its
    // form where to get a number.
    feature_says(&h, "Caller ID and music on hold", "Callers see the company's number").await?;
    h.open_feature("Caller ID and music on hold").await?;
    h.link("Buy numbers").await?.click().await?;
    h.heading("Buy numbers").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn extensions_and_spare_numbers_are_written_to_the_main_callflow() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    let account = h.account_id().await?;
    feature_says(&h, "Extensions and numbers", "Extension 1002; +1 415-555-0101").await?;
    h.open_feature("Extensions and numbers").await?;
    h.button("Add an extension").await?.click().await?;
    h.fill("Extension 2", "2010").await?;
    h.field("Spare numbers").await?.select_by_label("+1 415-555-0105").await?;
    h.button("Add number").await?.click().await?;
    h.button("Save extensions and numbers").await?.click().await?;
    section_status(&h, "Extensions and numbers", "Saved").await?;
    let (_, cfs) = h
        .api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow"), None)
        .await?;
    let numbers: Vec<&str> =
        cfs["data"][0]["numbers"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    assert_eq!(numbers, ["1002", "2010", "+14155550101", "+14155550105"], "extensions first, then numbers");
    feature_says(&h, "Extensions and numbers", "Extension 1002, 2010; +1 415-555-0101, +1 415-555-0105").await?;

    // The main extension cannot silently disappear.
    h.button("Remove extension 1").await?.click().await?;
    h.button("Save extensions and numbers").await?.click().await?;
    h.text("Keep the main extension 1002").await?;
    assert_eq!(h.value_of("Extension 1").await?, "2010", "the remaining extension is still there");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_is_taken_out_of_the_company_directory_and_listed_again() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    let account = h.account_id().await?;
    let (_, cfs) = h
        .api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow"), None)
        .await?;
    let main_cf = cfs["data"][0]["id"].clone();
    // Listed means pointing at her main callflow (users.js usersAddUserToMainDirectory).
    let listed = move |user: &Value| user["directories"].as_object().is_some_and(|d| d.values().any(|v| *v == main_cf));
    h.open_feature("Company directory").await?;
    let was = h.field("List in the company directory").await?.is_selected().await?;
    assert_eq!(was, listed(&user_doc(&h, &alice).await?), "the box shows what is stored");
    // Off then on again (or on then off): each save is stored.
    for want in [!was, was] {
        h.field("List in the company directory").await?.click().await?;
        h.button("Save company directory").await?.click().await?;
        h.eventually("the listing stored", || async {
            Ok((listed(&user_doc(&h, &alice).await?) == want).then_some(()))
        })
        .await?;
        feature_says(&h, "Company directory", if want { "Listed" } else { "Not listed" }).await?;
    }
    h.finish().await
}

/// Find-me/follow-me rings chosen phones after their delays in place of the user step,
/// and the ringing time goes back on the plain user step (users.js
/// `usersRenderFindMeFollowMe`, the user form's ringing timeout).
#[tokio::test(flavor = "multi_thread")]
async fn find_me_follow_me_and_the_ringing_time_are_written_on_the_main_callflow() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    feature_says(&h, "How calls reach this person", "All their phones ring for 20 seconds").await?;
    h.open_feature("How calls reach this person").await?;
    let account = h.account_id().await?;
    let query = format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow");
    h.field("Find me, follow me: the phones chosen below, each after its own delay").await?.click().await?;
    h.button("Save ringing").await?.click().await?;
    h.text("choose at least one phone to ring").await?;

    h.field("Ring Alice desk phone").await?.click().await?;
    h.field("Ring Alice cell").await?.click().await?;
    h.fill("Delay before ringing Alice cell, in seconds", "10").await?;
    h.fill("How long Alice cell rings, in seconds", "25").await?;
    h.check_accessibility().await?;
    h.button("Save ringing").await?.click().await?;
    section_status(&h, "How calls reach this person", "Saved").await?;
    feature_says(&h, "How calls reach this person", "Find me, follow me: 2 phones in turn").await?;
    let cf = main_callflow(&h, &account, &query).await?;
    assert_eq!(cf["flow"]["module"], "ring_group", "{}", cf["flow"]);
    assert_eq!(cf["flow"]["data"]["timeout"], 35);
    let endpoints = cf["flow"]["data"]["endpoints"].as_array().cloned().unwrap_or_default();
    assert_eq!(endpoints.len(), 2);
    let cell = endpoints.iter().find(|e| e["delay"] == 10).expect("the cell rings after 10 s");
    assert_eq!(cell["timeout"], 25);
    assert!(endpoints.iter().all(|e| e["endpoint_type"] == "device"), "{endpoints:?}");
    assert!(cf["flow"]["data"].get("id").is_none(), "no user-step key is left: {}", cf["flow"]["data"]);
    assert_eq!(cf["flow"]["children"]["_"]["module"], "voicemail", "voicemail still follows");
    assert_eq!(user_doc(&h, &alice).await?["smartpbx"]["find_me_follow_me"]["enabled"], true);
    // The users list says so, from Crossbar's listing (users.js shows the feature's icon).
    h.link("Users").await?.click().await?;
    let row = "//tr[th[normalize-space(.)='Alice Liddell']]";
    h.eventually("Alice's row naming find me, follow me", || async {
        let rows = h.browser.find_all(Locator::XPath(row)).await?;
        let text = match rows.first() {
            Some(r) => r.text().await?,
            None => String::new(),
        };
        Ok(text.contains("Find me, follow me").then_some(()))
    })
    .await?;
    h.link("Alice Liddell").await?.click().await?;
    h.open_feature("How calls reach this person").await?;

    h.field("All their phones at once").await?.click().await?;
    h.fill("Ring for, in seconds", "30").await?;
    h.button("Save ringing").await?.click().await?;
    h.eventually("the user step back", || async {
        let cf = main_callflow(&h, &account, &query).await?;
        Ok((cf["flow"]["module"] == "user").then_some(cf))
    })
    .await
    .map(|cf| {
        assert_eq!(cf["flow"]["data"], serde_json::json!({"can_call_self": false, "id": alice, "timeout": 30}));
    })?;
    assert_eq!(user_doc(&h, &alice).await?["smartpbx"]["find_me_follow_me"]["enabled"], false);
    h.finish().await
}

async fn main_callflow(h: &Harness, account: &str, query: &str) -> Result<Value> {
    let (_, rows) = h.api("GET", query, None).await?;
    let id = rows["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, cf) = h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?;
    Ok(cf["data"].clone())
}

/// One person's call recording, in Smart PBX's `call_recording` shape, then off again.
#[tokio::test(flavor = "multi_thread")]
async fn a_persons_call_recording_is_written_as_smart_pbx_writes_it() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    feature_says(&h, "Call recording", "Off").await?;
    h.open_feature("Call recording").await?;
    h.field("Record this person's calls").await?.click().await?;
    h.choose("Calls from outside the company", "Record").await?;
    h.choose("Calls from colleagues", "Do not record").await?;
    h.fill("Send recordings to", "ftp:/nowhere").await?;
    h.button("Save call recording").await?.click().await?;
    h.text("Type an address starting with https://").await?;
    h.fill("Send recordings to", "https://recordings.example.com/alice").await?;
    h.button("Save call recording").await?.click().await?;
    section_status(&h, "Call recording", "Saved").await?;
    let user = user_doc(&h, &alice).await?;
    assert_eq!(
        user["call_recording"],
        serde_json::json!({"inbound": {
            "offnet": {"enabled": true, "time_limit": "600", "url": "https://recordings.example.com/alice", "format": "mp3"},
            "onnet": {"enabled": false}}})
    );
    assert_eq!(user["smartpbx"]["call_recording"]["enabled"], true);
    feature_says(&h, "Call recording", "On: calls are recorded").await?;

    h.field("Record this person's calls").await?.click().await?;
    h.button("Save call recording").await?.click().await?;
    h.eventually("the recording settings removed", || async {
        let user = user_doc(&h, &alice).await?;
        Ok(user.get("call_recording").is_none().then_some(user))
    })
    .await
    .map(|user| assert_eq!(user["smartpbx"]["call_recording"]["enabled"], false))?;
    h.finish().await
}

/// An admin emails a user a link to choose a new password (users.js `usersResetPassword`);
/// the link leads back to this console.
#[tokio::test(flavor = "multi_thread")]
async fn an_admin_emails_a_password_reset_link() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    feature_says(&h, "Forgotten password", "Email a link to alice@demo.test").await?;
    h.button("Email a password reset link").await?.click().await?;
    section_status(&h, "Forgotten password", "A link to choose a new password was emailed to alice@demo.test.").await?;
    let link = h.mailed_link("alice@demo.test")?;
    assert!(link.starts_with(&format!("{}/smartpbx/users/", h.base_url)), "{link}");
    assert!(link.contains("?recovery="), "{link}");
    h.finish().await
}

/// A personal conference and a fax box for Alice, as Smart PBX's features make them
/// (users.js `usersUpdateConferencing`, `usersUpdateCallflowFaxing`), then the fax box
/// turned off again.
#[tokio::test(flavor = "multi_thread")]
async fn a_personal_conference_and_a_fax_box_are_given_and_taken_back() -> Result<()> {
    let h = Harness::start().await?;
    let alice = open_alice(&h).await?;
    let account = h.account_id().await?;
    feature_says(&h, "Personal conference", "Off").await?;
    h.open_feature("Personal conference").await?;
    h.field("Personal conference on").await?.click().await?;
    h.fill("Conference number", "20a1").await?;
    h.button("Save personal conference").await?.click().await?;
    h.text("A conference number is 1 to 10 digits.").await?;
    h.text("Callers dial +1 415-555-0103, then enter this number.").await?;
    h.fill("Conference number", "2001").await?;
    h.field("Video conference").await?.click().await?;
    h.button("Save personal conference").await?.click().await?;
    section_status(&h, "Personal conference", "Saved").await?;
    feature_says(&h, "Personal conference", "Conference number 2001").await?;
    let (_, rows) = h.api("GET", &format!("accounts/{account}/conferences?filter_owner_id={alice}"), None).await?;
    let id = rows["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, conference) = h.api("GET", &format!("accounts/{account}/conferences/{id}"), None).await?;
    let c = &conference["data"];
    assert_eq!(c["name"], "Alice Liddell SmartPBX Conference");
    assert_eq!(c["conference_numbers"], serde_json::json!(["2001"]));
    assert_eq!((c["video"].clone(), c["profile_name"].clone()), (serde_json::json!(true), serde_json::json!("video")));
    assert_eq!(user_doc(&h, &alice).await?["smartpbx"]["conferencing"]["enabled"], true);

    h.open_feature("Fax box").await?;
    h.field("Fax box on").await?.click().await?;
    h.choose("Fax number", "+1 415-555-0105").await?;
    h.button("Save fax box").await?.click().await?;
    section_status(&h, "Fax box", "Saved").await?;
    feature_says(&h, "Fax box", "Faxes to +1 415-555-0105").await?;
    let (_, rows) =
        h.api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=faxing"), None).await?;
    assert_eq!(rows["data"][0]["numbers"], serde_json::json!(["+14155550105"]));
    let (_, boxes) = h.api("GET", &format!("accounts/{account}/faxboxes"), None).await?;
    let faxbox =
        boxes["data"].as_array().and_then(|b| b.iter().find(|f| f["name"] == "Alice Liddell's Faxbox").cloned());
    assert!(faxbox.is_some(), "{boxes}");
    h.check_accessibility().await?;

    h.field("Fax box on").await?.click().await?;
    h.button("Save fax box").await?.click().await?;
    h.eventually("the fax callflow gone", || async {
        let (_, rows) = h
            .api("GET", &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=faxing"), None)
            .await?;
        Ok(rows["data"].as_array().is_some_and(Vec::is_empty).then_some(()))
    })
    .await?;
    assert_eq!(user_doc(&h, &alice).await?["smartpbx"]["faxing"]["enabled"], false);
    h.finish().await
}
