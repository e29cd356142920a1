//! Smart PBX › Numbers › a number's features (CNAM, E911), checked before sending and
//! written with Monster's shared-widget stamp; releasing a spare number.

use anyhow::Result;
use patchbay_e2e::Harness;

async fn open_numbers(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Numbers").await?.click().await?;
    h.heading("Numbers").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn cnam_and_e911_are_checked_then_written_on_the_number() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.link("+1 415-555-0100").await?.click().await?;
    h.heading("Caller name and emergency address").await?;
    // The seed's CNAM is there to edit.
    assert_eq!(h.value_of("Caller name shown to people you call").await?, "DEMO CO");
    h.fill("Caller name shown to people you call", "").await?;
    h.field("Emergency (E911) address").await?.click().await?;
    h.fill("Street address", "140 New Montgomery St").await?;
    h.fill("City", "San Francisco").await?;
    h.fill("State (2 letters)", "9").await?;
    h.fill("ZIP code", "94105").await?;
    h.fill("Notify these emails of emergency calls", "Ops@Demo.test, ops@demo.test").await?;
    h.button("Save").await?.click().await?;
    h.text("Use 1 to 15 characters.").await?;
    h.text("Use the 2-letter state code").await?;
    assert_eq!(h.value_of("City").await?, "San Francisco", "what was typed stays");

    h.fill("Caller name shown to people you call", "Demo Co").await?;
    h.fill("State (2 letters)", "ca").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let account = h.account_id().await?;
    let (status, number) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B14155550100"), None).await?;
    assert_eq!(status, 200, "{number}");
    let n = &number["data"];
    assert_eq!(n["cnam"]["display_name"], "Demo Co");
    assert_eq!(n["e911"]["region"], "CA");
    assert_eq!(n["e911"]["notification_contact_emails"], serde_json::json!(["ops@demo.test"]));
    assert_eq!(n["e911"]["caller_name"], "Demo Co");
    assert_eq!(n["ui_metadata"]["origin"], "common", "number features are Monster's common widgets' writes");
    let features = n["features"].to_string();
    assert!(features.contains("e911") && features.contains("outbound_cnam"), "{features}");
    assert_eq!(n["e911"]["country"], "US");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_address_the_emergency_service_cannot_place_or_finds_twice_is_explained() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.link("+1 415-555-0105").await?.click().await?;
    h.heading("Caller name and emergency address").await?;
    h.field("Emergency (E911) address").await?.click().await?;
    h.fill("Street address", "Nowhere Lane").await?;
    h.fill("City", "San Francisco").await?;
    h.fill("State (2 letters)", "CA").await?;
    h.fill("ZIP code", "94105").await?;
    h.button("Save").await?.click().await?;
    // No house number: the provider cannot place it, said at the street.
    h.text("The emergency service cannot find this address.").await?;
    assert_eq!(h.value_of("City").await?, "San Francisco", "what was typed stays");

    // A street without its type: the provider's candidates, one chosen and saved.
    h.fill("Street address", "1 Park").await?;
    h.button("Save").await?.click().await?;
    h.text("the emergency service knows more than one address like this one").await?;
    h.field("1 Park Ave, San Francisco, CA, 94105").await?.click().await?;
    h.button("Use this address").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    assert_eq!(h.value_of("Street address").await?, "1 Park Ave");
    let account = h.account_id().await?;
    let (_, number) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B14155550105"), None).await?;
    assert_eq!(number["data"]["e911"]["street_address"], "1 Park Ave");
    assert_eq!(number["data"]["e911"]["locality"], "San Francisco");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_spare_number_is_released_after_a_confirmation() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.link("+1 415-555-0105").await?.click().await?;
    h.button("Release this number").await?.click().await?;
    h.text("Release this number from the account?").await?;
    h.button("Release the number").await?.click().await?;
    h.heading("Numbers").await?;
    h.role_with_text("status", "All 5 shown.").await?;
    let account = h.account_id().await?;
    let (status, _) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B14155550105"), None).await?;
    assert_eq!(status, 404);
    h.finish().await
}

/// Buying two numbers for a user: area code search, two chosen, the question about
/// buying answered, and both numbers ring the user (listed on her main callflow).
#[tokio::test(flavor = "multi_thread")]
async fn numbers_are_bought_by_area_code_and_given_to_a_user() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.button("Buy numbers").await?.click().await?;
    h.heading("Buy numbers").await?;
    h.check_accessibility().await?;

    // A bad area code is said at the field and nothing is searched.
    h.fill("Area code", "12").await?;
    h.button("Search").await?.click().await?;
    h.text("Type a three-digit area code").await?;
    h.fill("Area code", "312").await?;
    h.button("Search").await?.click().await?;
    h.role_with_text("status", "20 numbers for sale.").await?;
    h.button("Show more numbers").await?.click().await?;
    h.field("+1 312-555-0139").await?;

    h.field("+1 312-555-0100").await?.click().await?;
    h.field("+1 312-555-0101").await?.click().await?;
    h.choose("Use the new numbers for", "A user").await?;
    h.choose("User", "Alice Liddell").await?;
    h.check_accessibility().await?;
    h.button("Buy 2 numbers").await?.click().await?;
    h.text("Buy +1 312-555-0100, +1 312-555-0101 for Demo Co?").await?;
    h.button("Buy").await?.click().await?;

    h.heading("Numbers").await?;
    h.text("Bought +1 312-555-0100, +1 312-555-0101 and put to use.").await?;
    let link = h.link("+1 312-555-0100").await?;
    let row = link.find(fantoccini::Locator::XPath("./ancestor::tr")).await?.text().await?;
    assert!(row.contains("Alice Liddell"), "used by Alice: {row}");

    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_username=alice"), None).await?;
    let alice = users["data"][0]["id"].as_str().unwrap().to_string();
    let query = format!("accounts/{account}/callflows?filter_owner_id={alice}&filter_type=mainUserCallflow");
    let (_, callflows) = h.api("GET", &query, None).await?;
    let numbers = callflows["data"][0]["numbers"].to_string();
    assert!(numbers.contains("+13125550100") && numbers.contains("+13125550101"), "{numbers}");
    let (_, number) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B13125550101"), None).await?;
    assert_eq!(number["data"]["state"], "in_service");
    h.finish().await
}

/// A toll-free number kept for later, then released back to the carrier: it is for sale
/// again.
#[tokio::test(flavor = "multi_thread")]
async fn a_toll_free_number_is_bought_for_later_and_released() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.button("Buy numbers").await?.click().await?;
    h.field("Toll-free").await?.click().await?;
    h.choose("Toll-free prefix", "888").await?;
    h.button("Search").await?.click().await?;
    h.field("+1 888-555-0100").await?.click().await?;
    h.button("Buy 1 number").await?.click().await?;
    // Cancel keeps the choice; nothing is bought.
    h.button("Cancel").await?.click().await?;
    let account = h.account_id().await?;
    let (status, _) = h.api("GET", &format!("accounts/{account}/phone_numbers/%2B18885550100"), None).await?;
    assert_eq!(status, 404, "nothing bought before the question is answered");
    h.button("Buy 1 number").await?.click().await?;
    h.button("Buy").await?.click().await?;
    h.text("They are kept for later").await?;
    h.link("+1 888-555-0100").await?.click().await?;
    h.button("Release this number").await?.click().await?;
    h.button("Release the number").await?.click().await?;
    h.text("+1 888-555-0100 was released.").await?;
    let (_, found) = h.api("GET", "phone_numbers?prefix=888&quantity=1", None).await?;
    assert_eq!(found["data"][0]["number"], "+18885550100", "back on sale");
    h.finish().await
}

/// Failover and the caller-name prefix, checked then written as Monster's widgets write
/// them; a failover removed deletes the key.
#[tokio::test(flavor = "multi_thread")]
async fn failover_and_caller_name_prefix_are_written_on_the_number() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.link("+1 415-555-0101").await?.click().await?;
    h.heading("When calls cannot be answered here").await?;
    let failover = "Send calls to this number or SIP address if the office cannot take them";
    h.fill(failover, "call me").await?;
    h.fill("Put this before callers' names", "Sales").await?;
    h.button("Save call settings").await?.click().await?;
    h.text("Type a phone number of 7 to 15 digits").await?;
    h.fill(failover, "+1 (415) 555-0199").await?;
    h.button("Save call settings").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let account = h.account_id().await?;
    let path = format!("accounts/{account}/phone_numbers/%2B14155550101");
    let (_, number) = h.api("GET", &path, None).await?;
    let n = &number["data"];
    assert_eq!(n["failover"], serde_json::json!({"e164": "+14155550199"}));
    assert_eq!(n["prepend"], serde_json::json!({"enabled": true, "name": "Sales"}));
    assert_eq!(n["ui_metadata"]["origin"], "common");
    let features = n["features"].to_string();
    assert!(features.contains("failover") && features.contains("prepend"), "{features}");

    h.fill(failover, "").await?;
    h.button("Save call settings").await?.click().await?;
    h.eventually("the failover removed", || async {
        let (_, number) = h.api("GET", &path, None).await?;
        Ok(number["data"].get("failover").is_none().then_some(()))
    })
    .await?;
    let (_, number) = h.api("GET", &path, None).await?;
    assert_eq!(number["data"]["prepend"]["name"], "Sales", "the prefix is kept");
    h.finish().await
}

/// Bringing numbers over: gaps are named at their fields, the request is sent and listed
/// with its state, and canceled after a question.
#[tokio::test(flavor = "multi_thread")]
async fn numbers_are_brought_over_from_another_company() -> Result<()> {
    let h = Harness::start().await?;
    open_numbers(&h).await?;
    h.button("Bring numbers over").await?.click().await?;
    h.heading("Bring numbers over").await?;
    h.fill("Numbers to bring over", "202-555-9000\ncall me").await?;
    h.button("Send the request").await?.click().await?;
    h.text("“call me” is not a phone number.").await?;
    h.text("Choose a day still to come.").await?;
    h.check_accessibility().await?;

    h.fill("Numbers to bring over", "202-555-9000, (202) 555-9001").await?;
    h.fill("Company name", "Acme Telco").await?;
    h.fill("Name on the bill", "Demo Co").await?;
    h.fill("Account number with them", "A-1009").await?;
    h.fill("Street address", "1 Main St").await?;
    h.fill("City", "Washington").await?;
    h.fill("State (2 letters)", "DC").await?;
    h.fill("ZIP code", "20001").await?;
    h.set_value("Preferred transfer date", "2099-01-15").await?;
    h.fill("Authorised by", "Ada Admin").await?;
    h.fill("Send updates to", "admin@demo.test").await?;
    h.button("Send the request").await?.click().await?;

    h.heading("Numbers").await?;
    h.text("The request to bring 2 numbers over was sent.").await?;
    h.heading("Numbers being brought over").await?;
    let row = h.text("Numbers from Acme Telco").await?;
    let row = row.find(fantoccini::Locator::XPath("./ancestor::tr")).await?.text().await?;
    assert!(row.contains("+1 202-555-9000") && row.contains("Sent") && row.contains("2099-01-15"), "{row}");
    h.check_accessibility().await?;

    let account = h.account_id().await?;
    let (_, ports) = h.api("GET", &format!("accounts/{account}/port_requests"), None).await?;
    let port = &ports["data"][0]["port_requests"][0];
    assert_eq!(port["port_state"], "submitted");
    assert_eq!(port["numbers"], serde_json::json!({"+12025559000": {}, "+12025559001": {}}));
    assert_eq!(port["bill"]["carrier"], "Acme Telco");
    assert_eq!(port["notifications"]["email"]["send_to"], "admin@demo.test");

    h.button("Cancel request Numbers from Acme Telco").await?.click().await?;
    h.button("Cancel the request").await?.click().await?;
    h.eventually("the request canceled", || async {
        let (_, ports) = h.api("GET", &format!("accounts/{account}/port_requests"), None).await?;
        Ok((ports["data"][0]["port_requests"][0]["port_state"] == "canceled").then_some(()))
    })
    .await?;
    h.text("Canceled").await?;
    h.finish().await
}
