//! Office holidays (monster-ui-voip `submodules/strategyHolidays/strategyHolidays.js`
//! `strategyHolidaysBuildHolidayRule`): a single day, a range of days, or an
//! "advanced" nth-weekday holiday, recurring or for one year. A range crossing months
//! becomes a temporal-rules set with one member rule per month.

use serde_json::{json, Map, Value};

/// Seconds between 0000-01-01 (Gregorian, KAZOO's epoch) and 1970-01-01.
pub const GREGORIAN_UNIX_OFFSET: i64 = 62_167_219_200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// One day, optionally only part of it (seconds from midnight).
    Single { month: u8, day: u8, window: Option<(u32, u32)> },
    /// From one day to another (possibly in a later month, or across New Year).
    Range { from_month: u8, from_day: u8, to_month: u8, to_day: u8 },
    /// e.g. the fourth Thursday of November; always recurring.
    Advanced { month: u8, wday: &'static str, ordinal: &'static str },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub name: String,
    pub when: When,
    /// `None` = every year; `Some(year)` = that year only.
    pub year: Option<i32>,
    /// Skipped occurrences (`YYYYMMDD`) of a recurring holiday.
    pub exclude: Vec<String>,
    /// Imported national holiday (kept so Smart PBX shows it as such).
    pub imported: bool,
}

/// What to write for a holiday.
#[derive(Debug, Clone, PartialEq)]
pub enum HolidayDocs {
    Rule(Value),
    /// Member rules in chronological order; the set is built once their ids are known.
    Set {
        members: Vec<Value>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayError {
    Name,
    Date { month: u8, day: u8 },
    Window,
}

pub const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "last"];

/// Start of `day` in a zone `utc_offset_secs` east of UTC, in Gregorian seconds.
pub fn gregorian_midnight(year: i32, month: u8, day: u8, utc_offset_secs: i64) -> Option<i64> {
    let month = time::Month::try_from(month).ok()?;
    let date = time::Date::from_calendar_date(year, month, day).ok()?;
    let unix = date.midnight().assume_utc().unix_timestamp() - utc_offset_secs;
    Some(unix + GREGORIAN_UNIX_OFFSET)
}

fn valid_day(month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

pub fn validate(h: &Holiday) -> Result<(), HolidayError> {
    let len = h.name.trim().chars().count();
    if !(4..=60).contains(&len) {
        return Err(HolidayError::Name);
    }
    match &h.when {
        When::Single { month, day, window } => {
            if !valid_day(*month, *day) {
                return Err(HolidayError::Date { month: *month, day: *day });
            }
            if matches!(window, Some((s, e)) if s >= e || *e > 86_400) {
                return Err(HolidayError::Window);
            }
        }
        When::Range { from_month, from_day, to_month, to_day } => {
            for (m, d) in [(*from_month, *from_day), (*to_month, *to_day)] {
                if !valid_day(m, d) {
                    return Err(HolidayError::Date { month: m, day: d });
                }
            }
        }
        When::Advanced { month, .. } => {
            if !(1..=12).contains(month) {
                return Err(HolidayError::Date { month: *month, day: 1 });
            }
        }
    }
    Ok(())
}

fn insert_dates(doc: &mut Map<String, Value>, h: &Holiday, first: (u8, u8), last: (u8, u8), offset: i64) {
    let Some(year) = h.year else { return };
    // A range running into January ends in the next year.
    let end_year = if last.0 < first.0 { year + 1 } else { year };
    if let (Some(start), Some(end)) =
        (gregorian_midnight(year, first.0, first.1, offset), gregorian_midnight(end_year, last.0, last.1, offset))
    {
        doc.insert("start_date".into(), start.into());
        doc.insert("end_date".into(), (end + 86_399).into());
    }
}

/// The documents for a holiday, in a zone `utc_offset_secs` east of UTC (one-off
/// holidays are pinned to that zone's midnights). `random6` names the member rules of
/// a month-crossing range (`<name>_<random6>_<month>`).
pub fn holiday_docs(h: &Holiday, random6: &str, utc_offset_secs: i64) -> HolidayDocs {
    let name = h.name.trim();
    let recurring = h.year.is_none();
    if let When::Range { from_month, from_day, to_month, to_day } = h.when {
        if from_month != to_month {
            return HolidayDocs::Set {
                members: range_members(h, name, random6, (from_month, from_day), (to_month, to_day), utc_offset_secs),
            };
        }
    }
    let mut doc = Map::new();
    doc.insert("name".into(), name.into());
    doc.insert("type".into(), "main_holidays".into());
    doc.insert("oldType".into(), "rule".into());
    let cycle = match (&h.when, recurring) {
        (_, true) => "yearly",
        (When::Range { .. }, false) => "monthly",
        _ => "date",
    };
    doc.insert("cycle".into(), cycle.into());
    doc.insert("interval".into(), 1.into());
    match &h.when {
        When::Single { month, day, window } => {
            doc.insert("month".into(), (*month).into());
            doc.insert("days".into(), json!([day]));
            insert_dates(&mut doc, h, (*month, *day), (*month, *day), utc_offset_secs);
            if let Some((s, e)) = window {
                doc.insert("time_window_start".into(), (*s).into());
                doc.insert("time_window_stop".into(), (*e).into());
            }
        }
        When::Range { from_month, from_day, to_day, .. } => {
            doc.insert("month".into(), (*from_month).into());
            doc.insert("days".into(), json!((*from_day..=*to_day).collect::<Vec<_>>()));
            insert_dates(&mut doc, h, (*from_month, *from_day), (*from_month, *to_day), utc_offset_secs);
        }
        When::Advanced { month, wday, ordinal } => {
            doc.insert("month".into(), (*month).into());
            doc.insert("wdays".into(), json!([wday]));
            doc.insert("ordinal".into(), (*ordinal).into());
        }
    }
    if h.imported {
        doc.insert("isImported".into(), true.into());
    }
    if !h.exclude.is_empty() {
        doc.insert("exclude".into(), json!(h.exclude));
    }
    HolidayDocs::Rule(Value::Object(doc))
}

fn range_members(h: &Holiday, name: &str, random6: &str, from: (u8, u8), to: (u8, u8), offset: i64) -> Vec<Value> {
    let mut months: Vec<u8> = Vec::new();
    let mut m = from.0;
    loop {
        months.push(m);
        if m == to.0 {
            break;
        }
        m = if m == 12 { 1 } else { m + 1 };
    }
    let last_index = months.len() - 1;
    months
        .iter()
        .enumerate()
        .map(|(i, &month)| {
            let first_day = if i == 0 { from.1 } else { 1 };
            let last_day = if i == last_index { to.1 } else { 31 };
            let mut doc = Map::new();
            doc.insert("name".into(), format!("{name}_{random6}_{month}").into());
            doc.insert("cycle".into(), if h.year.is_some() { "monthly" } else { "yearly" }.into());
            doc.insert("days".into(), json!((first_day..=last_day).collect::<Vec<_>>()));
            doc.insert("interval".into(), 1.into());
            doc.insert("month".into(), month.into());
            if let Some(year) = h.year {
                let y = if month < from.0 { year + 1 } else { year };
                if let Some(start) = gregorian_midnight(y, month, first_day, offset) {
                    doc.insert("start_date".into(), start.into());
                }
            }
            if !h.exclude.is_empty() {
                doc.insert("exclude".into(), json!(h.exclude));
            }
            Value::Object(doc)
        })
        .collect()
}

/// A number stored as a number or a string (`"7"`), read as `hours::seconds` reads times.
fn u8_of(v: &Value, key: &str) -> Option<u8> {
    u8::try_from(crate::hours::seconds(v.get(key)?)?).ok()
}

fn days_of(rule: &Value) -> Vec<u8> {
    let day = |d: &Value| u8::try_from(crate::hours::seconds(d)?).ok();
    rule.get("days").and_then(Value::as_array).into_iter().flatten().filter_map(day).collect()
}

/// The year a one-off rule falls in: the one its `start_date` (Gregorian seconds at a
/// local midnight) names, read at noon so no zone moves it across New Year.
fn year_of(rule: &Value) -> Option<i32> {
    let start = rule.get("start_date")?.as_i64()?;
    let unix = start - GREGORIAN_UNIX_OFFSET + 43_200;
    time::OffsetDateTime::from_unix_timestamp(unix).ok().map(|d| d.year())
}

fn strings_of(v: &Value, key: &str) -> Vec<String> {
    v.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

/// A stored holiday read back into the form that writes it (for editing): a rule, or a
/// set with its member rules in order. `None` when it is not one Smart PBX's holiday
/// form could have made (it is then listed, not edited).
pub fn holiday_of(doc: &Value, members: &[Value]) -> Option<Holiday> {
    let name = doc.get("name").and_then(Value::as_str)?.to_string();
    let imported = doc.get("isImported").and_then(Value::as_bool) == Some(true);
    if doc.get("temporal_rules").is_some() {
        let (first, last) = (members.first()?, members.last()?);
        let (from_day, to_day) = (*days_of(first).first()?, *days_of(last).last()?);
        let once = first.get("cycle").and_then(Value::as_str) == Some("monthly");
        return Some(Holiday {
            name,
            when: When::Range { from_month: u8_of(first, "month")?, from_day, to_month: u8_of(last, "month")?, to_day },
            year: if once { year_of(first) } else { None },
            exclude: strings_of(doc, "exclude"),
            imported,
        });
    }
    let month = u8_of(doc, "month")?;
    let once = doc.get("cycle").and_then(Value::as_str) != Some("yearly");
    let when = match (doc.get("wdays").and_then(Value::as_array), doc.get("ordinal").and_then(Value::as_str)) {
        (Some(wdays), Some(ordinal)) => {
            let wday = wdays.first()?.as_str()?;
            When::Advanced {
                month,
                wday: crate::hours::WEEKDAYS.iter().find(|w| **w == wday)?,
                ordinal: ORDINALS.iter().find(|o| **o == ordinal)?,
            }
        }
        _ => {
            let days = days_of(doc);
            match days.as_slice() {
                [day] => {
                    let at = |k: &str| doc.get(k).and_then(crate::hours::seconds);
                    let window = at("time_window_start").zip(at("time_window_stop"));
                    When::Single { month, day: *day, window }
                }
                [first, .., last] => {
                    When::Range { from_month: month, from_day: *first, to_month: month, to_day: *last }
                }
                [] => return None,
            }
        }
    };
    let year = match when {
        When::Advanced { .. } => None,
        _ if once => Some(year_of(doc)?),
        _ => None,
    };
    Some(Holiday { name, when, year, exclude: strings_of(doc, "exclude"), imported })
}

/// The set document for a month-crossing range, once its member rules exist.
pub fn holiday_set_doc(name: &str, member_ids: &[String], exclude: &[String]) -> Value {
    let mut doc = json!({"name": name.trim(), "type": "main_holidays", "temporal_rules": member_ids});
    if !exclude.is_empty() {
        doc["exclude"] = json!(exclude);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_holiday_reads_back_as_written() {
        let holidays = [
            Holiday {
                name: "Xmas".into(),
                when: When::Single { month: 12, day: 25, window: None },
                year: None,
                exclude: vec![],
                imported: false,
            },
            Holiday {
                name: "Half day".into(),
                when: When::Single { month: 12, day: 24, window: Some((0, 43_200)) },
                year: Some(2026),
                exclude: vec![],
                imported: false,
            },
            Holiday {
                name: "Week off".into(),
                when: When::Range { from_month: 8, from_day: 3, to_month: 8, to_day: 7 },
                year: Some(2027),
                exclude: vec![],
                imported: false,
            },
            Holiday {
                name: "Thanksgiving".into(),
                when: When::Advanced { month: 11, wday: "thursday", ordinal: "fourth" },
                year: None,
                exclude: vec!["20261126".into()],
                imported: true,
            },
            Holiday {
                name: "New Year".into(),
                when: When::Range { from_month: 12, from_day: 30, to_month: 1, to_day: 2 },
                year: Some(2026),
                exclude: vec![],
                imported: false,
            },
        ];
        for h in holidays {
            let read = match holiday_docs(&h, "abc123", 3600) {
                HolidayDocs::Rule(doc) => holiday_of(&doc, &[]),
                HolidayDocs::Set { members } => {
                    let set = holiday_set_doc(&h.name, &["m1".into(), "m2".into()], &h.exclude);
                    holiday_of(&set, &members)
                }
            };
            assert_eq!(read.as_ref(), Some(&h), "{}", h.name);
        }
        // Strings where numbers are expected (another app's writing) read too.
        let odd = json!({"name": "Odd", "cycle": "yearly", "month": "7", "days": ["4"]});
        assert_eq!(holiday_of(&odd, &[]).map(|h| h.when), Some(When::Single { month: 7, day: 4, window: None }));
        assert_eq!(holiday_of(&json!({"name": "No days", "cycle": "yearly", "month": 7}), &[]), None);
    }

    fn holiday(name: &str, when: When, year: Option<i32>) -> Holiday {
        Holiday { name: name.into(), when, year, exclude: vec![], imported: false }
    }

    fn rule(d: HolidayDocs) -> Value {
        match d {
            HolidayDocs::Rule(v) => v,
            other => panic!("expected a rule, got {other:?}"),
        }
    }

    #[test]
    fn recurring_christmas_as_smart_pbx_writes_it() {
        let h = holiday("Christmas", When::Single { month: 12, day: 25, window: None }, None);
        assert_eq!(
            rule(holiday_docs(&h, "", 0)),
            json!({"name": "Christmas", "type": "main_holidays", "oldType": "rule",
                   "cycle": "yearly", "interval": 1, "month": 12, "days": [25]})
        );
    }

    #[test]
    fn a_one_off_day_is_pinned_to_the_zones_midnights() {
        let h = holiday("Office move", When::Single { month: 12, day: 25, window: None }, Some(2025));
        let doc = rule(holiday_docs(&h, "", 0));
        assert_eq!(doc["cycle"], "date");
        assert_eq!(doc["start_date"], 63_933_840_000i64);
        assert_eq!(doc["end_date"], 63_933_926_399i64);
        // In New York (UTC-5) the day starts five hours later in UTC.
        let ny = rule(holiday_docs(&h, "", -5 * 3600));
        assert_eq!(ny["start_date"], 63_933_840_000i64 + 5 * 3600);
    }

    #[test]
    fn thanksgiving_and_a_staff_party_with_hours() {
        let t = holiday("Thanksgiving", When::Advanced { month: 11, wday: "thursday", ordinal: "fourth" }, None);
        assert_eq!(
            rule(holiday_docs(&t, "", 0)),
            json!({"name": "Thanksgiving", "type": "main_holidays", "oldType": "rule", "cycle": "yearly",
                   "interval": 1, "month": 11, "wdays": ["thursday"], "ordinal": "fourth"})
        );
        let p = holiday("Staff party", When::Single { month: 6, day: 20, window: Some((46_800, 61_200)) }, None);
        let doc = rule(holiday_docs(&p, "", 0));
        assert_eq!((doc["time_window_start"].clone(), doc["time_window_stop"].clone()), (json!(46_800), json!(61_200)));
    }

    #[test]
    fn skipped_years_and_imported_holidays() {
        let mut h = holiday("Christmas", When::Single { month: 12, day: 25, window: None }, None);
        h.exclude = vec!["20261225".into()];
        assert_eq!(rule(holiday_docs(&h, "", 0))["exclude"], json!(["20261225"]));
        let imported = Holiday {
            imported: true,
            year: Some(2025),
            ..holiday("Christmas Day", When::Single { month: 12, day: 25, window: None }, None)
        };
        assert_eq!(rule(holiday_docs(&imported, "", 0))["isImported"], true);
    }

    #[test]
    fn a_range_within_a_month_is_one_rule() {
        let h = holiday("Summer shutdown", When::Range { from_month: 8, from_day: 10, to_month: 8, to_day: 14 }, None);
        let doc = rule(holiday_docs(&h, "", 0));
        assert_eq!(doc["days"], json!([10, 11, 12, 13, 14]));
        assert_eq!(doc["cycle"], "yearly");
    }

    #[test]
    fn winter_break_across_new_year_is_a_set_of_month_rules() {
        let h = holiday("Winter break", When::Range { from_month: 12, from_day: 24, to_month: 1, to_day: 2 }, None);
        let HolidayDocs::Set { members } = holiday_docs(&h, "a1B2c3", 0) else { panic!("expected a set") };
        assert_eq!(
            members,
            vec![
                json!({"name": "Winter break_a1B2c3_12", "cycle": "yearly", "days": [24, 25, 26, 27, 28, 29, 30, 31], "interval": 1, "month": 12}),
                json!({"name": "Winter break_a1B2c3_1", "cycle": "yearly", "days": [1, 2], "interval": 1, "month": 1}),
            ]
        );
        assert_eq!(
            holiday_set_doc("Winter break", &["tr-dec".into(), "tr-jan".into()], &[]),
            json!({"name": "Winter break", "type": "main_holidays", "temporal_rules": ["tr-dec", "tr-jan"]})
        );
    }

    #[test]
    fn bad_holidays_are_refused_before_sending() {
        assert_eq!(
            validate(&holiday("Xm", When::Single { month: 12, day: 25, window: None }, None)),
            Err(HolidayError::Name)
        );
        assert_eq!(
            validate(&holiday("Nowhere", When::Single { month: 13, day: 1, window: None }, None)),
            Err(HolidayError::Date { month: 13, day: 1 })
        );
        assert_eq!(
            validate(&holiday("Late", When::Single { month: 1, day: 1, window: Some((5, 5)) }, None)),
            Err(HolidayError::Window)
        );
    }
}
