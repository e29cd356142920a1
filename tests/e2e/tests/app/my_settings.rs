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
    h.open_feature("Call forward").await?;
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
    h.text("All calls go to +1 415-555-0199").await?;
    h.open_feature("Do not disturb and hot desking").await?;
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

/// Alice's own voicemail with her own token: a new PIN and an uploaded greeting on her
/// box (the greeting made as KAZOO records one: a media of the box, owned by her), and
/// the seeded messages played, filed as saved and deleted after a question.
#[tokio::test(flavor = "multi_thread")]
async fn a_user_sets_their_voicemail_and_handles_their_messages() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My voicemail").await?;
    h.text("Your voicemail box is number 1002.").await?;
    h.heading("My voicemail messages").await?;
    h.text("Messages, newest first (1 new)").await?;
    h.text("Acme Supplies (+14155550123)").await?;

    h.fill("New voicemail PIN", "12a").await?;
    h.button("Save voicemail settings").await?.click().await?;
    h.text("A PIN is 4 to 6 digits.").await?;
    h.fill("New voicemail PIN", "2468").await?;
    let dir = tempfile::tempdir()?;
    let wav = dir.path().join("alice-greeting.wav");
    std::fs::write(&wav, patchbay_e2e::wav_bytes())?;
    h.field("Upload a new recording for Greeting").await?.send_keys(&wav.to_string_lossy()).await?;
    h.button("Upload for Greeting").await?.click().await?;
    h.role_with_text("status", "alice-greeting.wav uploaded and chosen.").await?;
    h.button("Play Greeting").await?.click().await?;
    h.text("Playing: alice-greeting.wav").await?;
    h.button("Save voicemail settings").await?.click().await?;
    h.role_with_text("status", "Saved").await?;

    let (account, vmbox, media) = alices_box_and_greeting(&h).await?;
    let box_id = vmbox["data"]["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(vmbox["data"]["pin"], "2468");
    assert_eq!(media["data"]["name"], "alice-greeting.wav");
    assert_eq!(media["data"]["source_type"], "voicemail");
    assert_eq!(media["data"]["source_id"], box_id.as_str());
    assert_eq!(media["data"]["owner_id"], vmbox["data"]["owner_id"]);
    assert_eq!(h.value_of("New voicemail PIN").await?, "", "the PIN is not left on screen");

    h.button("Play message from Bob Baker (1003)").await?.click().await?;
    h.text("Playing: message from Bob Baker (1003)").await?;
    h.button("Mark message from Bob Baker (1003) as saved").await?.click().await?;
    h.role_with_text("status", "Message marked as saved.").await?;
    h.text("Messages, newest first (0 new)").await?;
    h.button("Delete message from Acme Supplies (+14155550123)").await?.click().await?;
    h.text("Delete the message from Acme Supplies (+14155550123)? It cannot be played again.").await?;
    h.check_accessibility().await?;
    h.button("Delete message").await?.click().await?;
    h.role_with_text("status", "Message deleted.").await?;
    let (_, messages) = h.api("GET", &format!("accounts/{account}/vmboxes/{box_id}/messages"), None).await?;
    let left: Vec<(String, String)> = messages["data"]
        .as_array()
        .map(|m| m.iter().map(|m| (m["caller_id_name"].to_string(), m["folder"].to_string())).collect())
        .unwrap_or_default();
    assert_eq!(left, [("\"Bob Baker\"".to_string(), "\"saved\"".to_string())]);
    h.finish().await
}

/// A forgotten password: asked for on the sign-in page, the emailed link signs Alice in
/// and asks for a new password before anything else, and the link works once.
#[tokio::test(flavor = "multi_thread")]
async fn a_forgotten_password_is_replaced_through_the_emailed_link() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/").await?;
    h.button("Forgot your password?").await?.click().await?;
    h.heading("Reset your password").await?;
    h.fill("Account name", "Demo Co").await?;
    h.fill("Username", "Alice").await?;
    h.button("Email me a link").await?.click().await?;
    h.role_with_text("status", "If that account and username are right").await?;
    h.check_accessibility().await?;
    let link = h.mailed_link("alice@demo.test")?;
    assert!(link.starts_with(&format!("{}/?recovery=", h.base_url)), "{link}");

    h.browser.goto(&link).await?;
    h.heading("Choose a new password").await?;
    assert!(!h.browser.current_url().await?.as_str().contains("recovery="), "the reset id leaves the address bar");
    h.fill("New password", "looking-glass").await?;
    h.fill("New password again", "looking-glass").await?;
    h.button("Save new password").await?.click().await?;
    h.heading("My settings").await?;
    h.button("Sign out").await?.click().await?;
    h.sign_in("Demo Co", "alice", "looking-glass").await?;
    h.heading("My settings").await?;
    h.button("Sign out").await?.click().await?;

    h.browser.goto(&link).await?;
    h.role_with_text("alert", "This reset link has been used or has expired.").await?;
    h.finish().await
}

/// A greeting recorded with the microphone (Chromium's stand-in one) becomes a WAV file
/// telephony plays — 8 kHz mono — uploaded as the box's greeting.
#[tokio::test(flavor = "multi_thread")]
async fn a_user_records_their_greeting_with_the_microphone() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "alice", "alice-pass").await?;
    h.heading("My voicemail").await?;
    h.button("Record Greeting with the microphone").await?.click().await?;
    h.role_with_text("status", "Recording").await?;
    h.role_with_text("timer", "0:01").await?;
    h.button("Stop recording Greeting").await?.click().await?;
    h.button("Use this recording for Greeting").await?.click().await?;
    h.role_with_text("status", "uploaded and chosen.").await?;
    h.button("Save voicemail settings").await?.click().await?;
    h.role_with_text("status", "Saved").await?;

    let (account, _, media) = alices_box_and_greeting(&h).await?;
    let greeting = media["data"]["id"].as_str().unwrap_or_default().to_string();
    let name = media["data"]["name"].as_str().unwrap_or_default();
    assert!(name.starts_with("Greeting ") && name.ends_with(".wav"), "{name}");
    let wav = h.api_bytes(&format!("accounts/{account}/media/{greeting}/raw")).await?;
    assert_eq!(&wav[..4], b"RIFF");
    assert_eq!(u32::from_le_bytes(wav[24..28].try_into()?), 8000, "recorded at the telephone's rate");
    assert!(wav.len() > 44 + 8000, "at least a second of sound: {} bytes", wav.len());
    h.finish().await
}

/// The account id, Alice's voicemail box (mailbox 1002) and the media of its greeting, as stored.
async fn alices_box_and_greeting(h: &Harness) -> Result<(String, serde_json::Value, serde_json::Value)> {
    let account = h.account_id().await?;
    let (_, boxes) = h.api("GET", &format!("accounts/{account}/vmboxes?filter_mailbox=1002"), None).await?;
    let box_id = boxes["data"][0]["id"].as_str().unwrap_or_default().to_string();
    let (_, vmbox) = h.api("GET", &format!("accounts/{account}/vmboxes/{box_id}"), None).await?;
    let greeting = vmbox["data"]["media"]["unavailable"].as_str().unwrap_or_default().to_string();
    let (_, media) = h.api("GET", &format!("accounts/{account}/media/{greeting}"), None).await?;
    Ok((account, vmbox, media))
}
