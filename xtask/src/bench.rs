//! `cargo xtask bench`: the speed targets, measured in release builds. Tests never time
//! anything; a benchmark over its target exits non-zero and says which case.
//!
//! Two parts, both run even when the first misses a target:
//! - the sandbox answering a 20,000-user account's listings and searches
//!   (`sandbox/benches/large_account.rs`);
//! - the release SPA in headless Chromium against the sandbox on loopback, with the demo
//!   seed and a 10,000-user seed: bytes to first view, sign-in page interactive,
//!   Dashboard and Users ready, search, a deep scroll, memory
//!   (`tests/e2e/benches/browser.rs`), beside Monster UI's figures as a reference line.

use anyhow::{bail, Result};

use crate::test::Browser;
use crate::tools::Tools;
use crate::{cmd, run_cmd};

pub fn run(args: &[String]) -> Result<()> {
    if let Some(extra) = args.first() {
        bail!("`cargo xtask bench` takes no options (got `{extra}`)");
    }
    let browser = Browser::find()?;
    let dist = Tools::ensure()?.build_spa()?;
    let sandbox = run_cmd(cmd("cargo").args(["bench", "-p", "patchbay-sandbox", "--bench", "large_account"]));
    let spa = run_cmd(
        browser
            .env(&mut cmd("cargo"))
            .args(["bench", "-p", "patchbay-e2e", "--bench", "browser"])
            .env("PATCHBAY_DIST", &dist),
    );
    match (sandbox, spa) {
        (Ok(()), Ok(())) => Ok(()),
        (sandbox, spa) => {
            let failed: Vec<String> = [("sandbox", sandbox), ("browser", spa)]
                .into_iter()
                .filter_map(|(part, result)| result.err().map(|err| format!("{part}: {err:#}")))
                .collect();
            bail!("benchmark targets missed — {}", failed.join("; "))
        }
    }
}
