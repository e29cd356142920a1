//! The walking skeleton as a person uses it: sign in, see what the role allows,
//! watch the API inspector, edit My settings, survive an expired session.

use anyhow::Result;
use patchbay_e2e::{Harness, Options};

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_signs_in_and_sees_the_pbx_sections_and_users() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.link("Smart PBX").await?;
    h.link("Callflows").await?;
    assert!(!h.has_link("Accounts").await?, "a non-reseller admin must not see Accounts");
    // Landing page is Smart PBX; its Users screen lists the account's users read through Crossbar.
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.text("Ada Admin").await?;
    h.text("Alice Liddell").await?;
    h.link("User guide").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reseller_also_gets_the_account_manager() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.link("Accounts").await?.click().await?;
    h.heading("Accounts").await?;
    assert!(h.has_link("Smart PBX").await?, "a reseller admin keeps the PBX sections");
    // The section is the reseller's: a plain account's admin is refused at its URL.
    let h2 = Harness::start().await?;
    h2.sign_in("Demo Co", "admin", "admin-pass").await?;
    h2.heading("Dashboard").await?;
    h2.open("/accounts").await?;
    h2.heading("Not allowed").await?;
    h2.finish().await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_sees_only_my_settings_and_a_direct_url_is_refused() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.link("My settings").await?;
    assert!(!h.has_link("Smart PBX").await?);
    assert!(!h.has_link("Callflows").await?);

    h.open("/callflows").await?;
    h.heading("Not allowed").await?;
    h.open("/smartpbx").await?;
    h.heading("Not allowed").await?;
    assert!(
        h.browser.find_all(fantoccini::Locator::XPath("//table")).await?.is_empty(),
        "the gated page must not render"
    );
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_password_shows_a_clear_error_and_keeps_the_form() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "not-the-password").await?;
    h.role_with_text("alert", "The account name, username or password is wrong.").await?;
    assert_eq!(h.value_of("Account name").await?, "Demo Co");
    assert_eq!(h.value_of("Username").await?, "admin");
    // An unknown account gets the very same answer.
    h.fill("Account name", "No Such Co").await?;
    h.fill("Password", "admin-pass").await?;
    h.button("Sign in").await?.click().await?;
    h.role_with_text("alert", "The account name, username or password is wrong.").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_inspector_shows_the_sign_in_call_redacted_with_curl_and_docs() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.button("API inspector").await?.click().await?;
    h.heading("API inspector").await?;
    h.button_starting("Sign in").await?.click().await?;
    h.button_starting("PUT /v2/user_auth 201").await?.click().await?;

    let panel = h.browser.find(fantoccini::Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("{CREDENTIALS}"), "credentials must be shown as a placeholder");
    // md5("admin:admin-pass") must never be visible.
    assert!(!panel.contains("3662f0fac569664b819381025c414e1b"), "the credential hash leaked");
    assert!(panel.contains("auth_token: \"{AUTH_TOKEN}\""), "the minted token must be redacted");
    assert!(!panel.contains("eyJ"), "no JWT may appear in the inspector");
    assert!(panel.contains("curl -v -X PUT"));
    assert!(panel.contains("{SERVER}/v2/user_auth"));
    let docs = h.link_starting("Docs").await?;
    assert!(docs.attr("href").await?.unwrap_or_default().ends_with("user_authentication.md"));

    // The Users list is its own action, with its listing call.
    h.button_starting("Open Users").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn my_settings_are_saved_and_persist_across_reload() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.fill("First name", "Alicia <b>&amp;").await?;
    h.fill("Email", "alicia@demo.test").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    h.browser.refresh().await?;
    h.heading("My settings").await?;
    // The form fills in once the stored settings are read.
    h.eventually("the stored first name", || async {
        Ok((h.value_of("First name").await? == "Alicia <b>&amp;").then_some(()))
    })
    .await?;
    assert_eq!(h.value_of("Email").await?, "alicia@demo.test");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_settings_are_refused_before_sending_and_nothing_typed_is_lost() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.fill("First name", "").await?;
    h.fill("Email", "not-an-email").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("alert", "Some fields need attention").await?;
    h.text("First name is required.").await?;
    assert_eq!(h.value_of("Email").await?, "not-an-email");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_session_asks_for_the_password_and_the_pending_save_completes() -> Result<()> {
    let ttl = 4;
    let h = Harness::start_with(Options { token_ttl_secs: ttl, ..Options::default() }).await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.fill("Last name", "Liddell-Hart").await?;
    // Typing keeps the session alive once; then the idle tab's token lapses.
    h.eventually("the idle tab's token lapsing", || async {
        Ok((h.api("GET", "token_auth", None).await?.0 == 401).then_some(()))
    })
    .await?;
    h.button("Save").await?.click().await?;

    h.heading("Your session has expired").await?;
    h.fill("Password", "alice-pass").await?;
    h.button("Continue").await?.click().await?;
    h.role_with_text("status", "Saved.").await?;

    h.browser.refresh().await?;
    h.heading("My settings").await?;
    h.eventually("the stored last name", || async {
        Ok((h.value_of("Last name").await? == "Liddell-Hart").then_some(()))
    })
    .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_api_key_signs_in_as_the_account() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/").await?;
    h.button("Sign in with API key").await?.click().await?;
    h.fill("API key", "too-short").await?;
    h.button("Sign in").await?.click().await?;
    h.role_with_text("alert", "An API key has exactly 64 characters.").await?;
    h.fill("API key", &"0".repeat(64)).await?;
    h.button("Sign in").await?.click().await?;
    h.role_with_text("alert", "No account has this API key.").await?;
    h.fill("API key", &h.demo.demo_api_key).await?;
    h.button("Sign in").await?.click().await?;
    h.heading("Dashboard").await?;
    // An API key acts for the account, not for a user: there is no "My settings".
    assert!(!h.has_link("My settings").await?);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_inspector_opens_with_alt_i_and_closes_again() -> Result<()> {
    use fantoccini::key::Key;
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let chord = format!("{}i{}", char::from(Key::Alt), char::from(Key::Null));
    h.press(&chord).await?;
    h.heading("API inspector").await?;
    h.button("Close").await?.click().await?;
    h.eventually("the inspector closing", || async {
        Ok(h.browser.find_all(fantoccini::Locator::Css("aside.inspector")).await?.is_empty().then_some(()))
    })
    .await?;
    // It opens again with the same keys, and the page is still usable behind it.
    h.press(&chord).await?;
    h.heading("API inspector").await?;
    h.button_starting("Sign in").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lost_server_gives_a_clear_error_not_a_blank_page() -> Result<()> {
    let mut h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    // Users brings Smart PBX's screens along; a screen whose file has not been downloaded
    // cannot be fetched from a lost server either (`sections.rs` covers that).
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.stop_sandbox().await;
    h.link("Devices").await?.click().await?;
    h.role_with_text("alert", "The server could not be reached").await?;
    h.button("Try again").await?;
    // The inspector shows the call that got no answer.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Open Devices").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whitelabel_document_for_the_hostname_brands_the_sign_in_page() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/").await?;
    h.field("Account name").await?;
    // The tab names the page and, on an unbranded host, the product.
    h.eventually("the sign-in page's title", || async {
        Ok((h.browser.title().await? == "Sign in — Patchbay").then_some(()))
    })
    .await?;

    // A reseller brands its domain through Crossbar (as the Branding app would).
    let script = r#"
        const [key, account, done] = arguments;
        (async () => {
            const json = { 'Content-Type': 'application/json' };
            const auth = await fetch('/v2/api_auth', { method: 'PUT', headers: json, body: JSON.stringify({ data: { api_key: key } }) });
            const token = (await auth.json()).auth_token;
            const wl = await fetch(`/v2/accounts/${account}/whitelabel`, {
                method: 'PUT', headers: { ...json, 'X-Auth-Token': token },
                body: JSON.stringify({ data: { domain: location.hostname, company_name: 'Acme <Voice>', brand_color: '#aa0000' } }) });
            done(wl.status);
        })().catch(e => done(String(e)));
    "#;
    let status = h
        .browser
        .execute_async(
            script,
            vec![serde_json::json!(h.demo.reseller_api_key), serde_json::json!(h.demo.reseller_account_id)],
        )
        .await?;
    assert_eq!(status, serde_json::json!(201));

    h.browser.refresh().await?;
    h.text("Acme <Voice>").await?;
    h.eventually("the title following the brand", || async {
        Ok((h.browser.title().await? == "Sign in — Acme <Voice>").then_some(()))
    })
    .await?;
    let brand = h
        .browser
        .execute("return getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()", vec![])
        .await?;
    assert_eq!(brand, serde_json::json!("#aa0000"));
    h.finish().await
}
