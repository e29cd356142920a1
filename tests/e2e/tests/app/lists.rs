//! Long lists: Crossbar-side search, virtualised rendering and paging that never
//! silently cuts a list.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::{Harness, Options};

/// Creates `count` users in one go from the page (the admin's session), as a script
/// in the browser console would.
async fn add_users(h: &Harness, count: usize) -> Result<()> {
    let account = h.account_id().await?;
    let script = r#"
        const [account, count, done] = arguments;
        const token = JSON.parse(sessionStorage.getItem('patchbay.session')).token;
        const headers = { 'Content-Type': 'application/json', 'X-Auth-Token': token };
        (async () => {
            for (let i = 0; i < count; i++) {
                const n = String(i).padStart(4, '0');
                const data = { first_name: 'Temp', last_name: 'Worker ' + n, username: 'temp' + n + '@demo.test' };
                const r = await fetch('/v2/accounts/' + account + '/users', { method: 'PUT', headers, body: JSON.stringify({ data }) });
                if (r.status !== 201) return done('status ' + r.status);
            }
            done('ok');
        })();
    "#;
    let out = h.browser.execute_async(script, vec![account.into(), count.into()]).await?;
    anyhow::ensure!(out == "ok", "creating users failed: {out}");
    Ok(())
}

async fn rendered_rows(h: &Harness) -> Result<Vec<u64>> {
    let rows = h.browser.find_all(Locator::Css("tbody tr[aria-rowindex]")).await?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row.attr("aria-rowindex").await?.unwrap_or_default().parse()?);
    }
    Ok(out)
}

#[tokio::test(flavor = "multi_thread")]
async fn searching_users_asks_crossbar_and_clearing_brings_the_list_back() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.role_with_text("status", "All 8 shown.").await?;
    // Smart PBX's grid columns come from the page's own callflows and devices.
    let row = h.browser.find(Locator::XPath("//tbody/tr[th[contains(., 'Alice')]]")).await?.text().await?;
    for expected in ["+1 415-555-0101", "Alice cell", "Voicemail"] {
        assert!(row.contains(expected), "{expected} missing from Alice's row: {row}");
    }
    h.fill("Search users by name", "Gra").await?;
    h.role_with_text("status", "1 match.").await?;
    let table = h.browser.find(Locator::Css("table")).await?.text().await?;
    assert!(table.contains("Grace") && !table.contains("Ada Admin"), "{table}");
    h.link_starting("Grace").await?.click().await?;
    h.field("First name").await?;
    h.browser.back().await?;

    h.fill("Search users by name", "zz").await?;
    h.text("Nothing matches.").await?;
    h.fill("Search users by name", "").await?;
    h.role_with_text("status", "All 8 shown.").await?;

    // The inspector names the search and shows the normalised query Crossbar needs.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Search “zz”").await?.click().await?;
    let panel = h.browser.find(Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("/search?t=user&q=name&v=zz"), "{panel}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_long_list_renders_only_what_is_in_view_and_loads_more_as_it_scrolls() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    add_users(&h, 130).await?;
    h.link("Users").await?.click().await?;
    // Crossbar gives no total, so the table counts the listing in the background.
    h.role_with_text("status", "Showing 50 of 138.").await?;
    let count = h.browser.find(Locator::Css("table")).await?.attr("aria-rowcount").await?;
    assert_eq!(count.as_deref(), Some("139"), "the counted total, and the header");
    let rows = rendered_rows(&h).await?;
    assert_eq!(rows.first(), Some(&2), "the first data row is row 2, after the header");
    assert!(rows.len() < 50, "only the rows in view are rendered, not all 50: {}", rows.len());

    // Scrolling to the end of the box fetches the next page by itself.
    h.browser
        .execute("const s = document.querySelector('.table-scroll'); s.scrollTop = s.scrollHeight;", vec![])
        .await?;
    h.role_with_text("status", "Showing 100 of 138.").await?;
    h.browser
        .execute("const s = document.querySelector('.table-scroll'); s.dispatchEvent(new Event('scroll'));", vec![])
        .await?;
    let rows = rendered_rows(&h).await?;
    assert!(rows.first().is_some_and(|first| *first > 2), "the window moved down: {rows:?}");
    assert!(rows.len() < 100, "{}", rows.len());

    // The button does the same for keyboard users, until everything is there.
    h.button("Load more").await?.click().await?;
    h.role_with_text("status", "All 138 shown.").await?;
    let count = h.browser.find(Locator::Css("table")).await?.attr("aria-rowcount").await?;
    assert_eq!(count.as_deref(), Some("139"), "138 rows and the header");

    // The count is its own action in the inspector, with large pages.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Count Users").await?.click().await?;
    let panel = h.browser.find(Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("page_size=2000"), "{panel}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn devices_groups_and_voicemail_boxes_are_searched_by_name_on_the_server() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Devices").await?.click().await?;
    h.role_with_text("status", "shown").await?;
    h.fill("Search devices by name", "Alice").await?;
    h.role_with_text("status", "2 matches.").await?;
    h.link("Alice cell").await?;
    h.link("Alice desk phone").await?;

    h.link("Groups").await?.click().await?;
    h.fill("Search groups by name", "sal").await?;
    h.role_with_text("status", "1 match.").await?;
    h.link("Sales").await?;
    // The matches came from Crossbar's search view, not from filtering what was loaded.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Search “Alice”").await?.click().await?;
    h.button_starting("Search “sal”").await?.click().await?;
    let panel = h.browser.find(Locator::Css("aside.inspector")).await?.text().await?;
    assert!(panel.contains("/search?t=device&q=name&v=alice"), "{panel}");
    assert!(panel.contains("/search?t=group&q=name&v=sal"), "{panel}");
    h.button("Close").await?.click().await?;

    h.link("Voicemail Boxes").await?.click().await?;
    h.fill("Search voicemail boxes by name", "Ada Ad").await?;
    h.role_with_text("status", "1 match.").await?;
    h.link("Ada Admin's VMBox").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn leaving_a_list_while_it_is_still_counting_leaves_the_app_working() -> Result<()> {
    let h = Harness::start_with(Options { latency_ms: 250, ..Options::default() }).await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    add_users(&h, 45).await?;
    h.link("Devices").await?.click().await?;
    h.heading("Devices").await?;
    h.link("Users").await?.click().await?;
    // The first page is in and its count is on the way: leave before it answers.
    h.role_with_text("status", "counting the rest").await?;
    h.link("Groups").await?.click().await?;
    h.heading("Groups").await?;
    // The count's late answer must not break the app: wait until the inspector lists it
    // (a call is listed once it has ended), then check that navigation and lists work.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Count Users").await?.click().await?;
    h.eventually("the abandoned count ending", || async {
        // The inspector is drawn again as calls end: a panel found a moment before may be
        // gone when it is read, which only means "look again".
        let panel = match h.browser.find(Locator::Css("aside.inspector")).await?.text().await {
            Ok(text) => text,
            Err(e) if e.to_string().contains("stale element") => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        Ok(panel.contains("page_size=2000").then_some(()))
    })
    .await?;
    h.button("Close").await?.click().await?;
    h.link("Users").await?.click().await?;
    h.role_with_text("status", "Showing 50 of 53.").await?;
    assert_eq!(h.window_errors().await?, Vec::<String>::new(), "no task failed after its screen was left");
    h.finish().await
}
