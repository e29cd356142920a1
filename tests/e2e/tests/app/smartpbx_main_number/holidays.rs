//! Holidays: added, edited, ranges across months, imported.

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::json;

use super::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_holiday_is_edited_in_place_from_the_list() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    let rules = get(&h, &format!("accounts/{account}/temporal_rules?filter_name=Independence%20Day")).await?;
    let id = ids(&rules)[0].clone();
    h.button("Edit holiday Independence Day").await?.click().await?;
    h.heading("Edit holiday “Independence Day”").await?;
    assert_eq!(h.value_of("Holiday name").await?, "Independence Day", "the form holds the holiday");
    assert!(h.value_of("Date").await?.ends_with("-07-04"), "{}", h.value_of("Date").await?);
    // Observed on the Friday this year.
    h.set_value("Date", "2026-07-03").await?;
    h.button("Save holiday").await?.click().await?;
    h.role_with_text("status", "Holiday “Independence Day” saved.").await?;
    let rule = get(&h, &format!("accounts/{account}/temporal_rules/{id}")).await?;
    assert_eq!(
        (rule["month"].clone(), rule["days"].clone(), rule["cycle"].clone()),
        (json!(7), json!([3]), json!("yearly"))
    );
    assert_eq!(rule["type"], "main_holidays");
    let main = callflow(&h, &account, "MainCallflow").await?;
    assert!(main["flow"]["children"].get(&id).is_some(), "still routed, same rule");
    // The form is back to adding.
    h.heading("Add holiday").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_range_holiday_across_months_then_deleting_holidays() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    h.fill("Holiday name", "Spring break").await?;
    choose(&h, "Kind of holiday", "Several days in a row").await?;
    h.set_value("First day", "2026-03-30").await?;
    h.set_value("Last day", "2026-04-02").await?;
    h.button("Add holiday").await?.click().await?;
    h.role_with_text("status", "Holiday “Spring break” added.").await?;
    h.text("Spring break").await?;

    let sets = get(&h, &format!("accounts/{account}/temporal_rules_sets?filter_name=Spring%20break")).await?;
    let set = get(&h, &format!("accounts/{account}/temporal_rules_sets/{}", ids(&sets)[0])).await?;
    assert_eq!(set["type"], "main_holidays");
    let members = set["temporal_rules"].as_array().unwrap().clone();
    assert_eq!(members.len(), 2);
    let march = get(&h, &format!("accounts/{account}/temporal_rules/{}", members[0].as_str().unwrap())).await?;
    let april = get(&h, &format!("accounts/{account}/temporal_rules/{}", members[1].as_str().unwrap())).await?;
    assert_eq!((march["month"].clone(), march["days"].clone()), (json!(3), json!([30, 31])));
    assert_eq!((april["month"].clone(), april["days"].clone()), (json!(4), json!([1, 2])));
    assert_eq!(march["cycle"], "yearly");
    assert!(
        march["name"].as_str().unwrap().starts_with("Spring break_") && march["name"].as_str().unwrap().ends_with("_3")
    );
    let main = callflow(&h, &account, "MainCallflow").await?;
    let holidays_cf = callflow(&h, &account, "MainHolidays").await?;
    assert_eq!(main["flow"]["children"][&set["id"].as_str().unwrap()]["data"]["id"], holidays_cf["id"]);
    assert!(main["flow"]["data"]["rules"].as_array().unwrap().contains(&set["id"]));

    // A single-rule holiday: its rule and its route go.
    let rules = get(&h, &format!("accounts/{account}/temporal_rules?filter_name=Independence%20Day")).await?;
    let independence = ids(&rules)[0].clone();
    h.button("Delete holiday Independence Day").await?.click().await?;
    h.role_with_text("alertdialog", "Its rule and its route on the main number are deleted").await?;
    h.button("Yes, delete").await?.click().await?;
    h.role_with_text("status", "Holiday “Independence Day” deleted.").await?;
    let (status, _) = h.api("GET", &format!("accounts/{account}/temporal_rules/{independence}"), None).await?;
    assert_eq!(status, 404);

    // A month-crossing holiday: the set and every member rule go.
    h.button("Delete holiday Spring break").await?.click().await?;
    h.button("Yes, delete").await?.click().await?;
    h.role_with_text("status", "Holiday “Spring break” deleted.").await?;
    for id in members.iter().chain([&set["id"]]) {
        let collection = if id == &set["id"] { "temporal_rules_sets" } else { "temporal_rules" };
        let (status, _) =
            h.api("GET", &format!("accounts/{account}/{collection}/{}", id.as_str().unwrap()), None).await?;
        assert_eq!(status, 404, "{collection}/{id} still exists");
    }
    let main = callflow(&h, &account, "MainCallflow").await?;
    let children = main["flow"]["children"].as_object().unwrap();
    let rules = main["flow"]["data"]["rules"].as_array().unwrap();
    for gone in [json!(independence), set["id"].clone()] {
        assert!(!children.contains_key(gone.as_str().unwrap()), "{gone} still routed");
        assert!(!rules.contains(&gone), "{gone} still in rules");
    }
    // The seeded Winter break is still routed, and the list no longer shows the deleted ones.
    assert!(children.values().filter(|c| c["data"]["id"] == holidays_cf["id"]).count() >= 1);
    let list = h.browser.find(fantoccini::Locator::Css("ul.holidays")).await?.text().await?;
    assert!(
        list.contains("Winter break") && !list.contains("Independence Day") && !list.contains("Spring break"),
        "{list}"
    );
    h.finish().await
}

/// A country's holidays imported for this year: single days flagged as imported, routed
/// to the holiday handling; importing again adds nothing.
#[tokio::test(flavor = "multi_thread")]
async fn national_holidays_are_imported_once() -> Result<()> {
    let h = Harness::start().await?;
    let account = open_main_number(&h).await?;
    choose(&h, "Country", "United States").await?;
    h.button("Import holidays").await?.click().await?;
    h.role_with_text("status", "holidays imported.").await?;
    h.text("Labor Day").await?;
    let (_, rules) = h.api("GET", &format!("accounts/{account}/temporal_rules?filter_name=Labor%20Day"), None).await?;
    let id = rules["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, rule) = h.api("GET", &format!("accounts/{account}/temporal_rules/{id}"), None).await?;
    assert_eq!(rule["data"]["isImported"], true);
    assert_eq!(rule["data"]["cycle"], "date");
    assert_eq!(rule["data"]["month"], 9);
    let (_, main) = h.api("GET", &format!("accounts/{account}/callflows?filter_name=MainCallflow"), None).await?;
    let main_id = main["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, main) = h.api("GET", &format!("accounts/{account}/callflows/{main_id}"), None).await?;
    assert!(main["data"]["flow"]["children"].get(&id).is_some(), "the holiday is routed");

    h.button("Import holidays").await?.click().await?;
    h.role_with_text("status", "Every holiday of that year is already listed.").await?;
    h.check_accessibility().await?;
    h.finish().await
}
