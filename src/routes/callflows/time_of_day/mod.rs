//! Time of Day: the account's time-of-day rules and sets, which a callflow's "Time of Day"
//! step branches on (monster-ui-callflows `submodules/timeofday/timeofday.js`,
//! `submodules/temporalset/temporalset.js`). Each opens in a dialog; Smart PBX's office
//! hours and holidays are listed as Smart PBX's, to be changed on its Main Number screen.

mod rule_dialog;
mod set_dialog;

pub use rule_dialog::{RuleDialog, RuleTarget};

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::time_of_day::{rule_form, Cycle};
use patchbay_monster::stamp::{origin_of, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::account_path;
use super::delete_question::{use_deletion, DeleteQuestion, Deletion};
use crate::api::{use_load, ActionScope};
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::{Screen, Spbx};
use patchbay_crossbar::CrossbarError;
use set_dialog::SetDialog;

/// What a rule means, in words: "Monday, Friday · 9:00 AM – 5:00 PM".
fn rule_summary(doc: &Value) -> String {
    let form = rule_form(doc, 0);
    let lang = i18n::language();
    let day = |d: &str| t(&format!("weekday-{d}"));
    let days = match form.cycle {
        Cycle::Weekly => form.wdays.iter().map(|d| day(d)).collect::<Vec<_>>().join(", "),
        Cycle::Monthly | Cycle::Yearly => {
            let which = if form.ordinal == "every" {
                let days: Vec<String> = form.days.iter().map(u8::to_string).collect();
                t_with("tod-on-day", &[("day", arg(days.join(", ")))])
            } else {
                format!("{} {}", t(&format!("tod-ordinal-{}", form.ordinal)), day(form.weekday))
            };
            match form.cycle {
                Cycle::Yearly => format!("{} · {which}", i18n::format_month(form.month, &lang)),
                _ => t_with("tod-monthly-on", &[("which", arg(which))]),
            }
        }
    };
    let hours = if form.all_day {
        t("tod-all-day")
    } else {
        format!("{} – {}", i18n::format_time_of_day(form.from, &lang), i18n::format_time_of_day(form.to, &lang))
    };
    let forced = match form.enabled {
        Some(true) => format!(" · {}", t("tod-status-on")),
        Some(false) => format!(" · {}", t("tod-status-off")),
        None => String::new(),
    };
    format!("{days} · {hours}{forced}")
}

/// Each listed row's whole document.
async fn whole_docs(call: &ActionScope, collection: &str, rows: Vec<Value>) -> Result<Vec<Value>, CrossbarError> {
    let base = format!("{}/{collection}", account_path());
    let reads = rows.iter().map(|row| {
        let path = format!("{base}/{}", seg(str_field(row, "id")));
        async move { call.get_owned(path).await.map(|e| e.data) }
    });
    futures::future::join_all(reads).await.into_iter().collect()
}

#[derive(Clone)]
struct Listing {
    rules: Vec<Value>,
    sets: Vec<Value>,
}

#[component]
pub fn TimeOfDayScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let listing = use_load(
        || t("action-open-time-of-day"),
        |call| async move {
            let base = account_path();
            let (rules, sets) = (format!("{base}/temporal_rules"), format!("{base}/temporal_rules_sets"));
            let (rules, sets) = futures::join!(fetch_all_pages(&call, &rules, ""), fetch_all_pages(&call, &sets, ""));
            // The listings hold names only; what a rule means and what a set holds are
            // in the documents.
            let (rules, sets) = futures::join!(
                whole_docs(&call, "temporal_rules", rules?),
                whole_docs(&call, "temporal_rules_sets", sets?)
            );
            Ok(Listing { rules: rules?, sets: sets? })
        },
    );
    let rule = RwSignal::new(None::<RuleTarget>);
    let set = RwSignal::new(None::<Value>);
    let said = RwSignal::new(None::<String>);
    let rule_names = Signal::derive(move || {
        listing
            .get()
            .and_then(Result::ok)
            .map(|l| {
                l.rules.iter().map(|r| (str_field(r, "id").to_string(), str_field(r, "name").to_string())).collect()
            })
            .unwrap_or_default()
    });
    let on_rule_saved = Callback::new(move |(_, name): (String, String)| {
        said.set(Some(t_with("tod-saved", &[("name", arg(name))])));
        listing.refetch();
    });
    let on_set_saved = Callback::new(move |_| {
        said.set(Some(t("tod-set-saved")));
        listing.refetch();
    });
    let deletion = use_deletion("action-delete-time-of-day", move |outcome| match outcome {
        Ok(()) => {
            said.set(Some(t("tod-deleted")));
            listing.refetch();
        }
        Err(e) => said.set(Some(e)),
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <h2 id="screen-title">{t("tod-title")}</h2>
            <p>{t("tod-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/temporal_rules", "/v2/accounts/x/temporal_rules_sets"] />
            <p class="form-actions">
                <button type="button" class="primary" on:click=move |_| rule.set(Some(RuleTarget::New))>{t("tod-new")}</button>
                <button type="button" on:click=move |_| set.set(Some(Value::Object(Default::default())))>{t("tod-set-new")}</button>
            </p>
            <p role="status" class="save-status">{move || said.get()}</p>
            <DeleteQuestion deletion=deletion question_key="tod-delete-confirm" />
            <Loaded load=listing reread=true let:listing>
                <RuleTable rules=listing.rules rule=rule deletion=deletion />
                <SetTable sets=listing.sets rules=rule_names.get_untracked() set=set deletion=deletion />
            </Loaded>
            <RuleDialog target=rule on_saved=on_rule_saved />
            <SetDialog target=set rules=rule_names on_saved=on_set_saved />
        </section>
    }
}

#[component]
fn RuleTable(rules: Vec<Value>, rule: RwSignal<Option<RuleTarget>>, deletion: Deletion) -> impl IntoView {
    if rules.is_empty() {
        return view! { <p>{t("tod-empty")}</p> }.into_any();
    }
    let main_number = Screen::SmartPbx(Spbx::MainNumber).href();
    view! {
        <table class="table">
            <caption>{t("tod-rules")}</caption>
            <thead><tr><th scope="col">{t("col-name")}</th><th scope="col">{t("tod-col-when")}</th><th scope="col"><span class="visually-hidden">{t("tod-col-actions")}</span></th></tr></thead>
            <tbody>
                {rules.into_iter().map(|doc| {
                    let name = str_field(&doc, "name").to_string();
                    let id = str_field(&doc, "id").to_string();
                    let summary = rule_summary(&doc);
                    let smartpbx = origin_of(&doc) == Some(ORIGIN_SMARTPBX);
                    let label = name.clone();
                    view! {
                        <tr>
                            <th scope="row"><button type="button" class="link" on:click=move |_| rule.set(Some(RuleTarget::Existing(doc.clone())))>{name.clone()}</button></th>
                            <td>{summary}</td>
                            <td>{if smartpbx {
                                view! { <A href=main_number.clone()>{t("tod-made-by-smartpbx-short")}</A> }.into_any()
                            } else {
                                view! { <button type="button" aria-label=t_with("tod-delete-named", &[("name", arg(label.clone()))])
                                    on:click=move |_| deletion.ask("temporal_rules", &id, label.clone())>{t("delete")}</button> }.into_any()
                            }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn SetTable(
    sets: Vec<Value>,
    rules: Vec<(String, String)>,
    set: RwSignal<Option<Value>>,
    deletion: Deletion,
) -> impl IntoView {
    if sets.is_empty() {
        return view! { <p>{t("tod-sets-empty")}</p> }.into_any();
    }
    let rule_name =
        move |id: &str| rules.iter().find(|(r, _)| r == id).map_or_else(|| id.to_string(), |(_, n)| n.clone());
    view! {
        <table class="table">
            <caption>{t("tod-sets")}</caption>
            <thead><tr><th scope="col">{t("col-name")}</th><th scope="col">{t("tod-col-rules")}</th><th scope="col"><span class="visually-hidden">{t("tod-col-actions")}</span></th></tr></thead>
            <tbody>
                {sets.into_iter().map(|doc| {
                    let name = str_field(&doc, "name").to_string();
                    let id = str_field(&doc, "id").to_string();
                    let held: Vec<String> = patchbay_crossbar::json::strings(doc.get("temporal_rules")).iter().map(|r| rule_name(r)).collect();
                    let label = name.clone();
                    view! {
                        <tr>
                            <th scope="row"><button type="button" class="link" on:click=move |_| set.set(Some(doc.clone()))>{name.clone()}</button></th>
                            <td>{held.join(", ")}</td>
                            <td><button type="button" aria-label=t_with("tod-delete-named", &[("name", arg(label.clone()))])
                                on:click=move |_| deletion.ask("temporal_rules_sets", &id, label.clone())>{t("delete")}</button></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
