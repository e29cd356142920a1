//! Smart PBX screens showing the demo seed's data as Smart PBX wrote it.

use anyhow::Result;
use patchbay_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn feature_codes_lists_the_seeded_codes_by_category() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Feature Codes").await?.click().await?;
    h.heading("Feature Codes").await?;
    // Codes by name in words, not their stored `featurecode.name`.
    h.text("Voicemail — check messages").await?;
    let table = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    for expected in [
        "*97",
        "*72",
        "*11",
        "6683",
        "Call parking",
        "Hot desking",
        "Park or retrieve a call",
        "Call forward — turn on",
    ] {
        assert!(table.contains(expected), "{expected} missing from:\n{table}");
    }
    assert!(!table.contains("[action="), "a stored name shown instead of words:\n{table}");
    h.finish().await
}

async fn open_screen(h: &Harness, link: &str) -> Result<String> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link(link).await?.click().await?;
    h.heading(link).await?;
    h.role_with_text("status", "shown").await?;
    Ok(h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn devices_voicemail_boxes_and_groups_show_the_seeded_office() -> Result<()> {
    let h = Harness::start().await?;
    let devices = open_screen(&h, "Devices").await?;
    for expected in ["Ada desk phone", "Alice cell", "Cell phone", "Front desk fax", "Registered", "Not registered"] {
        assert!(devices.contains(expected), "{expected} missing from devices:\n{devices}");
    }
    h.link("Voicemail Boxes").await?.click().await?;
    h.heading("Voicemail Boxes").await?;
    h.text("Ada Admin's VMBox").await?;
    let vmboxes = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    assert!(vmboxes.contains("1001"), "{vmboxes}");
    h.link("Groups").await?.click().await?;
    h.heading("Groups").await?;
    h.text("Sales").await?;
    h.text("Support").await?;
    h.role_with_text("status", "All 2 shown.").await?;
    // Each group says where it is reached, as Smart PBX's list does.
    h.eventually("Sales' extension and number", || async {
        let row =
            h.browser.find(fantoccini::Locator::XPath("//tr[th[normalize-space(.)='Sales']]")).await?.text().await?;
        Ok((row.contains("3001") && row.contains("+1 415-555-0102")).then_some(()))
    })
    .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn call_logs_show_the_last_weeks_calls_in_the_users_timezone() -> Result<()> {
    let h = Harness::start().await?;
    let calls = open_screen(&h, "Call Logs").await?;
    assert!(calls.contains("Inbound") || calls.contains("Outbound"), "{calls}");
    assert!(h.value_of("From").await?.len() == 10 && h.value_of("To").await?.len() == 10);
    // The inspector shows the ranged interaction listing behind the table.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Open Call Logs").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?;
    let panel = h.browser.find(fantoccini::Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("/cdrs/interaction?created_from="), "{panel}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn numbers_lists_the_inventory_with_what_uses_each_number() -> Result<()> {
    let h = Harness::start().await?;
    let numbers = open_screen(&h, "Numbers").await?;
    assert!(numbers.contains("In service"), "{numbers}");
    // Numbers read as numbers, and "Used by" names who each one reaches.
    for (number, used_by) in [
        ("+1 415-555-0100", "Main number"),
        ("+1 415-555-0101", "Alice Liddell"),
        ("+1 415-555-0102", "Sales (ring group)"),
        ("+1 415-555-0103", "Main conference"),
        ("+1 415-555-0104", "Support hotline"),
        ("+1 415-555-0105", "Spare"),
    ] {
        let row = format!("//tbody/tr[th[normalize-space(.)='{number}']]");
        let row = h.browser.find(fantoccini::Locator::XPath(&row)).await?.text().await?;
        assert!(row.contains(used_by), "{number} should be used by {used_by}: {row}");
    }
    h.role_with_text("status", "All 6 shown.").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn main_number_shows_numbers_office_hours_lunch_and_holidays() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Main Number").await?.click().await?;
    h.heading("Office hours").await?;
    h.text("+1 415-555-0100").await?;
    let hours = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    assert!(hours.contains("Monday 9:00 AM – 12:00 PM, 1:00 PM – 5:00 PM 12:00 PM – 1:00 PM"), "{hours}");
    assert!(hours.contains("Saturday Closed"), "{hours}");
    h.text("Independence Day").await?;
    let holidays = h.browser.find(fantoccini::Locator::Css("ul.holidays")).await?.text().await?;
    assert!(holidays.contains("Independence Day: July 4, every year"), "{holidays}");
    assert!(holidays.contains("Winter break: December 24 – January 2"), "{holidays}");
    h.finish().await
}

async fn rules_of_type(h: &Harness, account: &str, kind: &str) -> Result<Vec<serde_json::Value>> {
    let (_, rows) =
        h.api("GET", &format!("accounts/{account}/temporal_rules?filter_type={kind}&paginate=false"), None).await?;
    let mut out = vec![];
    for row in rows["data"].as_array().cloned().unwrap_or_default() {
        let (_, doc) = h
            .api("GET", &format!("accounts/{account}/temporal_rules/{}", row["id"].as_str().unwrap_or_default()), None)
            .await?;
        out.push(doc["data"].clone());
    }
    Ok(out)
}

async fn main_callflow(h: &Harness, account: &str) -> Result<serde_json::Value> {
    let (_, rows) = h.api("GET", &format!("accounts/{account}/callflows?filter_name=MainCallflow"), None).await?;
    let id = rows["data"][0]["id"].as_str().unwrap_or_default().to_string();
    Ok(h.api("GET", &format!("accounts/{account}/callflows/{id}"), None).await?.1["data"].clone())
}

#[tokio::test(flavor = "multi_thread")]
async fn office_hours_and_a_holiday_are_saved_as_smart_pbx_rules_and_routes() -> Result<()> {
    use serde_json::json;
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Main Number").await?.click().await?;
    h.heading("Edit office hours").await?;
    let account = h.account_id().await?;

    // Close on Fridays first, so the preset below really changes something.
    h.field("Open on Friday").await?.click().await?;
    h.button("Save office hours").await?.click().await?;
    h.role_with_text("status", "Office hours saved.").await?;
    let open = rules_of_type(&h, &account, "main_weekdays").await?;
    assert!(open.iter().all(|r| !r["wdays"].as_array().unwrap().contains(&json!("friday"))), "{open:?}");

    h.button("Weekdays 9 to 5, lunch 12 to 1").await?.click().await?;
    h.button("Save office hours").await?.click().await?;
    h.role_with_text("status", "Office hours saved.").await?;

    let mon_fri = json!(["monday", "tuesday", "wednesday", "thursday", "friday"]);
    let open = rules_of_type(&h, &account, "main_weekdays").await?;
    let lunch = rules_of_type(&h, &account, "main_lunchbreak").await?;
    let mut windows: Vec<(u64, u64)> = open
        .iter()
        .map(|r| (r["time_window_start"].as_u64().unwrap(), r["time_window_stop"].as_u64().unwrap()))
        .collect();
    windows.sort();
    assert_eq!(windows, vec![(32_400, 43_200), (46_800, 61_200)]);
    for r in open.iter().chain(&lunch) {
        assert_eq!(r["wdays"], mon_fri);
        assert_eq!(r["cycle"], "weekly");
        assert_eq!(r["ui_metadata"]["origin"], "voip");
    }
    assert_eq!(lunch.len(), 1);
    assert_eq!(lunch[0]["name"], "MainLunchHours");
    assert_eq!(
        (lunch[0]["time_window_start"].clone(), lunch[0]["time_window_stop"].clone()),
        (json!(43_200), json!(46_800))
    );

    h.fill("Holiday name", "Founders Day").await?;
    h.set_value("Date", "2026-03-14").await?;
    h.button("Add holiday").await?.click().await?;
    h.role_with_text("status", "Founders Day").await?;

    let holidays = rules_of_type(&h, &account, "main_holidays").await?;
    let founders = holidays.iter().find(|r| r["name"] == "Founders Day").expect("the holiday rule exists");
    assert_eq!(
        (founders["month"].clone(), founders["days"].clone(), founders["cycle"].clone()),
        (json!(3), json!([14]), json!("yearly"))
    );

    let main = main_callflow(&h, &account).await?;
    let children = main["flow"]["children"].as_object().unwrap();
    let rules = main["flow"]["data"]["rules"].as_array().unwrap();
    for r in open.iter().chain(&lunch).chain([founders]) {
        let id = r["id"].as_str().unwrap();
        assert!(children.contains_key(id), "{id} is not routed");
        assert!(rules.contains(&json!(id)));
    }
    // Holidays come first, then lunch, then open hours (monster-ui-voip `submodules/strategy/strategy.js`
    // `strategyRebuildMainCallflowRuleArray`).
    let hour_ids: Vec<&serde_json::Value> = open.iter().chain(&lunch).map(|r| &r["id"]).collect();
    let first_hour = rules.iter().position(|r| hour_ids.contains(&r)).unwrap();
    assert!(rules[..first_hour].contains(&founders["id"]), "{rules:?}");
    assert!(rules[first_hour..].iter().all(|r| hour_ids.contains(&r)), "{rules:?}");
    assert_eq!(rules[first_hour], lunch[0]["id"], "lunch before open hours");
    assert!(children.contains_key("_"));
    // Every child points at a callflow; removed rules left no children behind.
    assert_eq!(children.len(), rules.len() + 1);
    h.finish().await
}
