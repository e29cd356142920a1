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
    h.text("voicemail[action=check]").await?;
    let table = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    for expected in ["*97", "*72", "*11", "6683", "Call parking", "Hot desking", "park_and_retrieve"] {
        assert!(table.contains(expected), "{expected} missing from:\n{table}");
    }
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
    assert!(numbers.contains("+14155550100"), "the main number is missing:\n{numbers}");
    assert!(numbers.contains("A callflow"), "{numbers}");
    assert!(numbers.contains("In service"), "{numbers}");
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
    h.text("+14155550100").await?;
    let hours = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    assert!(hours.contains("Monday 9:00 AM – 12:00 PM, 1:00 PM – 5:00 PM 12:00 PM – 1:00 PM"), "{hours}");
    assert!(hours.contains("Saturday Closed"), "{hours}");
    h.text("Independence Day").await?;
    let holidays = h.browser.find(fantoccini::Locator::Css("ul.holidays")).await?.text().await?;
    assert!(holidays.contains("Independence Day: July 4, every year"), "{holidays}");
    assert!(holidays.contains("Winter break: December 24 – January 2"), "{holidays}");
    h.finish().await
}
