//! The API console: an endpoint found by searching, a body started from its KAZOO
//! schema and refused by Crossbar's schema check before anything is sent, then sent and
//! answered; ids chosen by name; and against a server that is not a sandbox, a write
//! waits for the account's name.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::{Harness, Options};
use serde_json::Value;

async fn open_console(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("API console").await?.click().await?;
    h.heading("API console").await?;
    Ok(())
}

async fn badge(h: &Harness) -> Result<String> {
    h.eventually("the environment badge", || async {
        let found = h.browser.find_all(Locator::Css(".environment")).await?;
        let text = match found.first() {
            Some(b) => b.text().await?,
            None => String::new(),
        };
        Ok((!text.is_empty()).then_some(text))
    })
    .await
}

async fn users_named(h: &Harness, first: &str) -> Result<usize> {
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name={first}"), None).await?;
    Ok(users["data"].as_array().map(Vec::len).unwrap_or(0))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_is_made_by_hand_after_the_schema_refused_a_first_try() -> Result<()> {
    let h = Harness::start().await?;
    open_console(&h).await?;
    assert_eq!(badge(&h).await?.to_lowercase(), "sandbox");

    h.fill("Search endpoints", "users put").await?;
    h.role_with_text("status", "One endpoint").await?;
    h.button("/v2/accounts/{ACCOUNT_ID}/users GET · PUT").await?.click().await?;
    let account = h.account_id().await?;
    assert_eq!(h.value_of("Path").await?, format!("accounts/{account}/users"));
    h.choose("Method", "PUT").await?;
    h.button("Start from the users schema").await?.click().await?;
    let seeded = h
        .eventually("the body from the schema", || async {
            let body = h.value_of("Body").await?;
            Ok(serde_json::from_str::<Value>(&body).ok())
        })
        .await?;
    assert!(seeded["data"].get("first_name").is_some() && seeded["data"].get("last_name").is_some(), "{seeded}");

    // Refused by the schema: nothing is made.
    h.fill("Body", r#"{"data": {"first_name": "Hedy", "last_name": 7}}"#).await?;
    h.button("Send").await?.click().await?;
    h.role_with_text("alert", "Crossbar's schema refuses this body").await?;
    h.text("last_name:").await?;
    assert_eq!(users_named(&h, "Hedy").await?, 0, "nothing was sent");
    // A request typed and not sent is asked about before leaving.
    h.link("Which app should I use?").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert!(h.value_of("Body").await?.contains("Hedy"), "what was typed stays");

    h.fill("Body", r#"{"data": {"first_name": "Hedy", "last_name": "Lamarr"}}"#).await?;
    h.button("Send").await?.click().await?;
    h.heading("Answer").await?;
    h.eventually("the user made", || async { Ok((users_named(&h, "Hedy").await? == 1).then_some(())) }).await?;
    // The answer is shown as the inspector shows a call, and the inspector has it too.
    h.text("201").await?;
    h.button("API inspector").await?.click().await?;
    h.button_starting("API console: PUT /v2/accounts/").await?;
    h.button_starting("Check the body against the users schema").await?;
    h.button("API inspector").await?.click().await?;

    // An id in the path is chosen by name; an unfilled one is said before sending.
    h.fill("Search endpoints", "users/{USER_ID}").await?;
    h.button("/v2/accounts/{ACCOUNT_ID}/users/{USER_ID} GET · POST · PATCH · DELETE").await?.click().await?;
    h.button("Send").await?.click().await?;
    h.role_with_text("alert", "Replace {USER_ID} in the path with an id first.").await?;
    let picker = h.field("Choose USER_ID").await?;
    h.eventually("Alice among the users", || async {
        Ok(picker.find_all(Locator::XPath("option[starts-with(., 'Alice Liddell')]")).await?.first().cloned())
    })
    .await?
    .click()
    .await?;
    h.button("Send").await?.click().await?;
    h.heading("Answer").await?;
    h.text("alice@demo.test").await?;

    // A listing filtered with the query builder.
    h.fill("Search endpoints", "users put").await?;
    h.button("/v2/accounts/{ACCOUNT_ID}/users GET · PUT").await?.click().await?;
    h.choose("Parameter", "filter_…").await?;
    h.fill("Field", "last_name").await?;
    h.fill("Value", "Lamarr").await?;
    h.button("Add parameter").await?.click().await?;
    assert_eq!(h.value_of("Query").await?, "filter_last_name=Lamarr");
    h.choose("Parameter", "page_size").await?;
    h.fill("Value", "5").await?;
    h.button("Add parameter").await?.click().await?;
    assert_eq!(h.value_of("Query").await?, "filter_last_name=Lamarr&page_size=5");
    h.button("Send").await?.click().await?;
    h.eventually("only Hedy listed", || async {
        let answer = h.browser.find(Locator::Css(".api-console__answer")).await?.text().await?;
        Ok((answer.contains("Lamarr") && !answer.contains("Liddell")).then_some(()))
    })
    .await?;
    h.check_accessibility().await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn against_production_a_write_waits_for_the_account_name() -> Result<()> {
    let h = Harness::start_with(Options { present_as_production: true, ..Options::default() }).await?;
    open_console(&h).await?;
    assert_eq!(badge(&h).await?.to_lowercase(), "production");
    h.fill("Search endpoints", "users put").await?;
    h.button("/v2/accounts/{ACCOUNT_ID}/users GET · PUT").await?.click().await?;
    h.choose("Method", "PUT").await?;
    h.fill("Body", r#"{"data": {"first_name": "Hedy", "last_name": "Lamarr"}}"#).await?;
    h.button("Send").await?.click().await?;
    h.heading("Send to Production?").await?;
    h.fill("Account name", "Demo").await?;
    h.dialog_button("Send").await?.click().await?;
    h.text("That is not the account's name; nothing was sent.").await?;
    assert_eq!(users_named(&h, "Hedy").await?, 0);
    h.fill("Account name", "Demo Co").await?;
    h.dialog_button("Send").await?.click().await?;
    h.heading("Answer").await?;
    h.eventually("the user made", || async { Ok((users_named(&h, "Hedy").await? == 1).then_some(())) }).await?;
    h.finish().await
}

/// "Which app should I use?": everyday tasks with where to do them, found by a word, each
/// linking its screen; and the sub-menu recipe's steps linking theirs.
#[tokio::test(flavor = "multi_thread")]
async fn the_guide_finds_a_task_and_leads_to_its_screen() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Which app should I use?").await?.click().await?;
    h.heading("Where to do what").await?;
    h.fill("Find a task", "ring").await?;
    let visible = || async {
        let mut names = Vec::new();
        for row in h.browser.find_all(Locator::Css("section[aria-labelledby=tasks-title] tbody tr")).await? {
            if row.is_displayed().await? {
                names.push(row.find(Locator::Css("th")).await?.text().await?);
            }
        }
        Ok::<_, anyhow::Error>(names)
    };
    let shown = h
        .eventually("only the ring groups task", || async {
            let names = visible().await?;
            Ok((names == ["Ring groups"]).then_some(names))
        })
        .await?;
    assert_eq!(shown, ["Ring groups"]);
    h.link("API docs for “Ring groups”").await?;
    h.heading("A sub-menu on the main number, across apps").await?;
    h.check_accessibility().await?;
    h.link("Smart PBX › Groups").await?.click().await?;
    h.heading("Groups").await?;
    h.finish().await
}

/// The compatibility doctor finds documents made by hand that Smart PBX would misread,
/// mends two of them as named actions, and a second scan no longer finds them.
#[tokio::test(flavor = "multi_thread")]
async fn the_doctor_finds_broken_documents_and_mends_them() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let account = h.account_id().await?;
    let base = format!("accounts/{account}");
    let made = |(status, doc): (u16, Value)| {
        assert!(status < 300, "{status}: {doc}");
        doc["data"]["id"].as_str().unwrap_or_default().to_string()
    };
    // A group's callflow without its type, as a script might leave it.
    let (_, groups) = h.api("GET", &format!("{base}/groups"), None).await?;
    let group = groups["data"][0]["id"].clone();
    let old_sales = made(
        h.api(
            "PUT",
            &format!("{base}/callflows"),
            Some(serde_json::json!({"name": "Old sales", "group_id": group, "numbers": ["7001"],
                "flow": {"module": "ring_group", "data": {"strategy": "simultaneous", "endpoints": []}}})),
        )
        .await?,
    );
    // A box whose owner was deleted.
    let temp = made(
        h.api("PUT", &format!("{base}/users"), Some(serde_json::json!({"first_name": "Temp", "last_name": "Person"})))
            .await?,
    );
    let old_box = made(
        h.api(
            "PUT",
            &format!("{base}/vmboxes"),
            Some(serde_json::json!({"name": "Old box", "mailbox": "7002", "owner_id": temp})),
        )
        .await?,
    );
    assert_eq!(h.api("DELETE", &format!("{base}/users/{temp}"), None).await?.0, 200);
    // A menu step whose menu was deleted.
    let menu = made(h.api("PUT", &format!("{base}/menus"), Some(serde_json::json!({"name": "Gone menu"}))).await?);
    made(
        h.api(
            "PUT",
            &format!("{base}/callflows"),
            Some(serde_json::json!({"name": "Press one", "numbers": ["7003"], "flow": {"module": "menu", "data": {"id": menu}}})),
        )
        .await?,
    );
    assert_eq!(h.api("DELETE", &format!("{base}/menus/{menu}"), None).await?.0, 200);

    h.link("Compatibility doctor").await?.click().await?;
    h.heading("Compatibility doctor").await?;
    h.button("Scan").await?.click().await?;
    let first = h
        .eventually("the scan's result", || async {
            let found = h.browser.find_all(Locator::XPath("//*[@role='status'][contains(., 'problem')]")).await?;
            Ok(match found.first() {
                Some(s) => Some(s.text().await?),
                None => None,
            })
        })
        .await?;
    let count = |line: &str| line.split_whitespace().next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    assert!(count(&first) >= 5, "{first}");
    h.text("The ring group callflow “Old sales” has no type").await?;
    h.text("In the callflow “Press one”, a menu step sends calls to something that no longer exists").await?;
    h.link("Open “Press one” in Callflows").await?;
    // And what the demo's older script left behind.
    h.text("The voicemail box “Former reception” belongs to a user who no longer exists.").await?;
    h.text("In the callflow “Old phone menu”, a menu step sends calls to something that no longer exists").await?;
    h.check_accessibility().await?;

    h.button("Mark “Old sales” as a ring group callflow").await?.click().await?;
    h.button("Clear the owner of “Old box”").await?.click().await?;
    h.eventually("both mended", || async {
        let (_, cf) = h.api("GET", &format!("{base}/callflows/{old_sales}"), None).await?;
        let (_, vmbox) = h.api("GET", &format!("{base}/vmboxes/{old_box}"), None).await?;
        Ok((cf["data"]["type"] == "baseGroup" && vmbox["data"].get("owner_id").is_none()).then_some(()))
    })
    .await?;
    h.button("API inspector").await?.click().await?;
    h.button_starting("Mark “Old sales” as a ring group callflow").await?;
    h.button("API inspector").await?.click().await?;

    h.button("Scan").await?.click().await?;
    let second = h
        .eventually("the second scan's result", || async {
            let found = h.browser.find_all(Locator::XPath("//*[@role='status'][contains(., 'problem')]")).await?;
            let text = match found.first() {
                Some(s) => s.text().await?,
                None => String::new(),
            };
            Ok((!text.is_empty() && !text.starts_with("Reading") && count(&text) != count(&first)).then_some(text))
        })
        .await?;
    assert_eq!(count(&second), count(&first) - 2, "{first} then {second}");
    h.finish().await
}
