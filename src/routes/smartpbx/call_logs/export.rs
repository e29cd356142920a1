//! Call Logs › Export CSV: the calls on screen — the chosen days and filters — one row
//! per call as the table shows it (when, from, to, how long, which way), read page by
//! page from `GET /cdrs/interaction` like the table. Smart PBX instead asks Crossbar for
//! its own CSV of every leg with `paginate=false` (monster-ui-voip
//! `submodules/callLogs/callLogs.js`): one unpaged request, a row per leg, raw Gregorian
//! times. The file is offered as a download link, every cell a spreadsheet would run as
//! a formula made text.

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;

use crate::api::{fetch_all_pages, use_save, Crossbar};
use patchbay_crossbar::csv::line;
use serde_json::Value;

use super::{call_summary_in, session_timezone};
use crate::components::error_notice::error_text;
use crate::i18n::{arg, t, t_with};

/// A `blob:` URL holding the CSV text.
fn csv_url(text: &str) -> Option<String> {
    crate::components::download::text_url(text, "text/csv")
}

/// The CSV text: a header row, then one row per call.
fn calls_csv(header: [String; 5], calls: &[Value], tz: Option<&str>) -> String {
    let mut out = line(header.iter().map(String::as_str));
    out.push_str("\r\n");
    for c in calls {
        let s = call_summary_in(c, tz);
        out.push_str(&line([s.when.as_str(), &s.from, &s.to, &s.duration, &s.direction]));
        out.push_str("\r\n");
    }
    out
}

#[component]
pub fn CsvExport(
    /// The query of the calls on screen (`created_from=…&created_to=…` and the filters), or
    /// why there is none.
    range: Signal<Result<String, &'static str>>,
    /// "2026-11-17_2026-11-23", for the file name.
    #[prop(into)]
    days: Signal<String>,
) -> impl IntoView {
    let account = expect_context::<Crossbar>().account_id();
    let ready = RwSignal::new(None::<(String, String, usize)>);
    let error = RwSignal::new(None::<String>);
    let forget = move || {
        if let Some((old, _, _)) = ready.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
    };
    // The file's memory goes when the screen does.
    on_cleanup(forget);
    let tz = session_timezone();
    let header = ["col-when", "col-from", "col-to", "col-duration", "col-direction"].map(t);
    let fetch = use_save(
        |_: &(String, String)| t("action-export-call-logs"),
        move |call, (query, name): (String, String)| {
            let path = format!("accounts/{}/cdrs/interaction", seg(&account));
            let (tz, header) = (tz.clone(), header.clone());
            async move {
                let calls = fetch_all_pages(&call, &path, &query).await.map_err(|e| error_text(&e))?;
                // `line` neutralises every cell: a caller ID name is whatever the far end sent.
                let text = calls_csv(header, &calls, tz.as_deref());
                let url = csv_url(&text).ok_or_else(|| t("call-logs-csv-failed"))?;
                Ok::<_, String>((url, name, calls.len()))
            }
        },
    );
    watch(move || match fetch.value().get() {
        Some(Ok(file)) => ready.set(Some(file)),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let busy = fetch.pending();
    let export = move |_| {
        let Ok(query) = range.get_untracked() else { return };
        error.set(None);
        forget();
        ready.set(None);
        fetch.dispatch((query, format!("call-logs_{}.csv", days.get_untracked())));
    };
    view! {
        <div class="csv-export">
            <button type="button" on:click=export disabled=move || busy.get() || range.with(Result::is_err)>
                {t("call-logs-export")}
            </button>
            <span role="status">
                {move || ready.get().map(|(url, name, n)| view! {
                    {t_with("call-logs-csv-ready", &[("count", n.into())])} " "
                    <a href=url download=name.clone()>{t_with("call-logs-csv-download", &[("name", arg(name.clone()))])}</a>
                })}
            </span>
            {move || error.get().map(|e| view! { <p class="error-notice" role="alert">{e}</p> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_one_row_and_formulas_are_text() {
        let header = ["When", "From", "To", "Duration", "Direction"].map(String::from);
        let calls = vec![serde_json::json!({"caller_id_name": "=HYPERLINK(1)", "caller_id_number": "+14155550100",
            "callee_id_number": "2001", "duration_seconds": "65", "direction": "x"})];
        let text = calls_csv(header, &calls, None);
        let rows = patchbay_crossbar::csv::records(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], vec!["When", "From", "To", "Duration", "Direction"]);
        assert_eq!(rows[1][1], "'=HYPERLINK(1) (+1 415-555-0100)");
        assert_eq!(rows[1][3], "1:05");
    }
}
