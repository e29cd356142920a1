//! Smart PBX › Dashboard, Call Logs and the feature-code bootstrap: what the screens show
//! of the demo seed, and that what they write is what Smart PBX writes (checked through
//! the API).

use anyhow::{anyhow, Result};
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::{json, Value};

fn stamp() -> Value {
    json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"})
}

/// Pick an option of a `<select>` by its label, as a person would (the app listens to
/// `change`).
async fn choose(h: &Harness, label: &str, value: &str) -> Result<()> {
    let el = h.field(label).await?;
    let arg = serde_json::to_value(&el)?;
    h.browser
        .execute(
            "const [el, v] = arguments; el.value = v; \
             el.dispatchEvent(new Event('input', { bubbles: true })); \
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![arg, value.into()],
        )
        .await?;
    Ok(())
}

/// Wait until a field shows `expected` (filled in by a request).
async fn wait_value(h: &Harness, label: &str, expected: &str) -> Result<()> {
    h.eventually(&format!("{label} showing {expected:?}"), || async {
        Ok(h.value_of(label).await.is_ok_and(|v| v == expected).then_some(()))
    })
    .await
}

/// The dashboard's counters as (label, value) pairs, once none says "Counting…" (users
/// and devices are counted after the dashboard is shown).
async fn counts(h: &Harness) -> Result<Vec<(String, String)>> {
    let dl = h.browser.wait().for_element(Locator::Css("dl.counts")).await?;
    h.eventually("the counts", || async {
        let mut out = vec![];
        for item in dl.find_all(Locator::Css("div.count")).await? {
            let label = item.find(Locator::Css("dt")).await?.text().await?;
            let value = item.find(Locator::Css("dd")).await?.text().await?;
            out.push((label, value));
        }
        Ok((!out.iter().any(|(_, v)| v == "Counting…")).then_some(out))
    })
    .await
}

fn rows(v: &Value) -> Vec<Value> {
    v["data"].as_array().cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_shows_the_seeded_counts_and_special_numbers() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let account = h.account_id().await?;
    let (_, devices) =
        h.api("GET", &format!("accounts/{account}/devices?with_status=true&page_size=100"), None).await?;
    let silent = rows(&devices)
        .iter()
        .filter(|d| {
            let sip = ["sip_device", "softphone", "fax", "ata", "smartphone"]
                .contains(&d["device_type"].as_str().unwrap_or(""));
            d["enabled"] == false || (sip && d["registered"] != true)
        })
        .count();
    let shown = counts(&h).await?;
    let expected = [
        ("Users", "8".to_string()),
        ("Devices", "10".to_string()),
        ("Unregistered devices", silent.to_string()),
        ("Numbers", "6".to_string()),
    ];
    for (label, value) in expected {
        assert!(shown.iter().any(|(l, v)| l == label && *v == value), "{label} = {value} not in {shown:?}");
    }
    h.heading("Main numbers").await?;
    h.text("+1 415-555-0100").await?;
    h.text("+1 415-555-0103").await?;
    h.text("Main voicemail box: Main Voicemail Box (mailbox 0)").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn company_caller_id_is_written_to_the_account_and_the_number() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Company caller ID").await?;
    choose(&h, "Company caller ID number", "+14155550100").await?;
    // The number's CNAM, as seeded, is read back into the form.
    wait_value(&h, "Company caller ID name", "DEMO CO").await?;
    h.fill("Company caller ID name", "DEMO OFFICE").await?;
    h.fill("Zip code", "94105").await?;
    h.fill("Address line 1", " 140 New Montgomery St").await?;
    h.fill("City", "San Francisco").await?;
    h.fill("State", "CA").await?;
    h.fill("Email addresses", "Ops@Demo.test ops@demo.test").await?;
    h.button("Save company caller ID").await?.click().await?;
    h.role_with_text("status", "Company caller ID saved.").await?;

    let account = h.account_id().await?;
    let (_, acc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    assert_eq!(acc["data"]["caller_id"]["external"], json!({"number": "+14155550100", "name": "DEMO OFFICE"}));
    assert_eq!(acc["data"]["caller_id"]["emergency"], json!({"number": "+14155550100"}));
    assert_eq!(acc["data"]["ui_metadata"], stamp());
    let (_, number) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B14155550100"), None).await?;
    assert_eq!(number["data"]["cnam"], json!({"display_name": "DEMO OFFICE"}));
    assert_eq!(
        number["data"]["e911"],
        json!({"postal_code": "94105", "street_address": "140 New Montgomery St", "locality": "San Francisco",
               "region": "CA", "notification_contact_emails": ["ops@demo.test"], "country": "US",
               "caller_name": "Demo Co"})
    );
    // The summary shows the new caller ID after the reload.
    h.text("+1 415-555-0100 (DEMO OFFICE)").await?;

    // Choosing none removes both caller IDs from the account.
    choose(&h, "Company caller ID number", "").await?;
    h.button("Save company caller ID").await?.click().await?;
    h.role_with_text("status", "Company caller ID saved.").await?;
    let (_, acc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    assert!(acc["data"].pointer("/caller_id/external").is_none(), "{acc}");
    assert!(acc["data"].pointer("/caller_id/emergency").is_none(), "{acc}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn opening_the_dashboard_recreates_a_missing_main_voicemail_box() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.text("Main voicemail box: Main Voicemail Box").await?;
    let account = h.account_id().await?;
    let list = format!("accounts/{account}/vmboxes?filter_type=mainVMBox");
    let (_, boxes) = h.api("GET", &list, None).await?;
    let old = rows(&boxes).first().and_then(|b| b["id"].as_str().map(str::to_string)).ok_or(anyhow!("no main box"))?;
    let (status, _) = h.api("DELETE", &format!("accounts/{account}/vmboxes/{old}"), None).await?;
    assert_eq!(status, 200);

    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.link("Dashboard").await?.click().await?;
    h.role_with_text("status", "so one was created, as Smart PBX does").await?;

    let (_, boxes) = h.api("GET", &list, None).await?;
    let boxes = rows(&boxes);
    assert_eq!(boxes.len(), 1, "{boxes:?}");
    let id = boxes[0]["id"].as_str().unwrap_or_default();
    assert_ne!(id, old);
    let (_, doc) = h.api("GET", &format!("accounts/{account}/vmboxes/{id}"), None).await?;
    let doc = doc["data"].as_object().cloned().unwrap_or_default();
    let written: serde_json::Map<String, Value> = doc
        .into_iter()
        .filter(|(k, _)| ["type", "mailbox", "name", "delete_after_notify", "ui_metadata"].contains(&k.as_str()))
        .collect();
    // (Key order is not observable here: stored documents come back sorted.)
    assert_eq!(
        Value::Object(written),
        json!({"type": "mainVMBox", "mailbox": "0", "name": "Main Voicemail Box", "delete_after_notify": true,
               "ui_metadata": stamp()})
    );
    // The creation is its own action in the inspector.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Create main voicemail box").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn call_logs_open_legs_and_records_and_export_the_range_as_csv() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Call Logs").await?.click().await?;
    h.heading("Call Logs").await?;
    h.role_with_text("status", "shown").await?;

    h.button("Legs").await?.click().await?;
    let legs = h.browser.wait().for_element(Locator::Css("ol.call-legs")).await?;
    h.browser.wait().for_element(Locator::XPath("//ol[contains(@class,'call-legs')]/li[2]")).await?;
    let text = legs.text().await?;
    assert!(text.contains('→'), "{text}");
    // Why each leg ended, in words rather than FreeSWITCH's cause names.
    let words = ["ended normally", "not answered", "busy", "caller hung up before it was answered"];
    assert!(words.iter().any(|w| text.contains(w)) && !text.contains('_'), "{text}");
    // Each leg's full record opens from inside the legs list.
    legs.find(Locator::XPath(".//button[normalize-space(.)='All details']")).await?.click().await?;
    let record = h.browser.wait().for_element(Locator::Css("ol.call-legs pre.cdr-json")).await?;
    let record: Value = serde_json::from_str(&record.text().await?)?;
    assert!(record["call_id"].is_string() && record["custom_channel_vars"]["interaction_id"].is_string(), "{record}");

    h.button("Export CSV").await?.click().await?;
    h.role_with_text("status", "calls ready").await?;
    let link = h.link_starting("Download call-logs_").await?;
    assert!(link.attr("href").await?.unwrap_or_default().starts_with("blob:"));
    // One row per call, as the table shows it, with readable headers and times.
    let downloads = tempfile::tempdir()?;
    let csv = download(&h, link, downloads.path()).await?;
    let rows = patchbay_crossbar::csv::records(&csv);
    assert_eq!(rows[0], vec!["When", "From", "To", "Duration", "Direction"], "{csv}");
    assert!(rows.len() > 1 && rows.iter().all(|r| r.len() == 5), "{csv}");
    let account = h.account_id().await?;
    let shown = h.text("calls ready").await?.text().await?;
    assert!(shown.contains(&format!("{} calls", rows.len() - 1)), "{shown} vs {} rows", rows.len() - 1);

    // Incoming calls only: the table and the export follow the filter.
    h.choose("Direction", "Inbound").await?;
    h.eventually("only inbound calls listed", || async {
        let cells = h.browser.find_all(Locator::XPath("//table//tbody/tr/td[4]")).await?;
        let mut all = Vec::new();
        for c in cells {
            all.push(c.text().await?);
        }
        Ok((!all.is_empty() && all.iter().all(|d| d == "Inbound")).then_some(()))
    })
    .await?;
    h.button("Export CSV").await?.click().await?;
    h.role_with_text("status", "calls ready").await?;
    let again = tempfile::tempdir()?;
    let csv = download(&h, h.link_starting("Download call-logs_").await?, again.path()).await?;
    let records = patchbay_crossbar::csv::records(&csv);
    assert!(records.len() > 1 && records[1..].iter().all(|r| r[4] == "Inbound"), "{csv}");
    // Newest first, as Crossbar lists them.
    let (_, calls) = h.api("GET", &format!("accounts/{account}/cdrs/interaction"), None).await?;
    let times: Vec<i64> =
        calls["data"].as_array().into_iter().flatten().filter_map(|c| c["timestamp"].as_i64()).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");

    // The export went through the Crossbar client, page by page: no unpaged request.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Export call logs as CSV").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?;
    let panel = h.browser.find(Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("/cdrs/interaction?created_from="), "{panel}");
    assert!(!panel.contains("paginate=false"), "{panel}");
    h.button_starting("Open call legs").await?;
    h.button_starting("Open all details of a call leg").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn feature_codes_bootstrap_recreates_a_deleted_code_as_smart_pbx_does() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let account = h.account_id().await?;
    let find = format!("accounts/{account}/callflows?filter_featurecode.name=voicemail%5Bsingle_mailbox_login%5D");
    let (_, found) = h.api("GET", &find, None).await?;
    let old = rows(&found).first().and_then(|c| c["id"].as_str().map(str::to_string)).ok_or(anyhow!("no code"))?;
    let (status, _) = h.api("DELETE", &format!("accounts/{account}/callflows/{old}"), None).await?;
    assert_eq!(status, 200);

    h.link("Feature Codes").await?.click().await?;
    h.heading("One standard feature code is missing").await?;
    h.text("Voicemail — check your own box").await?;
    h.button("Create the missing feature codes").await?.click().await?;
    h.role_with_text("status", "Created one feature code.").await?;
    let table = h.browser.find(Locator::Css("table")).await?.text().await?;
    assert!(table.contains("Voicemail — check your own box"), "{table}");

    let (_, found) = h.api("GET", &find, None).await?;
    let found = rows(&found);
    assert_eq!(found.len(), 1, "{found:?}");
    let id = found[0]["id"].as_str().unwrap_or_default();
    let (_, doc) = h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?;
    let doc = &doc["data"];
    assert_eq!(
        doc["flow"],
        json!({"children": {}, "data": {"single_mailbox_login": true, "action": "check"}, "module": "voicemail"})
    );
    assert_eq!(doc["featurecode"], json!({"name": "voicemail[single_mailbox_login]", "number": "98"}));
    assert_eq!(doc["patterns"], json!(["^\\*98([0-9]*)$"]));
    assert_eq!(doc["ui_metadata"], stamp());
    assert!(doc.get("name").is_none() && doc.get("type").is_none(), "{doc}");

    h.button("API inspector").await?.click().await?;
    h.button_starting("Create 1 missing feature codes").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn account_music_on_hold_is_written_as_smart_pbx_writes_it() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Music on hold").await?;
    let account = h.account_id().await?;
    choose(&h, "Music on hold", "silence_stream://300000").await?;
    h.button("Save music on hold").await?.click().await?;
    h.role_with_text("status", "Music on hold saved.").await?;
    let (_, acc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    assert_eq!(acc["data"]["music_on_hold"], json!({"media_id": "silence_stream://300000"}));
    assert_eq!(acc["data"]["ui_metadata"], stamp());

    wait_value(&h, "Music on hold", "silence_stream://300000").await?;
    choose(&h, "Music on hold", "").await?;
    h.button("Save music on hold").await?.click().await?;
    h.eventually("default music leaving an empty music_on_hold", || async {
        let (_, acc) = h.api("GET", &format!("accounts/{account}"), None).await?;
        Ok((acc["data"]["music_on_hold"] == json!({})).then_some(()))
    })
    .await?;
    h.finish().await
}

/// A recording uploaded from the music on hold card (myOffice.js "upload-submit"): the
/// media document with its sound, chosen, then saved as the account's music on hold.
#[tokio::test(flavor = "multi_thread")]
async fn music_on_hold_is_uploaded_then_chosen() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Music on hold").await?;
    let account = h.account_id().await?;
    h.button("Upload").await?.click().await?;
    h.text("Choose an audio file first.").await?;
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("hold-music.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    h.field("Upload a new recording").await?.send_keys(&wav.to_string_lossy()).await?;
    h.button("Upload").await?.click().await?;
    h.role_with_text("status", "hold-music.wav uploaded and chosen.").await?;
    h.check_accessibility().await?;
    h.button("Save music on hold").await?.click().await?;
    h.role_with_text("status", "Music on hold saved.").await?;
    let (_, acc) = h.api("GET", &format!("accounts/{account}"), None).await?;
    let media_id = acc["data"]["music_on_hold"]["media_id"].as_str().unwrap_or_default().to_string();
    let (_, media) = h.api("GET", &format!("accounts/{account}/media/{media_id}"), None).await?;
    assert_eq!(media["data"]["name"], "hold-music.wav");
    assert_eq!(media["data"]["media_source"], "upload");
    assert_eq!(media["data"]["description"], "hold-music.wav");
    assert_eq!(media["data"]["ui_metadata"], stamp());
    let (status, _) = h.api("GET", &format!("accounts/{account}/media/{media_id}/raw"), None).await?;
    assert_eq!(status, 200, "the sound was stored");
    h.finish().await
}

/// Clicks a download link as a person would and returns the file's text once the
/// browser has saved it into `dir`.
async fn download(h: &Harness, link: fantoccini::elements::Element, dir: &std::path::Path) -> Result<String> {
    let params = json!({"behavior": "allow", "downloadPath": dir.to_string_lossy()});
    h.cdp("Page.setDownloadBehavior", params).await?;
    link.click().await?;
    h.eventually("the file saved", || async {
        let done = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "csv"));
        Ok(done.map(std::fs::read_to_string).transpose()?)
    })
    .await
}
