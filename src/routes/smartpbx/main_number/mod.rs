//! Smart PBX › Main Number: the main numbers, the office hours and the holidays, read
//! from MainCallflow and the temporal rules it routes by, exactly as Smart PBX finds
//! them (a rule only counts when it is a child of MainCallflow's `temporal_route`).

mod calls;
mod conference_greeting;
mod edit;
mod fax_email;
mod holiday_import;
mod holidays;
mod menu;
mod numbers;

use futures::future::join_all;
use leptos::context::Provider;
use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::hours::{week_from_rules, Interval, Kind, StoredRule, Week, WEEKDAYS};
use patchbay_monster::main_number::main_numbers;
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::main_number::{bootstrap, data, save, write};
use serde_json::Value;

use self::bootstrap::{bootstrap, what_is_missing};
use self::calls::{active_periods, IncomingCalls};
use self::data::{load_office, load_office_with, main_callflow, main_callflow_rows, typed_callflow_rows, Office};
use self::edit::OfficeHoursEditor;
use self::holiday_import::ImportHolidays;
use self::holidays::{AddHolidayForm, HolidayList};
use self::numbers::NumbersEditor;
use super::smartpbx_stamp;
use crate::api::{use_load, use_save, ActionScope, Crossbar, Save};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::{error_text, ErrorNotice};
use crate::components::form::SaveState;
use crate::components::loaded::{part_of, Loaded as LoadedView};
use crate::config::RuntimeConfig;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::smartpbx::json::ids;

/// A holiday as listed: its rule or set id, name and when it falls.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HolidayRow {
    pub id: String,
    pub name: String,
    pub when: String,
    /// A month-crossing range: a rules set with member rules.
    pub is_set: bool,
    /// As the holiday form has it, for editing (`None`: not one the form could have made).
    pub holiday: Option<patchbay_monster::holidays::Holiday>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct MainNumber {
    configured: bool,
    numbers: Vec<String>,
    week: Week,
    holidays: Vec<HolidayRow>,
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

/// Office hours, holidays and the main numbers, read from MainCallflow (`main`, already
/// read: `Value::Null` when there is none yet) and the rules it routes by.
async fn load(call: &ActionScope, account: &str, main: Value) -> Result<MainNumber, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    if main.is_null() {
        return Ok(MainNumber::default());
    }
    let sets_path = format!("{base}/temporal_rules_sets?filter_type=main_holidays&page_size=100");
    let set_ids = ids(&call.get(&sets_path).await?.data);
    let numbers: Vec<String> =
        main["numbers"].as_array().into_iter().flatten().filter_map(|n| n.as_str().map(str::to_string)).collect();
    let active: Vec<String> = main
        .pointer("/flow/children")
        .and_then(Value::as_object)
        .map(|c| c.keys().filter(|k| k.as_str() != "_").cloned().collect())
        .unwrap_or_default();
    let docs = join_all(active.iter().map(|id| {
        let collection = if set_ids.contains(id) { "temporal_rules_sets" } else { "temporal_rules" };
        call.get_owned(format!("{base}/{collection}/{}", seg(id)))
    }))
    .await;

    let mut hours = vec![];
    let mut holidays = vec![];
    for doc in docs.into_iter().filter_map(Result::ok).map(|e| e.data) {
        let name = doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let id = doc.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        if let Some(rule) = StoredRule::from_doc(&doc) {
            hours.push(rule);
        } else if let Some(members) = doc.get("temporal_rules").and_then(Value::as_array) {
            let member_docs = join_all(
                members
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|m| call.get_owned(format!("{base}/temporal_rules/{}", seg(m)))),
            )
            .await;
            let member_docs: Vec<Value> = member_docs.into_iter().filter_map(Result::ok).map(|e| e.data).collect();
            let holiday = patchbay_monster::holidays::holiday_of(&doc, &member_docs);
            holidays.push(HolidayRow { id, name, when: describe_set(&member_docs), is_set: true, holiday });
        } else if doc.get("type").and_then(Value::as_str) == Some("main_holidays") {
            let holiday = patchbay_monster::holidays::holiday_of(&doc, &[]);
            holidays.push(HolidayRow { id, name, when: describe_rule(&doc), is_set: false, holiday });
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

/// Everything the screen shows, once the bootstrap made sure the pieces exist.
#[derive(Clone)]
struct Loaded {
    summary: MainNumber,
    office: Office,
}

/// Opening Main Number: what Smart PBX would create when pieces are missing is created
/// first, as its own named action (monster-ui-voip `submodules/strategy/strategy.js` `strategyGetMainCallflows`); then
/// everything is read.
async fn open(
    client: Crossbar,
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    notice: RwSignal<Option<String>>,
) -> Result<Loaded, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let rows = typed_callflow_rows(call, &base).await?;
    let (missing, zero_main) = what_is_missing(&rows);
    let made = !missing.nothing() || zero_main.is_some();
    if made {
        let mut pieces = missing.callflow_names();
        if zero_main.is_some() {
            pieces.push(t("bootstrap-renumber"));
        }
        let pieces = pieces.join(", ");
        let setup = client.action(t_with("action-bootstrap-main-number", &[("pieces", arg(pieces.clone()))]));
        bootstrap(&setup, meta, account, &rows, zero_main, js_sys::Math::random).await?;
        notice.set(Some(t_with("bootstrap-done", &[("pieces", arg(pieces))])));
    }
    // What the bootstrap made is read again; otherwise the one listing serves both parts.
    let rows = if made { typed_callflow_rows(call, &base).await? } else { rows };
    let main = main_callflow(call, &base, &rows).await?;
    let (summary, office) =
        futures::join!(load(call, account, main.clone()), load_office_with(call, account, &rows, main));
    Ok(Loaded { summary: summary?, office: office? })
}

/// A Main Number section's save: its requests as one named action. Success hands the
/// message it returns to `on_saved` (which reads again what the save made stale, then
/// says it); failure shows in the section's `error`.
fn use_section_save<I, Fut>(
    label: impl Fn(&I) -> String + 'static,
    run: impl Fn(ActionScope, I) -> Fut + 'static,
    error: RwSignal<Option<String>>,
    on_saved: Callback<String>,
) -> Save<I, Result<String, CrossbarError>>
where
    I: Clone + 'static,
    Fut: std::future::Future<Output = Result<String, CrossbarError>> + 'static,
{
    let save = use_save(label, run);
    watch(move || match save.value().get() {
        Some(Ok(message)) => on_saved.run(message),
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    save
}

/// What a section's save made stale, so that only that is read again: the rules behind
/// office hours and holidays (a dozen requests), or the callflows, menus and numbers
/// behind the numbers and the call handling (some thirty).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stale {
    Rules,
    Office,
}

/// What one re-read brought back.
#[derive(Clone)]
enum Fresh {
    Rules(Box<MainNumber>),
    Office(Box<Office>),
}

/// A section's own save state (provide it around the section: its `status` is the line
/// beside the section, which the section clears when it starts a save), and the
/// `on_saved` that says a message there once what the save made stale has been read again.
pub fn say_here(saved: Saved, stale: Stale) -> (SaveState, Callback<String>) {
    let state = SaveState::plain();
    let status = state.status;
    (state, Callback::new(move |message: String| saved.run((message, status, stale))))
}

/// What a section's save hands its message to: the status line to say it on, and what
/// to read again first.
pub type Saved = Callback<(String, RwSignal<Option<String>>, Stale)>;

/// After a section's save: read again only what it made stale, put the answer in
/// `latest` (so only the sections drawn from that part are drawn again), and only then
/// say the message, so "Holiday added." is never announced beside the old list.
fn reread_then_say(
    client: Crossbar,
    latest: RwSignal<Option<Loaded>>,
    failed: RwSignal<Option<(CrossbarError, Stale)>>,
) -> Saved {
    let reread = use_save(
        |stale: &Stale| {
            t(match stale {
                Stale::Rules => "action-reread-main-number-rules",
                Stale::Office => "action-reread-main-number-office",
            })
        },
        move |call, stale| {
            let account = client.account_id();
            async move {
                match stale {
                    Stale::Rules => {
                        let base = format!("accounts/{}", seg(&account));
                        let rows = main_callflow_rows(&call, &base).await?;
                        let main = main_callflow(&call, &base, &rows).await?;
                        load(&call, &account, main).await.map(|s| Fresh::Rules(Box::new(s)))
                    }
                    Stale::Office => load_office(&call, &account).await.map(|o| Fresh::Office(Box::new(o))),
                }
            }
        },
    );
    let waiting = StoredValue::new(None::<(String, RwSignal<Option<String>>)>);
    let last = StoredValue::new(Stale::Rules);
    watch(move || {
        let Some(outcome) = reread.value().get() else { return };
        match outcome {
            Ok(fresh) => {
                failed.set(None);
                latest.update(|l| match (l, fresh) {
                    (Some(l), Fresh::Rules(summary)) => l.summary = *summary,
                    (Some(l), Fresh::Office(office)) => l.office = *office,
                    (None, _) => {}
                });
            }
            Err(CrossbarError::Cancelled) => {}
            Err(error) => failed.set(Some((error, last.get_value()))),
        }
        if let Some((message, status)) = waiting.try_update_value(Option::take).flatten() {
            status.try_set(Some(message));
        }
    });
    Callback::new(move |(message, status, stale): (String, RwSignal<Option<String>>, Stale)| {
        status.set(None);
        // A retry after a failed re-read has nothing new to say.
        waiting.set_value((!message.is_empty()).then_some((message, status)));
        last.set_value(stale);
        reread.dispatch(stale);
    })
}

#[component]
pub fn MainNumberScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let meta = StoredValue::new(smartpbx_stamp());
    // The screen's save state, outside the part that reloads, so "Saved." stays on
    // screen after the reload; every section's save reports there.
    let state = SaveState::plain();
    provide_context(state);
    let notice = state.status;
    let data = use_load(
        || t("action-open-main-number"),
        move |call| {
            let meta = meta.get_value();
            let account = client.account_id();
            async move { open(client, &call, &meta, &account, notice).await }
        },
    );
    // The last answer read, and what each section draws from it.
    let latest = RwSignal::new(None::<Loaded>);
    let failed = RwSignal::new(None::<(CrossbarError, Stale)>);
    let saved = reread_then_say(client, latest, failed);
    watch(move || {
        if let Some(Ok(answer)) = data.get() {
            latest.set(Some(answer));
        }
    });
    let configured = part_of(latest, |l| l.summary.configured);
    let office = part_of(latest, |l| l.office.clone());
    let week = part_of(latest, |l| l.summary.week.clone());
    let holidays = part_of(latest, |l| l.summary.holidays.clone());
    let periods = part_of(latest, |l| {
        let d = &l.summary;
        let has_lunch = d.week.iter().flatten().any(|i| i.kind == Kind::Lunch);
        let has_hours = d.week.iter().any(|day| !day.is_empty());
        active_periods(has_lunch, has_hours, !d.holidays.is_empty())
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-main-number")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows", "/v2/accounts/x/temporal_rules", "/v2/accounts/x/temporal_rules_sets", "/v2/accounts/x/menus", "/v2/accounts/x/faxboxes", "/v2/accounts/x/phone_numbers"] />
            <p class="notice-line" role="status">{move || notice.get()}</p>
            // Shown from the first answer on. After a save only what it made stale is
            // read again, and only the sections drawn from that are drawn again: what
            // someone is typing in another section stays.
            <Show
                when=move || latest.with(Option::is_some)
                fallback=move || view! { <LoadedView load=data let:_first>{""}</LoadedView> }
            >
                // A re-read that failed after a save: said above the sections, which stay.
                {move || failed.get().map(|(error, stale)| {
                    let error = Signal::derive(move || Some(error.clone()));
                    let retry = Callback::new(move |_| saved.run((String::new(), notice, stale)));
                    view! { <ErrorNotice error=error on_retry=retry /> }
                })}
                {move || match configured.get() {
                    false => view! { <p>{t("main-number-not-set-up")}</p> }.into_any(),
                    true => {
                        // Each section says what its save did on its own line, below it,
                        // where the person is looking (the line outlives the section's
                        // redraw after the re-read).
                        let hours = say_here(saved, Stale::Rules);
                        let holiday = say_here(saved, Stale::Rules);
                        let import = say_here(saved, Stale::Rules);
                        // The holiday being edited in the holiday form (none: adding one).
                        let editing = RwSignal::new(None::<HolidayRow>);
                        let calls = say_here(saved, Stale::Office);
                        view! {
                            <NumbersEditor office=office saved=saved />
                            {move || view! { <OfficeHoursView week=week.get() /> }}
                            <Provider value=hours.0>
                                {move || view! { <OfficeHoursEditor week=week.get() on_saved=hours.1 /> }}
                            </Provider>
                            <p class="notice-line" role="status">{move || hours.0.status.get()}</p>
                            <h3>{t("holidays")}</h3>
                            <Provider value=holiday.0>
                                {move || view! { <HolidayList holidays=holidays.get() on_saved=holiday.1 editing=editing /> }}
                                <AddHolidayForm on_saved=holiday.1 editing=editing />
                            </Provider>
                            <p class="notice-line" role="status">{move || holiday.0.status.get()}</p>
                            <Provider value=import.0>
                                <ImportHolidays
                                    listed=Signal::derive(move || holidays.with(|h| h.iter().map(|r| r.name.clone()).collect()))
                                    on_saved=import.1
                                />
                            </Provider>
                            <p class="notice-line" role="status">{move || import.0.status.get()}</p>
                            <Provider value=calls.0>
                                {move || {
                                    let office = StoredValue::new(office.get());
                                    view! { <IncomingCalls office=office periods=periods.get() on_saved=calls.1 /> }
                                }}
                            </Provider>
                            <p class="notice-line" role="status">{move || calls.0.status.get()}</p>
                        }
                    }
                    .into_any(),
                }}
            </Show>
        </section>
    }
}

#[component]
fn OfficeHoursView(week: Week) -> impl IntoView {
    let open_all_day = week.iter().all(Vec::is_empty);
    view! {
        <h3>{t("office-hours")}</h3>
        {if open_all_day {
            view! { <p>{t("office-hours-always-open")}</p> }.into_any()
        } else {
            view! {
                <table class="table">
                    {hours_table_head("office-hours")}
                    <tbody>
                        {WEEKDAYS.iter().zip(week.iter()).map(|(d, day)| view! {
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
    }
}
