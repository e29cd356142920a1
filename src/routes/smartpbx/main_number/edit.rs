//! Editing the main number's office hours.

use leptos::prelude::*;
use patchbay_monster::hours::{Interval, Kind, Week, WEEKDAYS};

use super::save::save_hours;
use super::{hours_table_head, use_section_save};
use crate::api::Crossbar;
use crate::components::form::SaveState;
use crate::components::leave_guard::use_unsaved_form;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

/// One weekday's row: open from–to, optional lunch from–to (`HH:MM`).
#[derive(Clone, Copy)]
struct DayRow {
    open: RwSignal<bool>,
    from: RwSignal<String>,
    to: RwSignal<String>,
    lunch_from: RwSignal<String>,
    lunch_to: RwSignal<String>,
}

fn hhmm(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 3600, secs / 60 % 60)
}

fn secs(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 3600 + m.parse::<u32>().ok()? * 60)
}

impl DayRow {
    fn from_day(day: &[Interval]) -> Self {
        let opens: Vec<&Interval> = day.iter().filter(|i| i.kind == Kind::Open).collect();
        let lunch = day.iter().find(|i| i.kind == Kind::Lunch);
        DayRow {
            open: RwSignal::new(!opens.is_empty()),
            from: RwSignal::new(opens.first().map(|i| hhmm(i.start)).unwrap_or_else(|| "09:00".into())),
            to: RwSignal::new(opens.last().map(|i| hhmm(i.end)).unwrap_or_else(|| "17:00".into())),
            lunch_from: RwSignal::new(lunch.map(|i| hhmm(i.start)).unwrap_or_default()),
            lunch_to: RwSignal::new(lunch.map(|i| hhmm(i.end)).unwrap_or_default()),
        }
    }

    fn intervals(&self) -> Result<Vec<Interval>, ()> {
        if !self.open.get_untracked() {
            return Ok(vec![]);
        }
        let (start, end) = (secs(&self.from.get_untracked()).ok_or(())?, secs(&self.to.get_untracked()).ok_or(())?);
        let end = if end == 0 { 86_400 } else { end };
        if start >= end {
            return Err(());
        }
        let mut out = vec![Interval { start, end, kind: Kind::Open }];
        let (lf, lt) = (self.lunch_from.get_untracked(), self.lunch_to.get_untracked());
        if !lf.is_empty() || !lt.is_empty() {
            let (ls, le) = (secs(&lf).ok_or(())?, secs(&lt).ok_or(())?);
            if ls >= le {
                return Err(());
            }
            out.push(Interval { start: ls, end: le, kind: Kind::Lunch });
        }
        Ok(out)
    }
}

#[component]
pub fn OfficeHoursEditor(week: Week, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let rows: Vec<DayRow> = week.iter().map(|d| DayRow::from_day(d)).collect();
    let rows = StoredValue::new(rows);
    let error = RwSignal::new(None::<String>);
    // Asked about before leaving the screen with hours changed but not saved.
    let unsaved = use_unsaved_form(move || {
        rows.get_value()
            .iter()
            .map(|r| (r.open.get_untracked(), [r.from, r.to, r.lunch_from, r.lunch_to].map(|f| f.get_untracked())))
            .collect::<Vec<_>>()
    });

    let preset = move |_| {
        for (i, r) in rows.get_value().iter().enumerate() {
            r.open.set(i < 5);
            r.from.set("09:00".into());
            r.to.set("17:00".into());
            r.lunch_from.set(if i < 5 { "12:00".into() } else { String::new() });
            r.lunch_to.set(if i < 5 { "13:00".into() } else { String::new() });
        }
    };
    let write = use_section_save(
        |_: &Week| t("action-save-hours"),
        move |call, week: Week| {
            let (meta, account) = (meta.get_value(), client.account_id());
            async move {
                save_hours(&call, &meta, &account, &week).await?;
                unsaved.saved();
                Ok(t("hours-saved"))
            }
        },
        error,
        on_saved,
    );
    let busy = write.pending();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let mut week: Week = Default::default();
        for (i, r) in rows.get_value().iter().enumerate() {
            match r.intervals() {
                Ok(v) => week[i] = v,
                Err(()) => {
                    error.set(Some(t_with("hours-bad-day", &[("day", arg(t(&format!("weekday-{}", WEEKDAYS[i]))))])));
                    return;
                }
            }
        }
        error.set(None);
        write.dispatch(week);
    };

    view! {
        <form class="form hours" on:submit=save novalidate=true aria-labelledby="hours-edit-title">
            <h3 id="hours-edit-title">{t("hours-edit")}</h3>
            <p><button type="button" on:click=preset>{t("hours-preset")}</button></p>
            <table class="table">
                {hours_table_head("hours-edit")}
                <tbody>
                    {WEEKDAYS.iter().enumerate().map(|(i, d)| {
                        let r = rows.get_value()[i];
                        let day = t(&format!("weekday-{d}"));
                        let id = |what: &str| format!("hours-{d}-{what}");
                        view! {
                            <tr>
                                <th scope="row">
                                    <input type="checkbox" id=id("open") bind:checked=r.open />
                                    <label for=id("open")>{t_with("hours-open-on", &[("day", arg(day.clone()))])}</label>
                                </th>
                                <td>
                                    <label class="visually-hidden" for=id("from")>{t_with("hours-opens", &[("day", arg(day.clone()))])}</label>
                                    <input type="time" id=id("from") bind:value=r.from disabled=move || !r.open.get() />
                                    " – "
                                    <label class="visually-hidden" for=id("to")>{t_with("hours-closes", &[("day", arg(day.clone()))])}</label>
                                    <input type="time" id=id("to") bind:value=r.to disabled=move || !r.open.get() />
                                </td>
                                <td>
                                    <label class="visually-hidden" for=id("lunch-from")>{t_with("hours-lunch-from", &[("day", arg(day.clone()))])}</label>
                                    <input type="time" id=id("lunch-from") bind:value=r.lunch_from disabled=move || !r.open.get() />
                                    " – "
                                    <label class="visually-hidden" for=id("lunch-to")>{t_with("hours-lunch-to", &[("day", arg(day.clone()))])}</label>
                                    <input type="time" id=id("lunch-to") bind:value=r.lunch_to disabled=move || !r.open.get() />
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{t("hours-save")}</button>
            </div>
        </form>
    }
}
