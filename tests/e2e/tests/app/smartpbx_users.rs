//! Smart PBX › Users: what Patchbay writes must look to the real Smart PBX exactly as
//! if Smart PBX had written it (names, types, `ui_metadata`), checked through the API.

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

async fn open_users(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    Ok(())
}

fn first(v: &Value) -> Value {
    v["data"].as_array().and_then(|a| a.first()).cloned().unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_a_user_writes_the_user_vmbox_and_callflow_smart_pbx_writes() -> Result<()> {
    let h = Harness::start().await?;
    open_users(&h).await?;
    h.start_adding_user("Hedy", "Lamarr", "2001", "hedy@patchbay.test").await?;
    h.fill("Password", "hedy-pass-1").await?;
    h.button("Create").await?.click().await?;
    h.heading("Hedy Lamarr").await?;

    let account = h.account_id().await?;
    let stamp = json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"});
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Hedy"), None).await?;
    let user_id = first(&users)["id"].as_str().unwrap_or_default().to_string();
    let (_, user) = h.api("GET", &format!("accounts/{account}/users/{user_id}"), None).await?;
    let user = &user["data"];
    assert_eq!(user["presence_id"], "2001");
    assert_eq!(user["username"], "hedy@patchbay.test");
    assert_eq!(user["priv_level"], "user");
    assert_eq!(user["caller_id"]["internal"], json!({"name": "Hedy Lamarr", "number": "2001"}));
    assert_eq!(user["ui_metadata"], stamp);
    assert!(user.get("password").is_none(), "Crossbar never returns the password");

    let (_, vms) = h.api("GET", &format!("accounts/{account}/vmboxes?filter_owner_id={user_id}"), None).await?;
    let vm_id = first(&vms)["id"].as_str().unwrap_or_default().to_string();
    let (_, vm) = h.api("GET", &format!("accounts/{account}/vmboxes/{vm_id}"), None).await?;
    assert_eq!(vm["data"]["name"], "Hedy Lamarr's VMBox");
    assert_eq!(vm["data"]["mailbox"], "2001");
    assert_eq!(vm["data"]["ui_metadata"], stamp);

    let (_, cfs) = h.api("GET", &format!("accounts/{account}/callflows?filter_owner_id={user_id}"), None).await?;
    let cf_id = first(&cfs)["id"].as_str().unwrap_or_default().to_string();
    let (_, cf) = h.api("GET", &format!("accounts/{account}/callflows/{cf_id}"), None).await?;
    let cf = &cf["data"];
    assert_eq!(cf["name"], "Hedy Lamarr SmartPBX's Callflow");
    assert_eq!(cf["type"], "mainUserCallflow");
    assert_eq!(cf["numbers"], json!(["2001"]));
    assert_eq!(cf["flow"]["module"], "user");
    assert_eq!(cf["flow"]["children"]["_"]["module"], "voicemail");
    assert_eq!(cf["flow"]["children"]["_"]["data"]["id"], vm_id);
    assert_eq!(cf["ui_metadata"], stamp);

    // The inspector names the action after the person.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Create user Hedy Lamarr").await?.click().await?;
    h.button_starting("PUT /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_taken_extension_is_reported_on_the_field_and_nothing_is_left_half_made() -> Result<()> {
    let h = Harness::start().await?;
    open_users(&h).await?;
    for (first, email) in [("Ann", "ann@demo.test"), ("Bea", "bea@demo.test")] {
        h.start_adding_user(first, "Clash", "2999", email).await?;
        h.button("Create").await?.click().await?;
        if first == "Ann" {
            h.heading("Ann Clash").await?;
            h.link("Users").await?.click().await?;
        }
    }
    h.text("This extension is already used").await?;
    assert_eq!(h.value_of("First name").await?, "Bea");
    let account = h.account_id().await?;
    let (_, bea) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Bea"), None).await?;
    assert_eq!(bea["data"], json!([]), "nothing was made for Bea");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_made_outside_smart_pbx_asks_before_saving_and_keeps_unknown_fields() -> Result<()> {
    let h = Harness::start().await?;
    open_users(&h).await?;
    let account = h.account_id().await?;
    let made_by_callflows = json!({
        "first_name": "Otto", "last_name": "Outside", "presence_id": "3100",
        "custom_field": {"keep": "me"},
        "ui_metadata": {"version": "4.3-140", "ui": "monster-ui", "origin": "callflows"}
    });
    let (status, created) = h.api("PUT", &format!("accounts/{account}/users"), Some(made_by_callflows)).await?;
    assert_eq!(status, 201);
    let id = created["data"]["id"].as_str().unwrap_or_default().to_string();

    h.open(&format!("/smartpbx/users/{id}")).await?;
    h.heading("Otto Outside").await?;
    h.role_with_text("note", "Made outside Smart PBX").await?;
    h.fill("First name", "Ottilie").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("alertdialog", "Save anyway?").await?;
    let (_, unchanged) = h.api("GET", &format!("accounts/{account}/users/{id}"), None).await?;
    assert_eq!(unchanged["data"]["first_name"], "Otto", "nothing is sent before the confirmation");
    h.button("Save anyway").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    let (_, after) = h.api("GET", &format!("accounts/{account}/users/{id}"), None).await?;
    assert_eq!(after["data"]["first_name"], "Ottilie");
    assert_eq!(after["data"]["custom_field"], json!({"keep": "me"}));
    assert_eq!(after["data"]["ui_metadata"]["origin"], "voip");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_a_ring_group_writes_the_group_and_both_callflows() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Groups").await?.click().await?;
    h.button("Add group").await?.click().await?;
    h.fill("Group name", "Night Shift").await?;
    h.fill("Extensions", "2100").await?;
    // The group page's own fields, already at creation: members in order with their
    // times, the strategy and a phone number.
    for member in ["Ada Admin", "Alice Liddell"] {
        h.choose("Add a member", member).await?;
        h.button("Add member").await?.click().await?;
    }
    h.fill("Delay before ringing Alice Liddell, in seconds", "5").await?;
    h.fill("Phone numbers", "+14155550105").await?;
    h.button("Create").await?.click().await?;
    h.heading("Groups").await?;
    h.text("Night Shift").await?;

    let account = h.account_id().await?;
    let stamp = json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"});
    let (_, groups) = h.api("GET", &format!("accounts/{account}/groups?filter_name=Night%20Shift"), None).await?;
    let group_id = first(&groups)["id"].as_str().unwrap_or_default().to_string();
    let (_, group) = h.api("GET", &format!("accounts/{account}/groups/{group_id}"), None).await?;
    assert_eq!(group["data"]["endpoints"].as_object().map(|e| e.len()), Some(2));
    assert_eq!(group["data"]["ui_metadata"], stamp);

    let (_, cfs) = h.api("GET", &format!("accounts/{account}/callflows?filter_group_id={group_id}"), None).await?;
    let mut by_type = std::collections::HashMap::new();
    for row in cfs["data"].as_array().cloned().unwrap_or_default() {
        let (_, cf) = h
            .api("GET", &format!("accounts/{account}/callflows/{}", row["id"].as_str().unwrap_or_default()), None)
            .await?;
        by_type.insert(cf["data"]["type"].as_str().unwrap_or_default().to_string(), cf["data"].clone());
    }
    let base = &by_type["baseGroup"];
    assert_eq!(base["name"], "Night Shift Base Group");
    assert_eq!(base["flow"]["module"], "ring_group");
    assert_eq!(base["flow"]["data"]["endpoints"].as_array().map(Vec::len), Some(2));
    // Smart PBX's creation writes member times as strings; the group rings as long as its last member.
    assert_eq!(base["flow"]["data"]["endpoints"][1]["delay"], "5");
    assert_eq!(base["flow"]["data"]["timeout"], 25);
    assert_eq!(base["flow"]["data"]["strategy"], "simultaneous");
    assert_eq!(base["ui_metadata"], stamp);
    let ring = &by_type["userGroup"];
    assert_eq!(ring["name"], "Night Shift Ring Group");
    assert_eq!(ring["numbers"], json!(["2100", "+14155550105"]));
    assert_eq!(ring["flow"]["module"], "callflow");
    assert_eq!(ring["flow"]["data"]["id"], base["id"]);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_a_user_with_a_desk_phone_writes_the_provisioned_device_smart_pbx_writes() -> Result<()> {
    let h = Harness::start().await?;
    open_users(&h).await?;
    let account = h.account_id().await?;
    let (_, with_mac) = h.api("GET", &format!("accounts/{account}/devices?has_value=mac_address"), None).await?;
    let taken_mac = first(&with_mac)["mac_address"].as_str().unwrap_or_default().to_string();
    assert!(!taken_mac.is_empty(), "the demo seed has a desk phone with a MAC address");

    h.start_adding_user("Grace", "Hopper", "2002", "grace@patchbay.test").await?;
    h.choose("Phone brand", "Yealink").await?;
    h.choose("Phone model", "T48S").await?;
    h.fill("Phone name", "Grace desk").await?;

    // A short MAC is refused before anything is sent.
    h.fill("Phone MAC address", "00:04:f2:11:22").await?;
    h.button("Create").await?.click().await?;
    h.text("A MAC address is twelve hexadecimal digits").await?;
    let (_, none) = h.api("GET", &format!("accounts/{account}/users?filter_last_name=Hopper"), None).await?;
    assert_eq!(none["data"], json!([]));

    // A MAC another phone uses is refused by Crossbar: shown on the field, the user rolled back.
    h.fill("Phone MAC address", &taken_mac).await?;
    h.button("Create").await?.click().await?;
    h.text("This MAC address is already used by another device").await?;
    assert_eq!(h.value_of("Phone name").await?, "Grace desk", "nothing typed is lost");
    let (_, none) = h.api("GET", &format!("accounts/{account}/users?filter_last_name=Hopper"), None).await?;
    assert_eq!(none["data"], json!([]), "the user made before the failing step is rolled back");

    h.fill("Phone MAC address", "00-04-F2-11-22-33").await?;
    h.button("Create").await?.click().await?;
    h.heading("Grace Hopper").await?;

    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_last_name=Hopper"), None).await?;
    let user_id = first(&users)["id"].as_str().unwrap_or_default().to_string();
    let (_, devices) = h.api("GET", &format!("accounts/{account}/devices?filter_owner_id={user_id}"), None).await?;
    assert_eq!(devices["data"].as_array().map(Vec::len), Some(1));
    let device_id = first(&devices)["id"].as_str().unwrap_or_default().to_string();
    let (_, device) = h.api("GET", &format!("accounts/{account}/devices/{device_id}"), None).await?;
    let device = &device["data"];
    let (_, account_doc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    assert_eq!(device["device_type"], "sip_device");
    assert_eq!(device["enabled"], true);
    assert_eq!(device["name"], "Grace desk");
    assert_eq!(device["mac_address"], "0004f2112233", "Crossbar keeps the MAC cleansed to hex digits");
    assert_eq!(device["owner_id"], user_id.as_str());
    assert_eq!(
        device["provision"],
        json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t48s", "id": "tpl-t48s"})
    );
    assert_eq!(device["family"], "T4X", "Smart PBX's stray top-level family is kept");
    assert_eq!(device["suppress_unregister_notifications"], false);
    assert!(device["sip"].get("realm").is_none(), "Crossbar does not store the account's own realm");
    let username = device["sip"]["username"].as_str().unwrap_or_default();
    assert!(username.starts_with("user_") && username.len() == 15, "{username}");
    assert_eq!(device["sip"]["password"].as_str().map(str::len), Some(12));
    assert_eq!(device["ui_metadata"], json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"}));

    // The catalogue read is its own action in the inspector, beside the Crossbar calls.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Load phone catalogue").await?.click().await?;
    h.button_starting("GET /provisioner/phones").await?;
    // The phone was sent with the account's realm, as Smart PBX sends it.
    h.button_starting("Create user Grace Hopper").await?.click().await?;
    h.button_starting(&format!("PUT /v2/accounts/{account}/devices")).await?.click().await?;
    let realm = account_doc["data"]["realm"].as_str().unwrap_or_default().to_string();
    let panel = h.browser.find(fantoccini::Locator::Css("aside.inspector")).await?.text().await?;
    assert!(
        panel.contains(&format!("\"realm\": \"{realm}\"")) || panel.contains(&format!("\"realm\":\"{realm}\"")),
        "{panel}"
    );
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ring_group_whose_members_cannot_be_listed_says_so_and_offers_a_retry() -> Result<()> {
    let mut h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Groups").await?.click().await?;
    h.heading("Groups").await?;
    h.stop_sandbox().await;
    h.button("Add group").await?.click().await?;
    h.role_with_text("alert", "The server could not be reached").await?;
    h.button("Try again").await?;
    // The rest of the form stays usable: nothing typed depends on the member list.
    h.fill("Group name", "Night Shift").await?;
    assert_eq!(h.value_of("Group name").await?, "Night Shift");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn add_user_suggests_the_next_free_extension() -> Result<()> {
    let h = Harness::start().await?;
    open_users(&h).await?;
    h.button("Add user").await?.click().await?;
    h.heading("Add user").await?;
    let suggested = h.value_of("Extension").await?;
    let account = h.account_id().await?;
    let (_, callflows) = h.api("GET", &format!("accounts/{account}/callflows?paginate=false"), None).await?;
    let (_, vmboxes) = h.api("GET", &format!("accounts/{account}/vmboxes?paginate=false"), None).await?;
    let in_use: Vec<String> = callflows["data"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|cf| cf["numbers"].as_array().cloned().unwrap_or_default())
        .chain(vmboxes["data"].as_array().into_iter().flatten().map(|vm| vm["mailbox"].clone()))
        .filter_map(|n| n.as_str().map(str::to_string))
        .filter(|n| n.chars().count() < 7)
        .collect();
    let highest = in_use.iter().filter_map(|n| n.parse::<u32>().ok()).max().expect("the demo has extensions");
    assert_eq!(suggested, (highest + 1).to_string(), "one past the highest in use, as Smart PBX suggests");
    h.finish().await
}

/// A new username needs a new password with it; saved, the person signs in with the new
/// pair, and the page heading follows a renamed person.
#[tokio::test(flavor = "multi_thread")]
async fn a_username_is_changed_with_a_new_password_and_the_heading_follows_the_name() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.heading("Alice Liddell").await?;
    assert_eq!(h.value_of("Username").await?, "alice");
    h.fill("Username", "Alice.L").await?;
    h.fill("First name", "Alicia").await?;
    h.button("Save").await?.click().await?;
    h.text("a new username needs one").await?;
    h.fill("Password", "looking-glass").await?;
    h.button("Save").await?.click().await?;
    h.heading("Alicia Liddell").await?;
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alicia"), None).await?;
    assert_eq!(users["data"][0]["username"], "alice.l");

    h.button("Sign out").await?.click().await?;
    h.sign_in("Demo Co", "alice.l", "looking-glass").await?;
    h.heading("My settings").await?;
    h.finish().await
}
