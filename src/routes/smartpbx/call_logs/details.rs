//! One call of Call Logs opened up, as Smart PBX does (monster-ui-voip `submodules/callLogs/callLogs.js`
//! `callLogsGetLegs`, `callLogsShowDetailsPopup`): its legs
//! (`GET /cdrs/legs/{interaction}`) and the full record of a leg (`GET /cdrs/{id}`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::fetch_all_pages;
use crate::api::{use_load, Crossbar};
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_or, t_with};
use crate::routes::smartpbx::json::str_field;
use patchbay_monster::phone::readable;

/// Why a leg ended, in words ("Busy"); a cause without a line in the translations
/// shows as stored (the full record, one click away, always has the raw fields).
pub fn hangup_in_words(cause: &str) -> String {
    if cause.is_empty() {
        return "—".to_string();
    }
    t_or(&format!("hangup-{cause}"), cause)
}

/// "+1 415-555-0100 → 1002, 0:42, ended normally" for a leg row.
fn leg_summary(leg: &Value) -> String {
    let secs = str_field(leg, "duration_seconds").parse().unwrap_or(0);
    t_with(
        "call-leg-summary",
        &[
            ("from", arg(readable(str_field(leg, "caller_id_number")))),
            ("to", arg(readable(str_field(leg, "callee_id_number")))),
            ("duration", arg(super::clock(secs))),
            ("hangup", arg(hangup_in_words(str_field(leg, "hangup_cause")))),
        ],
    )
}

/// The "Legs" disclosure of one call row: the legs are read when it is opened.
#[component]
pub fn CallLegs(interaction: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let panel_id = unique_id("call-legs");
    view! {
        <button type="button" aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone() on:click=move |_| open.update(|o| *o = !*o)>
            {t("call-legs-show")}
        </button>
        <div id=panel_id hidden=move || !open.get()>
            {move || open.get().then(|| view! { <LegList interaction=interaction.clone() /> })}
        </div>
    }
}

#[component]
fn LegList(interaction: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let legs = use_load(
        || t("action-open-call-legs"),
        move |call| {
            let path = format!("accounts/{}/cdrs/legs/{}", seg(&client.account_id()), seg(&interaction));
            async move { fetch_all_pages(&call, &path, "").await }
        },
    );
    view! {
        <Loaded load=legs let:rows>
            <ol class="call-legs" aria-label=t("call-legs-label")>
                {rows.into_iter().map(|leg| view! {
                    <li>{leg_summary(&leg)} " " <CdrDetails id=str_field(&leg, "id").to_string() /></li>
                }).collect_view()}
            </ol>
        </Loaded>
    }
}

/// "Details" of one CDR: the whole record as Crossbar stores it, read when opened.
#[component]
pub fn CdrDetails(id: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let panel_id = unique_id("cdr-details");
    // Says what opens (the leg's record as logged), not "Record", which reads as
    // recording the call.
    let label = t("cdr-details-of");
    view! {
        <button type="button" aria-label=label aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone() on:click=move |_| open.update(|o| *o = !*o)>
            {t("cdr-details")}
        </button>
        <div id=panel_id hidden=move || !open.get()>
            {move || open.get().then(|| view! { <CdrJson id=id.clone() /> })}
        </div>
    }
}

#[component]
fn CdrJson(id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let doc = use_load(
        || t("action-open-cdr"),
        move |call| {
            let path = format!("accounts/{}/cdrs/{}", seg(&client.account_id()), seg(&id));
            async move { Ok(serde_json::to_string_pretty(&call.get(&path).await?.data).unwrap_or_default()) }
        },
    );
    view! {
        <Loaded load=doc let:json>
            <pre class="cdr-json" tabindex="0">{json}</pre>
        </Loaded>
    }
}
