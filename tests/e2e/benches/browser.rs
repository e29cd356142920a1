//! `cargo xtask bench`, the browser part: the release SPA (`PATCHBAY_DIST`, built by
//! `cargo xtask`) in headless Chromium over WebDriver, served by the sandbox on loopback,
//! once with the demo seed and once with 10,000 users. Every time is taken inside the
//! page (`performance.now()`, event time stamps and a MutationObserver), so WebDriver's
//! own round trips are not counted; requests are counted from Resource Timing. Prints one
//! table (figure, target, pass/fail) and exits non-zero when a target is missed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::wd::TimeoutConfiguration;
use patchbay_e2e::{Harness, Options};
use patchbay_sandbox::Seed;
use serde_json::{json, Value};

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

/// Installed in every document before its own scripts (CDP), so that the sign-in form is
/// timed from navigation start. `__bench` offers:
/// - `signIn`: resolves with `performance.now()` when the form's "Sign in" button is
///   present and enabled;
/// - `arm(trigger, cond)`: remembers the time stamp of the next `click` (or of the last
///   `input`) and resolves `run.ready` with `performance.now()` once `cond()` holds after it;
/// - `until(cond)`: resolves with `performance.now()` once `cond()` holds;
/// - `within(promise, ms, what)`: the promise, or a rejection after `ms` (a deadline, not
///   a measurement);
/// - `api(from, to)`: the Crossbar requests (`/v2/`) that started between two times.
const PAGE_JS: &str = r#"(() => {
    performance.setResourceTimingBufferSize(100000);
    const observe = cond => new Promise(resolve => {
        const check = () => {
            if (!cond()) return false;
            observer.disconnect();
            resolve(performance.now());
            return true;
        };
        const observer = new MutationObserver(check);
        if (!check()) observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    const b = window.__bench = {};
    // Trunk's loader announces the instantiated module; its linear memory is the app's heap.
    addEventListener('TrunkApplicationStarted', e => { b.wasm = e.detail.wasm; });
    b.until = observe;
    b.signIn = observe(() => [...document.querySelectorAll('button[type=submit]')]
        .some(x => !x.disabled && x.textContent.trim() === 'Sign in'));
    b.arm = (trigger, cond) => {
        const run = b.run = { start: null };
        const seen = e => { run.start = e.timeStamp; };
        document.addEventListener(trigger, seen, true);
        run.ready = observe(() => run.start !== null && cond()).then(t => {
            document.removeEventListener(trigger, seen, true);
            return t;
        });
    };
    b.within = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) =>
        setTimeout(() => reject(new Error(what + ' did not happen within ' + ms + ' ms')), ms))]);
    b.api = (from, to) => performance.getEntriesByType('resource')
        .filter(e => e.name.includes('/v2/') && e.startTime >= from && e.startTime <= to)
        .map(e => ({ name: e.name, start: e.startTime, end: e.responseEnd }));
    b.heading = text => [...document.querySelectorAll('h1, h2, h3')].some(h => h.textContent.trim() === text);
    b.status = () => (document.querySelector('p.list-count') || {}).textContent || '';
    b.rows = () => [...document.querySelectorAll('tbody tr[aria-rowindex]')];
})();"#;

/// Shown on the Dashboard: its heading and the "Office at a glance" list.
const DASHBOARD_SHOWN: &str = "() => __bench.heading('Dashboard') && document.querySelector('dl.counts')";
/// The Dashboard's users and devices counted (no cell says "Counting…").
const DASHBOARD_COUNTED: &str = "() => { const dl = document.querySelector('dl.counts'); \
     return dl && ![...dl.querySelectorAll('dd')].some(d => d.textContent.includes('Counting')); }";

/// One line of the table; `pass` is `None` for figures without a target.
struct Row {
    figure: String,
    measured: String,
    target: String,
    pass: Option<bool>,
}

#[derive(Default)]
struct Table {
    rows: Vec<Row>,
    notes: Vec<String>,
}

impl Table {
    fn row(&mut self, figure: impl Into<String>, measured: impl Into<String>, target: impl Into<String>, pass: bool) {
        self.rows.push(Row {
            figure: figure.into(),
            measured: measured.into(),
            target: target.into(),
            pass: Some(pass),
        });
    }

    fn info(&mut self, figure: impl Into<String>, measured: impl Into<String>) {
        self.rows.push(Row { figure: figure.into(), measured: measured.into(), target: "—".into(), pass: None });
    }

    /// A measurement that could not be taken counts as missed.
    fn failed(&mut self, figure: &str, err: &anyhow::Error) {
        self.row(figure, format!("not measured: {err:#}"), "", false);
    }

    fn print(&self) {
        let w = self.rows.iter().map(|r| r.figure.chars().count()).max().unwrap_or(0);
        let m = self.rows.iter().map(|r| r.measured.chars().count()).max().unwrap_or(0).min(60);
        println!();
        println!("{:<w$}  {:>m$}  {:<12}  result", "browser benchmark", "measured", "target");
        for r in &self.rows {
            let verdict = match r.pass {
                Some(true) => "pass",
                Some(false) => "FAIL",
                None => "",
            };
            println!("{:<w$}  {:>m$}  {:<12}  {verdict}", r.figure, r.measured, r.target);
        }
        for note in &self.notes {
            println!("  {note}");
        }
    }

    fn missed(&self) -> usize {
        self.rows.iter().filter(|r| r.pass == Some(false)).count()
    }
}

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
    report_dashboard(table, "demo seed", demo, false);
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

/// One cold load of the sign-in page.
struct Load {
    ready_ms: f64,
    /// (url, transferSize, encodedBodySize) for the document and every resource that had
    /// started by the time the form was ready.
    resources: Vec<(String, f64, f64)>,
}

/// The cold loads, and for the first one which encoding each response came in.
struct SignIn {
    loads: Vec<Load>,
    served: Vec<Served>,
}

async fn sign_in_page(h: &Harness, dist: &Path) -> Result<SignIn> {
    h.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await?;
    let mut loads = Vec::new();
    for _ in 0..SIGN_IN_LOADS {
        h.browser.goto("about:blank").await?;
        h.open("/").await?;
        let out = page(
            h,
            "const done = arguments[0];
             __bench.within(__bench.signIn, 30000, 'the sign-in form').then(ready => {
                 const nav = performance.getEntriesByType('navigation');
                 const res = performance.getEntriesByType('resource').filter(e => e.startTime <= ready);
                 done({ ready, resources: [...nav, ...res].map(e => [e.name, e.transferSize, e.encodedBodySize]) });
             }, e => done({ error: String(e) }));",
            vec![],
        )
        .await?;
        let resources = out["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| (r[0].as_str().unwrap_or_default().to_string(), num(&r[1]), num(&r[2])))
            .collect();
        loads.push(Load { ready_ms: num(&out["ready"]), resources });
    }
    let served = served(dist, &loads[0].resources);
    Ok(SignIn { loads, served })
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}

/// A response of the first view, next to the files in `dist`.
struct Served {
    /// `br`, `gzip`, `identity`, or `api` for what is not a file.
    encoding: &'static str,
    /// What it would weigh as its `.br` file (or as it is without one).
    as_br: f64,
    /// What it weighs as its `.gz` file (`gzip -9`, or as it is without one); 0 for what
    /// is not a file.
    as_gz: f64,
}

/// Which encoding each response came in, judged by comparing its encoded size with the
/// `.br`, `.gz` and plain files on disk.
fn served(dist: &Path, resources: &[(String, f64, f64)]) -> Vec<Served> {
    resources
        .iter()
        .map(|(url, _, encoded)| {
            let path = url.split("://").nth(1).and_then(|rest| rest.find('/').map(|i| &rest[i..])).unwrap_or("/");
            let path = path.split(['?', '#']).next().unwrap_or("/");
            let file = if path == "/" { "index.html" } else { path.trim_start_matches('/') };
            let size = |ext: &str| std::fs::metadata(dist.join(format!("{file}{ext}"))).map(|m| m.len() as f64).ok();
            let (br, gz, plain) = (size(".br"), size(".gz"), size(""));
            let encoding = if br == Some(*encoded) {
                "br"
            } else if gz == Some(*encoded) {
                "gzip"
            } else if plain == Some(*encoded) {
                "identity"
            } else {
                "api"
            };
            let as_gz = if encoding == "api" { 0.0 } else { gz.or(plain).unwrap_or(0.0) };
            Served { encoding, as_br: br.or(plain).unwrap_or(*encoded), as_gz }
        })
        .collect()
}

fn report_sign_in(table: &mut Table, sign_in: &SignIn) {
    let Some(first) = sign_in.loads.first() else { return };
    let transferred: f64 = first.resources.iter().map(|(_, t, _)| t).sum();
    let uncached = first.resources.iter().all(|(_, t, _)| *t > 0.0);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &sign_in.served {
        *kinds.entry(s.encoding).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let all_br: f64 = sign_in.served.iter().map(|s| s.as_br).sum();
    let files = sign_in.served.iter().filter(|s| s.encoding != "api").count();
    let gzip: f64 = sign_in.served.iter().map(|s| s.as_gz).sum();
    table.row(
        "bytes to first view (gzip -9 of the files it loads)",
        format!("{} in {files} files", kb(gzip)),
        format!("≤ {}", kb(TARGET_FIRST_VIEW_BYTES)),
        uncached && gzip <= TARGET_FIRST_VIEW_BYTES,
    );
    table.info(
        "  reference: Monster UI's Smart PBX (gzip -9, libraries + app, see notes)",
        kb(MONSTER_SHARED_LIBRARIES_GZIP + MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP),
    );
    table.info(
        "bytes to first view as sent (Resource Timing transferSize, headers incl.)",
        format!("{} in {} responses", kb(transferred), first.resources.len()),
    );
    table.notes.push(format!(
        "first view: {} as sent ({}); {} if every file came as its .br (bodies only); the browser's \
         Accept-Encoding decides which",
        kb(transferred),
        kinds.join(", "),
        kb(all_br)
    ));
    if !uncached {
        table.notes.push("first view: some responses came from a cache (transferSize 0), so the bytes are low".into());
    }
    table.notes.push(format!(
        "Monster UI reference (gzip -9, measured from its repositories): {} of shared libraries + {} of \
         Smart PBX's own ({} voip app + {} apps/common) = {}",
        kb(MONSTER_SHARED_LIBRARIES_GZIP),
        kb(MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP),
        kb(MONSTER_SMARTPBX_OWN_GZIP),
        kb(MONSTER_COMMON_GZIP),
        kb(MONSTER_SHARED_LIBRARIES_GZIP + MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP)
    ));
    let mut times: Vec<f64> = sign_in.loads.iter().map(|l| l.ready_ms).collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    table.row(
        format!("sign-in page interactive, cold (median of {})", times.len()),
        format!("{} (min {}, max {})", ms(median), ms(times[0]), ms(times[times.len() - 1])),
        format!("≤ {}", ms(TARGET_SIGN_IN_MS)),
        median <= TARGET_SIGN_IN_MS,
    );
}

/// The Dashboard, reached by clicking "Smart PBX" from My settings once signed in.
struct Dashboard {
    shown_ms: f64,
    requests_shown: Vec<String>,
    requests_counted: Vec<String>,
    counted_ms: f64,
}

async fn dashboard(h: &Harness) -> Result<Dashboard> {
    h.sign_in("Demo Co", "admin", "admin-pass").await?;
    // Landed on the Dashboard: let it finish counting before leaving it.
    page(h, &format!("const done = arguments[0]; __bench.within(__bench.until({DASHBOARD_COUNTED}), 60000, 'the first Dashboard').then(() => done({{}}), e => done({{ error: String(e) }}));"), vec![]).await?;
    h.link("My settings").await?.click().await?;
    h.heading("My settings").await?;
    page(h, &format!("__bench.arm('click', {DASHBOARD_SHOWN}); arguments[0]({{}});"), vec![]).await?;
    h.link("Smart PBX").await?.click().await?;
    let out = page(
        h,
        &format!(
            "const done = arguments[0]; const run = __bench.run;
             __bench.within(run.ready, 30000, 'the Dashboard').then(shown =>
                 __bench.within(__bench.until({DASHBOARD_COUNTED}), 60000, 'the counts').then(counted =>
                     done({{ start: run.start, shown, counted }})))
             .catch(e => done({{ error: String(e) }}));"
        ),
        vec![],
    )
    .await?;
    let (start, shown, counted) = (num(&out["start"]), num(&out["shown"]), num(&out["counted"]));
    let requests = |to: f64| api_requests(h, start, to);
    Ok(Dashboard {
        shown_ms: shown - start,
        requests_shown: requests(shown).await?,
        requests_counted: requests(counted).await?,
        counted_ms: counted - start,
    })
}

/// The Crossbar requests that started between two page times, as short paths.
async fn api_requests(h: &Harness, from: f64, to: f64) -> Result<Vec<String>> {
    let out =
        h.browser.execute("return __bench.api(arguments[0], arguments[1]);", vec![from.into(), to.into()]).await?;
    Ok(out.as_array().into_iter().flatten().map(|r| short_path(r["name"].as_str().unwrap_or_default())).collect())
}

/// `http://127.0.0.1:1234/v2/accounts/0123…/users?page_size=50` → `users?page_size=50`.
fn short_path(url: &str) -> String {
    let path = url.split("/v2/").nth(1).unwrap_or(url);
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.first() == Some(&"accounts") && parts.len() > 2 {
        parts.drain(..2);
    }
    parts.join("/")
}

fn report_dashboard(table: &mut Table, seed: &str, result: Result<Dashboard>, totals: bool) {
    let figure = format!("Dashboard shown, {seed}");
    let d = match result {
        Ok(d) => d,
        Err(err) => {
            table.failed(&figure, &err);
            return;
        }
    };
    table.info(format!("{figure} (click → heading and dl.counts)"), ms(d.shown_ms));
    let shown = d.requests_shown.len() as u64;
    table.row(
        format!("Crossbar requests until the Dashboard is shown, {seed}"),
        shown.to_string(),
        format!("≤ {TARGET_DASHBOARD_REQUESTS}"),
        shown <= TARGET_DASHBOARD_REQUESTS,
    );
    let total = d.requests_counted.len() as u64;
    let figure = format!("Crossbar requests until the counts are done, {seed}");
    let measured = format!("{total} (counted after {})", ms(d.counted_ms));
    if totals {
        table.row(
            figure,
            measured,
            format!("≤ {TARGET_DASHBOARD_TOTAL_REQUESTS}"),
            total <= TARGET_DASHBOARD_TOTAL_REQUESTS,
        );
    } else {
        table.info(figure, measured);
    }
    table.notes.push(format!("Dashboard requests, {seed}, until shown: {}", summarise(&d.requests_shown)));
    table.notes.push(format!(
        "Dashboard requests, {seed}, after it was shown: {}",
        summarise(&d.requests_counted[d.requests_shown.len().min(d.requests_counted.len())..])
    ));
}

/// `a, b ×3, c`: repeated paths (without their query) counted once.
fn summarise(paths: &[String]) -> String {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for p in paths {
        let key = p.split('?').next().unwrap_or(p).to_string();
        match seen.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => seen.push((key, 1)),
        }
    }
    if seen.is_empty() {
        return "none".into();
    }
    seen.iter().map(|(k, n)| if *n > 1 { format!("{k} ×{n}") } else { k.clone() }).collect::<Vec<_>>().join(", ")
}

async fn users_at_scale(h: &Harness, table: &mut Table) {
    match users_first_rows(h).await {
        Ok((took, requests)) => table.row(
            "Users first rows, 10k users (click → first row)",
            format!("{} ({requests} requests)", ms(took)),
            format!("≤ {}", ms(TARGET_USERS_FIRST_ROWS_MS)),
            took <= TARGET_USERS_FIRST_ROWS_MS,
        ),
        Err(err) => {
            table.failed("Users first rows, 10k users", &err);
            return;
        }
    }
    match search(h).await {
        Ok((total, after_request)) => table.row(
            format!("search typed → rows, from its request (total incl. {SEARCH_DEBOUNCE_MS:.0} ms debounce)"),
            format!("{} (total {})", ms(after_request), ms(total)),
            format!("≤ {}", ms(TARGET_SEARCH_MS)),
            after_request <= TARGET_SEARCH_MS,
        ),
        Err(err) => table.failed("search typed → rows shown", &err),
    }
    match deep_scroll(h).await {
        Ok(scroll) => {
            table.info(
                format!("deep scroll to {DEEP_ROWS} rows, 10k users (time)"),
                format!("{} ({} loaded, {} requests)", ms(scroll.took_ms), scroll.loaded, scroll.requests),
            );
            table.row(
                "deep scroll: most table rows in the DOM at once",
                scroll.max_dom_rows.to_string(),
                format!("≤ {TARGET_DOM_ROWS}"),
                scroll.max_dom_rows <= TARGET_DOM_ROWS && scroll.loaded >= DEEP_ROWS,
            );
        }
        Err(err) => {
            table.failed("deep scroll", &err);
            return;
        }
    }
    match memory(h).await {
        Ok((js, wasm)) => table.row(
            "JS heap + wasm memory after the deep scroll (after GC)",
            format!("{:.1} MB ({:.1} JS heap + {:.1} wasm)", (js + wasm) / MB, js / MB, wasm / MB),
            format!("≤ {:.0} MB", TARGET_HEAP_BYTES / MB),
            js + wasm <= TARGET_HEAP_BYTES,
        ),
        Err(err) => table.failed("JS heap after the deep scroll", &err),
    }
}

/// From the Dashboard, click "Users": time until the first user row is in the table.
async fn users_first_rows(h: &Harness) -> Result<(f64, usize)> {
    page(
        h,
        "__bench.arm('click', () => __bench.heading('Users') && __bench.rows().length > 0); arguments[0]({});",
        vec![],
    )
    .await?;
    h.link("Users").await?.click().await?;
    let out = page(
        h,
        "const done = arguments[0]; const run = __bench.run;
         __bench.within(run.ready, 30000, 'the first user row').then(ready => done({ start: run.start, ready }),
             e => done({ error: String(e) }));",
        vec![],
    )
    .await?;
    let (start, ready) = (num(&out["start"]), num(&out["ready"]));
    Ok((ready - start, api_requests(h, start, ready).await?.len()))
}

/// Types `SEARCH` into the search box: (last key → matching rows shown, the search
/// request's start → matching rows shown).
async fn search(h: &Harness) -> Result<(f64, f64)> {
    page(
        h,
        "const [typed, done] = arguments; const fragment = typed.toLowerCase(); const b = __bench;
         b.arm('input', () => b.status().includes('match') && b.rows().length > 0
             && b.rows().every(r => r.textContent.toLowerCase().includes(fragment)));
         done({});",
        vec![SEARCH.into()],
    )
    .await?;
    h.fill("Search users by name", SEARCH).await?;
    let out = page(
        h,
        "const done = arguments[0]; const run = __bench.run;
         __bench.within(run.ready, 30000, 'the matching rows').then(ready => {
             const search = __bench.api(run.start, ready).filter(r => r.name.includes('/search?'));
             done({ start: run.start, ready, request: search.length ? search[0].start : null });
         }, e => done({ error: String(e) }));",
        vec![],
    )
    .await?;
    let (start, ready) = (num(&out["start"]), num(&out["ready"]));
    let request = out["request"].as_f64().context("no search request was seen in Resource Timing")?;
    // Back to the whole list for the scroll.
    h.fill("Search users by name", "").await?;
    page(
        h,
        "const done = arguments[0];
         __bench.within(__bench.until(() => !__bench.status().includes('match') && __bench.rows().length > 0),
             30000, 'the whole list again').then(() => done({}), e => done({ error: String(e) }));",
        vec![],
    )
    .await?;
    Ok((ready - start, ready - request))
}

struct Scroll {
    took_ms: f64,
    loaded: u64,
    max_dom_rows: u64,
    requests: u64,
}

/// Scrolls the users table's box to the bottom, waits for the next page (the status line
/// changes and "Load more" is enabled again), and again, until `DEEP_ROWS` are loaded.
async fn deep_scroll(h: &Harness) -> Result<Scroll> {
    let out = page(
        h,
        "const [target, done] = arguments;
         const b = __bench;
         const box = document.querySelector('.table-scroll');
         const shown = () => { const m = b.status().replace(/[,.\\u00a0\\u202f](?=\\d{3})/g, '').match(/\\d+/); return m ? Number(m[0]) : 0; };
         const idle = () => { const more = [...document.querySelectorAll('button')].find(x => x.textContent.trim() === 'Load more'); return !more || !more.disabled; };
         (async () => {
             const start = performance.now();
             let most = b.rows().length;
             while (shown() < target) {
                 const before = b.status();
                 box.scrollTop = box.scrollHeight;
                 box.dispatchEvent(new Event('scroll'));
                 await b.within(b.until(() => b.status() !== before && idle()), 30000, 'the next page after ' + before);
                 most = Math.max(most, b.rows().length);
             }
             const end = performance.now();
             box.scrollTop = box.scrollHeight;
             box.dispatchEvent(new Event('scroll'));
             most = Math.max(most, b.rows().length);
             return { took: end - start, loaded: shown(), most, requests: b.api(start, end).length };
         })().then(done, e => done({ error: String(e) }));",
        vec![DEEP_ROWS.into()],
    )
    .await?;
    Ok(Scroll {
        took_ms: num(&out["took"]),
        loaded: out["loaded"].as_u64().unwrap_or(0),
        max_dom_rows: out["most"].as_u64().unwrap_or(u64::MAX),
        requests: out["requests"].as_u64().unwrap_or(0),
    })
}

/// (JS heap, wasm linear memory) after a full garbage collection: the JS heap from CDP
/// `Runtime.getHeapUsage`, the wasm memory (where the app's own data lives, which the JS
/// heap leaves out) from the module Trunk's loader announced.
async fn memory(h: &Harness) -> Result<(f64, f64)> {
    h.cdp("HeapProfiler.collectGarbage", json!({})).await?;
    let usage = h.cdp("Runtime.getHeapUsage", json!({})).await?;
    let js = usage["usedSize"].as_f64().context("Runtime.getHeapUsage gave no usedSize")?;
    let wasm = h
        .browser
        .execute("return __bench.wasm ? __bench.wasm.memory.buffer.byteLength : null;", vec![])
        .await?
        .as_f64()
        .context("the app's wasm memory was not seen (no TrunkApplicationStarted event)")?;
    Ok((js, wasm))
}
