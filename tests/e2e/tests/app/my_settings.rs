//! My settings for a plain user: password (the current one asked first), call forward,
//! do not disturb, their phones and recent calls — all with their own token.

use anyhow::Result;
use patchbay_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn a_user_changes_their_password_after_proving_the_current_one() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.heading("Password").await?;
    h.check_accessibility().await?;
    h.fill("Current password", "guess").await?;
    h.fill("New password", "wonderland-2027").await?;
    h.fill("New password again", "wonderland-2072").await?;
    h.button("Change password").await?.click().await?;
    h.text("The two new passwords are not the same.").await?;
    h.fill("New password again", "wonderland-2027").await?;
    h.button("Change password").await?.click().await?;
    h.text("That is not your current password.").await?;
    h.fill("Current password", "alice-pass").await?;
    h.button("Change password").await?.click().await?;
    h.role_with_text("status", "Password changed.").await?;
    assert_eq!(h.value_of("Current password").await?, "", "passwords are not left on screen");

    h.button("Sign out").await?.click().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.text("The account name, username or password is wrong.").await?;
    h.sign_in("Demo Co", "alice", "wonderland-2027").await?;
    h.heading("My settings").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_forwards_their_calls_and_sees_their_phones_and_calls() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My settings").await?;
    h.heading("My phones").await?;
    h.text("Alice desk phone").await?;
    h.heading("My recent calls").await?;
    h.field("Always").await?.click().await?;
    h.fill("Forward to number", "+14155550199").await?;
    h.button("Save call forward").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let account = h.account_id().await?;
    let (_, users) = h.api("GET", &format!("accounts/{account}/users?filter_first_name=Alice"), None).await?;
    let owner = users["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (status, user) = h.api("GET", &format!("accounts/{account}/users/{owner}"), None).await?;
    assert_eq!(status, 200);
    assert_eq!(user["data"]["call_forward"]["enabled"], true);
    assert_eq!(user["data"]["call_forward"]["number"], "+14155550199");
    assert_eq!(user["data"]["ui_metadata"]["origin"], "myaccount");

    // Do not disturb, with the busy lamp set through the user's own presence.
    h.field("Do not disturb").await?.click().await?;
    h.button("Save do not disturb and hot desking").await?.click().await?;
    h.eventually("do not disturb stored", || async {
        let (_, user) = h.api("GET", &format!("accounts/{account}/users/{owner}"), None).await?;
        Ok((user["data"]["do_not_disturb"]["enabled"] == true).then_some(()))
    })
    .await?;
    h.check_accessibility().await?;
    h.finish().await
}
