//! One call of Call Logs opened up, as Smart PBX does (monster-ui-voip `submodules/callLogs/callLogs.js`
//! `callLogsGetLegs`, `callLogsShowDetailsPopup`): its legs
//! (`GET /cdrs/legs/{interaction}`) and the full record of a leg (`GET /cdrs/{id}`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::Crossbar;
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::dashboard::all_rows;
use crate::routes::smartpbx::json::str_field;

/// "1001 → 1002, 0:42, NORMAL_CLEARING" for a leg row.
fn leg_summary(leg: &Value) -> String {
    let secs = str_field(leg, "duration_seconds").parse().unwrap_or(0);
    t_with(
        "call-leg-summary",
        &[
            ("from", arg(str_field(leg, "caller_id_number"))),
            ("to", arg(str_field(leg, "callee_id_number"))),
            ("duration", arg(super::clock(secs))),
            ("hangup", arg(str_field(leg, "hangup_cause"))),
        ],
    )
}

/// The "Legs" disclosure of one call row.
#[component]
pub fn CallLegs(interaction: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let open = RwSignal::new(false);
    let legs = RwSignal::new(None::<Result<Vec<Value>, String>>);
    let panel_id = unique_id("call-legs");
    let interaction = StoredValue::new(interaction);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if !open.get_untracked() || legs.with_untracked(|l| matches!(l, Some(Ok(_)))) {
            return;
        }
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        let id = interaction.get_value();
        spawn_local(async move {
            let call = client.action(t("action-open-call-legs"));
            let result = all_rows(&call, format!("accounts/{}/cdrs/legs/{}", seg(&account), seg(&id)), "").await;
            legs.set(Some(result.map_err(|e| error_text(&e))));
        });
    };
    view! {
        <button type="button" aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone() on:click=toggle>
            {t("call-legs-show")}
        </button>
        <div id=panel_id hidden=move || !open.get()>
            {move || match legs.get() {
                None => view! { <p role="status">{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-notice" role="alert">{e}</p> }.into_any(),
                Some(Ok(rows)) => view! {
                    <ol class="call-legs" aria-label=t("call-legs-label")>
                        {rows.into_iter().map(|leg| view! {
                            <li>{leg_summary(&leg)} " " <CdrDetails id=str_field(&leg, "id").to_string() /></li>
                        }).collect_view()}
                    </ol>
                }.into_any(),
            }}
        </div>
    }
}

/// "Details" of one CDR: the whole record as Crossbar stores it.
#[component]
pub fn CdrDetails(id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let open = RwSignal::new(false);
    let doc = RwSignal::new(None::<Result<String, String>>);
    let panel_id = unique_id("cdr-details");
    let label = t_with("cdr-details-of", &[("id", arg(id.clone()))]);
    let id = StoredValue::new(id);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if !open.get_untracked() || doc.with_untracked(|d| matches!(d, Some(Ok(_)))) {
            return;
        }
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        let id = id.get_value();
        spawn_local(async move {
            let call = client.action(t("action-open-cdr"));
            let result = call.get(&format!("accounts/{}/cdrs/{}", seg(&account), seg(&id))).await;
            let text = result
                .map(|env| serde_json::to_string_pretty(&env.data).unwrap_or_default())
                .map_err(|e| error_text(&e));
            doc.set(Some(text));
        });
    };
    view! {
        <button type="button" aria-label=label aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone() on:click=toggle>
            {t("cdr-details")}
        </button>
        <div id=panel_id hidden=move || !open.get()>
            {move || match doc.get() {
                None => view! { <p role="status">{t("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error-notice" role="alert">{e}</p> }.into_any(),
                Some(Ok(json)) => view! { <pre class="cdr-json" tabindex="0">{json}</pre> }.into_any(),
            }}
        </div>
    }
}
