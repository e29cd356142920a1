//! National holidays to import into the office hours, worked out here as Smart PBX works
//! them out in the browser (monster-ui-voip `submodules/strategyHolidays/strategyHolidays.js`
//! uses the `date-holidays` library; no service is asked). Imported holidays are single
//! days of one year, flagged `isImported`, as Smart PBX stores them.
//!
//! Countries offered: the United States' federal holidays (5 U.S.C. 6103) and Canada's
//! nationwide statutory holidays.

use time::{Date, Month, Weekday};

use crate::holidays::{Holiday, When};

/// Countries whose holidays can be imported: (ISO code, English name).
pub const COUNTRIES: [(&str, &str); 2] = [("US", "United States"), ("CA", "Canada")];

/// The `n`th (1-based) `weekday` of a month, or the last one with `n == 0`.
fn nth_weekday(year: i32, month: Month, weekday: Weekday, n: u8) -> Option<Date> {
    let first = Date::from_calendar_date(year, month, 1).ok()?;
    let offset = (7 + weekday.number_days_from_monday() - first.weekday().number_days_from_monday()) % 7;
    let first_match = first.saturating_add(time::Duration::days(i64::from(offset)));
    if n == 0 {
        let mut last = first_match;
        while let Some(next) = last.checked_add(time::Duration::days(7)).filter(|d| d.month() == month) {
            last = next;
        }
        return Some(last);
    }
    first_match.checked_add(time::Duration::days(7 * i64::from(n - 1))).filter(|d| d.month() == month)
}

fn fixed(year: i32, month: Month, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, month, day).ok()
}

/// Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" computation).
fn easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(year, Month::try_from(month as u8).ok()?, day as u8).ok()
}

/// The country's holidays of `year` as (name, date), in date order.
pub fn national_holidays(country: &str, year: i32) -> Vec<(&'static str, Date)> {
    use Month::*;
    use Weekday::*;
    let list: Vec<(&'static str, Option<Date>)> = match country {
        "US" => vec![
            ("New Year's Day", fixed(year, January, 1)),
            ("Martin Luther King, Jr. Day", nth_weekday(year, January, Monday, 3)),
            ("Washington's Birthday", nth_weekday(year, February, Monday, 3)),
            ("Memorial Day", nth_weekday(year, May, Monday, 0)),
            ("Juneteenth National Independence Day", fixed(year, June, 19)),
            ("Independence Day", fixed(year, July, 4)),
            ("Labor Day", nth_weekday(year, September, Monday, 1)),
            ("Columbus Day", nth_weekday(year, October, Monday, 2)),
            ("Veterans Day", fixed(year, November, 11)),
            ("Thanksgiving Day", nth_weekday(year, November, Thursday, 4)),
            ("Christmas Day", fixed(year, December, 25)),
        ],
        "CA" => vec![
            ("New Year's Day", fixed(year, January, 1)),
            ("Good Friday", easter(year).and_then(|e| e.checked_sub(time::Duration::days(2)))),
            ("Canada Day", fixed(year, July, 1)),
            ("Labour Day", nth_weekday(year, September, Monday, 1)),
            ("Christmas Day", fixed(year, December, 25)),
        ],
        _ => vec![],
    };
    list.into_iter().filter_map(|(name, date)| Some((name, date?))).collect()
}

/// One imported holiday as the holiday form would hold it: that day of that year.
pub fn imported_holiday(name: &str, date: Date) -> Holiday {
    Holiday {
        name: name.to_string(),
        when: When::Single { month: date.month() as u8, day: date.day(), window: None },
        year: Some(date.year()),
        exclude: vec![],
        imported: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(name: &str, list: &[(&str, Date)]) -> String {
        list.iter().find(|(n, _)| *n == name).map(|(_, d)| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn united_states_federal_holidays_of_2027() {
        let us = national_holidays("US", 2027);
        assert_eq!(us.len(), 11);
        assert_eq!(day("Martin Luther King, Jr. Day", &us), "2027-01-18");
        assert_eq!(day("Memorial Day", &us), "2027-05-31");
        assert_eq!(day("Labor Day", &us), "2027-09-06");
        assert_eq!(day("Thanksgiving Day", &us), "2027-11-25");
        assert!(us.windows(2).all(|w| w[0].1 < w[1].1), "in date order");
    }

    #[test]
    fn canadas_good_friday_follows_easter() {
        assert_eq!(day("Good Friday", &national_holidays("CA", 2027)), "2027-03-26");
        assert_eq!(day("Good Friday", &national_holidays("CA", 2026)), "2026-04-03");
        assert!(national_holidays("XX", 2027).is_empty());
    }

    #[test]
    fn an_import_is_a_single_day_of_one_year() {
        let date = Date::from_calendar_date(2027, Month::December, 25).unwrap();
        let h = imported_holiday("Christmas Day", date);
        assert_eq!(h.year, Some(2027));
        assert!(h.imported);
        assert_eq!(h.when, When::Single { month: 12, day: 25, window: None });
        assert!(crate::holidays::validate(&h).is_ok());
    }
}
