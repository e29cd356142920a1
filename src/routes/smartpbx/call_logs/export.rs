//! Call Logs › Export CSV: Crossbar's own CSV of every CDR in the chosen days
//! (`GET /cdrs?created_from&created_to&paginate=false` with `Accept: text/csv`, as
//! Smart PBX asks for it, monster-ui-voip `submodules/callLogs/callLogs.js`). A CSV body has no envelope and so no
//! `next_start_key`: one unpaged request is the only way to get the whole range, which
//! Crossbar caps at 31 days. The request goes through the Crossbar client (so the
//! inspector shows it and the token stays out of the URL); the file is then offered
//! as a download link, every cell that a spreadsheet would run as a formula made text.

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;
use wasm_bindgen::JsValue;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::i18n::{arg, t, t_with};

/// A `blob:` URL holding the CSV text.
fn csv_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Records after the header row (a quoted cell may hold a line break).
fn record_count(text: &str) -> usize {
    patchbay_crossbar::csv::records(text).len().saturating_sub(1)
}

#[component]
pub fn CsvExport(
    /// `created_from=…&created_to=…` of the range shown, or why there is none.
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
    let fetch = use_save(
        |_: &(String, String)| t("action-export-call-logs"),
        move |call, (query, name): (String, String)| {
            let path = format!("accounts/{}/cdrs?{query}&paginate=false", seg(&account));
            async move {
                let text = call.get_csv(&path).await.map_err(|e| error_text(&e))?;
                // A caller ID name is whatever the far end sent; the file must not run
                // formulas when opened (Crossbar's own CSV is not neutralised).
                let url =
                    csv_url(&patchbay_crossbar::csv::neutralise(&text)).ok_or_else(|| t("call-logs-csv-failed"))?;
                Ok::<_, String>((url, name, record_count(&text)))
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
    fn the_header_row_is_not_a_record() {
        assert_eq!(record_count("id,call_id\r\na,b\r\nc,d\r\n"), 2);
        assert_eq!(record_count("id,call_id\n"), 0);
        assert_eq!(record_count(""), 0);
    }
}
