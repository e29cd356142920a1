//! Harness for end-to-end tests: a fresh sandbox (own SQLite file, demo seed) serving
//! the built SPA, and a headless Chromium driven over WebDriver. Elements are found
//! the way a person finds them: by role and visible name, fields by their label.
//!
//! Needs `PATCHBAY_DIST` (the `trunk build` output); `cargo xtask test` sets it.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use patchbay_sandbox::{Config, DemoInfo, Running, Seed};
use tokio::process::{Child, Command};

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
}

impl Default for Options {
    fn default() -> Self {
        Options { token_ttl_secs: 3600, latency_ms: 0, seed: Seed::Demo, chrome_args: Vec::new() }
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
    _db_dir: tempfile::TempDir,
}

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

/// axe-core's script (`PATCHBAY_AXE`, which `cargo xtask test` sets, or the copy
/// `cargo xtask` installs into `.tools/`), read once per test binary.
fn axe_source() -> Result<&'static str> {
    static SOURCE: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    let read = SOURCE.get_or_init(|| {
        let default =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/axe-core/node_modules/axe-core/axe.min.js");
        let path = std::env::var_os("PATCHBAY_AXE").map(PathBuf::from).unwrap_or(default);
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "axe-core is not at {} ({e}): run `cargo xtask test`, which installs it, or set PATCHBAY_AXE",
                path.display()
            )
        })
    });
    read.as_deref().map_err(|e| anyhow!("{e}"))
}

/// Runs axe-core on the document and answers its serious and critical violations.
const AXE_RUN: &str = r#"const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')})`)),
  e => done([`axe-core failed: ${e}`]));"#;

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default))
}

/// An XPath string literal for any text (XPath 1 has no escape for quotes).
pub fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

impl Harness {
    pub async fn start() -> Result<Harness> {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> Result<Harness> {
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
            static_dir: Some(dist),
            seed: options.seed,
            kazoo_schemas: kazoo_schemas(),
            ..Config::default()
        })
        .await?;
        let base_url = format!("http://{}", sandbox.addr);
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

    pub async fn open(&self, path: &str) -> Result<()> {
        self.browser.goto(&format!("{}{}", self.base_url, path)).await?;
        Ok(())
    }

    /// Uncaught errors and blocked content the tab has met so far, across reloads.
    pub async fn window_errors(&self) -> Result<Vec<String>> {
        let v = self
            .browser
            .execute("try { return JSON.parse(sessionStorage.getItem('__patchbayErrors') || '[]'); } catch (_) { return []; }", vec![])
            .await?;
        Ok(serde_json::from_value(v).unwrap_or_default())
    }

    async fn wait_xpath(&self, xpath: &str, what: &str) -> Result<Element> {
        self.browser
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .with_context(|| format!("no {what} appeared within {PATIENCE:?}"))
    }

    /// A button by its accessible name (its text, or `aria-label`).
    pub async fn button(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!(
                "//button[normalize-space(.)={n} or @aria-label={n}] | //*[@role='button'][normalize-space(.)={n}]"
            ),
            &format!("button named {name:?}"),
        )
        .await
    }

    /// A button named `name` in the open modal dialog (the page behind it is inert, and may
    /// hold a button of the same name).
    pub async fn dialog_button(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!("(//dialog[@open])[last()]//button[normalize-space(.)={n} or @aria-label={n}]"),
            &format!("button named {name:?} in the open dialog"),
        )
        .await
    }

    /// A button whose name starts with `prefix` (inspector rows carry timing after the label).
    pub async fn button_starting(&self, prefix: &str) -> Result<Element> {
        let n = xpath_literal(prefix);
        self.wait_xpath(
            &format!("//button[starts-with(normalize-space(.), {n})]"),
            &format!("button starting {prefix:?}"),
        )
        .await
    }

    /// Whether a button whose name starts with `prefix` is on the page right now (no waiting).
    pub async fn has_button_starting(&self, prefix: &str) -> Result<bool> {
        let n = xpath_literal(prefix);
        let xpath = format!("//button[starts-with(normalize-space(.), {n})]");
        Ok(!self.browser.find_all(Locator::XPath(&xpath)).await?.is_empty())
    }

    pub async fn link(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        self.wait_xpath(
            &format!("//a[@href][normalize-space(.)={n} or @aria-label={n}]"),
            &format!("link named {name:?}"),
        )
        .await
    }

    pub async fn link_starting(&self, prefix: &str) -> Result<Element> {
        let n = xpath_literal(prefix);
        self.wait_xpath(
            &format!("//a[@href][starts-with(normalize-space(.), {n})]"),
            &format!("link starting {prefix:?}"),
        )
        .await
    }

    /// Whether a link with this name is on the page right now (no waiting).
    pub async fn has_link(&self, name: &str) -> Result<bool> {
        let n = xpath_literal(name);
        Ok(!self.browser.find_all(Locator::XPath(&format!("//a[@href][normalize-space(.)={n}]"))).await?.is_empty())
    }

    /// A form control by the text of its `<label>`.
    pub async fn field(&self, label: &str) -> Result<Element> {
        let n = xpath_literal(label);
        let label_el =
            self.wait_xpath(&format!("//label[normalize-space(.)={n}]"), &format!("field labelled {label:?}")).await?;
        let id = label_el.attr("for").await?.ok_or_else(|| anyhow!("label {label:?} is not tied to a control"))?;
        Ok(self.browser.find(Locator::Id(&id)).await?)
    }

    /// Waits for a heading; the first time a test reaches a screen (URL path) this way,
    /// axe-core checks it (see `check_accessibility`).
    pub async fn heading(&self, name: &str) -> Result<Element> {
        let n = xpath_literal(name);
        let heading = self
            .wait_xpath(
                &format!("//*[self::h1 or self::h2 or self::h3][normalize-space(.)={n}]"),
                &format!("heading {name:?}"),
            )
            .await?;
        let path = self.browser.current_url().await?.path().to_string();
        let first_visit = self.checked.lock().map(|mut seen| seen.insert(path)).unwrap_or(false);
        if first_visit {
            self.check_accessibility().await?;
        }
        Ok(heading)
    }

    /// Fails on any serious or critical accessibility violation axe-core finds in the
    /// page as it is now.
    pub async fn check_accessibility(&self) -> Result<()> {
        let loaded = self.browser.execute("return typeof axe !== 'undefined';", vec![]).await?;
        if loaded != serde_json::Value::Bool(true) {
            self.browser
                .execute(&format!("{}\nreturn true;", axe_source()?), vec![])
                .await
                .context("loading axe-core into the page")?;
        }
        let found = self.browser.execute_async(AXE_RUN, vec![]).await.context("running axe-core")?;
        let violations: Vec<String> = serde_json::from_value(found).unwrap_or_default();
        let url = self.browser.current_url().await?;
        anyhow::ensure!(violations.is_empty(), "axe-core at {}:\n{}", url.path(), violations.join("\n"));
        Ok(())
    }

    /// Wait until an element with `role` (explicit, or implicit for `<table>` cells etc.)
    /// contains `text`.
    pub async fn role_with_text(&self, role: &str, text: &str) -> Result<Element> {
        let t = xpath_literal(text);
        self.wait_xpath(
            &format!("//*[@role={}][contains(normalize-space(.), {t})]", xpath_literal(role)),
            &format!("{role} saying {text:?}"),
        )
        .await
    }

    /// Wait for visible text anywhere on the page.
    pub async fn text(&self, text: &str) -> Result<Element> {
        let t = xpath_literal(text);
        self.wait_xpath(&format!("//body//*[contains(normalize-space(text()), {t})]"), &format!("text {text:?}")).await
    }

    pub async fn fill(&self, label: &str, value: &str) -> Result<()> {
        let f = self.field(label).await?;
        // Select all and delete, as a person would: WebDriver's "clear" fires no
        // `input` event, so the app would never hear about it.
        let (ctrl, release, backspace) = (char::from(Key::Control), char::from(Key::Null), char::from(Key::Backspace));
        f.send_keys(&format!("{ctrl}a{release}{backspace}")).await?;
        if !value.is_empty() {
            f.send_keys(value).await?;
        }
        Ok(())
    }

    pub async fn sign_in(&self, account: &str, username: &str, password: &str) -> Result<()> {
        self.open("/").await?;
        self.fill("Account name", account).await?;
        self.fill("Username", username).await?;
        self.fill("Password", password).await?;
        self.button("Sign in").await?.click().await?;
        Ok(())
    }

    /// Set a control's value as a picker would (date and time inputs take typed keys
    /// in the browser's locale format), firing the `input` event the app listens to.
    pub async fn set_value(&self, label: &str, value: &str) -> Result<()> {
        let el = self.field(label).await?;
        let arg = serde_json::to_value(&el)?;
        self.browser
            .execute(
                "const [el, v] = arguments; el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![arg, value.into()],
            )
            .await?;
        Ok(())
    }

    /// On the Users screen: press "Add user" and fill the four fields every new user
    /// needs, as a person would; the test goes on to fill the rest and press Create.
    pub async fn start_adding_user(&self, first: &str, last: &str, extension: &str, email: &str) -> Result<()> {
        self.button("Add user").await?.click().await?;
        self.fill("First name", first).await?;
        self.fill("Last name", last).await?;
        self.fill("Extension", extension).await?;
        self.fill("Email", email).await?;
        Ok(())
    }

    /// Choose the option with this text in the `<select>` labelled `label`, by clicking
    /// it as a person would (the browser fires `change`); a list that fills in after it
    /// is drawn is waited for.
    pub async fn choose(&self, label: &str, option: &str) -> Result<()> {
        let select = self.field(label).await?;
        let xpath = format!(".//option[normalize-space(.)={}]", xpath_literal(option));
        let found = self
            .eventually(&format!("option {option:?} in {label:?}"), || async {
                Ok(select.find_all(Locator::XPath(&xpath)).await?.into_iter().next())
            })
            .await?;
        found.click().await?;
        Ok(())
    }

    /// Value of a form control found by label.
    pub async fn value_of(&self, label: &str) -> Result<String> {
        Ok(self.field(label).await?.prop("value").await?.unwrap_or_default())
    }

    /// Call Crossbar from the page with the signed-in session's token, the way a
    /// developer would from the console: returns the HTTP status and the envelope.
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        data: Option<serde_json::Value>,
    ) -> Result<(u16, serde_json::Value)> {
        let script = r#"
            const [method, path, data, done] = arguments;
            const session = JSON.parse(sessionStorage.getItem('patchbay.session') || '{}');
            const headers = { 'Content-Type': 'application/json' };
            if (session.token) headers['X-Auth-Token'] = session.token;
            fetch('/v2/' + path.replace(/^\//, ''), { method, headers, body: data === null ? undefined : JSON.stringify({ data }) })
                .then(async r => done([r.status, await r.json().catch(() => null)]))
                .catch(e => done([0, String(e)]));
        "#;
        let out = self
            .browser
            .execute_async(script, vec![method.into(), path.into(), data.unwrap_or(serde_json::Value::Null)])
            .await?;
        let status = out[0].as_u64().unwrap_or(0) as u16;
        Ok((status, out[1].clone()))
    }

    /// Waits until `check` finds what it looks for (`Some`), asking again every 100 ms,
    /// for at most `PATIENCE`: for what the app does after the page has answered (a
    /// document stored, a value shown), instead of a fixed sleep.
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<Option<T>>>,
    {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(found) = check().await? {
                return Ok(found);
            }
            if tokio::time::Instant::now() > deadline {
                anyhow::bail!("{what} did not happen within {PATIENCE:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a PNG of the page, for looking at what a failing test saw.
    pub async fn screenshot(&self, path: &str) -> Result<()> {
        std::fs::write(path, self.browser.screenshot().await?)?;
        Ok(())
    }

    /// The signed-in account's id, from the tab's session.
    pub async fn account_id(&self) -> Result<String> {
        let v = self
            .browser
            .execute("return JSON.parse(sessionStorage.getItem('patchbay.session') || '{}').account_id || ''", vec![])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
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

    /// Stop the sandbox while the browser stays open: the network "goes away".
    pub async fn stop_sandbox(&mut self) {
        if let Some(s) = self.sandbox.take() {
            s.shutdown().await;
        }
    }

    /// Press a key chord on the page (e.g. Alt+I), as typed with focus on the page body.
    /// Sends `keys` to whatever has the focus, as a person typing would.
    pub async fn press_on_focused(&self, keys: &str) -> Result<()> {
        self.browser.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// The focused element's accessible text (its text, else `aria-label`), trimmed.
    pub async fn focused_text(&self) -> Result<String> {
        let v = self
            .browser
            .execute(
                "const e = document.activeElement; return e ? (e.textContent.trim() || e.getAttribute('aria-label') || '') : '';",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The document's title.
    pub async fn title(&self) -> Result<String> {
        Ok(self.browser.title().await?)
    }

    pub async fn press(&self, keys: &str) -> Result<()> {
        self.browser.find(Locator::Css("body")).await?.send_keys(keys).await?;
        Ok(())
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
        if let Some(s) = self.sandbox.take() {
            s.shutdown().await;
        }
        anyhow::ensure!(errors.is_empty(), "the page threw uncaught errors: {errors:?}");
        Ok(())
    }
}

/// A tiny valid WAV file (RIFF/WAVE header, 8 kHz mono, a few samples of silence).
pub fn wav_bytes() -> Vec<u8> {
    let samples = [0u8; 16];
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend(&(36 + samples.len() as u32).to_le_bytes());
    b.extend(b"WAVEfmt ");
    b.extend(&16u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8u16.to_le_bytes());
    b.extend(b"data");
    b.extend(&(samples.len() as u32).to_le_bytes());
    b.extend(samples);
    b
}
