//! Smart PBX › Devices: devices Patchbay adds or edits must look to the real Smart PBX
//! exactly as if it had written them (type, defaults, SIP credentials, `ui_metadata`),
//! checked through the API.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::{xpath_literal, Harness, PATIENCE};
use serde_json::{json, Value};

async fn open_devices(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Devices").await?.click().await?;
    h.heading("Devices").await?;
    h.role_with_text("status", "shown").await?;
    Ok(())
}

/// Pick an option of a labelled `<select>` by its visible text.
async fn choose(h: &Harness, label: &str, option: &str) -> Result<()> {
    let select = h.field(label).await?;
    let xpath = format!(".//option[normalize-space(.)={}]", xpath_literal(option));
    select.find(Locator::XPath(&xpath)).await?.click().await?;
    Ok(())
}

/// The text of the list row whose name cell is `name`.
async fn row_text(h: &Harness, name: &str) -> Result<String> {
    let xpath = format!("//tr[th[normalize-space(.)={}]]", xpath_literal(name));
    Ok(h.browser.wait().at_most(PATIENCE).for_element(Locator::XPath(&xpath)).await?.text().await?)
}

/// The stored device named `name`.
async fn device_named(h: &Harness, name: &str) -> Result<Value> {
    let account = h.account_id().await?;
    let filter = name.replace(' ', "%20");
    let (_, rows) = h.api("GET", &format!("accounts/{account}/devices?filter_name={filter}"), None).await?;
    let id = rows["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, device) = h.api("GET", &format!("accounts/{account}/devices/{id}"), None).await?;
    Ok(device["data"].clone())
}

async fn user_id(h: &Harness, first_name: &str) -> Result<String> {
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name={first_name}"), None).await?;
    Ok(users["data"][0]["id"].as_str().unwrap_or_default().to_string())
}

fn stamp() -> Value {
    json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"})
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_a_desk_phone_for_a_user_writes_the_device_smart_pbx_writes() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.button("Add device").await?.click().await?;
    h.heading("Add device").await?;
    h.field("Desk phone").await?.click().await?;
    h.fill("Device name", "Hedy desk phone").await?;
    h.fill("MAC address", "00-04-F2-12-34-56").await?;
    choose(&h, "Assigned to", "Alice Liddell").await?;
    let username = h.value_of("SIP username").await?;
    let password = h.value_of("SIP password").await?;
    assert!(username.starts_with("user_") && username.len() == 15, "generated as Smart PBX does: {username}");
    assert_eq!(password.len(), 12);
    h.button("Create").await?.click().await?;
    h.heading("Devices").await?;
    let row = row_text(&h, "Hedy desk phone").await?;
    assert!(row.contains("Desk phone") && row.contains("Alice Liddell"), "{row}");

    let d = device_named(&h, "Hedy desk phone").await?;
    assert_eq!(d["device_type"], "sip_device");
    assert_eq!(d["enabled"], true);
    assert_eq!(d["owner_id"], user_id(&h, "Alice").await?);
    assert_eq!(d["mac_address"], "0004f2123456", "KAZOO keeps the hex digits of the MAC Smart PBX sends");
    assert_eq!(d["sip"]["username"], username.as_str());
    assert_eq!(d["sip"]["password"], password.as_str());
    assert!(d["sip"].get("realm").is_none(), "Smart PBX's form does not write the account realm");
    assert_eq!(d["call_restriction"]["international"], json!({"action": "inherit"}));
    assert_eq!(d["call_restriction"].as_object().map(|r| r.len()), Some(7), "one per classifier");
    assert_eq!(d["media"]["audio"]["codecs"], json!([]));
    assert_eq!(d["media"]["encryption"], json!({"enforce_security": false, "methods": []}));
    assert_eq!(d["suppress_unregister_notifications"], true);
    assert_eq!(d["ui_metadata"], stamp());

    h.button("API inspector").await?.click().await?;
    h.button_starting("Create device Hedy desk phone").await?.click().await?;
    h.button_starting("PUT /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_desk_phone_picked_from_the_provisioners_catalogue_is_provisioned() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.button("Add device").await?.click().await?;
    h.heading("Add device").await?;
    h.field("Desk phone").await?.click().await?;
    h.fill("Device name", "Reception phone").await?;
    h.fill("MAC address", "00-04-F2-65-43-21").await?;
    h.choose("Phone brand", "Yealink").await?;
    h.choose("Phone model", "T46S").await?;
    h.button("Create").await?.click().await?;
    h.heading("Devices").await?;
    // As monster-ui's chooseModel.js writes it: the model and its template, and
    // unregister notifications on.
    let d = device_named(&h, "Reception phone").await?;
    assert_eq!(
        d["provision"],
        json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s", "id": "tpl-t46s"})
    );
    assert_eq!(d["suppress_unregister_notifications"], false);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_disabled_device_shows_as_disabled_and_keeps_its_other_settings() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    let before = device_named(&h, "Ada desk phone").await?;
    h.link("Ada desk phone").await?.click().await?;
    h.heading("Ada desk phone").await?;
    assert_eq!(h.value_of("MAC address").await?.len(), 17, "the stored MAC is shown with colons");
    h.field("Enabled").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let after = device_named(&h, "Ada desk phone").await?;
    assert_eq!(after["enabled"], false);
    // (On any write KAZOO's cb_devices fills the sip block's schema defaults, drops the
    // account's own realm and keeps only the MAC's hex digits; nothing else may change.)
    let hex = |d: &Value| d["mac_address"].as_str().unwrap_or_default().replace(':', "");
    assert_eq!(hex(&after), hex(&before));
    for kept in ["/sip/username", "/sip/password", "/provision", "/owner_id", "/call_restriction"] {
        assert_eq!(after.pointer(kept), before.pointer(kept), "{kept} must survive a PATCH of `enabled`");
    }
    assert_eq!(after["ui_metadata"], stamp());
    h.link("Devices").await?.click().await?;
    let row = row_text(&h, "Ada desk phone").await?;
    assert!(row.contains("Disabled"), "{row}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cell_phone_forwards_calls_the_way_smart_pbx_writes_it() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.button("Add device").await?.click().await?;
    h.field("Cell phone").await?.click().await?;
    h.fill("Device name", "Hedy cell").await?;
    h.fill("Forward calls to", "+14155550199").await?;
    h.field("Let the forwarded phone's voicemail answer").await?.click().await?;
    choose(&h, "Assigned to", "Ada Admin").await?;
    h.button("Create").await?.click().await?;
    h.heading("Devices").await?;
    row_text(&h, "Hedy cell").await?;

    let d = device_named(&h, "Hedy cell").await?;
    assert_eq!(d["device_type"], "cellphone");
    assert_eq!(
        d["call_forward"],
        json!({"enabled": true, "number": "+14155550199", "require_keypress": false, "keep_caller_id": true})
    );
    assert_eq!(d["contact_list"], json!({"exclude": true}));
    assert_eq!(d["call_restriction"], json!({}));
    assert!(d["sip"].get("username").is_none(), "a cell phone has no SIP credentials");
    assert_eq!(d["owner_id"], user_id(&h, "Ada").await?);
    assert_eq!(d["ui_metadata"], stamp());

    // Changing the number PATCHes the whole forwarding block Smart PBX writes.
    h.link("Hedy cell").await?.click().await?;
    h.heading("Hedy cell").await?;
    h.fill("Forward calls to", "+14155550188").await?;
    choose(&h, "Assigned to", "Unassigned").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let d = device_named(&h, "Hedy cell").await?;
    assert_eq!(d["call_forward"]["number"], "+14155550188");
    assert_eq!(d["call_forward"]["require_keypress"], false);
    assert!(d.get("owner_id").is_none(), "unassigning removes owner_id");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_device_asks_first() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    let grace = device_named(&h, "Grace analog phone").await?;
    let id = grace["id"].as_str().unwrap_or_default().to_string();
    h.link("Grace analog phone").await?.click().await?;
    h.heading("Grace analog phone").await?;
    h.button("Delete device").await?.click().await?;
    h.role_with_text("alertdialog", "Delete the device “Grace analog phone”?").await?;
    let account = h.account_id().await?;
    let (status, _) = h.api("GET", &format!("accounts/{account}/devices/{id}"), None).await?;
    assert_eq!(status, 200, "nothing is deleted before the confirmation");
    h.button("Yes, delete it").await?.click().await?;
    h.heading("Devices").await?;
    h.role_with_text("status", "shown").await?;
    let (status, _) = h.api("GET", &format!("accounts/{account}/devices/{id}"), None).await?;
    assert_eq!(status, 404);
    assert!(!h.has_link("Grace analog phone").await?);

    // As in Monster, the DELETE carries the Smart PBX stamp; the inspector's curl shows it.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Delete device Grace analog phone").await?.click().await?;
    h.button_starting("DELETE /v2/accounts/").await?.click().await?;
    h.text(r#"-d '{"data":{"ui_metadata":{"#).await?;
    h.text(r#""origin":"voip""#).await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_or_taken_mac_address_is_reported_on_the_field_and_nothing_typed_is_lost() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.button("Add device").await?.click().await?;
    h.fill("Device name", "Lobby phone").await?;
    h.fill("MAC address", "00:11:22:33:44").await?;
    h.button("Create").await?.click().await?;
    h.text("A MAC address is twelve hexadecimal digits").await?;
    assert_eq!(h.value_of("MAC address").await?, "00:11:22:33:44");
    assert_eq!(h.value_of("Device name").await?, "Lobby phone");

    // The sandbox, like KAZOO, refuses a MAC another device has: shown on the field too.
    let ada = device_named(&h, "Ada desk phone").await?;
    let taken = ada["mac_address"].as_str().unwrap_or_default().to_string();
    h.fill("MAC address", &taken).await?;
    h.button("Create").await?.click().await?;
    h.text("This MAC address is already used by another device.").await?;
    assert_eq!(h.value_of("Device name").await?, "Lobby phone");
    let account = h.account_id().await?;
    let (_, rows) = h.api("GET", &format!("accounts/{account}/devices?filter_name=Lobby%20phone"), None).await?;
    assert_eq!(rows["data"], json!([]));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_e911_number_can_be_a_devices_emergency_caller_id() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    let account = h.account_id().await?;
    let e911 = json!({"e911": {"street_address": "1 Main St", "locality": "San Francisco", "region": "CA",
                               "postal_code": "94105"}});
    let (status, _) = h.api("PATCH", &format!("accounts/{account}/phone_numbers/%2B14155550100"), Some(e911)).await?;
    assert_eq!(status, 200);
    h.link("Bob laptop").await?.click().await?;
    h.heading("Bob laptop").await?;
    choose(&h, "Emergency caller ID", "+1 415-555-0100").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let d = device_named(&h, "Bob laptop").await?;
    assert_eq!(d["caller_id"]["emergency"], json!({"number": "+14155550100"}));
    choose(&h, "Emergency caller ID", "The account's emergency caller ID").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let d = device_named(&h, "Bob laptop").await?;
    assert!(d.pointer("/caller_id/emergency/number").is_none(), "Smart PBX removes an emptied number: {d}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_device_made_outside_smart_pbx_asks_before_saving_and_keeps_unknown_fields() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    let account = h.account_id().await?;
    let made_by_callflows = json!({
        "name": "Callflows phone", "device_type": "sip_device",
        "sip": {"username": "cf_phone", "password": "cf-secret", "custom_sip_headers": {"X-Keep": "me"}},
        "custom_field": {"keep": "me"},
        "ui_metadata": {"version": "4.3-140", "ui": "monster-ui", "origin": "callflows"}
    });
    let (status, created) = h.api("PUT", &format!("accounts/{account}/devices"), Some(made_by_callflows)).await?;
    assert_eq!(status, 201);
    let id = created["data"]["id"].as_str().unwrap_or_default().to_string();
    h.open(&format!("/smartpbx/devices/{id}")).await?;
    h.heading("Callflows phone").await?;
    h.role_with_text("note", "Made outside Smart PBX").await?;
    h.fill("SIP password", "new-secret").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("alertdialog", "Save anyway?").await?;
    let (_, unchanged) = h.api("GET", &format!("accounts/{account}/devices/{id}"), None).await?;
    assert_eq!(unchanged["data"]["sip"]["password"], "cf-secret", "nothing is sent before the confirmation");
    h.button("Save anyway").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;
    let (_, after) = h.api("GET", &format!("accounts/{account}/devices/{id}"), None).await?;
    let d = &after["data"];
    assert_eq!(d["sip"]["password"], "new-secret");
    assert_eq!(d["sip"]["username"], "cf_phone");
    assert_eq!(d["sip"]["custom_sip_headers"], json!({"X-Keep": "me"}));
    assert_eq!(d["custom_field"], json!({"keep": "me"}));
    assert_eq!(d["ui_metadata"]["origin"], "voip");
    h.finish().await
}

/// Codecs, secure RTP and the offline mail written as Smart PBX's device dialog writes
/// them (devices.js devicesFormatData), and a restart asked for through `sync`.
#[tokio::test(flavor = "multi_thread")]
async fn a_desk_phones_codecs_encryption_and_offline_mail_are_written_and_it_restarts() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.link("Ada desk phone").await?.click().await?;
    h.text("Audio and security").await?;
    let before = device_named(&h, "Ada desk phone").await?;
    let stored: Vec<String> = before["media"]["audio"]["codecs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect();
    h.field("OPUS").await?.click().await?;
    h.field("Encrypt calls (secure RTP)").await?.click().await?;
    choose(&h, "Encryption method", "ZRTP").await?;
    h.field("Email the owner when this phone goes offline").await?.click().await?;
    h.check_accessibility().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let after = device_named(&h, "Ada desk phone").await?;
    let mut expected = stored.clone();
    expected.retain(|c| c != "OPUS");
    if !stored.contains(&"OPUS".to_string()) {
        expected.push("OPUS".into());
    }
    assert_eq!(after["media"]["audio"]["codecs"], json!(expected), "a newly ticked codec goes last");
    assert_eq!(after["media"]["encryption"], json!({"enforce_security": true, "methods": ["zrtp"]}));
    // KAZOO's default is false (notifications on); the box turned the stored choice over.
    let was_suppressed = before["suppress_unregister_notifications"].as_bool().unwrap_or(false);
    assert_eq!(after["suppress_unregister_notifications"], !was_suppressed);
    assert_eq!(after["ui_metadata"], stamp());

    h.button("Restart the phone").await?.click().await?;
    h.role_with_text("status", "Restart sent.").await?;
    h.finish().await
}

/// A provisioned desk phone's line keys, as many as the provisioner's template for its
/// model has, stored as Smart PBX's device dialog stores them; then the phone unlocked.
#[tokio::test(flavor = "multi_thread")]
async fn a_desk_phones_line_keys_are_set_and_the_phone_unlocked() -> Result<()> {
    let h = Harness::start().await?;
    open_devices(&h).await?;
    h.link("Alice desk phone").await?.click().await?;
    h.heading("Phone keys").await?;
    h.text("Line keys").await?;
    h.field("Line key 10: what it does").await?;
    choose(&h, "Line key 1: what it does", "Busy lamp of a user").await?;
    choose(&h, "Line key 1: user", "Bob Baker").await?;
    h.fill("Line key 1: label on the phone", "Bob").await?;
    choose(&h, "Line key 2: what it does", "Speed dial").await?;
    h.button("Save phone keys").await?.click().await?;
    h.text("Line key 2 is not finished: choose its user or type its number.").await?;
    h.fill("Line key 2: number to dial", "1004").await?;
    choose(&h, "Line key 3: what it does", "Parking spot").await?;
    choose(&h, "Line key 3: parking spot", "3").await?;
    choose(&h, "Line key 4: what it does", "Line").await?;
    h.check_accessibility().await?;
    h.button("Save phone keys").await?.click().await?;
    let bob = user_id(&h, "Bob").await?;
    h.eventually("the keys stored", || async {
        let device = device_named(&h, "Alice desk phone").await?;
        Ok((device["provision"]["combo_keys"]
            == json!({
                "0": {"type": "presence", "value": {"value": bob, "label": "Bob"}},
                "1": {"type": "speed_dial", "value": "1004"},
                "2": {"type": "parking", "value": 3},
                "3": {"type": "line"}
            }))
        .then_some(()))
    })
    .await?;
    let device = device_named(&h, "Alice desk phone").await?;
    assert_eq!(device["provision"]["endpoint_model"], "t46s", "the rest of provision stays");

    h.button("Unlock the phone").await?.click().await?;
    h.role_with_text("status", "The phone is unlocked").await?;
    h.finish().await
}
