//! The API inspector as a place to learn Crossbar: filtering calls, copying one as code
//! in four languages, what an error answer means, and a HAR export without secrets.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::Value;

/// Signs in as the demo admin after a wrong password, and opens Users and the inspector.
async fn session_with_a_refusal(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "wrong-password").await?;
    h.role_with_text("alert", "The account name, username or password is wrong.").await?;
    h.fill("Password", "admin-pass").await?;
    h.button("Sign in").await?.click().await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.button("API inspector").await?.click().await?;
    h.heading("API inspector").await?;
    Ok(())
}

async fn inspector_text(h: &Harness) -> Result<String> {
    Ok(h.browser.find(fantoccini::Locator::Css("aside.inspector")).await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn calls_are_filtered_by_words_method_and_failure() -> Result<()> {
    let h = Harness::start().await?;
    session_with_a_refusal(&h).await?;
    h.button_starting("Open Users").await?;

    h.fill("Filter calls", "user_auth").await?;
    h.role_with_text("status", "of").await?;
    h.eventually("only the sign-in actions left", || async {
        Ok((!h.has_button_starting("Open Users").await?).then_some(()))
    })
    .await?;
    h.button_starting("Sign in").await?;

    h.fill("Filter calls", "").await?;
    h.button_starting("Open Users").await?;
    h.field("Only failed calls").await?.click().await?;
    h.eventually("only the refused sign-in left", || async {
        Ok((!h.has_button_starting("Open Users").await?).then_some(()))
    })
    .await?;
    h.button_starting("Sign in").await?.click().await?;
    h.button_starting("PUT /v2/user_auth 401").await?.click().await?;
    // An error answer says what it means, in words.
    h.text("What this means:").await?;
    h.text("Not signed in, or the token has expired").await?;
    h.field("Only failed calls").await?.click().await?;

    h.choose("Method", "GET").await?;
    h.eventually("no PUT left", || async { Ok((!inspector_text(&h).await?.contains("PUT /v2/")).then_some(())) })
        .await?;
    h.button_starting("Open Users").await?;
    h.check_accessibility().await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_is_copied_as_code_with_placeholders_or_my_values_never_the_token() -> Result<()> {
    let h = Harness::start().await?;
    session_with_a_refusal(&h).await?;
    let account = h.account_id().await?;
    h.button_starting("Open Users").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?.click().await?;
    let code = || async {
        Ok::<_, anyhow::Error>(h.browser.find(fantoccini::Locator::Css(".inspector__curl")).await?.text().await?)
    };
    assert!(code().await?.starts_with("curl -v -X GET"), "curl first");

    h.choose("Copy as", "Python requests").await?;
    h.eventually("the Python snippet", || async {
        let text = code().await?;
        Ok(text.contains("requests.request(").then_some(text))
    })
    .await
    .map(|text| {
        assert!(text.contains("{SERVER}/v2/accounts/{ACCOUNT_ID}/users"), "{text}");
        assert!(text.contains("\"X-Auth-Token\": \"{AUTH_TOKEN}\""), "{text}");
    })?;

    h.field("With my server and account").await?.click().await?;
    h.eventually("my values in the snippet", || async {
        let text = code().await?;
        Ok(text.contains(&account).then_some(text))
    })
    .await
    .map(|text| {
        assert!(text.contains(&format!("{}/v2/accounts/{account}/users", h.base_url)), "{text}");
        assert!(text.contains("{AUTH_TOKEN}") && !text.contains("eyJ"), "the token is never written out: {text}");
    })?;

    h.choose("Copy as", "HTTPie").await?;
    h.eventually("the HTTPie command", || async { Ok(code().await?.starts_with("http GET").then_some(())) }).await?;
    h.choose("Copy as", "fetch (JavaScript)").await?;
    h.eventually("the fetch call", || async { Ok(code().await?.contains("await fetch(").then_some(())) }).await?;
    // The answer is a tree whose names copy their path.
    h.button("Copy the path data").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_session_is_exported_as_har_without_a_secret() -> Result<()> {
    let h = Harness::start().await?;
    session_with_a_refusal(&h).await?;
    h.button_starting("Open Users").await?;
    // The file the link offers is read where the browser keeps it: the page's CSP lets
    // nothing fetch a `blob:` address, so the blob is noted as it is made.
    h.browser
        .execute(
            "const made = URL.createObjectURL; URL.createObjectURL = b => { window.lastBlob = b; return made(b); }; return true;",
            vec![],
        )
        .await?;
    h.button("Export HAR").await?.click().await?;
    let link = h.link_starting("Download patchbay-").await?;
    assert!(link.attr("download").await?.unwrap_or_default().ends_with(".har"));
    let text = h
        .browser
        .execute_async("const [done] = arguments; window.lastBlob.text().then(done, e => done(String(e)));", vec![])
        .await?;
    let text = text.as_str().unwrap_or_default().to_string();
    let har: Value = serde_json::from_str(&text)?;
    assert_eq!(har["log"]["version"], "1.2");
    let entries = har["log"]["entries"].as_array().cloned().unwrap_or_default();
    assert!(entries.iter().any(|e| e["request"]["url"].as_str().is_some_and(|u| u.ends_with("/v2/user_auth"))));
    assert!(entries.iter().any(|e| e["response"]["status"] == 401), "the refused sign-in is in it");
    for secret in ["eyJ", "admin-pass", "wrong-password", "3662f0fac569664b819381025c414e1b"] {
        assert!(!text.contains(secret), "{secret} leaked into the HAR");
    }
    let tokens: Vec<&Value> = entries
        .iter()
        .flat_map(|e| e["request"]["headers"].as_array().into_iter().flatten())
        .filter(|h| h["name"].as_str().is_some_and(|n| n.eq_ignore_ascii_case("x-auth-token")))
        .collect();
    assert!(!tokens.is_empty() && tokens.iter().all(|h| h["value"] == "{AUTH_TOKEN}"), "{tokens:?}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_is_sent_again_or_edited_in_the_console() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.open_feature("Call forward").await?;
    h.field("Always").await?.click().await?;
    h.fill("Forward to number", "+14155550199").await?;
    h.button("Save call forward").await?.click().await?;
    h.role_with_text("status", "Saved").await?;

    h.button("API inspector").await?.click().await?;
    // A read goes straight.
    h.button_starting("Open user").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?.click().await?;
    h.button("Send again").await?.click().await?;
    h.button_starting("Send again: GET /v2/accounts/").await?;

    // A write asks first, naming the account and the server.
    h.button_starting("Save call forward of Alice Liddell").await?.click().await?;
    let patch = h.button_starting("PATCH /v2/accounts/").await?;
    patch.click().await?;
    let in_patch = |name: &str| {
        format!(
            "//li[button[starts-with(normalize-space(.), 'PATCH /v2/accounts/')]]//button[normalize-space(.)='{name}']"
        )
    };
    h.browser.find(fantoccini::Locator::XPath(&in_patch("Send again"))).await?.click().await?;
    h.heading("Send to Sandbox?").await?;
    h.text("changes account Demo Co on Sandbox").await?;
    h.dialog_button("Send").await?.click().await?;
    h.button_starting("Send again: PATCH /v2/accounts/").await?;

    // Or changed first, in the console.
    h.browser.find(fantoccini::Locator::XPath(&in_patch("Edit in the API console"))).await?.click().await?;
    h.heading("API console").await?;
    assert_eq!(h.value_of("Method").await?, "PATCH");
    assert!(h.value_of("Path").await?.contains("/users/"), "the user's path");
    assert!(h.value_of("Body").await?.contains("+14155550199"), "the body as sent");
    h.finish().await
}

/// What a made user looks like, by what ties its documents together: the user, the box
/// it owns, and the callflow ringing the user then the box.
fn made_user(sandbox: &patchbay_sandbox::Running, account: &str, first: &str) -> Result<(Value, Value, Value)> {
    let user = sandbox
        .stored(account, "user")?
        .into_iter()
        .find(|u| u["first_name"] == first)
        .ok_or_else(|| anyhow::anyhow!("no user {first}"))?;
    let id = user["_id"].clone();
    let vmbox = sandbox.stored(account, "vmbox")?.into_iter().find(|v| v["owner_id"] == id);
    let callflow = sandbox.stored(account, "callflow")?.into_iter().find(|c| c["owner_id"] == id);
    Ok((user, vmbox.unwrap_or(Value::Null), callflow.unwrap_or(Value::Null)))
}

/// Checks a second server holds what the GUI made on the first, wired to its own ids.
fn same_documents(gui: &(Value, Value, Value), replayed: &(Value, Value, Value)) {
    let (user, vmbox, callflow) = replayed;
    for key in ["first_name", "last_name", "email", "presence_id", "priv_level", "vm_to_email_enabled", "ui_metadata"] {
        assert_eq!(user[key], gui.0[key], "user.{key}");
    }
    for key in ["name", "mailbox", "ui_metadata"] {
        assert_eq!(vmbox[key], gui.1[key], "vmbox.{key}");
    }
    assert_eq!(callflow["numbers"], gui.2["numbers"]);
    assert_eq!(callflow["type"], gui.2["type"]);
    assert_eq!(callflow["flow"]["data"]["id"], user["_id"], "the callflow rings the new user");
    assert_eq!(callflow["flow"]["children"]["_"]["data"]["id"], vmbox["_id"], "then the new box");
    assert_ne!(user["_id"], gui.0["_id"], "the second server gave its own id");
}

/// Runs a script with the demo admin's login against `sandbox`.
async fn run_script(program: &str, script: &str, sandbox: &patchbay_sandbox::Running) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("reproduce");
    std::fs::write(&file, script)?;
    let out = tokio::process::Command::new(program)
        .arg(&file)
        .env("KAZOO_SERVER", format!("http://{}", sandbox.addr))
        .env("KAZOO_ACCOUNT_NAME", "Demo Co")
        .env("KAZOO_USERNAME", "admin")
        .env("KAZOO_PASSWORD", "admin-pass")
        .output()
        .await?;
    anyhow::ensure!(
        out.status.success(),
        "{program} failed:\n{}\n{}\n--- script ---\n{script}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn reproduce_as_script_makes_the_same_documents_on_another_server() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.start_adding_user("Ada", "Lovelace", "2005", "ada@demo.test").await?;
    h.button("Create").await?.click().await?;
    h.heading("Settings and features").await?;
    let gui = made_user(h.sandbox(), &h.demo.demo_account_id, "Ada")?;

    h.button("API inspector").await?.click().await?;
    h.button_starting("Create user Ada Lovelace").await?.click().await?;
    // What each field sent is worth, as KAZOO's schema marks it.
    h.button_starting("PUT /v2/accounts/").await?.click().await?;
    h.browser
        .find(Locator::XPath("//summary[normalize-space(.)='How supported these fields are']"))
        .await?
        .click()
        .await?;
    h.eventually("first_name marked supported", || async {
        let found = h.browser.find_all(Locator::XPath("//li[normalize-space(.)='first_name: supported']")).await?;
        Ok((!found.is_empty()).then_some(()))
    })
    .await?;
    h.button("Reproduce as script").await?.click().await?;
    h.heading("Reproduce “Create user Ada Lovelace”").await?;
    let bash = h.value_of("Script").await?;
    assert!(bash.starts_with("#!/usr/bin/env bash"), "{bash}");
    h.check_accessibility().await?;
    h.dialog_button("Python").await?.click().await?;
    let python = h
        .eventually("the Python script", || async {
            let text = h.value_of("Script").await?;
            Ok(text.starts_with("#!/usr/bin/env python3").then_some(text))
        })
        .await?;

    for (program, script) in [("bash", bash), ("python3", python)] {
        let (spare, _dir) = Harness::spare_sandbox().await?;
        run_script(program, &script, &spare).await?;
        let replayed = made_user(&spare, &spare.demo.demo_account_id, "Ada")?;
        same_documents(&gui, &replayed);
        spare.shutdown().await;
    }
    h.finish().await
}
