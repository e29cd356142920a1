//! Rules that hold on every screen: accessibility (axe-core), the skip link, the title
//! and focus after navigation, Escape, unsaved changes, small screens.

use anyhow::Result;
use patchbay_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_check_fails_on_a_serious_violation() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.check_accessibility().await?;
    // A field nobody can name: axe-core calls a missing label critical.
    h.browser
        .execute("document.querySelector('main').append(document.createElement('input')); return true;", vec![])
        .await?;
    let err = h.check_accessibility().await.expect_err("an unlabelled field must fail the check");
    assert!(format!("{err:#}").contains("label"), "{err:#}");
    h.finish().await
}

async fn open_alice(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.heading("Settings and features").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn leaving_a_screen_with_unsaved_changes_asks_first_and_staying_keeps_them() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.fill("First name", "Alicia").await?;

    // Another screen: asked first; staying keeps the screen and what was typed.
    h.link("Devices").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("First name").await?, "Alicia");
    h.heading("Alice Liddell").await?;

    // Escape is "stay" too.
    h.link("Devices").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.press_on_focused(&char::from(fantoccini::key::Key::Escape).to_string()).await?;
    h.eventually("the question closing", || async {
        Ok(h.browser.find_all(fantoccini::Locator::Css("dialog.leave-guard[open]")).await?.is_empty().then_some(()))
    })
    .await?;
    assert_eq!(h.value_of("First name").await?, "Alicia");

    // Leaving without saving goes, and nothing was written.
    h.link("Devices").await?.click().await?;
    h.button("Leave without saving").await?.click().await?;
    h.heading("Devices").await?;
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    assert_eq!(users["data"].as_array().map(Vec::len), Some(1), "Alice is still Alice");

    // Once saved, nothing is asked.
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.fill("First name", "Alicia").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    h.link("Devices").await?.click().await?;
    h.heading("Devices").await?;
    assert!(h.browser.find_all(fantoccini::Locator::Css("dialog.leave-guard[open]")).await?.is_empty());
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_back_button_with_unsaved_changes_asks_first() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.fill("First name", "Alicia").await?;
    // The browser's Back moves the history before the page hears of it; the question
    // comes a moment later.
    let asked = || async {
        h.eventually("the question", || async {
            let open = h.browser.find_all(fantoccini::Locator::Css("dialog.leave-guard[open]")).await?;
            Ok((!open.is_empty()).then_some(()))
        })
        .await
    };
    h.browser.back().await?;
    asked().await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("First name").await?, "Alicia");
    h.heading("Alice Liddell").await?;
    assert!(h.browser.current_url().await?.path().contains("/users/"), "the address is the screen's again");

    h.browser.back().await?;
    asked().await?;
    h.button("Leave without saving").await?.click().await?;
    h.heading("Users").await?;
    assert!(h.browser.current_url().await?.path().ends_with("/users"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_out_with_unsaved_changes_asks_first() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.fill("Last name", "Pleasance").await?;
    h.button("Sign out").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("Last name").await?, "Pleasance");
    h.button("Sign out").await?.click().await?;
    h.button("Leave without saving").await?.click().await?;
    h.heading("Sign in").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_navigation_titles_the_document_and_focuses_the_screens_heading() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.eventually("the Dashboard's title", || async {
        Ok((h.title().await? == "Dashboard — Smart PBX — Demo Co").then_some(()))
    })
    .await?;

    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.eventually("the Users title and focus", || async {
        let ok = h.title().await? == "Users — Smart PBX — Demo Co" && h.focused_text().await? == "Users";
        Ok(ok.then_some(()))
    })
    .await?;

    // A user's screen is named after the user once it has loaded.
    h.link("Alice Liddell").await?.click().await?;
    h.eventually("the user's title and focus", || async {
        let ok =
            h.title().await? == "Alice Liddell — Smart PBX — Demo Co" && h.focused_text().await? == "Alice Liddell";
        Ok(ok.then_some(()))
    })
    .await?;

    // Back and forward restore the screens.
    h.browser.back().await?;
    h.heading("Users").await?;
    h.eventually("the Users title again", || async {
        Ok((h.title().await? == "Users — Smart PBX — Demo Co").then_some(()))
    })
    .await?;
    h.browser.forward().await?;
    h.heading("Alice Liddell").await?;

    h.link("My settings").await?.click().await?;
    h.heading("My settings").await?;
    h.eventually("My settings' title", || async { Ok((h.title().await? == "My settings — Demo Co").then_some(())) })
        .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn skip_to_content_moves_focus_to_the_screen_without_leaving_it() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.fill("First name", "Alicia").await?;
    let before = h.browser.current_url().await?.path().to_string();
    // As a keyboard user reaches it: the first Tab stop of the page, then Enter.
    let skip = h.link("Skip to content").await?;
    h.browser.execute("arguments[0].focus(); return true;", vec![serde_json::to_value(&skip)?]).await?;
    h.press_on_focused(&char::from(fantoccini::key::Key::Enter).to_string()).await?;
    h.eventually("focus on the content", || async {
        let id = h.browser.execute("return document.activeElement && document.activeElement.id;", vec![]).await?;
        Ok((id.as_str() == Some("main")).then_some(()))
    })
    .await?;
    assert_eq!(h.value_of("First name").await?, "Alicia", "still on the user's screen, with what was typed");
    assert_eq!(h.browser.current_url().await?.path(), before);
    h.heading("Alice Liddell").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn escape_closes_the_inspector_and_a_confirmation_and_focus_returns() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    let escape = char::from(fantoccini::key::Key::Escape).to_string();

    h.button("API inspector").await?.click().await?;
    h.heading("API inspector").await?;
    assert_eq!(h.focused_text().await?, "API inspector", "focus moves into the inspector");
    h.press_on_focused(&escape).await?;
    h.eventually("the inspector closing", || async {
        Ok(h.browser.find_all(fantoccini::Locator::Css("aside.inspector")).await?.is_empty().then_some(()))
    })
    .await?;
    assert_eq!(h.focused_text().await?, "API inspector", "focus is back on the button that opened it");

    h.button("Delete user").await?.click().await?;
    h.eventually("the question", || async {
        Ok((!h.browser.find_all(fantoccini::Locator::Css("[role=alertdialog]")).await?.is_empty()).then_some(()))
    })
    .await?;
    h.press_on_focused(&escape).await?;
    h.eventually("the question closing", || async {
        Ok(h.browser.find_all(fantoccini::Locator::Css("[role=alertdialog]")).await?.is_empty().then_some(()))
    })
    .await?;
    assert_eq!(h.focused_text().await?, "Delete user", "focus is back on Delete user");
    h.finish().await
}

/// How far the page is wider than the window, in CSS pixels, and the widest culprits.
pub(crate) async fn overflow(h: &Harness) -> Result<(i64, String)> {
    let v = h
        .browser
        .execute(
            "const w = document.documentElement.clientWidth;
             const wide = [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll') && getComputedStyle(e).position !== 'fixed')
                 .slice(0, 5).map(e => { const n = x => x.tagName.toLowerCase() + (x.className ? '.' + String(x.className).split(' ').join('.') : ''); return n(e) + ' in ' + [e.parentElement, e.parentElement && e.parentElement.parentElement].filter(Boolean).map(n).join(' < '); });
             return [document.documentElement.scrollWidth - w, wide.join(', ')];",
            vec![],
        )
        .await?;
    Ok((v[0].as_i64().unwrap_or(0), v[1].as_str().unwrap_or_default().to_string()))
}

#[tokio::test(flavor = "multi_thread")]
async fn at_390_pixels_wide_no_screen_scrolls_sideways() -> Result<()> {
    let h = Harness::start().await?;
    h.browser.set_window_size(390, 844).await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    let mut wide = Vec::new();
    for (link, heading) in [
        ("Dashboard", "Dashboard"),
        ("Users", "Users"),
        ("Devices", "Devices"),
        ("Groups", "Groups"),
        ("Main Number", "Main Number"),
        ("Numbers", "Numbers"),
        ("Voicemail Boxes", "Voicemail Boxes"),
        ("Call Logs", "Call Logs"),
        ("Feature Codes", "Feature Codes"),
        ("My settings", "My settings"),
        ("API console", "API console"),
    ] {
        if link == "My settings" || link == "API console" {
            // The sections and the rest of the header fold into the menu.
            h.button("Menu").await?.click().await?;
        }
        h.link(link).await?.click().await?;
        h.heading(heading).await?;
        let (by, culprits) = overflow(&h).await?;
        if by > 0 {
            wide.push(format!("{heading}: {by}px too wide ({culprits})"));
        }
    }
    // A user's screen, with all its settings sections, and the form to add one.
    h.button("Menu").await?.click().await?;
    h.link("Smart PBX").await?.click().await?;
    h.link("Users").await?.click().await?;
    h.link("Alice Liddell").await?.click().await?;
    h.heading("Settings and features").await?;
    // Every feature unfolded, as a person opening them one by one would see them.
    h.open_feature("Call forward").await?;
    h.browser
        .execute(
            "document.querySelectorAll('h3 > button[aria-expanded=\"false\"]').forEach(b => b.click()); return true;",
            vec![],
        )
        .await?;
    h.field("Record this person's calls").await?;
    for (screen, _) in [("Alice Liddell", ()), ("Add user", ())] {
        if screen == "Add user" {
            h.link("Users").await?.click().await?;
            h.button("Add user").await?.click().await?;
            h.heading("Add user").await?;
        }
        let (by, culprits) = overflow(&h).await?;
        if by > 0 {
            wide.push(format!("{screen}: {by}px too wide ({culprits})"));
        }
    }
    // Numbers' own screens: buying (with numbers found) and bringing numbers over.
    h.link("Numbers").await?.click().await?;
    h.button("Buy numbers").await?.click().await?;
    h.fill("Area code", "415").await?;
    h.button("Search").await?.click().await?;
    h.role_with_text("status", "numbers for sale").await?;
    let (by, culprits) = overflow(&h).await?;
    if by > 0 {
        wide.push(format!("Buy numbers: {by}px too wide ({culprits})"));
    }
    h.link("Numbers").await?.click().await?;
    h.button("Bring numbers over").await?.click().await?;
    h.heading("Bring numbers over").await?;
    let (by, culprits) = overflow(&h).await?;
    if by > 0 {
        wide.push(format!("Bring numbers over: {by}px too wide ({culprits})"));
    }
    // Callflows: the list, and a callflow's editor (its diagram scrolls in its own frame).
    h.button("Menu").await?.click().await?;
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    h.field("Show all callflows").await?.click().await?;
    h.link("MainCallflow").await?.click().await?;
    h.heading("MainCallflow").await?;
    for screen in ["Callflows", "MainCallflow", "Time of day", "Fax boxes"] {
        if screen == "Time of day" || screen == "Fax boxes" {
            h.link("All callflows").await?.click().await?;
            h.link(screen).await?.click().await?;
            h.heading(screen).await?;
        }
        let (by, culprits) = overflow(&h).await?;
        if by > 0 {
            wide.push(format!("{screen}: {by}px too wide ({culprits})"));
        }
    }
    assert!(wide.is_empty(), "screens wider than a phone:\n{}", wide.join("\n"));

    // The inspector opens from the menu as a sheet over the screen, from the top.
    h.button("Menu").await?.click().await?;
    h.button("API inspector").await?.click().await?;
    h.heading("API inspector").await?;
    let top = h
        .browser
        .execute("return document.querySelector('aside.inspector').getBoundingClientRect().top;", vec![])
        .await?;
    assert_eq!(top.as_f64(), Some(0.0), "the inspector starts at the top of the screen");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_save_puts_the_focus_on_the_first_field_in_error() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.fill("First name", "").await?;
    h.fill("Extension", "").await?;
    h.button("Save").await?.click().await?;
    h.eventually("focus on the first field in error", || async {
        let label = h
            .browser
            .execute(
                "const e = document.activeElement;
                 const l = e && e.id && document.querySelector(`label[for='${e.id}']`);
                 return e && e.getAttribute('aria-invalid') === 'true' && l ? l.textContent.trim() : null;",
                vec![],
            )
            .await?;
        Ok((label.as_str() == Some("First name")).then_some(()))
    })
    .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_and_deleting_a_user_is_said_on_the_screen_it_leads_to() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.start_adding_user("Ann", "Onym", "2950", "ann@demo.test").await?;
    h.button("Create").await?.click().await?;
    h.heading("Ann Onym").await?;
    h.role_with_text("status", "Ann Onym was added.").await?;

    h.button("Delete user").await?.click().await?;
    h.button("Delete Ann Onym").await?.click().await?;
    h.heading("Users").await?;
    h.role_with_text("status", "Ann Onym was deleted.").await?;

    // Said once: another screen does not repeat it.
    h.link("Devices").await?.click().await?;
    h.heading("Devices").await?;
    let flash = h.browser.execute("return document.querySelector('.flash').textContent;", vec![]).await?;
    assert_eq!(flash.as_str(), Some(""));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_inspector_shows_expected_answers_as_normal_and_paths_decoded() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Numbers").await?.click().await?;
    h.link("+1 415-555-0100").await?.click().await?;
    h.heading("+1 415-555-0100").await?;
    h.button("API inspector").await?.click().await?;

    // The white-label lookup's 404 (no branding for this address) is not a failure.
    let branding = h.button_starting("Load branding").await?;
    let row = branding.find(fantoccini::Locator::XPath("./ancestor::li[1]")).await?;
    let class = row.attr("class").await?.unwrap_or_default();
    assert!(!class.contains("failed"), "{class}");
    branding.click().await?;
    h.button_starting("GET /v2/whitelabel/").await?.click().await?;
    h.text("Normal: no branding is set up for this web address").await?;

    // Paths read decoded: the number as people write it.
    h.button_starting("Open number").await?.click().await?;
    h.button_starting("GET /v2/accounts/").await?;
    let panel = h.browser.find(fantoccini::Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("/phone_numbers/+14155550100"), "{panel}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn add_user_is_a_few_tab_presses_from_the_users_heading() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.eventually("focus on the Users heading", || async { Ok((h.focused_text().await? == "Users").then_some(())) })
        .await?;
    let tab = char::from(fantoccini::key::Key::Tab).to_string();
    let mut presses = 0;
    while h.focused_text().await? != "Add user" {
        presses += 1;
        assert!(presses <= 3, "more than 3 Tab presses from the heading to Add user");
        h.press_on_focused(&tab).await?;
    }
    // The docs are one menu, opened from the keyboard.
    h.browser.execute("document.querySelector('details.docs-menu summary').focus(); return true;", vec![]).await?;
    h.press_on_focused(&char::from(fantoccini::key::Key::Enter).to_string()).await?;
    h.link("Crossbar API docs: users").await?;
    let open = h.browser.execute("return document.querySelector('details.docs-menu').open;", vec![]).await?;
    assert_eq!(open.as_bool(), Some(true));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_settings_section_with_unsaved_changes_asks_before_leaving() -> Result<()> {
    let h = Harness::start().await?;
    open_alice(&h).await?;
    h.open_feature("Call forward").await?;
    h.field("Always").await?.click().await?;
    h.fill("Forward to number", "+14155550199").await?;
    // Folding the form keeps what was typed, and its row says it waits to be saved.
    h.button("Call forward").await?.click().await?;
    h.eventually("the row saying the change waits", || async {
        let said = h
            .browser
            .find_all(fantoccini::Locator::XPath(
                "//*[h3[normalize-space(.)='Call forward']]/p[contains(., 'changes not saved yet')]",
            ))
            .await?;
        Ok((!said.is_empty()).then_some(()))
    })
    .await?;
    assert!(!h.field("Forward to number").await?.is_displayed().await?, "folded away");
    h.link("Devices").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    h.open_feature("Call forward").await?;
    assert_eq!(h.value_of("Forward to number").await?, "+14155550199");

    h.button("Save call forward").await?.click().await?;
    h.eventually("the section saying it saved", || async {
        let said = h
            .browser
            .find_all(fantoccini::Locator::XPath(
                "//*[h3[normalize-space(.)='Call forward']]//*[@role='status'][contains(., 'Saved')]",
            ))
            .await?;
        Ok((!said.is_empty()).then_some(()))
    })
    .await?;
    h.link("Devices").await?.click().await?;
    h.heading("Devices").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_numbers_changed_features_ask_before_leaving() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Numbers").await?.click().await?;
    h.link("+1 415-555-0100").await?.click().await?;
    h.heading("+1 415-555-0100").await?;
    // Only looking (stepping into a field without changing it) asks nothing.
    h.field("Send a caller name (CNAM)").await?.click().await?;
    h.field("Send a caller name (CNAM)").await?.click().await?;
    h.link("Numbers").await?.click().await?;
    h.heading("Numbers").await?;
    h.link("+1 415-555-0100").await?.click().await?;
    h.heading("+1 415-555-0100").await?;
    h.field("Emergency (E911) address").await?.click().await?;
    h.link("Numbers").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Leave without saving").await?.click().await?;
    h.heading("Numbers").await?;
    h.finish().await
}
