//! Branding (reseller admins): the white-label a reseller saves for its domain, and the
//! app at that domain showing it — while the same server under another name does not.
//! The domain is `localhost`: the sandbox answers at `127.0.0.1` and at `localhost`
//! alike, so one server shows both sides.

use anyhow::Result;
use fantoccini::key::Key;
use fantoccini::Locator;
use patchbay_e2e::{xpath_literal, Harness};
use serde_json::{json, Value};

/// The brand's whitelabel document as the database holds it.
fn stored_whitelabel(h: &Harness) -> Result<Value> {
    let docs = h.sandbox().stored(&h.demo.reseller_account_id, "whitelabel")?;
    Ok(docs.into_iter().next().unwrap_or(Value::Null))
}

/// Runs `script` in the page and answers what it returns.
async fn page_value(h: &Harness, script: &str) -> Result<Value> {
    Ok(h.browser.execute(script, vec![]).await?)
}

/// Whether the image named `alt` is on the page and has loaded.
async fn image_loaded(h: &Harness, alt: &str) -> Result<bool> {
    let xpath = format!("//img[@alt={}]", xpath_literal(alt));
    let Some(img) = h.browser.find_all(Locator::XPath(&xpath)).await?.into_iter().next() else { return Ok(false) };
    let loaded = "const i = arguments[0]; return i.complete && i.naturalWidth > 0;";
    Ok(h.browser.execute(loaded, vec![serde_json::to_value(&img)?]).await? == Value::Bool(true))
}

/// Whether the screen's "Docs" menu is shown (not hidden).
async fn docs_menu_shown(h: &Harness) -> Result<bool> {
    let docs = h.browser.find_all(Locator::XPath("//details/summary[normalize-space(.)='Docs']")).await?;
    for summary in docs {
        if summary.is_displayed().await? {
            return Ok(true);
        }
    }
    Ok(false)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reseller_brands_its_domain_and_the_app_there_shows_it() -> Result<()> {
    let h = Harness::start().await?;
    let port = h.sandbox().addr.port();
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Branding").await?.click().await?;
    h.heading("Branding").await?;

    // Files Crossbar would refuse are refused before anything is sent.
    let dir = tempfile::tempdir()?;
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a picture")?;
    h.field("Logo").await?.send_keys(&text.to_string_lossy()).await?;
    h.text("The logo must be a PNG, JPEG or GIF image.").await?;

    h.fill("Company name", "Acme Voice").await?;
    h.fill("Brand colour", "blue").await?;
    h.button("Save").await?.click().await?;
    h.text("Write the colour as # and 3 or 6 hex digits").await?;
    h.fill("Brand colour", "#1a5fb4").await?;
    let logo = dir.path().join("acme-logo.png");
    std::fs::write(&logo, patchbay_e2e::png_bytes())?;
    h.field("Logo").await?.send_keys(&logo.to_string_lossy()).await?;
    h.text("acme-logo.png will be uploaded when you save.").await?;
    h.field("Icon").await?.send_keys(&logo.to_string_lossy()).await?;
    h.fill("Domain", "localhost").await?;
    h.fill("Support email", "help@acme.test").await?;
    h.field("Hide the API inspector").await?.click().await?;
    // The preview draws the sign-in page as the domain will show it.
    h.text("Preview: the sign-in page at localhost").await?;
    h.eventually("the chosen logo in the preview", || async {
        Ok(image_loaded(&h, "Acme Voice logo").await?.then_some(()))
    })
    .await?;
    h.check_accessibility().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    // Not branded yet, so the first save made the document (PUT); later ones replace it.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Save branding").await?.click().await?;
    h.button_starting("PUT /v2/accounts/").await?;
    h.button("Close").await?.click().await?;
    // The server's DNS records for the saved domain: it points at this server.
    h.heading("DNS records for localhost").await?;
    h.text("127.0.0.1").await?;

    let doc = stored_whitelabel(&h)?;
    assert_eq!(doc["company_name"], "Acme Voice");
    assert_eq!(doc["brandColor"], "#1a5fb4");
    assert_eq!(doc["domain"], "localhost");
    assert_eq!(doc["callReportEmail"], "help@acme.test");
    assert_eq!(doc["patchbay"], json!({"hide_inspector": true}));
    assert_eq!(h.api_bytes("whitelabel/localhost/logo").await?, patchbay_e2e::png_bytes());
    assert_eq!(h.api_bytes("whitelabel/localhost/icon").await?, patchbay_e2e::png_bytes());

    // Another app (Monster's Branding app, say) adds keys of its own through the API …
    let account = h.demo.reseller_account_id.clone();
    let (_, read) = h.api("GET", &format!("accounts/{account}/whitelabel"), None).await?;
    let mut theirs = read["data"].clone();
    theirs["custom_welcome_message"] = json!("Welcome to Acme");
    theirs["hide_powered"] = json!(true);
    theirs["nav"] = json!({"learn_more": "https://learn.acme.test"});
    let (status, _) = h.api("POST", &format!("accounts/{account}/whitelabel"), Some(theirs)).await?;
    assert_eq!(status, 200);
    // … and a later save here (a POST, which replaces the document) keeps them.
    h.open("/branding").await?;
    h.heading("Branding").await?;
    h.eventually("the stored name in the form", || async {
        Ok((h.value_of("Company name").await? == "Acme Voice").then_some(()))
    })
    .await?;
    h.fill("Company name", "Acme Voice Ltd").await?;
    h.fill("Help page", "https://help.acme.test").await?;
    h.field("Hide documentation links").await?.click().await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let doc = stored_whitelabel(&h)?;
    assert_eq!(doc["company_name"], "Acme Voice Ltd");
    assert_eq!(doc["custom_welcome_message"], "Welcome to Acme");
    assert_eq!(doc["hide_powered"], true);
    assert_eq!(doc["nav"], json!({"learn_more": "https://learn.acme.test", "help": "https://help.acme.test"}));
    assert_eq!(doc["brandColor"], "#1a5fb4");
    assert_eq!(doc["patchbay"], json!({"hide_inspector": true, "hide_docs": true}));
    assert_eq!(h.api_bytes("whitelabel/localhost/logo").await?, patchbay_e2e::png_bytes(), "the logo stays");
    assert!(docs_menu_shown(&h).await?, "this address is not the brand's: its docs stay");

    // At the brand's domain: its name, title, logo, icon and colour before sign-in …
    h.browser.goto(&format!("http://localhost:{port}/")).await?;
    h.field("Account name").await?;
    h.eventually("the brand's title", || async {
        Ok((h.title().await? == "Sign in — Acme Voice Ltd").then_some(()))
    })
    .await?;
    h.text("Acme Voice Ltd").await?;
    h.eventually("the brand's logo", || async { Ok(image_loaded(&h, "Acme Voice Ltd logo").await?.then_some(())) })
        .await?;
    let colour = "return document.documentElement.style.getPropertyValue('--brand').trim()";
    assert_eq!(page_value(&h, colour).await?, json!("#1a5fb4"));
    let icon = "const l = document.querySelector(\"link[rel='icon']\"); return l ? l.getAttribute('href') : ''";
    let icon = page_value(&h, icon).await?;
    assert!(icon.as_str().is_some_and(|i| i.contains("/v2/whitelabel/localhost/icon")), "{icon}");
    h.check_accessibility().await?;
    // … and after it, with the API inspector hidden as the brand asked.
    h.fill("Account name", "Patchbay Reseller").await?;
    h.fill("Username", "reseller").await?;
    h.fill("Password", "reseller-pass").await?;
    h.button("Sign in").await?.click().await?;
    h.heading("Dashboard").await?;
    h.link("Acme Voice Ltd").await?;
    assert!(!h.has_button_starting("API inspector").await?, "the brand hides the inspector");
    let chord = format!("{}i{}", char::from(Key::Alt), char::from(Key::Null));
    h.press(&chord).await?;
    let inspector_heading = "//*[self::h1 or self::h2][normalize-space(.)='API inspector']";
    assert!(h.browser.find_all(Locator::XPath(inspector_heading)).await?.is_empty(), "Alt+I opens nothing");
    // The documentation links are hidden there too.
    h.link("Branding").await?.click().await?;
    h.heading("Branding").await?;
    assert!(!docs_menu_shown(&h).await?, "the brand hides documentation links");

    // The same server under another name is not branded.
    h.browser.goto(&format!("http://127.0.0.1:{port}/")).await?;
    h.link("Patchbay").await?;
    h.button("API inspector").await?;
    assert_eq!(page_value(&h, colour).await?, json!(""));
    assert!(!image_loaded(&h, "Acme Voice Ltd logo").await?);
    h.finish().await
}

/// A domain is one account's: another account's is refused on the field, in words.
#[tokio::test(flavor = "multi_thread")]
async fn a_domain_another_account_uses_is_refused_on_the_field() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.heading("Dashboard").await?;
    // A customer account below the reseller already has it.
    let demo = h.demo.demo_account_id.clone();
    let (status, _) =
        h.api("PUT", &format!("accounts/{demo}/whitelabel"), Some(json!({"domain": "portal.taken.test"}))).await?;
    assert_eq!(status, 201);
    h.link("Branding").await?.click().await?;
    h.heading("Branding").await?;
    h.fill("Domain", "Portal.Taken.Test").await?;
    h.button("Save").await?.click().await?;
    h.text("Another account already uses this domain. Choose another one.").await?;
    let focused = h.browser.active_element().await?.prop("value").await?.unwrap_or_default();
    assert_eq!(focused, "Portal.Taken.Test", "the focus lands on the field to fix");
    h.check_accessibility().await?;
    // Nothing was saved: leaving asks first, and staying keeps what was typed.
    h.link("My settings").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("Domain").await?, "Portal.Taken.Test");
    assert!(h.sandbox().stored(&h.demo.reseller_account_id, "whitelabel")?.is_empty(), "no document was made");
    h.finish().await
}
