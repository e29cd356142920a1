//! Harness for end-to-end tests: a fresh sandbox (own SQLite file, demo seed) serving
//! the built SPA, and a headless Chromium driven over WebDriver. Elements are found
//! the way a person finds them: by role and visible name, fields by their label.
//!
//! Needs `PATCHBAY_DIST` (the `trunk build` output); `cargo xtask test` sets it.

mod a11y;
mod act;
mod api;
mod find;
mod fixtures;
mod start;
mod static_site;

use std::time::Duration;

use fantoccini::Client;
use patchbay_sandbox::{DemoInfo, Running, Seed};
use tokio::process::Child;

pub use find::xpath_literal;
pub use fixtures::{png_bytes, wav_bytes};

/// How long to wait for the app to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Options {
    pub token_ttl_secs: u64,
    /// Slow every sandbox answer down, to leave a screen while its requests are in flight.
    pub latency_ms: u64,
    /// What the sandbox's database holds: the demo seed (copied from one template per
    /// binary) unless a benchmark asks for another, seeded afresh.
    pub seed: Seed,
    /// Chromium switches added to the harness's own (e.g. `--enable-precise-memory-info`).
    pub chrome_args: Vec<String>,
    /// The sandbox does not say it is one (`/v2/about`), as a production KAZOO.
    pub present_as_production: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            token_ttl_secs: 3600,
            latency_ms: 0,
            seed: Seed::Demo,
            chrome_args: Vec::new(),
            present_as_production: false,
        }
    }
}

pub struct Harness {
    pub browser: Client,
    pub base_url: String,
    pub demo: DemoInfo,
    sandbox: Option<Running>,
    driver: Child,
    /// Where chromedriver listens and what a new session asks for.
    webdriver: String,
    caps: serde_json::Map<String, serde_json::Value>,
    /// A second browser (its own profile and session storage), for two people at once;
    /// `switch_session` swaps it with `browser`.
    other: Option<Client>,
    /// The screens (URL paths) axe-core has checked in this test.
    checked: std::sync::Mutex<std::collections::HashSet<String>>,
    /// A plain static host serving the app on an origin of its own, when the test
    /// runs it apart from Crossbar (`start_cross_origin`).
    site: Option<static_site::StaticSite>,
    _db_dir: tempfile::TempDir,
}
