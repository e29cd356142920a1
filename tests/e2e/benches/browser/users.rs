//! The 10,000-user list: first rows, search, a deep scroll and the memory it leaves.

use super::dashboard::api_requests;
use super::*;

pub(crate) async fn users_at_scale(h: &Harness, table: &mut Table) {
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
pub(crate) async fn users_first_rows(h: &Harness) -> Result<(f64, usize)> {
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
pub(crate) async fn search(h: &Harness) -> Result<(f64, f64)> {
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

pub(crate) struct Scroll {
    pub(crate) took_ms: f64,
    pub(crate) loaded: u64,
    pub(crate) max_dom_rows: u64,
    pub(crate) requests: u64,
}

/// Scrolls the users table's box to the bottom, waits for the next page (the status line
/// changes and "Load more" is enabled again), and again, until `DEEP_ROWS` are loaded.
pub(crate) async fn deep_scroll(h: &Harness) -> Result<Scroll> {
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
pub(crate) async fn memory(h: &Harness) -> Result<(f64, f64)> {
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
