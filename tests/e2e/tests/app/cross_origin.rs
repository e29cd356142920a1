//! A static deployment (README, "Deploy"): `dist/` on a plain static host at one
//! origin, Crossbar at another. Everything the app does then crosses origins — CORS on
//! Crossbar's side, and a Content-Security-Policy that must allow Crossbar's origin
//! for requests and for the brand's pictures (a blocked one fails the test in `finish`).

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::Harness;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_on_a_static_host_writes_through_crossbar_on_another_origin() -> Result<()> {
    let h = Harness::start_cross_origin().await?;
    assert!(h.base_url.starts_with("http://localhost:"), "{}", h.base_url);
    let crossbar = format!("http://{}/v2", h.sandbox().addr);
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.link("Alice Liddell").await?;
    h.start_adding_user("Grace", "Hopper", "2042", "grace.hopper@patchbay.test").await?;
    h.fill("Password", "grace-pass-1").await?;
    h.button("Create").await?.click().await?;
    h.heading("Grace Hopper").await?;

    let users = h.sandbox().stored(&h.demo.demo_account_id, "user")?;
    let grace = users.iter().find(|u| u["username"] == "grace.hopper@patchbay.test");
    assert!(grace.is_some_and(|u| u["presence_id"] == "2042"), "the user landed in the sandbox");
    // The calls went to Crossbar's origin, not the page's.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Create user Grace Hopper").await?.click().await?;
    let put = h.button_starting("PUT /v2/accounts/").await?;
    put.click().await?;
    let shown = h.browser.find(Locator::Css(".inspector__url")).await?.text().await?;
    assert!(shown.contains(&crossbar), "{shown}");
    h.check_accessibility().await?;
    h.finish().await
}

/// A reseller brands the static host's name; its sign-in page then loads the logo and
/// icon from Crossbar's origin, which the policy the deployment sends allows.
#[tokio::test(flavor = "multi_thread")]
async fn a_brand_s_pictures_load_from_crossbar_s_origin() -> Result<()> {
    let h = Harness::start_cross_origin().await?;
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Branding").await?.click().await?;
    h.heading("Branding").await?;
    h.fill("Company name", "Acme Voice").await?;
    let dir = tempfile::tempdir()?;
    let logo = dir.path().join("acme-logo.png");
    std::fs::write(&logo, patchbay_e2e::png_bytes())?;
    h.field("Logo").await?.send_keys(&logo.to_string_lossy()).await?;
    h.field("Icon").await?.send_keys(&logo.to_string_lossy()).await?;
    h.fill("Domain", "localhost").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let stored: Vec<Value> = h.sandbox().stored(&h.demo.reseller_account_id, "whitelabel")?;
    assert_eq!(stored.first().map(|d| d["domain"].clone()), Some(Value::from("localhost")));

    h.button("Sign out").await?.click().await?;
    h.browser.refresh().await?;
    h.field("Account name").await?;
    h.eventually("the brand's logo, from Crossbar's origin", || async {
        let found = h.browser.find_all(Locator::XPath("//img[@alt='Acme Voice logo']")).await?;
        let Some(img) = found.into_iter().next() else { return Ok(None) };
        let loaded = "const i = arguments[0]; return i.complete && i.naturalWidth > 0;";
        let loaded = h.browser.execute(loaded, vec![serde_json::to_value(&img)?]).await? == Value::Bool(true);
        let src = img.attr("src").await?.unwrap_or_default();
        Ok(loaded.then_some(src))
    })
    .await
    .map(|src| {
        assert!(src.starts_with(&format!("http://{}/v2/whitelabel/localhost/logo", h.sandbox().addr)), "{src}")
    })?;
    h.finish().await
}
