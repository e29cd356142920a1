//! Importing a country's holidays for a year into the office's holidays, as Smart PBX's
//! holiday dialog imports them (`patchbay_monster::holiday_calendar`): holidays already
//! listed under the same name are left as they are; the rest are added at once.

use leptos::prelude::*;
use patchbay_monster::holiday_calendar::{imported_holiday, national_holidays, COUNTRIES};
use patchbay_monster::holidays::Holiday;

use super::holidays::random6;
use super::save::add_holidays;
use super::use_section_save;
use crate::api::Crossbar;
use crate::components::form::dates::local_offset;
use crate::components::form::{SaveState, SelectField};
use crate::i18n::{t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

#[component]
pub fn ImportHolidays(listed: Signal<Vec<String>>, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    let country = RwSignal::new(COUNTRIES[0].0.to_string());
    let year = RwSignal::new(this_year.to_string());
    let error = RwSignal::new(None::<String>);
    let import = use_section_save(
        |h: &Vec<Holiday>| t_with("action-import-holidays", &[("count", h.len().into())]),
        move |call, holidays: Vec<Holiday>| {
            let (meta, account) = (meta.get_value(), client.account_id());
            let offset = holidays.first().and_then(|h| h.year).map_or(0, |y| local_offset(y, 1, 1));
            async move {
                add_holidays(&call, &meta, &account, &holidays, random6, offset).await?;
                Ok(t_with("holidays-imported", &[("count", holidays.len().into())]))
            }
        },
        error,
        on_saved,
    );
    let run = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        notice.set(None);
        let Ok(y) = year.get_untracked().parse::<i32>() else { return };
        let known = listed.get_untracked();
        let new: Vec<Holiday> = national_holidays(&country.get_untracked(), y)
            .into_iter()
            .filter(|(name, _)| !known.iter().any(|k| k == name))
            .map(|(name, date)| imported_holiday(name, date))
            .collect();
        if new.is_empty() {
            notice.set(Some(t("holidays-import-nothing")));
            return;
        }
        import.dispatch(new);
    };
    let countries =
        Signal::derive(|| COUNTRIES.iter().map(|(code, name)| (code.to_string(), name.to_string())).collect());
    let years = Signal::derive(move || (this_year..=this_year + 1).map(|y| (y.to_string(), y.to_string())).collect());
    let busy = import.pending();
    view! {
        <form class="form" novalidate=true on:submit=run aria-labelledby="holiday-import-title">
            <h4 id="holiday-import-title">{t("holidays-import-title")}</h4>
            <SelectField label=t("holidays-import-country") value=country options=countries />
            <SelectField label=t("holidays-import-year") value=year options=years />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" disabled=move || busy.get()>{t("holidays-import")}</button>
            </div>
        </form>
    }
}
