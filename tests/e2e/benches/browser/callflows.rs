//! A 500-node callflow in the editor: opening it (click → every step drawn) and editing
//! it (Turn off a deep step, then Undo), each timed inside the page.

use super::*;

/// Steps in the benchmark's callflow: a menu of 9 menus of 9 menus of 5 messages.
const FANOUT: [usize; 3] = [9, 9, 5];

fn node(depth: usize) -> Value {
    if depth == FANOUT.len() {
        return json!({"module": "play", "data": {"id": "silence_stream://300000"}, "children": {}});
    }
    let children: serde_json::Map<String, Value> =
        (1..=FANOUT[depth]).map(|k| (k.to_string(), node(depth + 1))).collect();
    json!({"module": "menu", "data": {"id": "null"}, "children": children})
}

fn steps() -> usize {
    let mut total = 1;
    let mut level = 1;
    for n in FANOUT {
        level *= n;
        total += level;
    }
    total
}

pub(crate) async fn callflow_editor(h: &Harness, table: &mut Table) {
    match run(h).await {
        Ok((open, turn_off, undo)) => {
            let n = steps();
            table.row(
                format!("Callflows: open a {n}-step callflow (click → every step drawn, median of {CALLFLOW_OPENS})"),
                format!("{} (min {}, max {})", ms(open.median), ms(open.min), ms(open.max)),
                format!("≤ {}", ms(TARGET_CALLFLOW_OP_MS)),
                open.median <= TARGET_CALLFLOW_OP_MS,
            );
            table.row(
                format!("Callflows: turn a step off in a {n}-step callflow (click → drawn)"),
                ms(turn_off),
                format!("≤ {}", ms(TARGET_CALLFLOW_OP_MS)),
                turn_off <= TARGET_CALLFLOW_OP_MS,
            );
            table.row(
                format!("Callflows: Undo in a {n}-step callflow (click → drawn)"),
                ms(undo),
                format!("≤ {}", ms(TARGET_CALLFLOW_OP_MS)),
                undo <= TARGET_CALLFLOW_OP_MS,
            );
        }
        Err(err) => table.failed("Callflows: a 500-step callflow", &err),
    }
}

/// How many times the callflow is opened from the list.
const CALLFLOW_OPENS: usize = 5;

/// The opens' times.
struct Opened {
    median: f64,
    min: f64,
    max: f64,
}

async fn run(h: &Harness) -> Result<(Opened, f64, f64)> {
    let account = h.account_id().await?;
    let body = json!({"name": "Bench tree", "numbers": ["2990"], "flow": node(0)});
    let (status, answer) = h.api("PUT", &format!("accounts/{account}/callflows"), Some(body)).await?;
    if status != 201 {
        bail!("creating the callflow: {status} {answer}");
    }
    let n = steps();
    let drawn = format!("() => document.querySelectorAll('[role=treeitem]').length >= {n}");
    // Opened several times from the list (one open is one sample of a noisy figure); the
    // median is reported.
    let mut opens = Vec::new();
    for _ in 0..CALLFLOW_OPENS {
        h.link("Callflows").await?.click().await?;
        h.heading("Callflows").await?;
        opens.push(timed_click(h, &drawn, || async { h.link("Bench tree").await }).await?);
    }
    opens.sort_by(f64::total_cmp);
    let open = Opened { median: opens[opens.len() / 2], min: opens[0], max: opens[opens.len() - 1] };
    // The last step, selected (not timed), then turned off and back.
    page(
        h,
        "document.querySelectorAll('[role=treeitem]')[arguments[0] - 1].click(); arguments[1]({});",
        vec![json!(n)],
    )
    .await?;
    let off = "() => document.querySelectorAll('.cf-node--off').length === 1";
    let turn_off = timed_click(h, off, || async { h.button("Turn off").await }).await?;
    let back = "() => document.querySelectorAll('.cf-node--off').length === 0";
    let undo = timed_click(h, back, || async { h.button("Undo").await }).await?;
    Ok((open, turn_off, undo))
}

/// Arms the page for `cond`, clicks what `target` finds, and returns click → `cond`.
async fn timed_click<F, Fut>(h: &Harness, cond: &str, target: F) -> Result<f64>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<fantoccini::elements::Element>>,
{
    page(h, &format!("__bench.arm('click', {cond}); arguments[0]({{}});"), vec![]).await?;
    target().await?.click().await?;
    let out = page(
        h,
        "const done = arguments[0]; const run = __bench.run;
         __bench.within(run.ready, 30000, 'the change drawn').then(ready => done({ start: run.start, ready }),
             e => done({ error: String(e) }));",
        vec![],
    )
    .await?;
    Ok(num(&out["ready"]) - num(&out["start"]))
}

/// The Callflows list of the 10,000-user account (a Smart PBX callflow per user, shown
/// with "Show all callflows"): the first rows, paged from the server, never asked for
/// whole with `paginate=false`.
pub(crate) async fn callflows_at_scale(h: &Harness, table: &mut Table) {
    match list_at_scale(h).await {
        Ok((took, requests, whole)) => {
            table.row(
                "Callflows list, 10k users' callflows (Show all → first rows)",
                format!("{} ({} requests)", ms(took), requests.len()),
                format!("≤ {}", ms(TARGET_USERS_FIRST_ROWS_MS)),
                took <= TARGET_USERS_FIRST_ROWS_MS,
            );
            table.row("Callflows list: requests with paginate=false", whole.to_string(), "0".to_string(), whole == 0);
        }
        Err(err) => table.failed("Callflows list, 10k users' callflows", &err),
    }
}

async fn list_at_scale(h: &Harness) -> Result<(f64, Vec<String>, usize)> {
    let opened = num(&page(h, "arguments[0](performance.now())", vec![]).await?);
    h.link("Callflows").await?.click().await?;
    h.heading("Callflows").await?;
    // Ready when the list says something new (its count) and shows rows.
    page(
        h,
        "const before = __bench.status(); __bench.arm('click', () => __bench.status() !== before && __bench.rows().length > 0); arguments[0]({});",
        vec![],
    )
    .await?;
    h.field("Show all callflows").await?.click().await?;
    let out = page(
        h,
        "const done = arguments[0]; const run = __bench.run;
         __bench.within(run.ready, 30000, 'the first callflow row').then(ready => done({ start: run.start, ready }),
             e => done({ error: String(e) }));",
        vec![],
    )
    .await?;
    let (start, ready) = (num(&out["start"]), num(&out["ready"]));
    let requests = dashboard::api_requests(h, start, ready).await?;
    let whole = dashboard::api_requests(h, opened, ready).await?;
    Ok((ready - start, requests, whole.iter().filter(|r| r.contains("paginate=false")).count()))
}
