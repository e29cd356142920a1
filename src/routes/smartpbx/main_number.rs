//! Smart PBX › Main Number: the main numbers, the office hours and the holidays, read
//! from MainCallflow and the temporal rules it routes by, exactly as Smart PBX finds
//! them (a rule only counts when it is a child of MainCallflow's `temporal_route`).

use futures::future::join_all;
use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::hours::{week_from_rules, Interval, Kind, StoredRule, Week, WEEKDAYS};
use patchbay_monster::main_number::main_numbers;
use serde_json::Value;

use super::main_number_edit::{AddHolidayForm, OfficeHoursEditor};
use crate::api::{Call, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::ErrorNotice;
use crate::config::RuntimeConfig;
use crate::i18n::{self, arg, t, t_with};

/// The screen's "what just happened" line, set by the editors below it.
#[derive(Clone, Copy)]
pub struct SaveNotice(pub RwSignal<Option<String>>);

#[derive(Debug, Clone, Default, PartialEq)]
struct MainNumber {
    configured: bool,
    numbers: Vec<String>,
    week: Week,
    holidays: Vec<(String, String)>,
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|r| r.get("id").and_then(Value::as_str).map(str::to_string)).collect()
}

fn u8_at(v: &Value, key: &str) -> u8 {
    v.get(key).and_then(Value::as_u64).and_then(|n| u8::try_from(n).ok()).unwrap_or(1)
}

fn days_of(rule: &Value) -> Vec<u8> {
    rule.get("days")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| d.as_u64())
        .map(|d| d as u8)
        .collect()
}

/// "December 25, every year", "fourth Thursday of November", "August 10 – August 14".
fn describe_rule(rule: &Value) -> String {
    let lang = i18n::language();
    let month = u8_at(rule, "month");
    if let Some(ordinal) = rule.get("ordinal").and_then(Value::as_str) {
        let wday = rule.pointer("/wdays/0").and_then(Value::as_str).unwrap_or_default();
        return t_with(
            "holiday-nth-weekday",
            &[
                ("ordinal", arg(t(&format!("ordinal-{ordinal}")))),
                ("weekday", arg(t(&format!("weekday-{wday}")))),
                ("month", arg(i18n::format_month(month, &lang))),
            ],
        );
    }
    let days = days_of(rule);
    let (first, last) = (days.first().copied().unwrap_or(1), days.last().copied().unwrap_or(1));
    let when = if first == last {
        i18n::format_month_day(month, first, &lang)
    } else {
        format!("{} – {}", i18n::format_month_day(month, first, &lang), i18n::format_month_day(month, last, &lang))
    };
    let recurring = rule.get("cycle").and_then(Value::as_str) == Some("yearly");
    t_with(if recurring { "holiday-every-year" } else { "holiday-once" }, &[("when", arg(when))])
}

/// A month-crossing holiday: from its first member's first day to its last member's last.
fn describe_set(members: &[Value]) -> String {
    let lang = i18n::language();
    let (Some(first), Some(last)) = (members.first(), members.last()) else { return String::new() };
    let from = i18n::format_month_day(u8_at(first, "month"), days_of(first).first().copied().unwrap_or(1), &lang);
    let to = i18n::format_month_day(u8_at(last, "month"), days_of(last).last().copied().unwrap_or(1), &lang);
    format!("{from} – {to}")
}

async fn load(call: &Call, account: &str) -> Result<MainNumber, CrossbarError> {
    let base = format!("accounts/{account}");
    let mains = call.get(&format!("{base}/callflows?filter_name=MainCallflow&filter_type=main")).await?;
    let Some(main_id) = ids(&mains.data).into_iter().next() else { return Ok(MainNumber::default()) };
    let sets_path = format!("{base}/temporal_rules_sets?filter_type=main_holidays&page_size=100");
    let main_path = format!("{base}/callflows/{main_id}");
    let (main, sets) = futures::join!(call.get(&main_path), call.get(&sets_path));
    let (main, set_ids) = (main?.data, ids(&sets?.data));
    let numbers: Vec<String> =
        main["numbers"].as_array().into_iter().flatten().filter_map(|n| n.as_str().map(str::to_string)).collect();
    let active: Vec<String> = main
        .pointer("/flow/children")
        .and_then(Value::as_object)
        .map(|c| c.keys().filter(|k| k.as_str() != "_").cloned().collect())
        .unwrap_or_default();
    let docs = join_all(active.iter().map(|id| {
        let collection = if set_ids.contains(id) { "temporal_rules_sets" } else { "temporal_rules" };
        call.get_owned(format!("{base}/{collection}/{id}"))
    }))
    .await;

    let mut hours = vec![];
    let mut holidays = vec![];
    for doc in docs.into_iter().filter_map(Result::ok).map(|e| e.data) {
        let name = doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        if let Some(rule) = StoredRule::from_doc(&doc) {
            hours.push(rule);
        } else if let Some(members) = doc.get("temporal_rules").and_then(Value::as_array) {
            let member_docs = join_all(
                members.iter().filter_map(Value::as_str).map(|m| call.get_owned(format!("{base}/temporal_rules/{m}"))),
            )
            .await;
            let member_docs: Vec<Value> = member_docs.into_iter().filter_map(Result::ok).map(|e| e.data).collect();
            holidays.push((name, describe_set(&member_docs)));
        } else if doc.get("type").and_then(Value::as_str) == Some("main_holidays") {
            holidays.push((name, describe_rule(&doc)));
        }
    }
    Ok(MainNumber { configured: true, numbers: main_numbers(&numbers), week: week_from_rules(&hours), holidays })
}

/// Caption and column headers shared by the office-hours table and its editor.
pub(super) fn hours_table_head(caption_key: &'static str) -> impl IntoView {
    view! {
        <caption class="visually-hidden">{t(caption_key)}</caption>
        <thead>
            <tr>
                <th scope="col">{t("col-day")}</th>
                <th scope="col">{t("col-open")}</th>
                <th scope="col">{t("col-lunch")}</th>
            </tr>
        </thead>
    }
}

fn intervals_text(day: &[Interval], kind: Kind) -> String {
    let lang = i18n::language();
    let parts: Vec<String> = day
        .iter()
        .filter(|i| i.kind == kind)
        .map(|i| format!("{} – {}", i18n::format_time_of_day(i.start, &lang), i18n::format_time_of_day(i.end, &lang)))
        .collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(", ")
    }
}

#[component]
pub fn MainNumberScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let data = RwSignal::new(None::<MainNumber>);
    let error = RwSignal::new(None::<CrossbarError>);
    // Outside the part that reloads, so "Saved." stays on screen after the reload.
    let notice = RwSignal::new(None::<String>);
    provide_context(SaveNotice(notice));
    let reload = move || {
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        error.set(None);
        spawn_local(async move {
            match load(&client.action(t("action-open-main-number")), &account).await {
                Ok(d) => data.set(Some(d)),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    reload();
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-main-number")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows", "/v2/accounts/x/temporal_rules", "/v2/accounts/x/temporal_rules_sets"] />
            <ErrorNotice error=Signal::derive(move || error.get()) on_retry=Callback::new(move |_| reload()) />
            <p class="notice-line" role="status">{move || notice.get()}</p>
            {move || match data.get() {
                None if error.with(Option::is_none) => view! { <p role="status">{t("loading")}</p> }.into_any(),
                None => ().into_any(),
                Some(d) if !d.configured => view! { <p>{t("main-number-not-set-up")}</p> }.into_any(),
                Some(d) => {
                    let week = d.week.clone();
                    let saved = Callback::new(move |_| reload());
                    view! {
                        <MainNumberView data=d />
                        <OfficeHoursEditor week=week on_saved=saved />
                        <AddHolidayForm on_saved=saved />
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn MainNumberView(data: MainNumber) -> impl IntoView {
    let open_all_day = data.week.iter().all(Vec::is_empty);
    view! {
        <h3>{t("main-numbers")}</h3>
        {if data.numbers.is_empty() {
            view! { <p>{t("main-numbers-none")}</p> }.into_any()
        } else {
            view! { <ul>{data.numbers.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }.into_any()
        }}
        <h3>{t("office-hours")}</h3>
        {if open_all_day {
            view! { <p>{t("office-hours-always-open")}</p> }.into_any()
        } else {
            view! {
                <table class="table">
                    {hours_table_head("office-hours")}
                    <tbody>
                        {WEEKDAYS.iter().zip(data.week.iter()).map(|(d, day)| view! {
                            <tr>
                                <th scope="row">{t(&format!("weekday-{d}"))}</th>
                                <td>{if day.is_empty() { t("closed") } else { intervals_text(day, Kind::Open) }}</td>
                                <td>{intervals_text(day, Kind::Lunch)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <h3>{t("holidays")}</h3>
        {if data.holidays.is_empty() {
            view! { <p>{t("holidays-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="holidays">
                    {data.holidays.into_iter().map(|(name, when)| view! { <li><strong>{name}</strong>": "{when}</li> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
