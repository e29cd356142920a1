//! Incoming call handling: periods, receptionists and their greetings.

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::json;

use super::*;

#[tokio::test(flavor = "multi_thread")]
async fn after_hours_calls_ring_alice_then_her_voicemail() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    choose(&h, "After hours: calls go to", "Ring someone (or nobody), then a voicemail box").await?;
    choose(&h, "After hours: ring", "Alice Liddell").await?;
    choose(&h, "After hours: voicemail box", "Alice Liddell's VMBox (1002)").await?;
    h.button("Save call handling for After hours").await?.click().await?;
    h.role_with_text("status", "Call handling for After hours saved.").await?;

    let alice = user_id(&h, &account, "Alice").await?;
    let vmboxes = get(&h, &format!("accounts/{account}/vmboxes?filter_owner_id={alice}")).await?;
    let alice_vm = vmboxes[0]["id"].clone();
    let after = callflow(&h, &account, "MainAfterHours").await?;
    assert_eq!(
        after["flow"],
        json!({"module": "user", "data": {"id": alice},
               "children": {"_": {"module": "voicemail", "data": {"id": alice_vm}, "children": {}}}})
    );
    assert!(after.get("name").is_none(), "sub-callflows are found by numbers[0] and have no name");
    assert_eq!(after["numbers"], json!(["MainAfterHours"]));
    assert_eq!(after["ui_metadata"]["origin"], "voip");
    // MainCallflow sends everything outside hours (its catch-all) to that sub-callflow.
    let main = callflow(&h, &account, "MainCallflow").await?;
    assert_eq!(
        main["flow"]["children"]["_"],
        json!({"module": "callflow", "data": {"id": after["id"]}, "children": {}})
    );

    // After the reload the form shows what was saved.
    assert_eq!(h.value_of("After hours: calls go to").await?, "entity-voicemail");
    assert_eq!(h.value_of("After hours: ring").await?, format!("user:{alice}"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lunch_receptionist_with_a_greeting_and_two_options() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    h.button("Edit the virtual receptionist for Lunch").await?.click().await?;
    shown(&h, "Lunch greeting (spoken text)").await?;
    h.fill("Lunch greeting (spoken text)", "We are at lunch. Press 1 for sales, 2 for Alice.").await?;
    choose(&h, "Lunch option 1: key", "1").await?;
    choose(&h, "Lunch option 1: goes to", "Sales").await?;
    h.button("Add an option for Lunch").await?.click().await?;
    choose(&h, "Lunch option 2: key", "2").await?;
    choose(&h, "Lunch option 2: goes to", "Alice Liddell").await?;
    h.button("Save the virtual receptionist for Lunch").await?.click().await?;
    h.role_with_text("status", "Virtual receptionist for Lunch saved.").await?;

    let menu_cf = callflow(&h, &account, "MainLunchHoursMenu").await?;
    let menu =
        get(&h, &format!("accounts/{account}/menus/{}", menu_cf["flow"]["data"]["id"].as_str().unwrap())).await?;
    assert_eq!((menu["name"].clone(), menu["type"].clone()), (json!("MainLunchHoursMenu"), json!("main")));
    assert_eq!(menu["retries"], 3, "untouched keys of the menu survive");
    assert_eq!(menu["media"]["exit_media"], true);
    let greeting =
        get(&h, &format!("accounts/{account}/media/{}", menu["media"]["greeting"].as_str().unwrap())).await?;
    assert_eq!(greeting["media_source"], "tts");
    assert_eq!(greeting["tts"]["text"], "We are at lunch. Press 1 for sales, 2 for Alice.");
    assert!(greeting["name"].as_str().unwrap().starts_with("MainLunchHoursMenuTTS_"), "{greeting}");

    // Groups are reached through their userGroup callflow, users through their main callflow.
    let groups = get(&h, &format!("accounts/{account}/groups?filter_name=Sales")).await?;
    let sales = groups[0]["id"].as_str().unwrap().to_string();
    let ring = get(&h, &format!("accounts/{account}/callflows?filter_group_id={sales}&filter_type=userGroup")).await?;
    let alice = user_id(&h, &account, "Alice").await?;
    let alice_cf =
        get(&h, &format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow")).await?;
    assert_eq!(
        menu_cf["flow"]["children"],
        json!({"1": {"module": "callflow", "data": {"id": ring[0]["id"]}, "children": {}},
               "2": {"module": "callflow", "data": {"id": alice_cf[0]["id"]}, "children": {}}})
    );
    assert_eq!(menu_cf["flow"]["module"], "menu");
    h.finish().await
}

/// A receptionist's greeting as a recording (strategy.js `strategyShowMenuPopup`: upload
/// or choose an existing one), then none at all.
#[tokio::test(flavor = "multi_thread")]
async fn a_receptionist_greeting_is_a_recording_uploaded_then_removed() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    h.button("Edit the virtual receptionist for After hours").await?.click().await?;
    shown(&h, "After hours greeting (spoken text)").await?;
    shown(&h, "After hours greeting (recording)").await?;
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("after-hours.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    h.field("Upload a new recording for After hours greeting (recording)")
        .await?
        .send_keys(&wav.to_string_lossy())
        .await?;
    h.button("Upload for After hours greeting (recording)").await?.click().await?;
    h.role_with_text("status", "after-hours.wav uploaded and chosen.").await?;
    h.button("Save the virtual receptionist for After hours").await?.click().await?;
    h.role_with_text("status", "Virtual receptionist for After hours saved.").await?;
    let menu_cf = callflow(&h, &account, "MainAfterHoursMenu").await?;
    let menu_path = format!("accounts/{account}/menus/{}", menu_cf["flow"]["data"]["id"].as_str().unwrap());
    let menu = get(&h, &menu_path).await?;
    let media = get(&h, &format!("accounts/{account}/media/{}", menu["media"]["greeting"].as_str().unwrap())).await?;
    assert_eq!((media["name"].clone(), media["media_source"].clone()), (json!("after-hours.wav"), json!("upload")));

    // The receptionist shows what was saved (opened again if the save closed it).
    let toggle = h.button("Edit the virtual receptionist for After hours").await?;
    if toggle.attr("aria-expanded").await?.as_deref() != Some("true") {
        toggle.click().await?;
    }
    shown(&h, "After hours greeting (recording)").await?;
    assert_eq!(h.value_of("After hours greeting (recording)").await?, menu["media"]["greeting"].as_str().unwrap());
    choose(&h, "After hours greeting (recording)", "None").await?;
    h.button("Save the virtual receptionist for After hours").await?.click().await?;
    h.eventually("the greeting removed from the menu", || async {
        let menu = get(&h, &menu_path).await?;
        Ok(menu["media"].get("greeting").is_none().then_some(()))
    })
    .await?;
    assert_eq!(get(&h, &menu_path).await?["media"]["exit_media"], true, "the menu's other media keys survive");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn thanksgiving_then_holiday_calls_go_to_an_advanced_callflow() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    h.fill("Holiday name", "Thanksgiving").await?;
    choose(&h, "Kind of holiday", "A weekday of a month (e.g. fourth Thursday of November)").await?;
    choose(&h, "Which", "Fourth").await?;
    choose(&h, "Weekday", "Thursday").await?;
    choose(&h, "Month", "November").await?;
    h.button("Add holiday").await?.click().await?;
    h.role_with_text("status", "Holiday “Thanksgiving” added.").await?;
    let rules = get(&h, &format!("accounts/{account}/temporal_rules?filter_name=Thanksgiving")).await?;
    let mut rule = get(&h, &format!("accounts/{account}/temporal_rules/{}", ids(&rules)[0])).await?;
    let id = rule.as_object_mut().unwrap().remove("id").unwrap();
    // `start_date` is the schema default KAZOO fills in; the rest is what Patchbay wrote.
    for key in ["ui_metadata", "pvt_type", "start_date"] {
        rule.as_object_mut().unwrap().remove(key);
    }
    assert_eq!(
        rule,
        json!({"name": "Thanksgiving", "type": "main_holidays", "oldType": "rule", "cycle": "yearly",
               "interval": 1, "month": 11, "wdays": ["thursday"], "ordinal": "fourth"})
    );
    let main = callflow(&h, &account, "MainCallflow").await?;
    assert!(main["flow"]["children"].get(id.as_str().unwrap()).is_some());

    choose(&h, "Holidays: calls go to", "An advanced callflow").await?;
    choose(&h, "Holidays: advanced callflow", "Support hotline").await?;
    h.button("Save call handling for Holidays").await?.click().await?;
    h.role_with_text("status", "Call handling for Holidays saved.").await?;
    let hotline = get(&h, &format!("accounts/{account}/callflows?filter_name=Support%20hotline")).await?;
    let holidays = callflow(&h, &account, "MainHolidays").await?;
    assert_eq!(
        holidays["flow"],
        json!({"module": "callflow", "data": {"id": hotline[0]["id"]}, "is_main_number_cf": true, "children": {}})
    );
    h.finish().await
}
