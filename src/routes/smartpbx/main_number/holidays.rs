//! Adding holidays (a day, a range of days, or an nth weekday of a month; every year
//! or once), editing and deleting them, as Smart PBX writes them (monster-ui-voip
//! `submodules/strategyHolidays/strategyHolidays.js` `strategyHolidaysBuildHolidayRule`).
//! One form adds and edits: "Edit" on a holiday fills it with that holiday.

use leptos::prelude::*;

use crate::components::confirm::Confirm;
use crate::hooks::watch;
use patchbay_monster::holidays::{validate, Holiday, When, ORDINALS};
use patchbay_monster::hours::WEEKDAYS;

use super::save::{add_holiday, delete_holiday, edit_holiday};
use super::{use_section_save, HolidayRow};
use crate::api::Crossbar;
use crate::components::form::bound;
use crate::components::form::dates::{date_text, local_offset, ymd};
use crate::components::form::name_problem;
use crate::components::form::SaveState;
use crate::components::form::TextField;
use crate::components::leave_guard::use_unsaved_form;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

pub(super) fn random6() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..6)
        .map(|_| char::from(ALPHABET[(js_sys::Math::random() * ALPHABET.len() as f64) as usize % ALPHABET.len()]))
        .collect()
}

#[component]
pub fn AddHolidayForm(on_saved: Callback<String>, editing: RwSignal<Option<HolidayRow>>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new("single".to_string());
    let date = RwSignal::new(String::new());
    let last = RwSignal::new(String::new());
    let month = RwSignal::new("11".to_string());
    let ordinal = RwSignal::new("fourth".to_string());
    let wday = RwSignal::new("thursday".to_string());
    let every_year = RwSignal::new(true);
    let error = RwSignal::new(None::<String>);
    // Asked about before leaving the screen with a holiday typed in but not added.
    let unsaved = use_unsaved_form(move || {
        [name, kind, date, last, month, ordinal, wday].map(|f| f.get_untracked()).concat()
            + &every_year.get_untracked().to_string()
    });

    // "Edit" on a holiday fills the form with it; the date fields need a year, which
    // for a yearly holiday is this one.
    watch(move || {
        let Some(h) = editing.get().and_then(|row| row.holiday) else { return };
        let this_year = js_sys::Date::new_0().get_full_year() as i32;
        let year = h.year.unwrap_or(this_year);
        name.set(h.name.clone());
        every_year.set(h.year.is_none());
        match h.when {
            When::Single { month: m, day, .. } => {
                kind.set("single".into());
                date.set(date_text((year, m, day)));
            }
            When::Range { from_month, from_day, to_month, to_day } => {
                kind.set("range".into());
                date.set(date_text((year, from_month, from_day)));
                let to_year = if to_month < from_month { year + 1 } else { year };
                last.set(date_text((to_year, to_month, to_day)));
            }
            When::Advanced { month: m, wday: w, ordinal: o } => {
                kind.set("advanced".into());
                month.set(m.to_string());
                wday.set(w.to_string());
                ordinal.set(o.to_string());
            }
        }
        error.set(None);
        // What was filled in is the holiday as stored: only changes from here are unsaved.
        unsaved.saved();
    });
    let build = move || -> Result<(Holiday, i64), String> {
        if let Some(problem) = name_problem("holiday-name", &name.get_untracked(), 60, true) {
            return Err(problem);
        }
        let recurring = every_year.get_untracked();
        let first = ymd(&date.get_untracked());
        let (when, year) = match kind.get_untracked().as_str() {
            "advanced" => {
                let m: u8 = month.get_untracked().parse().unwrap_or(1);
                let o = ORDINALS.iter().find(|o| **o == ordinal.get_untracked()).copied().unwrap_or("first");
                let w = WEEKDAYS.iter().find(|w| **w == wday.get_untracked()).copied().unwrap_or("monday");
                // Nth-weekday holidays always repeat (monster-ui-voip `submodules/strategy/strategy.js`
                // `strategyAddEditOfficeHolidaysPopup`).
                (When::Advanced { month: m, wday: w, ordinal: o }, None)
            }
            "range" => {
                let ((y, fm, fd), (_, tm, td)) = (
                    first.ok_or_else(|| t("holiday-date-required"))?,
                    ymd(&last.get_untracked()).ok_or_else(|| t("holiday-date-required"))?,
                );
                (When::Range { from_month: fm, from_day: fd, to_month: tm, to_day: td }, (!recurring).then_some(y))
            }
            _ => {
                let (y, m, d) = first.ok_or_else(|| t("holiday-date-required"))?;
                (When::Single { month: m, day: d, window: None }, (!recurring).then_some(y))
            }
        };
        let mut holiday =
            Holiday { name: name.get_untracked().trim().to_string(), when, year, exclude: vec![], imported: false };
        // An edit keeps what the form does not show: skipped years, the imported mark,
        // and a single day's hours.
        if let Some(before) = editing.get_untracked().and_then(|row| row.holiday) {
            holiday.exclude = before.exclude;
            holiday.imported = before.imported;
            if let (When::Single { window, .. }, When::Single { window: kept, .. }) = (&mut holiday.when, before.when) {
                *window = kept;
            }
        }
        validate(&holiday).map_err(|_| t("holiday-invalid"))?;
        let offset = first.map(|(y, m, d)| local_offset(y, m, d)).unwrap_or(0);
        Ok((holiday, offset))
    };

    let add = use_section_save(
        |(holiday, _, row): &(Holiday, i64, Option<HolidayRow>)| {
            let key = if row.is_some() { "action-edit-holiday" } else { "action-add-holiday" };
            t_with(key, &[("name", arg(holiday.name.clone()))])
        },
        move |call, (holiday, offset, row): (Holiday, i64, Option<HolidayRow>)| {
            let (meta, account) = (meta.get_value(), client.account_id());
            async move {
                let done = match &row {
                    Some(r) => {
                        edit_holiday(&call, &meta, &account, (&r.id, r.is_set), &holiday, &random6(), offset).await?;
                        "holiday-edited"
                    }
                    None => {
                        add_holiday(&call, &meta, &account, &holiday, &random6(), offset).await?;
                        "holiday-added"
                    }
                };
                name.set(String::new());
                editing.set(None);
                unsaved.saved();
                Ok(t_with(done, &[("name", arg(holiday.name))]))
            }
        },
        error,
        on_saved,
    );
    let busy = add.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        match build() {
            Ok((holiday, offset)) => {
                error.set(None);
                add.dispatch((holiday, offset, editing.get_untracked()));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let lang = i18n::language();
    let shown = move |k: &'static str| move || kind.get() == k;
    view! {
        <form class="form" on:submit=submit novalidate=true aria-labelledby="holiday-add-title">
            <h3 id="holiday-add-title">{move || match editing.get() {
                Some(row) => t_with("holiday-edit-title", &[("name", arg(row.name))]),
                None => t("holiday-add"),
            }}</h3>
            <TextField label=t("holiday-name") value=name required=true maxlength=60 />
            <div class="field">
                <label for="holiday-kind">{t("holiday-kind")}</label>
                <select id="holiday-kind" node_ref=bound(kind) on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="single">{t("holiday-kind-single")}</option>
                    <option value="range">{t("holiday-kind-range")}</option>
                    <option value="advanced">{t("holiday-kind-advanced")}</option>
                </select>
            </div>
            <Show when=move || kind.get() != "advanced">
                <div class="field">
                    <label for="holiday-date">{move || if kind.get() == "range" { t("holiday-first-day") } else { t("holiday-date") }}</label>
                    <input id="holiday-date" type="date" bind:value=date />
                </div>
            </Show>
            <Show when=shown("range")>
                <div class="field">
                    <label for="holiday-last-day">{t("holiday-last-day")}</label>
                    <input id="holiday-last-day" type="date" bind:value=last />
                </div>
            </Show>
            <Show when=shown("advanced")>
                <div class="field">
                    <label for="holiday-ordinal">{t("holiday-ordinal")}</label>
                    <select id="holiday-ordinal" node_ref=bound(ordinal) on:change=move |ev| ordinal.set(event_target_value(&ev))>
                        {ORDINALS.iter().map(|o| view! { <option value=*o>{t(&format!("ordinal-{o}"))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="holiday-weekday">{t("holiday-weekday")}</label>
                    <select id="holiday-weekday" node_ref=bound(wday) on:change=move |ev| wday.set(event_target_value(&ev))>
                        {WEEKDAYS.iter().map(|w| view! { <option value=*w>{t(&format!("weekday-{w}"))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="holiday-month">{t("holiday-month")}</label>
                    <select id="holiday-month" node_ref=bound(month) on:change=move |ev| month.set(event_target_value(&ev))>
                        {(1u8..=12).map(|m| view! { <option value=m.to_string()>{i18n::format_month(m, &lang)}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || kind.get() != "advanced">
                <div class="field checkbox">
                    <input id="holiday-every-year" type="checkbox" bind:checked=every_year />
                    <label for="holiday-every-year">{t("holiday-repeats")}</label>
                </div>
            </Show>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if editing.with(Option::is_some) { t("holiday-save") } else { t("holiday-add") }}
            </button>
            <Show when=move || editing.with(Option::is_some)>
                <button type="button" on:click=move |_| { editing.set(None); name.set(String::new()); error.set(None); }>{t("cancel")}</button>
            </Show>
        </form>
    }
}

/// The holidays with a delete button each; deleting asks first and says what goes.
#[component]
pub fn HolidayList(
    holidays: Vec<HolidayRow>,
    on_saved: Callback<String>,
    editing: RwSignal<Option<HolidayRow>>,
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let confirming = RwSignal::new(None::<HolidayRow>);
    let error = RwSignal::new(None::<String>);
    let erase = use_section_save(
        |h: &HolidayRow| t_with("action-delete-holiday", &[("name", arg(h.name.clone()))]),
        move |call, h: HolidayRow| {
            let (meta, account) = (meta.get_value(), client.account_id());
            async move {
                delete_holiday(&call, &meta, &account, &h.id, h.is_set).await?;
                confirming.set(None);
                Ok(t_with("holiday-deleted", &[("name", arg(h.name))]))
            }
        },
        error,
        on_saved,
    );
    let busy = erase.pending();
    let delete = move |h: HolidayRow| {
        notice.set(None);
        erase.dispatch(h);
    };
    if holidays.is_empty() {
        return view! { <p>{t("holidays-none")}</p> }.into_any();
    }
    view! {
        <ul class="holidays">
            {holidays.into_iter().map(|h| {
                let label = t_with("holiday-delete-named", &[("name", arg(h.name.clone()))]);
                let edit_label = t_with("holiday-edit-named", &[("name", arg(h.name.clone()))]);
                let row = h.clone();
                let to_edit = h.clone();
                let editable = h.holiday.is_some();
                view! {
                    <li>
                        <strong>{h.name}</strong>": "{h.when}" "
                        {editable.then(|| view! {
                            <button type="button" class="link" aria-label=edit_label on:click=move |_| {
                                editing.set(Some(to_edit.clone()));
                                // To the form, which now holds this holiday.
                                if let Some(f) = leptos::prelude::document().get_element_by_id("holiday-add-title") {
                                    f.scroll_into_view();
                                }
                                let name_field = leptos::prelude::document()
                                    .query_selector("form[aria-labelledby='holiday-add-title'] input")
                                    .ok()
                                    .flatten()
                                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
                                if let Some(n) = name_field {
                                    let _ = n.focus();
                                }
                            }>{t("edit")}</button>" "
                        })}
                        <button type="button" class="link" aria-label=label on:click=move |_| confirming.set(Some(row.clone()))>
                            {t("delete")}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
        {move || confirming.get().map(|h| {
            let what = if h.is_set { "holiday-delete-confirm-set" } else { "holiday-delete-confirm" };
            let target = h.clone();
            view! {
                <Confirm labelled_by="holiday-delete-q" on_cancel=Callback::new(move |_| { confirming.set(None); error.set(None); })>
                    <p id="holiday-delete-q">{t_with(what, &[("name", arg(h.name.clone()))])}</p>
                    <div class="form-error" role="alert">{move || error.get()}</div>
                    <button type="button" class="primary" disabled=move || busy.get() on:click=move |_| delete(target.clone())>
                        {t("holiday-delete-yes")}
                    </button>
                    <button type="button" on:click=move |_| { confirming.set(None); error.set(None); }>{t("cancel")}</button>
                </Confirm>
            }
        })}
    }
    .into_any()
}
