//! The app arrives in parts: the sign-in page and the shell first, each section's screens
//! the first time that section is opened (`src/routes/chunks.rs`; README, "Bundle budget").

use anyhow::Result;
use patchbay_e2e::Harness;
use serde_json::json;

/// The app files the page has fetched so far (Resource Timing).
async fn fetched(h: &Harness) -> Result<Vec<String>> {
    let names = h.browser.execute("return performance.getEntriesByType('resource').map(e => e.name);", vec![]).await?;
    Ok(names.as_array().into_iter().flatten().filter_map(|n| n.as_str().map(str::to_string)).collect())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_section_is_downloaded_when_first_opened_and_a_failed_download_can_be_tried_again() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    h.heading("Dashboard").await?;
    // The Dashboard has a file of its own: the rest of Smart PBX waits for its first screen.
    let so_far = fetched(&h).await?;
    assert!(so_far.iter().any(|u| u.ends_with("-split_smartpbx_dashboard.wasm")), "{so_far:?}");
    assert!(!so_far.iter().any(|u| u.ends_with("-split_smartpbx.wasm")), "{so_far:?}");
    assert!(!so_far.iter().any(|u| u.contains("-split_callflows")), "Callflows' file waits until it is opened");
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    assert!(fetched(&h).await?.iter().any(|u| u.ends_with("-split_smartpbx.wasm")));

    // The network refuses Callflows' file: the screen says so in words, and offers to try again.
    h.cdp("Network.enable", json!({})).await?;
    h.cdp("Network.setBlockedURLs", json!({ "urls": ["*-split_callflows.wasm"] })).await?;
    h.link("Callflows").await?.click().await?;
    h.role_with_text("alert", "could not be downloaded").await?;
    h.check_accessibility().await?;

    // Back online, "Try again" opens the section.
    h.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await?;
    h.button("Try again").await?.click().await?;
    h.heading("Callflows").await?;
    h.button("New callflow").await?;
    assert!(fetched(&h).await?.iter().any(|u| u.ends_with("-split_callflows.wasm")));

    // Once in, its screens open without waiting again, and the shell's links still work.
    h.link("Smart PBX").await?.click().await?;
    h.heading("Dashboard").await?;
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    h.finish().await
}
