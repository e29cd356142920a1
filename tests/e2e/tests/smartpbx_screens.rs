//! Smart PBX screens showing the demo seed's data as Smart PBX wrote it.

use anyhow::Result;
use patchbay_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn feature_codes_lists_the_seeded_codes_by_category() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Feature Codes").await?.click().await?;
    h.heading("Feature Codes").await?;
    h.text("voicemail[action=check]").await?;
    let table = h.browser.find(fantoccini::Locator::Css("table")).await?.text().await?;
    for expected in ["*97", "*72", "*11", "6683", "Call parking", "Hot desking", "park_and_retrieve"] {
        assert!(table.contains(expected), "{expected} missing from:\n{table}");
    }
    h.finish().await
}
