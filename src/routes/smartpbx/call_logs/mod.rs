//! Smart PBX › Call Logs: calls in a date range (`GET /cdrs/interaction`, one row per
//! call, newest first as Crossbar lists them), at most 31 days as Crossbar allows, for
//! everyone or one person and either direction, times shown in the user's timezone; each
//! call opens up into its legs and records, and what is on screen exports as CSV.

mod details;
mod export;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::phone::readable;
use serde_json::Value;

use self::details::{CallLegs, CdrDetails};
use self::export::CsvExport;
use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::form::SelectField;
use crate::components::paged_table::PagedTable;
use crate::config::RuntimeConfig;
use crate::i18n::{self, t};
use crate::routes::smartpbx::json::str_field;
use patchbay_crossbar::order;
use patchbay_monster::names;

/// Seconds from 0000-01-01 (KAZOO's clock) to 1970-01-01.
const GREGORIAN_OFFSET: i64 = 62_167_219_200;
/// Crossbar's `maximum_range`: 31 days + 1 hour.
const MAX_RANGE_SECS: i64 = 2_682_000;

/// Local midnight of a `YYYY-MM-DD` date in the browser's zone, as UNIX seconds.
pub fn local_midnight(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let ms = js_sys::Date::new_with_year_month_day(y as u32, m - 1, d).get_time();
    (!ms.is_nan()).then(|| (ms / 1000.0) as i64)
}

pub fn date_string(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The range query with the chosen filters: the person's calls (their user id in the
/// call's `custom_channel_vars.owner_id`) and the direction (the record's
/// `call_direction`, which the listing shows as `direction`), as Crossbar's `filter_*`
/// query parameters, which match the stored records.
pub fn with_filters(range: &str, person: &str, direction: &str) -> String {
    let mut q = range.to_string();
    if !person.is_empty() {
        q.push_str(&format!("&filter_custom_channel_vars.owner_id={}", seg(person)));
    }
    if !direction.is_empty() {
        q.push_str(&format!("&filter_call_direction={}", seg(direction)));
    }
    q
}

/// The `created_from`/`created_to` query for whole days `from`..=`to`, or why not.
pub fn range_query(from_unix: i64, to_unix_midnight: i64) -> Result<String, &'static str> {
    let to = to_unix_midnight + 86_399;
    if to < from_unix {
        return Err("call-logs-order");
    }
    if to - from_unix > MAX_RANGE_SECS {
        return Err("call-logs-too-long");
    }
    Ok(format!("created_from={}&created_to={}", from_unix + GREGORIAN_OFFSET, to + GREGORIAN_OFFSET))
}

/// `m:ss` (or `h:mm:ss`) of a duration in seconds.
pub fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// One call as a row reads it: when, from, to, how long, which way.
pub struct CallSummary {
    pub when: String,
    pub from: String,
    pub to: String,
    pub duration: String,
    pub direction: String,
}

/// The signed-in person's timezone, read while rendering (context is not reachable from
/// inside a running request).
pub fn session_timezone() -> Option<String> {
    use_context::<Crossbar>().and_then(|c| c.session.get_untracked()).and_then(|s| s.timezone)
}

pub fn call_summary(c: &Value) -> CallSummary {
    call_summary_in(c, session_timezone().as_deref())
}

/// [`call_summary`] with times read in `tz`.
pub fn call_summary_in(c: &Value, tz: Option<&str>) -> CallSummary {
    let when = str_field(c, "unix_timestamp")
        .parse::<i64>()
        .map(|u| i18n::format_timestamp_ms(u as f64 * 1000.0, &i18n::language(), tz))
        .unwrap_or_default();
    let party = |name: &str, number: &str| {
        let (name, number) = (str_field(c, name), str_field(c, number));
        if name.is_empty() || name == number {
            readable(number)
        } else {
            format!("{name} ({})", readable(number))
        }
    };
    let to = if str_field(c, "callee_id_number").is_empty() {
        readable(str_field(c, "dialed_number"))
    } else {
        party("callee_id_name", "callee_id_number")
    };
    let direction = match str_field(c, "direction") {
        "inbound" => t("call-inbound"),
        "outbound" => t("call-outbound"),
        other => other.to_string(),
    };
    CallSummary {
        when,
        from: party("caller_id_name", "caller_id_number"),
        to,
        duration: clock(str_field(c, "duration_seconds").parse().unwrap_or(0)),
        direction,
    }
}

/// The row cells every call list shows: when (the row's header), from, to, how long,
/// which way.
pub fn summary_cells(c: &Value) -> impl IntoView {
    let CallSummary { when, from, to, duration, direction } = call_summary(c);
    view! {
        <th scope="row">{when}</th>
        <td>{from}</td>
        <td>{to}</td>
        <td>{duration}</td>
        <td>{direction}</td>
    }
}

fn call_row(c: &Value) -> AnyView {
    view! {
        {summary_cells(c)}
        <td>
            <CallLegs interaction=str_field(c, "interaction_id").to_string() />
            " "
            <CdrDetails id=str_field(c, "id").to_string() />
        </td>
    }
    .into_any()
}

#[component]
pub fn CallLogsScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let account = expect_context::<Crossbar>().session.get_untracked().map(|s| s.account_id).unwrap_or_default();
    let today = js_sys::Date::now();
    let from = RwSignal::new(date_string(today - 6.0 * 86_400_000.0));
    let to = RwSignal::new(date_string(today));
    let person = RwSignal::new(String::new());
    let direction = RwSignal::new(String::new());
    let people = use_load(
        || t("action-open-users"),
        move |call| {
            let account = expect_context::<Crossbar>().account_id();
            async move {
                let users = fetch_all_pages(&call, &format!("accounts/{}/users", seg(&account)), "").await?;
                let mut options: Vec<(String, String)> = users
                    .iter()
                    .map(|u| {
                        (
                            str_field(u, "id").to_string(),
                            names::full_name(str_field(u, "first_name"), str_field(u, "last_name")),
                        )
                    })
                    .collect();
                order::sort_by_key(&mut options, |o| o.1.to_ascii_lowercase());
                Ok(options)
            }
        },
    );
    let query = Signal::derive(move || {
        let range = match (local_midnight(&from.get()), local_midnight(&to.get())) {
            (Some(f), Some(t_)) => range_query(f, t_),
            _ => Err("call-logs-bad-date"),
        }?;
        Ok(with_filters(&range, &person.get(), &direction.get()))
    });
    let days = Signal::derive(move || format!("{}_{}", from.get(), to.get()));
    let person_options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("call-logs-everyone"))];
        if let Some(Ok(list)) = people.get() {
            all.extend(list);
        }
        all
    });
    let direction_options = Signal::derive(|| {
        vec![
            (String::new(), t("call-logs-both-ways")),
            ("inbound".to_string(), t("call-inbound")),
            ("outbound".to_string(), t("call-outbound")),
        ]
    });
    let path = format!("accounts/{}/cdrs/interaction", seg(&account));
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-call-logs")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/cdrs"] />
            <div class="range">
                <div class="field">
                    <label for="call-logs-from">{t("call-logs-from")}</label>
                    <input id="call-logs-from" type="date" bind:value=from />
                </div>
                <div class="field">
                    <label for="call-logs-to">{t("call-logs-to")}</label>
                    <input id="call-logs-to" type="date" bind:value=to />
                </div>
                <SelectField label=t("call-logs-person") value=person options=person_options />
                <SelectField label=t("call-logs-direction") value=direction options=direction_options />
            </div>
            <CsvExport range=query days=days />
            {move || match query.get() {
                Err(key) => view! { <p class="error-notice" role="alert">{t(key)}</p> }.into_any(),
                Ok(q) => view! {
                    <PagedTable
                        path=path.clone()
                        query=q
                        caption_key="spbx-call-logs"
                        action_key="action-open-call-logs"
                        columns=vec!["col-when", "col-from", "col-to", "col-duration", "col-direction", "col-call-details"]
                        row=call_row
                        empty_key="call-logs-empty"
                    />
                }.into_any(),
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_whole_days_in_gregorian_seconds_and_at_most_31_days() {
        let day = 86_400;
        assert_eq!(
            range_query(0, 0),
            Ok(format!("created_from={}&created_to={}", GREGORIAN_OFFSET, GREGORIAN_OFFSET + day - 1))
        );
        assert_eq!(
            range_query(0, 30 * day),
            Ok(format!("created_from={}&created_to={}", GREGORIAN_OFFSET, GREGORIAN_OFFSET + 31 * day - 1))
        );
        assert_eq!(range_query(0, 31 * day), Err("call-logs-too-long"));
        assert_eq!(range_query(day, 0), Err("call-logs-order"));
    }

    #[test]
    fn filters_are_crossbar_filter_parameters() {
        assert_eq!(with_filters("created_from=1", "", ""), "created_from=1");
        assert_eq!(
            with_filters("created_from=1", "u1", "inbound"),
            "created_from=1&filter_custom_channel_vars.owner_id=u1&filter_call_direction=inbound"
        );
    }

    #[test]
    fn durations_read_like_a_phone_display() {
        assert_eq!(clock(5), "0:05");
        assert_eq!(clock(125), "2:05");
        assert_eq!(clock(3725), "1:02:05");
    }
}
