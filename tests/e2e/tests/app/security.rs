//! Two people at once, and the app under its Content-Security-Policy.

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::Value;

async fn open_alice(h: &Harness) -> Result<()> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.open(&format!("/smartpbx/users/{}", h.demo.alice_user_id)).await?;
    h.heading("Alice Liddell").await?;
    Ok(())
}

async fn alice_doc(h: &Harness) -> Result<Value> {
    let account = h.account_id().await?;
    Ok(h.api("GET", &format!("accounts/{account}/users/{}", h.demo.alice_user_id), None).await?.1["data"].clone())
}

/// Waits until Alice's stored document has `field` = `value`.
async fn stored(h: &Harness, field: &str, value: &str) -> Result<()> {
    h.eventually(&format!("Alice's {field} becoming {value:?}"), || async {
        Ok((alice_doc(h).await?[field] == value).then_some(()))
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn two_admins_editing_one_user_never_lose_a_change_unseen() -> Result<()> {
    let mut h = Harness::start().await?;
    open_alice(&h).await?;
    h.open_second_session().await?;
    h.switch_session();
    open_alice(&h).await?;

    // The second admin saves first.
    h.fill("First name", "Alicia").await?;
    h.button("Save").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    stored(&h, "first_name", "Alicia").await?;

    // The first admin, still looking at the version both opened, changes the first
    // name and the e-mail. The save is held and the dialog says what happened.
    h.switch_session();
    h.fill("First name", "Ally").await?;
    h.fill("Email", "ally@demo.test").await?;
    h.button("Save").await?.click().await?;
    h.heading("Someone else changed this").await?;
    h.text("Alice → Alicia").await?;
    h.text("alice@demo.test → ally@demo.test").await?;
    h.text("(they changed this too)").await?;
    assert_eq!(alice_doc(&h).await?["email"], "alice@demo.test", "nothing is written while the person decides");

    // Merge: the e-mail is added, the other admin's first name stays, and the form
    // shows what is stored now.
    h.button("Merge").await?.click().await?;
    stored(&h, "email", "ally@demo.test").await?;
    assert_eq!(alice_doc(&h).await?["first_name"], "Alicia");
    h.eventually("the form showing the merged name", || async {
        Ok((h.value_of("First name").await? == "Alicia").then_some(()))
    })
    .await?;

    // The second admin's page is now behind: their last-name change asks too, and
    // "Keep my changes" writes it over the merged document without undoing the e-mail.
    h.switch_session();
    h.fill("Last name", "Lid").await?;
    h.button("Save").await?.click().await?;
    h.heading("Someone else changed this").await?;
    h.button("Keep my changes").await?.click().await?;
    stored(&h, "last_name", "Lid").await?;
    assert_eq!(alice_doc(&h).await?["email"], "ally@demo.test");

    // Cancel (or Escape) writes nothing and keeps what was typed.
    h.switch_session();
    h.fill("First name", "Alix").await?;
    h.button("Save").await?.click().await?;
    h.heading("Someone else changed this").await?;
    h.button("Cancel").await?.click().await?;
    h.text("Not saved: someone else changed this").await?;
    assert_eq!(h.value_of("First name").await?, "Alix", "what was typed stays");
    assert_eq!(alice_doc(&h).await?["first_name"], "Alicia");

    // Reload drops the typed change and shows what is stored.
    h.button("Save").await?.click().await?;
    h.heading("Someone else changed this").await?;
    h.button("Reload").await?.click().await?;
    h.eventually("the form showing the stored last name", || async {
        Ok((h.value_of("Last name").await? == "Lid").then_some(()))
    })
    .await?;
    assert_eq!(h.value_of("First name").await?, "Alicia");
    assert_eq!(alice_doc(&h).await?["first_name"], "Alicia");

    // The inspector shows the refused save for what it is.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Save user").await?.click().await?;
    h.button_starting("PATCH /v2/accounts/").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_is_served_with_a_strict_policy_and_runs_under_it() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/").await?;
    h.field("Account name").await?;
    let headers = h
        .browser
        .execute_async(
            "const done = arguments[0]; fetch('/').then(r => done([r.headers.get('content-security-policy'), \
             r.headers.get('x-frame-options'), r.headers.get('x-content-type-options')]));",
            vec![],
        )
        .await?;
    let csp = headers[0].as_str().unwrap_or_default();
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(headers[1], "DENY");
    assert_eq!(headers[2], "nosniff");

    // Every screen the app renders runs under it: `finish` fails on any violation.
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    for (link, heading) in [("Users", "Users"), ("Devices", "Devices"), ("Main Number", "Main Number")] {
        h.link(link).await?.click().await?;
        h.heading(heading).await?;
    }
    h.button("API inspector").await?.click().await?;
    h.finish().await
}
