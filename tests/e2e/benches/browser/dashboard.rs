//! The Dashboard: how soon it is shown and how many requests it and its counts take.

use super::*;

/// The Dashboard, reached by clicking "Smart PBX" from My settings once signed in.
pub(crate) struct Dashboard {
    pub(crate) shown_ms: f64,
    pub(crate) requests_shown: Vec<String>,
    pub(crate) requests_counted: Vec<String>,
    pub(crate) counted_ms: f64,
}

pub(crate) async fn dashboard(h: &Harness) -> Result<Dashboard> {
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
pub(crate) async fn api_requests(h: &Harness, from: f64, to: f64) -> Result<Vec<String>> {
    let out =
        h.browser.execute("return __bench.api(arguments[0], arguments[1]);", vec![from.into(), to.into()]).await?;
    Ok(out.as_array().into_iter().flatten().map(|r| short_path(r["name"].as_str().unwrap_or_default())).collect())
}

/// `http://127.0.0.1:1234/v2/accounts/0123…/users?page_size=50` → `users?page_size=50`.
pub(crate) fn short_path(url: &str) -> String {
    let path = url.split("/v2/").nth(1).unwrap_or(url);
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.first() == Some(&"accounts") && parts.len() > 2 {
        parts.drain(..2);
    }
    parts.join("/")
}

pub(crate) fn report_dashboard(table: &mut Table, seed: &str, result: Result<Dashboard>, totals: bool) {
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
pub(crate) fn summarise(paths: &[String]) -> String {
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
