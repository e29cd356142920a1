//! Smart PBX › Voicemail Boxes, deleting a user, editing and deleting a ring group: what
//! Patchbay writes must be what Smart PBX writes, checked through the API.

use anyhow::{anyhow, Result};
use patchbay_e2e::Harness;
use serde_json::{json, Value};

fn stamp() -> Value {
    json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"})
}

async fn open(h: &Harness, screen: &str) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link(screen).await?.click().await?;
    h.heading(screen).await?;
    Ok(())
}

/// Rows of a listing, as JSON.
async fn rows(h: &Harness, path: &str) -> Result<Vec<Value>> {
    let (status, env) = h.api("GET", path, None).await?;
    if status != 200 {
        return Err(anyhow!("GET {path}: {status} {env}"));
    }
    Ok(env["data"].as_array().cloned().unwrap_or_default())
}

/// The one document a filtered listing finds, read in full.
async fn only(h: &Harness, account: &str, collection: &str, query: &str) -> Result<Value> {
    let found = rows(h, &format!("accounts/{account}/{collection}?{query}")).await?;
    let [row] = found.as_slice() else { return Err(anyhow!("{collection}?{query}: {} rows", found.len())) };
    let (_, doc) =
        h.api("GET", &format!("accounts/{account}/{collection}/{}", row["id"].as_str().unwrap_or("")), None).await?;
    Ok(doc["data"].clone())
}

async fn tick(h: &Harness, label: &str) -> Result<()> {
    h.field(label).await?.click().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shared_voicemail_box_is_written_as_smart_pbx_writes_it_then_edited() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Voicemail Boxes").await?;
    h.button("Add voicemail box").await?.click().await?;
    h.heading("Add voicemail box").await?;
    h.fill("Box name", "Front Desk").await?;
    h.fill("Mailbox number", "3901").await?;
    h.fill("PIN", "4321").await?;
    h.fill("Send new messages to", "desk@demo.test, ops@demo.test").await?;
    tick(&h, "Shared box: its members can all listen to its messages").await?;
    tick(&h, "Bob Baker").await?;
    tick(&h, "Alice Liddell").await?;
    h.button("Create").await?.click().await?;
    h.heading("Voicemail Boxes").await?;
    h.link("Front Desk").await?;

    let account = h.account_id().await?;
    let vm = only(&h, &account, "vmboxes", "filter_name=Front%20Desk").await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Bob"), None).await?;
    let bob = users["data"][0]["id"].clone();
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    let alice = users["data"][0]["id"].clone();
    // Everything Smart PBX's box dialog sends for these choices, and no owner.
    let sent = json!({
        "require_pin": true, "check_if_owner": true, "hasTranscribe": false,
        "include_message_on_notify": true,
        "name": "Front Desk", "mailbox": "3901", "pin": "4321",
        "is_setup": false, "skip_greeting": false, "skip_instructions": false,
        "delete_after_notify": false, "skip_envelope": false, "envelope_type": "caller_and_time",
        "shared_vmbox": true, "media": {}, "notify_email_addresses": ["desk@demo.test", "ops@demo.test"],
        "not_configurable": false,
        "members": [{"id": bob, "type": "user"}, {"id": alice, "type": "user"}],
        "ui_metadata": stamp(),
    });
    for (key, value) in sent.as_object().unwrap() {
        assert_eq!(&vm[key], value, "{key} in {vm}");
    }
    assert!(vm.get("owner_id").is_none(), "a box made here belongs to no user: {vm}");

    // Edit: only what changed is sent, and a key another app wrote survives.
    let id = vm["id"].as_str().unwrap_or_default().to_string();
    let (status, _) =
        h.api("PATCH", &format!("accounts/{account}/vmboxes/{id}"), Some(json!({"x_other_app": 7}))).await?;
    assert_eq!(status, 200);
    h.link("Front Desk").await?.click().await?;
    h.heading("Front Desk").await?;
    h.fill("Box name", "Reception").await?;
    h.fill("PIN", "").await?;
    tick(&h, "Delete messages once they are emailed").await?;
    // A greeting uploaded on the spot, also chosen as the temporary one
    // (vmboxes.js `vmboxesMergeData`: `media.unavailable`, `media.temporary_unavailable`).
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("front-desk.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    h.field("Upload a new recording for Greeting").await?.send_keys(&wav.to_string_lossy()).await?;
    h.button("Upload for Greeting").await?.click().await?;
    h.role_with_text("status", "front-desk.wav uploaded and chosen.").await?;
    h.choose("Temporary greeting", "front-desk.wav").await?;
    h.button("Play Temporary greeting").await?.click().await?;
    h.text("Playing: front-desk.wav").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let vm = only(&h, &account, "vmboxes", "filter_name=Reception").await?;
    let greeting = vm["media"]["unavailable"].as_str().unwrap_or_default().to_string();
    assert_eq!(vm["media"]["temporary_unavailable"], greeting.as_str());
    let (_, media) = h.api("GET", &format!("accounts/{account}/media/{greeting}"), None).await?;
    assert_eq!(
        (media["data"]["name"].clone(), media["data"]["media_source"].clone()),
        (json!("front-desk.wav"), json!("upload"))
    );
    assert_eq!(vm["delete_after_notify"], true);
    assert!(vm.get("pin").is_none(), "an emptied PIN is removed: {vm}");
    assert_eq!(vm["x_other_app"], 7);
    assert_eq!(vm["members"].as_array().map(Vec::len), Some(2));

    h.button("API inspector").await?.click().await?;
    h.button_starting("Save voicemail box Reception").await?.click().await?;
    h.button_starting("PATCH /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_users_box_takes_it_out_of_the_users_callflow() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Voicemail Boxes").await?;
    h.link("Bob Baker's VMBox").await?.click().await?;
    h.heading("Bob Baker's VMBox").await?;
    h.button("Delete voicemail box").await?.click().await?;
    h.role_with_text("alertdialog", "taken out of Bob Baker's calls").await?;
    h.button("Delete the box").await?.click().await?;
    h.heading("Voicemail Boxes").await?;

    let account = h.account_id().await?;
    assert!(rows(&h, &format!("accounts/{account}/vmboxes?filter_name=Bob%20Baker's%20VMBox")).await?.is_empty());
    let cf = only(&h, &account, "callflows", "filter_name=Bob%20Baker%20SmartPBX's%20Callflow").await?;
    assert_eq!(cf["flow"]["module"], "user");
    assert_eq!(cf["flow"]["children"], json!({}), "the voicemail node is spliced out: {cf}");
    assert_eq!(cf["ui_metadata"], stamp());
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_user_deletes_their_callflow_and_box_and_unassigns_their_devices() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Users").await?;
    let account = h.account_id().await?;
    let bob = only(&h, &account, "users", "filter_first_name=Bob").await?;
    let bob_id = bob["id"].as_str().unwrap_or_default().to_string();
    let owned = |c: &str| format!("accounts/{account}/{c}?filter_owner_id={bob_id}");
    let devices = rows(&h, &owned("devices")).await?;
    assert_eq!(devices.len(), 2, "the seed gives Bob a laptop and a desk phone");
    assert_eq!(rows(&h, &owned("callflows")).await?.len(), 1);
    assert_eq!(rows(&h, &owned("vmboxes")).await?.len(), 1);

    h.link("Bob Baker").await?.click().await?;
    h.heading("Bob Baker").await?;
    h.button("Delete user").await?.click().await?;
    // The confirmation names what goes with the user before anything is deleted.
    let dialog = h.role_with_text("alertdialog", "Bob Baker's VMBox").await?.text().await?;
    assert!(dialog.contains("Bob Baker SmartPBX's Callflow"), "{dialog}");
    assert!(dialog.contains("Bob laptop") && dialog.contains("Bob desk phone"), "{dialog}");
    let focused = h.browser.active_element().await?.attr("role").await?;
    assert_eq!(focused.as_deref(), Some("alertdialog"), "the question takes the keyboard focus");
    h.button("Delete Bob Baker").await?.click().await?;
    h.heading("Users").await?;

    let (status, _) = h.api("GET", &format!("accounts/{account}/users/{bob_id}"), None).await?;
    assert_eq!(status, 404, "the user is gone");
    assert!(rows(&h, &owned("callflows")).await?.is_empty(), "the main callflow is gone");
    assert!(rows(&h, &owned("vmboxes")).await?.is_empty(), "the voicemail box is gone");
    assert!(rows(&h, &owned("devices")).await?.is_empty(), "no device is left owned by Bob");
    for d in devices {
        let (status, device) =
            h.api("GET", &format!("accounts/{account}/devices/{}", d["id"].as_str().unwrap_or("")), None).await?;
        assert_eq!(status, 200, "devices are kept unless asked: {device}");
        assert!(device["data"].get("owner_id").is_none());
        assert_eq!(device["data"]["ui_metadata"]["origin"], "common", "written by Monster's shared widget");
    }

    h.button("API inspector").await?.click().await?;
    h.button_starting("Delete user Bob Baker").await?.click().await?;
    h.button_starting("DELETE /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn editing_a_ring_group_updates_the_group_and_both_callflows_as_smart_pbx_does() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Groups").await?;
    let account = h.account_id().await?;
    let group = only(&h, &account, "groups", "filter_name=Sales").await?;
    let group_id = group["id"].as_str().unwrap_or_default().to_string();
    let base_query = format!("filter_group_id={group_id}&filter_type=baseGroup");
    let base = only(&h, &account, "callflows", &base_query).await?;
    // Another app's key on the base callflow must survive the edit.
    let base_path = format!("accounts/{account}/callflows/{}", base["id"].as_str().unwrap_or(""));
    assert_eq!(h.api("PATCH", &base_path, Some(json!({"x_other_app": "kept"}))).await?.0, 200);
    let ids: Vec<Value> =
        base["flow"]["data"]["endpoints"].as_array().unwrap().iter().map(|e| e["id"].clone()).collect();
    let [alice, bob, carol] = ids.as_slice() else { return Err(anyhow!("Sales has three members: {base}")) };

    h.link("Sales").await?.click().await?;
    h.heading("Sales").await?;
    // Keyboard: Carol moves above Bob.
    h.button("Move Carol Chen up").await?.send_keys(&char::from(fantoccini::key::Key::Enter).to_string()).await?;
    h.fill("How long Carol Chen rings, in seconds", "30").await?;
    h.fill("Delay before ringing Bob Baker, in seconds", "5").await?;
    h.choose("Ring", "One member after another, in order").await?;
    h.fill("Group name", "Sales Team").await?;
    h.fill("Extensions", "3003").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    h.heading("Sales Team").await?;

    let group = only(&h, &account, "groups", "filter_name=Sales%20Team").await?;
    assert_eq!(group["name"], "Sales Team");
    assert_eq!(group["endpoints"].as_object().map(|m| m.len()), Some(3), "same members: {group}");
    assert_eq!(group["ui_metadata"], stamp());
    let base = only(&h, &account, "callflows", &base_query).await?;
    assert_eq!(base["name"], "Sales Team Base Group");
    assert_eq!(base["type"], "baseGroup");
    assert_eq!(base["x_other_app"], "kept");
    assert_eq!(
        base["flow"]["data"],
        json!({"strategy": "single", "timeout": 30, "endpoints": [
            {"id": alice, "delay": 0, "timeout": 20, "endpoint_type": "user"},
            {"id": carol, "delay": 0, "timeout": 30, "endpoint_type": "user"},
            {"id": bob, "delay": 5, "timeout": 20, "endpoint_type": "user"}]})
    );
    assert_eq!(base["ui_metadata"], stamp());
    let ring = only(&h, &account, "callflows", &format!("filter_group_id={group_id}&filter_type=userGroup")).await?;
    assert_eq!(ring["name"], "Sales Team Ring Group");
    assert_eq!(ring["numbers"], json!(["3003", "+14155550102"]));
    assert_eq!(ring["flow"]["data"]["id"], base["id"], "still rings the base callflow");
    assert_eq!(ring["ui_metadata"], stamp());
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_ring_group_deletes_both_its_callflows() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Groups").await?;
    let account = h.account_id().await?;
    let group = only(&h, &account, "groups", "filter_name=Support").await?;
    let group_id = group["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(rows(&h, &format!("accounts/{account}/callflows?filter_group_id={group_id}")).await?.len(), 2);

    h.link("Support").await?.click().await?;
    h.heading("Support").await?;
    h.button("Delete group").await?.click().await?;
    h.role_with_text("alertdialog", "dialled on 3002").await?;
    h.button("Delete the group").await?.click().await?;
    h.heading("Groups").await?;

    let (status, _) = h.api("GET", &format!("accounts/{account}/groups/{group_id}"), None).await?;
    assert_eq!(status, 404, "the group is gone");
    assert!(rows(&h, &format!("accounts/{account}/callflows?filter_group_id={group_id}")).await?.is_empty());
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_box_made_by_another_app_is_badged_and_saved_only_after_confirmation() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Voicemail Boxes").await?;
    let account = h.account_id().await?;
    let vm = only(&h, &account, "vmboxes", "filter_name=Carol%20Chen's%20VMBox").await?;
    let path = format!("accounts/{account}/vmboxes/{}", vm["id"].as_str().unwrap_or(""));
    let callflows_app = json!({"ui_metadata": {"version": "4.3-140", "ui": "monster-ui", "origin": "callflows"}});
    assert_eq!(h.api("PATCH", &path, Some(callflows_app)).await?.0, 200);

    h.link("Carol Chen's VMBox").await?.click().await?;
    h.role_with_text("note", "Made outside Smart PBX").await?;
    tick(&h, "Skip the greeting").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("alertdialog", "made or last changed outside Smart PBX").await?;
    let (_, unchanged) = h.api("GET", &path, None).await?;
    assert_eq!(unchanged["data"]["ui_metadata"]["origin"], "callflows", "nothing is written before the answer");
    h.button("Save anyway").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let (_, saved) = h.api("GET", &path, None).await?;
    assert_eq!(saved["data"]["skip_greeting"], true);
    assert_eq!(saved["data"]["ui_metadata"], stamp());
    assert_eq!(saved["data"]["owner_id"], vm["owner_id"], "the owner stays");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_groups_unanswered_calls_go_to_a_voicemail_box_as_smart_pbx_writes_it() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Groups").await?;
    let account = h.account_id().await?;
    let group = only(&h, &account, "groups", "filter_name=Support").await?;
    let group_id = group["id"].as_str().unwrap_or_default().to_string();
    h.link("Support").await?.click().await?;
    h.heading("Support").await?;
    assert_eq!(h.value_of("When nobody answers").await?, "", "Smart PBX's default: the message");
    h.choose("When nobody answers", "Alice Liddell's VMBox").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    // groups.js groupsRenderNextAction: the step after the ring step, and the group's flag.
    let ring = only(&h, &account, "callflows", &format!("filter_group_id={group_id}&filter_type=userGroup")).await?;
    let vmbox = only(&h, &account, "vmboxes", "filter_name=Alice%20Liddell%27s%20VMBox").await?;
    assert_eq!(ring["flow"]["module"], "callflow");
    assert_eq!(
        ring["flow"]["children"],
        json!({"_": {"children": {}, "module": "voicemail", "data": {"id": vmbox["id"]}}})
    );
    let (_, group) = h.api("GET", &format!("accounts/{account}/groups/{group_id}"), None).await?;
    assert_eq!(group["data"]["smartpbx"]["next_action"]["enabled"], true);
    h.finish().await
}

/// A group rung twice, in silence, forwarded phones too, with its calls recorded: each
/// written where Smart PBX's group page writes it; a bad recording address is named
/// first and nothing is written.
#[tokio::test(flavor = "multi_thread")]
async fn a_groups_repeats_ringback_forwarding_and_recording_are_written_as_smart_pbx_does() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Groups").await?;
    let account = h.account_id().await?;
    let group = only(&h, &account, "groups", "filter_name=Sales").await?;
    let group_id = group["id"].as_str().unwrap_or_default().to_string();
    h.link("Sales").await?.click().await?;
    h.heading("Sales").await?;
    assert_eq!(h.value_of("Times to ring the members").await?, "1");
    h.fill("Times to ring the members", "2").await?;
    h.choose("Callers hear", "Silence").await?;
    tick(&h, "Also ring members' phones that forward elsewhere").await?;
    tick(&h, "Record calls to this group").await?;
    h.fill("Send recordings to", "recordings.example.com").await?;
    h.button("Save").await?.click().await?;
    h.text("Type an address starting with https://").await?;
    let ring_query = format!("filter_group_id={group_id}&filter_type=userGroup");
    assert_eq!(
        only(&h, &account, "callflows", &ring_query).await?["flow"]["module"],
        "callflow",
        "nothing written yet"
    );
    h.check_accessibility().await?;

    h.fill("Send recordings to", "https://recordings.example.com/sales").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let base = only(&h, &account, "callflows", &format!("filter_group_id={group_id}&filter_type=baseGroup")).await?;
    assert_eq!(base["flow"]["data"]["repeats"], 2);
    assert_eq!(base["flow"]["data"]["ringback"], "silence_stream://300000");
    assert_eq!(base["flow"]["data"]["ignore_forward"], false);
    let ring = only(&h, &account, "callflows", &ring_query).await?;
    assert_eq!(ring["flow"]["module"], "record_call");
    assert_eq!(
        ring["flow"]["data"],
        json!({"action": "start", "url": "https://recordings.example.com/sales", "format": "mp3", "time_limit": "600"})
    );
    assert_eq!(ring["flow"]["children"]["_"]["module"], "callflow", "the group still rings behind the recording");
    let (_, group) = h.api("GET", &format!("accounts/{account}/groups/{group_id}"), None).await?;
    assert_eq!(group["data"]["smartpbx"]["call_recording"]["enabled"], true);
    assert_eq!(group["data"]["smartpbx"]["ringback"]["enabled"], true);
    assert_eq!(group["data"]["ignore_forward"], false);

    // Read back as saved when the page opens again.
    h.link("Groups").await?.click().await?;
    h.link("Sales").await?.click().await?;
    h.heading("Sales").await?;
    assert_eq!(h.value_of("Send recordings to").await?, "https://recordings.example.com/sales");
    assert_eq!(h.value_of("Callers hear").await?, "silence_stream://300000");
    h.finish().await
}

/// An admin opening a box sees its messages, as the person whose box it is does, and
/// may play and delete them.
#[tokio::test(flavor = "multi_thread")]
async fn an_admin_plays_and_deletes_the_messages_of_a_box() -> Result<()> {
    let h = Harness::start().await?;
    open(&h, "Voicemail Boxes").await?;
    h.link("Alice Liddell's VMBox").await?.click().await?;
    h.heading("Messages in this box").await?;
    h.text("Messages, newest first (1 new)").await?;
    h.button("Play message from Bob Baker (1003)").await?.click().await?;
    h.text("Playing: message from Bob Baker (1003)").await?;
    h.button("Delete message from Acme Supplies (+14155550123)").await?.click().await?;
    h.button("Delete message").await?.click().await?;
    h.role_with_text("status", "Message deleted.").await?;
    let account = h.account_id().await?;
    let vmbox = only(&h, &account, "vmboxes", "filter_mailbox=1002").await?;
    let (_, messages) = h
        .api("GET", &format!("accounts/{account}/vmboxes/{}/messages", vmbox["id"].as_str().unwrap_or_default()), None)
        .await?;
    assert_eq!(messages["data"].as_array().map(Vec::len), Some(1), "{messages}");
    assert_eq!(messages["data"][0]["caller_id_name"], "Bob Baker");
    h.finish().await
}
