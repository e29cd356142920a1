//! `cargo xtask bench`, the browser part: the release SPA (`PATCHBAY_DIST`, built by
//! `cargo xtask`) in headless Chromium over WebDriver, served by the sandbox on loopback,
//! once with the demo seed and once with 10,000 users. Every time is taken inside the
//! page (`performance.now()`, event time stamps and a MutationObserver), so WebDriver's
//! own round trips are not counted; requests are counted from Resource Timing. Prints one
//! table (figure, target, pass/fail) and exits non-zero when a target is missed.

mod callflows;
mod dashboard;
mod page_js;
mod sign_in;
mod table;
mod users;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::wd::TimeoutConfiguration;
use patchbay_e2e::{Harness, Options};
use patchbay_sandbox::Seed;
use serde_json::{json, Value};

use callflows::{callflow_editor, callflows_at_scale};
use dashboard::{dashboard, report_dashboard};
use page_js::*;
use sign_in::{report_sign_in, sign_in_page};
use table::Table;
use users::users_at_scale;

/// Users in the scale seed.
const SCALE_USERS: usize = 10_000;
/// Cold loads of the sign-in page; the median counts.
const SIGN_IN_LOADS: usize = 9;
/// Rows to load by scrolling the 10,000-user list.
const DEEP_ROWS: u64 = 1_000;
/// What is typed into the users' search box (matches every "Grace").
const SEARCH: &str = "Gra";
/// The users' search box waits this long after the last key before asking Crossbar.
const SEARCH_DEBOUNCE_MS: f64 = 300.0;

const KB: f64 = 1000.0;
const MB: f64 = 1_000_000.0;

/// Targets, in one place.
const TARGET_FIRST_VIEW_BYTES: f64 = 600.0 * KB;
const TARGET_SIGN_IN_MS: f64 = 300.0;
const TARGET_DASHBOARD_REQUESTS: u64 = 10;
const TARGET_DASHBOARD_TOTAL_REQUESTS: u64 = 25;
const TARGET_USERS_FIRST_ROWS_MS: f64 = 500.0;
const TARGET_SEARCH_MS: f64 = 250.0;
const TARGET_DOM_ROWS: u64 = 100;
const TARGET_HEAP_BYTES: f64 = 100.0 * MB;
const TARGET_CALLFLOW_OP_MS: f64 = 100.0;

/// Monster UI, for reference: gzip -9 sizes of files in its public repositories, as
/// measured once (Python's `gzip.compress(data, 9)`, per file, summed):
/// - shared libraries: 2600hz/monster-ui at 3c00cf7 (2026-05-05), the 70 library files
///   `src/js/main.js` maps in `require.config({paths})` minus pdf.js, pdfmake and its
///   fonts (the whole build leaves those out) and `config`, plus
///   `js/vendor/require-2.1.5.min.js`: 6,226,379 bytes raw, 1,303,243 gzip. Monster's own
///   `js/lib/monster*.js` are counted unminified (its build minifies them), so this is a
///   little high; the largest parts (jsoneditor, date-holidays, lodash, simplemde,
///   jQuery UI) are vendored minified or as published.
/// - Smart PBX's own: 2600hz/monster-ui-voip at 9c5926f (2026-05-05), every `.js`,
///   `views/**/*.html`, `i18n/en-US.json` and style source (`.css`, `.scss`): 225,019 gzip.
///   It also leans on monster-ui's `apps/common` (js, html, en-US.json, css: 205,272
///   gzip), which Monster loads with it; both together are Smart PBX's ~430 KB.
const MONSTER_SHARED_LIBRARIES_GZIP: f64 = 1_303_243.0;
const MONSTER_SMARTPBX_OWN_GZIP: f64 = 225_019.0;
const MONSTER_COMMON_GZIP: f64 = 205_272.0;

fn kb(bytes: f64) -> String {
    format!("{:.0} KB", bytes / KB)
}

fn ms(v: f64) -> String {
    format!("{v:.0} ms")
}

#[tokio::main]
async fn main() {
    let began = Instant::now();
    let mut table = Table::default();
    if let Err(err) = run(&mut table).await {
        table.row("benchmark run", format!("stopped: {err:#}"), "", false);
    }
    table.print();
    println!("browser benchmark took {:.0?}", began.elapsed());
    let missed = table.missed();
    if missed > 0 {
        println!("{missed} browser figure(s) missed their target");
        std::process::exit(1);
    }
}

async fn run(table: &mut Table) -> Result<()> {
    let dist = std::env::var_os("PATCHBAY_DIST")
        .map(PathBuf::from)
        .context("PATCHBAY_DIST is not set: run the benchmark with `cargo xtask bench`, which builds the SPA first")?;

    // The demo seed: the sign-in page cold, then the Dashboard.
    let h = start(Seed::Demo).await?;
    match sign_in_page(&h, &dist).await {
        Ok(sign_in) => report_sign_in(table, &sign_in),
        Err(err) => {
            table.failed("bytes to first view", &err);
            table.failed("sign-in page interactive, cold", &err);
        }
    }
    h.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": false })).await?;
    let demo = dashboard(&h).await;
    let at_dashboard = demo.is_ok();
    report_dashboard(table, "demo seed", demo, false);
    if at_dashboard {
        callflow_editor(&h, table).await;
    }
    finish(h).await?;

    // 10,000 users: the Dashboard, then the Users list, its search, a deep scroll and
    // the memory that leaves behind.
    let seeding = Instant::now();
    let h = start(Seed::Scale { users: SCALE_USERS }).await?;
    table.notes.push(format!("the {SCALE_USERS}-user sandbox was seeded and started in {:.1?}", seeding.elapsed()));
    let scale = dashboard(&h).await;
    let at_dashboard = scale.is_ok();
    report_dashboard(table, "10k users", scale, true);
    if at_dashboard {
        users_at_scale(&h, table).await;
        callflows_at_scale(&h, table).await;
    } else {
        for figure in ["Users first rows, 10k users", "search typed → rows shown", "deep scroll", "memory"] {
            table.failed(figure, &anyhow!("the Dashboard did not come up"));
        }
    }
    finish(h).await
}

async fn start(seed: Seed) -> Result<Harness> {
    let options = Options { seed, chrome_args: vec!["--enable-precise-memory-info".into()], ..Options::default() };
    let h = Harness::start_with(options).await?;
    h.browser
        .update_timeouts(TimeoutConfiguration::new(Some(Duration::from_secs(120)), None, None))
        .await
        .context("setting the script timeout")?;
    h.run_on_every_page(PAGE_JS).await?;
    h.cdp("Network.enable", json!({})).await?;
    Ok(h)
}

/// Ends a session, failing if the page threw along the way.
async fn finish(h: Harness) -> Result<()> {
    h.finish().await.context("the app reported errors during the benchmark")
}

/// Runs `script` (which gets `done` as its last argument) and fails on `{error}`.
async fn page(h: &Harness, script: &str, args: Vec<Value>) -> Result<Value> {
    let out = h.browser.execute_async(script, args).await.context("running a script in the page")?;
    if let Some(err) = out.get("error").and_then(Value::as_str) {
        bail!("{err}");
    }
    Ok(out)
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}
