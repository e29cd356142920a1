//! Starting and stopping: a sandbox from the seeded template serving the built SPA,
//! chromedriver and Chromium (a second session for two people at once), the page
//! watcher, and `finish`, which fails a test on anything the page reported.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use fantoccini::{Client, ClientBuilder};
use patchbay_sandbox::{Config, Running, Seed};
use tokio::process::Command;

use super::{Harness, Options};

/// Runs in every document before its own scripts (see `watch_every_page`): a panic in a
/// wasm task (say, one that outlived its screen) surfaces only as an uncaught error on
/// the window, and something the Content-Security-Policy blocks only as a violation
/// event. Both are kept in the tab's session storage, so they survive a reload and
/// `finish` can fail the test on them.
const WATCH: &str = r#"(() => {
    const push = m => {
        try {
            const all = JSON.parse(sessionStorage.getItem('__patchbayErrors') || '[]');
            all.push(m);
            sessionStorage.setItem('__patchbayErrors', JSON.stringify(all));
        } catch (_) { /* about:blank has no storage */ }
    };
    window.addEventListener('error', e => push(String(e.message)));
    // A Rust panic's message (console_error_panic_hook logs it before the wasm traps with
    // a bare "unreachable"), so a failing test says what panicked.
    const logError = console.error;
    console.error = (...args) => {
        const text = args.map(String).join(' ');
        if (text.startsWith('panicked at')) push(text.slice(0, 800));
        logError(...args);
    };
    window.addEventListener('unhandledrejection', e => push(String(e.reason)));
    document.addEventListener('securitypolicyviolation', e =>
        push('CSP blocked ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
})();"#;

/// A Chrome DevTools Protocol command, sent through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({"cmd": self.cmd, "params": self.params});
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Installs `WATCH` in every document this browser opens from now on.
async fn watch_every_page(browser: &Client) -> Result<()> {
    let cmd = Cdp { cmd: "Page.addScriptToEvaluateOnNewDocument", params: serde_json::json!({"source": WATCH}) };
    browser.issue_cmd(cmd).await.context("installing the page watcher")?;
    Ok(())
}

/// The demo seed (and its RSA signing key) made once per test binary; each test starts
/// from a copy of it, as `sandbox/tests` does, instead of seeding from scratch.
fn seeded_template() -> Result<&'static PathBuf> {
    static TEMPLATE: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    let made = TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?.keep();
        let path = dir.join("template.sqlite");
        let config = Config { db_path: path.clone(), seed: patchbay_sandbox::Seed::Demo, ..Config::default() };
        // Closing the state checkpoints the WAL into the file, so a plain copy is whole.
        drop(patchbay_sandbox::open_state(&config).map_err(|e| format!("{e:#}"))?);
        Ok(path)
    });
    made.as_ref().map_err(|e| anyhow!("seeding the template database: {e}"))
}

/// KAZOO's schemas beside the project (`../shared/kazoo/schemas`), where this machine has
/// them: the sandbox then serves `/v2/schemas` as Crossbar does.
fn kazoo_schemas() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/kazoo/schemas");
    dir.join("callflows.json").is_file().then_some(dir)
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default))
}

impl Harness {
    pub async fn start() -> Result<Harness> {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> Result<Harness> {
        Self::start_inner(options, false).await
    }

    /// The app as a static deployment: `dist/` served by a plain static host on one
    /// origin (`http://localhost:<port>`, a copy whose `config.json` points
    /// `crossbar_url` at the sandbox), and the sandbox answering only Crossbar on
    /// another (`http://127.0.0.1:<port>/v2`), so every request the app makes is a
    /// cross-origin one (CORS) and the Content-Security-Policy must allow Crossbar's
    /// origin. `base_url` is the static host's; `api` (same-origin `fetch`) does not
    /// reach Crossbar there: read what landed with `sandbox().stored`.
    pub async fn start_cross_origin() -> Result<Harness> {
        Self::start_inner(Options::default(), true).await
    }

    async fn start_inner(options: Options, cross_origin: bool) -> Result<Harness> {
        let dist = std::env::var_os("PATCHBAY_DIST").map(PathBuf::from).context(
            "PATCHBAY_DIST is not set: run the end-to-end tests with `cargo xtask test`, which builds the SPA first",
        )?;
        anyhow::ensure!(dist.join("index.html").exists(), "{} has no index.html: build the SPA first", dist.display());

        let db_dir = tempfile::tempdir()?;
        let db_path = db_dir.path().join("e2e.sqlite");
        if options.seed == Seed::Demo {
            std::fs::copy(seeded_template()?, &db_path).context("copying the seeded template database")?;
        }
        let sandbox = patchbay_sandbox::start(Config {
            db_path,
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            token_ttl_secs: options.token_ttl_secs,
            latency_ms: options.latency_ms,
            static_dir: (!cross_origin).then(|| dist.clone()),
            seed: options.seed,
            kazoo_schemas: kazoo_schemas(),
            present_as_production: options.present_as_production,
            ..Config::default()
        })
        .await?;
        let site = match cross_origin {
            true => Some(super::static_site::serve_copy(&dist, &format!("http://{}/v2", sandbox.addr)).await?),
            false => None,
        };
        let base_url = match &site {
            Some(site) => site.url.clone(),
            None => format!("http://{}", sandbox.addr),
        };
        let demo = sandbox.demo.clone();

        let port = free_port()?;
        let driver = Command::new(env_path("CHROMEDRIVER", "/usr/bin/chromedriver"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("starting chromedriver (install: apt-get install -y chromium chromium-driver)")?;

        let mut caps = serde_json::Map::new();
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1400,1000",
            // A stand-in microphone (a tone) that needs no permission prompt, for recordings.
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
        ]
        .map(String::from)
        .into();
        args.extend(options.chrome_args);
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "binary": env_path("CHROMIUM", "/usr/bin/chromium"), "args": args }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        let mut last_err = None;
        let mut browser = None;
        for _ in 0..50 {
            match ClientBuilder::native().capabilities(caps.clone()).connect(&webdriver).await {
                Ok(c) => {
                    browser = Some(c);
                    break;
                }
                Err(e) => {
                    last_err = Some(e);
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
        let browser = browser.ok_or_else(|| anyhow!("chromedriver did not accept a session: {last_err:?}"))?;
        watch_every_page(&browser).await?;
        Ok(Harness {
            browser,
            base_url,
            demo,
            sandbox: Some(sandbox),
            driver,
            webdriver,
            caps,
            other: None,
            checked: Default::default(),
            site,
            _db_dir: db_dir,
        })
    }

    /// Opens a second, separate browser (another person at another desk). The helpers
    /// keep driving the first one until `switch_session`.
    pub async fn open_second_session(&mut self) -> Result<()> {
        let client = ClientBuilder::native().capabilities(self.caps.clone()).connect(&self.webdriver).await?;
        watch_every_page(&client).await?;
        self.other = Some(client);
        Ok(())
    }

    /// Makes the other browser the one the helpers drive (and back again).
    pub fn switch_session(&mut self) {
        if let Some(other) = self.other.as_mut() {
            std::mem::swap(&mut self.browser, other);
        }
    }

    /// Uncaught errors and blocked content the tab has met so far, across reloads.
    pub async fn window_errors(&self) -> Result<Vec<String>> {
        let v = self
            .browser
            .execute("try { return JSON.parse(sessionStorage.getItem('__patchbayErrors') || '[]'); } catch (_) { return []; }", vec![])
            .await?;
        Ok(serde_json::from_value(v).unwrap_or_default())
    }

    /// Sends a Chrome DevTools Protocol command to the current tab (through chromedriver)
    /// and returns its result, e.g. `Network.setCacheDisabled` or `Runtime.getHeapUsage`.
    pub async fn cdp(&self, cmd: &'static str, params: serde_json::Value) -> Result<serde_json::Value> {
        self.browser.issue_cmd(Cdp { cmd, params }).await.with_context(|| format!("CDP {cmd}"))
    }

    /// Runs `source` in every document this browser opens from now on, before the
    /// document's own scripts (CDP `Page.addScriptToEvaluateOnNewDocument`).
    pub async fn run_on_every_page(&self, source: &str) -> Result<()> {
        self.cdp("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": source })).await?;
        Ok(())
    }

    /// Another sandbox, seeded afresh (its accounts and documents have ids of their own),
    /// serving only Crossbar: for running what the GUI taught against a second server.
    pub async fn spare_sandbox() -> Result<(Running, tempfile::TempDir)> {
        let dir = tempfile::tempdir()?;
        let running = patchbay_sandbox::start(Config {
            db_path: dir.path().join("spare.sqlite"),
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            seed: Seed::Demo,
            ..Config::default()
        })
        .await?;
        Ok((running, dir))
    }

    /// The sandbox behind the browser, for reading what landed in its database.
    pub fn sandbox(&self) -> &Running {
        self.sandbox.as_ref().expect("the sandbox runs until the test finishes")
    }

    /// The email the sandbox would have sent (password-reset links), oldest first.
    pub fn outbox(&self) -> Vec<patchbay_sandbox::outbox::Mail> {
        self.sandbox.as_ref().map(|s| s.outbox()).unwrap_or_default()
    }

    /// The link in the latest email to `to`.
    pub fn mailed_link(&self, to: &str) -> Result<String> {
        let mail = self.outbox().into_iter().rev().find(|m| m.to == to).ok_or_else(|| anyhow!("no email to {to}"))?;
        let link = mail.body.split_whitespace().find(|w| w.starts_with("http")).map(str::to_string);
        link.ok_or_else(|| anyhow!("no link in the email to {to}: {}", mail.body))
    }

    /// Stop the sandbox while the browser stays open: the network "goes away".
    pub async fn stop_sandbox(&mut self) {
        if let Some(s) = self.sandbox.take() {
            s.shutdown().await;
        }
    }

    /// Ends the test; fails it if the page threw an uncaught error along the way.
    pub async fn finish(mut self) -> Result<()> {
        let mut errors = self.window_errors().await.unwrap_or_default();
        if self.other.is_some() {
            self.switch_session();
            errors.extend(self.window_errors().await.unwrap_or_default());
            if let Some(other) = self.other.take() {
                let _ = other.close().await;
            }
        }
        let _ = self.browser.clone().close().await;
        let _ = self.driver.kill().await;
        drop(self.site.take());
        if let Some(s) = self.sandbox.take() {
            s.shutdown().await;
        }
        anyhow::ensure!(errors.is_empty(), "the page threw uncaught errors: {errors:?}");
        Ok(())
    }
}
