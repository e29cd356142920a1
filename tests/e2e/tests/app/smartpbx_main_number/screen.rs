//! The screen as a whole: sections saved apart, unsaved changes, how many requests it opens in.

use anyhow::Result;
use patchbay_e2e::Harness;

use super::*;

#[tokio::test(flavor = "multi_thread")]
async fn saving_one_section_keeps_what_is_typed_in_another() -> Result<()> {
    let h = Harness::start().await?;
    open_main_number(&h).await?;
    // Half-way through adding a fax number…
    choose(&h, "Spare number for faxes", "+1 415-555-0105").await?;
    h.fill("Email for received faxes", "faxes@demo.test").await?;
    // …a holiday is added in another section; the screen is read again after it.
    h.fill("Holiday name", "Founders day").await?;
    h.set_value("Date", "2026-06-01").await?;
    h.button("Add holiday").await?.click().await?;
    h.role_with_text("status", "Holiday “Founders day” added.").await?;
    h.text("Founders day").await?;
    // Said beside the form that did it, not at the top of the screen.
    let gap = h
        .browser
        .execute(
            "const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Add holiday');
             const said = [...document.querySelectorAll('[role=status]')].find(s => s.textContent.includes('Founders day'));
             return said.getBoundingClientRect().top - button.getBoundingClientRect().bottom;",
            vec![],
        )
        .await?;
    let gap = gap.as_f64().unwrap_or(f64::MAX);
    assert!((0.0..200.0).contains(&gap), "the message is {gap}px below the Add holiday button");
    assert_eq!(h.value_of("Email for received faxes").await?, "faxes@demo.test", "the fax email typed before");
    assert_eq!(h.value_of("Spare number for faxes").await?, "+14155550105");
    // Only what the holiday made stale was read again, not the whole screen.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Read office hours and holidays again").await?;
    assert!(!h.has_button_starting("Read Main Number's numbers and call handling again").await?);

    // The fax number half-added is asked about before leaving; so is a holiday typed in.
    h.button("API inspector").await?.click().await?;
    h.link("Users").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("Email for received faxes").await?, "faxes@demo.test");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_main_number_section_with_unsaved_changes_asks_before_leaving() -> Result<()> {
    let h = Harness::start().await?;
    open_main_number(&h).await?;
    h.fill("Holiday name", "Founders day").await?;
    h.link("Users").await?.click().await?;
    h.heading("Leave without saving?").await?;
    h.button("Stay on this screen").await?.click().await?;
    assert_eq!(h.value_of("Holiday name").await?, "Founders day");
    // Once added, the form is as stored again: nothing to ask.
    h.set_value("Date", "2026-06-01").await?;
    h.button("Add holiday").await?.click().await?;
    h.role_with_text("status", "Holiday “Founders day” added.").await?;
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.finish().await
}

/// Main Number opens in few requests: the callflows Smart PBX keys are listed once with
/// the users' and groups' ones, MainCallflow is read once for both halves of the screen,
/// and a receptionist's menu only when it is opened for editing.
#[tokio::test(flavor = "multi_thread")]
async fn main_number_opens_in_a_few_requests() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    // A fresh page load: the browser's resource timings then hold this screen's requests only.
    h.open("/smartpbx/main-number").await?;
    h.heading("Incoming calls").await?;
    h.button("Edit the virtual receptionist for Open hours").await?;
    let all = requests(&h, "true").await?;
    let callflow_reads = requests(&h, "/\\/callflows\\/[0-9a-f]{32}/.test(e.name)").await?;
    assert!(all <= 22, "Main Number took {all} requests (36 before this change, 22 after)");
    assert!(callflow_reads <= 7, "{callflow_reads} callflows read one by one (11 before)");
    let menus = requests(&h, "e.name.includes('/menus/')").await?;
    assert_eq!(menus, 0, "no menu is read before its editor opens");
    h.finish().await
}
