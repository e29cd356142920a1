//! `cargo xtask test`: everything CI checks, in order, stopping at the first failure.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::tools::{is_executable, which, Tools};
use crate::{cmd, project_root, run_cmd, Args};

/// Arguments for headless Chromium, both for wasm-bindgen-test-runner (through
/// `.tools/webdriver.json`) and as the reference for the end-to-end tests: run as root, with
/// no network but the loopback, and without first-run or background chatter.
pub const CHROME_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

const APT_INSTALL: &str = "sudo apt-get install -y chromium chromium-driver";

pub fn run(args: &[String]) -> Result<()> {
    Args::new(args).finish()?;

    // First, before anything slow: without a browser the last steps cannot run.
    let browser = Browser::find()?;
    eprintln!("using {} and {}", browser.chromium.display(), browser.chromedriver.display());

    let mut steps = Steps::default();
    let tools = steps.step("Install missing tools", Tools::ensure)?;
    steps.step("cargo fmt --check", || run_cmd(cmd("cargo").args(["fmt", "--all", "--check"])))?;
    steps.step("clippy (native)", || {
        run_cmd(cmd("cargo").args(["clippy", "--workspace", "--all-targets", "--"]).args(DENY))
    })?;
    steps.step("clippy (wasm32)", || {
        run_cmd(
            cmd("cargo")
                .args(["clippy", "-p", "patchbay", "-p", "patchbay-crossbar"])
                .args(["--target", "wasm32-unknown-unknown", "--all-targets", "--"])
                .args(DENY),
        )
    })?;
    steps.step("Native unit tests", || {
        run_cmd(cmd("cargo").args(["test", "--workspace", "--exclude", "patchbay-e2e"]))
    })?;
    steps.step("KAZOO schema conformance (cargo xtask conformance)", conformance_step)?;
    steps.step("wasm-bindgen browser tests (headless Chromium)", || {
        let webdriver_json = browser.write_webdriver_json()?;
        run_cmd(
            cmd("cargo")
                .args(["test", "-p", "patchbay", "--target", "wasm32-unknown-unknown"])
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
                .env("CHROMEDRIVER", &browser.chromedriver)
                .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", webdriver_json)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "30"),
        )
    })?;
    let dist = steps.step("Build the SPA (trunk build --release, cut into sections)", || tools.build_spa())?;
    let axe = steps.step("Install axe-core (accessibility checks)", crate::tools::ensure_axe_core)?;
    steps.step("End-to-end tests (WebDriver, headless Chromium, axe-core)", || {
        run_cmd(
            browser
                .env(&mut cmd("cargo"))
                .args(["test", "-p", "patchbay-e2e", "--tests"])
                .env("PATCHBAY_DIST", &dist)
                .env("PATCHBAY_AXE", &axe),
        )
    })?;
    steps.summary();
    Ok(())
}

const DENY: &[&str] = &["-D", "warnings"];

/// CI clones the repo with `shared/` beside it; without that folder there is nothing to
/// check against, which is said plainly rather than passed silently.
fn conformance_step() -> Result<()> {
    let schemas = project_root().join("../shared/kazoo/schemas");
    if !schemas.is_dir() {
        eprintln!("SKIPPED: {} not found, so the stored documents were not checked", schemas.display());
        return Ok(());
    }
    crate::conformance::check(&schemas)
}

/// The Chromium and ChromeDriver to test with.
pub struct Browser {
    chromium: PathBuf,
    chromedriver: PathBuf,
}

impl Browser {
    /// Honours `CHROMIUM` / `CHROMEDRIVER` when set, else looks on PATH and in /usr/bin.
    pub fn find() -> Result<Browser> {
        let chromium = locate("CHROMIUM", &["chromium", "chromium-browser"]);
        let chromedriver = locate("CHROMEDRIVER", &["chromedriver"]);
        match (chromium, chromedriver) {
            (Some(chromium), Some(chromedriver)) => Ok(Browser { chromium, chromedriver }),
            (chromium, chromedriver) => {
                let missing: Vec<&str> =
                    [chromium.is_none().then_some("chromium"), chromedriver.is_none().then_some("chromedriver")]
                        .into_iter()
                        .flatten()
                        .collect();
                bail!(
                    "{} not found: the browser tests need headless Chromium and ChromeDriver.\n\
                     Install them with:\n\n    {APT_INSTALL}\n\n\
                     (or point CHROMIUM / CHROMEDRIVER at your binaries)",
                    missing.join(" and ")
                )
            }
        }
    }

    /// Sets `CHROMIUM` and `CHROMEDRIVER` for a child process.
    pub fn env<'a>(&self, cmd: &'a mut Command) -> &'a mut Command {
        cmd.env("CHROMIUM", &self.chromium).env("CHROMEDRIVER", &self.chromedriver)
    }

    /// wasm-bindgen-test-runner reads WebDriver capabilities from the JSON file named by
    /// `WASM_BINDGEN_TEST_WEBDRIVER_JSON` (default `./webdriver.json`) and appends its own
    /// `headless`, `disable-dev-shm-usage` and `no-sandbox` to `goog:chromeOptions.args`.
    fn write_webdriver_json(&self) -> Result<PathBuf> {
        let caps = serde_json::json!({
            "goog:chromeOptions": {
                "binary": self.chromium,
                "args": CHROME_ARGS,
            }
        });
        let dir = project_root().join(".tools");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("webdriver.json");
        std::fs::write(&path, serde_json::to_string_pretty(&caps)?)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}

fn locate(env_var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env_var).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return is_executable(&path).then_some(path);
    }
    names.iter().find_map(|name| {
        which(name).or_else(|| {
            let p = Path::new("/usr/bin").join(name);
            is_executable(&p).then_some(p)
        })
    })
}

/// Prints a header before each step and a summary at the end (or at the first failure).
#[derive(Default)]
struct Steps {
    done: Vec<(String, Duration, bool)>,
}

impl Steps {
    fn step<T>(&mut self, name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let n = self.done.len() + 1;
        eprintln!("\n==> [{n}/{TOTAL}] {name}");
        let start = Instant::now();
        let result = f();
        self.done.push((name.to_string(), start.elapsed(), result.is_ok()));
        if result.is_err() {
            self.summary();
        }
        result.with_context(|| format!("step `{name}` failed"))
    }

    fn summary(&self) {
        eprintln!("\n==> Summary");
        for (name, took, ok) in &self.done {
            let mark = if *ok { "ok  " } else { "FAIL" };
            eprintln!("  {mark} {name} ({})", minutes(*took));
        }
        let total = minutes(self.done.iter().map(|(_, d, _)| *d).sum());
        match self.done.iter().position(|(_, _, ok)| !ok) {
            None => eprintln!("  all {} steps succeeded in {total}", self.done.len()),
            Some(i) => eprintln!("  stopped at step {} of {TOTAL} after {total}; later steps did not run", i + 1),
        }
    }
}

/// Number of steps in `run`, for the headers.
const TOTAL: usize = 9 + 1;

fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}m{:02}s", s / 60, s % 60)
}
