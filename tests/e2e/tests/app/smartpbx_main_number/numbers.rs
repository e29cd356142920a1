//! The main, conference and fax numbers, the conference line greeting, the bootstrap.

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

use super::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_spare_number_becomes_a_main_conference_number() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    choose(&h, "Spare number for conference calls", "+1 415-555-0105").await?;
    h.button("Add conference number").await?.click().await?;
    h.role_with_text("status", "+1 415-555-0105 now reaches the main conference.").await?;
    let conference = callflow(&h, &account, "MainConference").await?;
    assert_eq!(conference["numbers"], json!(["+14155550103", "+14155550105"]));
    assert_eq!(conference["type"], "conference");
    assert_eq!(conference["flow"]["module"], "conference");
    assert_eq!(conference["ui_metadata"]["origin"], "voip");
    // The number is no longer spare.
    let number = get(&h, &format!("accounts/{account}/phone_numbers/%2B14155550105")).await?;
    assert_eq!(number["used_by"], "callflow");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn opening_main_number_recreates_a_missing_main_faxing_as_its_own_action() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    let faxing = callflow(&h, &account, "MainFaxing").await?;
    let (status, _) =
        h.api("DELETE", &format!("accounts/{account}/callflows/{}", faxing["id"].as_str().unwrap()), None).await?;
    assert_eq!(status, 200);
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.link("Main Number").await?.click().await?;
    h.role_with_text("status", "Created what Smart PBX needs and was missing: MainFaxing.").await?;
    let again = callflow(&h, &account, "MainFaxing").await?;
    assert_eq!(again["numbers"], json!(["undefinedfaxing"]));
    assert_eq!(again["flow"], json!({"children": {}, "data": {}, "module": "faxbox"}));
    assert_eq!(again["ui_metadata"]["origin"], "voip");
    // The inspector shows the bootstrap as its own action, with its one PUT.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Set up Main Number (create MainFaxing)").await?.click().await?;
    h.button_starting("PUT /v2/accounts/").await?;
    // Nothing else was created: still one MainCallflow.
    let rows = get(&h, &format!("accounts/{account}/callflows?filter_name=MainCallflow")).await?;
    assert_eq!(rows.as_array().unwrap().len(), 1);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fax_number_with_its_main_faxbox_then_removed_again() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    choose(&h, "Spare number for faxes", "+1 415-555-0105").await?;
    h.fill("Email for received faxes", "faxes@demo.test").await?;
    h.button("Add fax number").await?.click().await?;
    h.role_with_text("status", "+1 415-555-0105 now receives faxes.").await?;
    let faxing = callflow(&h, &account, "MainFaxing").await?;
    assert_eq!(faxing["numbers"], json!(["+14155550105"]));
    let faxbox_id = faxing["flow"]["data"]["id"].as_str().unwrap().to_string();
    let faxbox = get(&h, &format!("accounts/{account}/faxboxes/{faxbox_id}")).await?;
    assert_eq!(faxbox["name"], "Demo Co's Main Faxbox");
    assert_eq!(faxbox["caller_id"], "+14155550105");
    assert_eq!(faxbox["fax_identity"], "+1 415 555 0105");
    assert_eq!(faxbox["owner_id"], account, "Smart PBX owns the main faxbox by the account (quirk)");
    assert_eq!(faxbox["notifications"]["inbound"]["email"]["send_to"], "faxes@demo.test");

    // The email changed later (strategy.js popupEditFaxbox); another app's outbound
    // notification, saved meanwhile, is kept.
    let outbound = json!({"notifications": {"outbound": {"email": {"send_to": "sent@demo.test"}}}});
    assert_eq!(h.api("PATCH", &format!("accounts/{account}/faxboxes/{faxbox_id}"), Some(outbound)).await?.0, 200);
    h.eventually("the fax line's email shown", || async {
        Ok((h.value_of("Email for received faxes").await? == "faxes@demo.test").then_some(()))
    })
    .await?;
    h.fill("Email for received faxes", "front-desk@demo.test").await?;
    h.button("Save email").await?.click().await?;
    // The faxbox changed since the page read it: asked, and merged.
    h.heading("Someone else changed this").await?;
    h.button("Merge").await?.click().await?;
    h.role_with_text("status", "Received faxes now go to front-desk@demo.test.").await?;
    let faxbox = get(&h, &format!("accounts/{account}/faxboxes/{faxbox_id}")).await?;
    assert_eq!(faxbox["notifications"]["inbound"]["email"]["send_to"], "front-desk@demo.test");
    assert_eq!(faxbox["notifications"]["outbound"]["email"]["send_to"], "sent@demo.test");

    h.button("Remove the fax number +1 415-555-0105").await?.click().await?;
    h.role_with_text("alertdialog", "The main faxbox is deleted with it").await?;
    h.button("Yes, remove").await?.click().await?;
    h.role_with_text("status", "+1 415-555-0105 no longer receives faxes.").await?;
    let faxing = callflow(&h, &account, "MainFaxing").await?;
    assert_eq!(faxing["numbers"], json!(["undefinedfaxing"]));
    assert_eq!(faxing["flow"]["data"], json!({}));
    let (status, _) = h.api("GET", &format!("accounts/{account}/faxboxes/{faxbox_id}"), None).await?;
    assert_eq!(status, 404);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_spare_number_joins_the_main_numbers_after_the_zero() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    choose(&h, "Spare number for the main number", "+1 415-555-0105").await?;
    h.button("Add main number").await?.click().await?;
    h.role_with_text("status", "+1 415-555-0105 now reaches the main number.").await?;
    let main = callflow(&h, &account, "MainCallflow").await?;
    assert_eq!(main["numbers"], json!(["0", "+14155550100", "+14155550105"]));
    h.button("Remove +1 415-555-0105 from the main numbers").await?.click().await?;
    h.button("Yes, remove").await?.click().await?;
    h.role_with_text("status", "+1 415-555-0105 no longer reaches the main number.").await?;
    let main = callflow(&h, &account, "MainCallflow").await?;
    assert_eq!(main["numbers"], json!(["0", "+14155550100"]));
    h.finish().await
}

/// The conference line's own greeting (strategy.js `strategyConfGreetingBindEvents`): a
/// recording uploaded and chosen becomes MainConference's `welcome_prompt`; none removes it.
#[tokio::test(flavor = "multi_thread")]
async fn the_conference_line_greets_callers_with_a_recording_then_with_none() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    h.heading("Conference line greeting").await?;
    h.text("Callers to the conference line hear the standard prompt.").await?;
    h.button("Change the conference greeting").await?.click().await?;
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("conference-welcome.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    h.field("Upload a new recording for Conference greeting").await?.send_keys(&wav.to_string_lossy()).await?;
    h.button("Upload for Conference greeting").await?.click().await?;
    h.role_with_text("status", "conference-welcome.wav uploaded and chosen.").await?;
    h.button("Save conference greeting").await?.click().await?;
    h.role_with_text("status", "Conference greeting saved.").await?;
    let conference = callflow(&h, &account, "MainConference").await?;
    let media_id = conference["flow"]["data"]["welcome_prompt"]["media_id"].as_str().unwrap_or_default().to_string();
    let media = get(&h, &format!("accounts/{account}/media/{media_id}")).await?;
    assert_eq!(media["name"], "conference-welcome.wav");

    h.text("Callers to the conference line hear your recording").await?;
    let toggle = h.button("Change the conference greeting").await?;
    if toggle.attr("aria-expanded").await?.as_deref() != Some("true") {
        toggle.click().await?;
    }
    shown(&h, "Conference greeting").await?;
    choose(&h, "Conference greeting", "None").await?;
    h.button("Save conference greeting").await?.click().await?;
    // Said once the screen has read again what the save changed (and drawn it).
    h.role_with_text("status", "Conference greeting saved.").await?;
    h.eventually("the welcome prompt removed", || async {
        let conference = callflow(&h, &account, "MainConference").await?;
        Ok(conference["flow"]["data"].get("welcome_prompt").is_none().then_some(()))
    })
    .await?;

    // Spoken text: the media picker's text-to-speech media, replaced (not added to) the next time.
    let mut spoken_ids = vec![];
    for text in ["Enter your conference number.", "Welcome. Enter your conference number."] {
        let toggle = h.button("Change the conference greeting").await?;
        if toggle.attr("aria-expanded").await?.as_deref() != Some("true") {
            toggle.click().await?;
        }
        shown(&h, "Or: text callers hear, read by text-to-speech").await?;
        h.fill("Or: text callers hear, read by text-to-speech", text).await?;
        h.button("Save conference greeting").await?.click().await?;
        h.role_with_text("status", "Conference greeting saved.").await?;
        let media_id = h
            .eventually("a spoken welcome prompt", || async {
                let conference = callflow(&h, &account, "MainConference").await?;
                let id = conference["flow"]["data"]["welcome_prompt"]["media_id"].as_str().map(str::to_string);
                let media = match &id {
                    Some(id) => get(&h, &format!("accounts/{account}/media/{id}")).await?,
                    None => Value::Null,
                };
                Ok((media["tts"]["text"] == text).then_some(id.unwrap_or_default()))
            })
            .await?;
        let media = get(&h, &format!("accounts/{account}/media/{media_id}")).await?;
        assert_eq!(
            (media["name"].clone(), media["media_source"].clone()),
            (json!("MainConferenceGreeting"), json!("tts"))
        );
        spoken_ids.push(media_id);
    }
    assert_eq!(spoken_ids[0], spoken_ids[1], "the spoken greeting is replaced, not made again");
    h.finish().await
}
