//! A time-of-day rule (`temporal_rules`) as the Callflows app's Time of Day form writes it
//! (monster-ui-callflows `submodules/timeofday/timeofday.js` `timeofdayCleanFormData`,
//! `timeofdayNormalizeData`, `timeofdayMigrateData`): Wednesday stored as KAZOO's legacy
//! `wensday`, Sunday last, `start_date` in Gregorian seconds at the start of the day where
//! the admin is, all day as 0–86400, "forced on/off" as `enabled`, and the keys a cycle
//! does not use deleted. A rule is written onto the document as loaded, so keys other
//! apps wrote survive.

use serde_json::{Map, Value};

use crate::holidays::{gregorian_midnight, GREGORIAN_UNIX_OFFSET};
use crate::hours::WEEKDAYS;

/// How a rule repeats (the Callflows app offers these three).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cycle {
    Weekly,
    Monthly,
    Yearly,
}

impl Cycle {
    pub const ALL: [Cycle; 3] = [Cycle::Weekly, Cycle::Monthly, Cycle::Yearly];

    pub fn key(self) -> &'static str {
        match self {
            Cycle::Weekly => "weekly",
            Cycle::Monthly => "monthly",
            Cycle::Yearly => "yearly",
        }
    }

    pub fn from_key(key: &str) -> Option<Cycle> {
        Cycle::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Which occurrence in a month: `first`…`fifth`, `last`, or `every` (a day of the month).
pub const ORDINALS: [&str; 7] = ["first", "second", "third", "fourth", "fifth", "last", "every"];

/// What the form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleForm {
    pub name: String,
    pub cycle: Cycle,
    /// Every `interval` weeks or months (not written for yearly rules).
    pub interval: u32,
    /// Weekly: the days it applies (`monday`…`sunday`).
    pub wdays: Vec<&'static str>,
    /// Monthly and yearly: `first`…`last`, or `every` for a day of the month.
    pub ordinal: &'static str,
    /// Monthly and yearly, ordinal other than `every`: the weekday.
    pub weekday: &'static str,
    /// Monthly and yearly, ordinal `every`: the day of the month.
    pub day: u8,
    /// The days of the month the rule held when read: a rule of several days (Smart
    /// PBX's holiday ranges) keeps them while its first day is left as it was.
    pub days: Vec<u8>,
    /// Yearly: the month, 1–12.
    pub month: u8,
    /// The date it starts counting from (year, month, day).
    pub start_date: Option<(i32, u8, u8)>,
    pub all_day: bool,
    /// Seconds from midnight.
    pub from: u32,
    pub to: u32,
    /// `Some(true)` forced on, `Some(false)` forced off, `None` by the clock.
    pub enabled: Option<bool>,
}

impl Default for RuleForm {
    /// Monster's defaults: weekly, every week, 9:00 to 17:00.
    fn default() -> Self {
        RuleForm {
            name: String::new(),
            cycle: Cycle::Weekly,
            interval: 1,
            wdays: vec![],
            ordinal: "first",
            weekday: "monday",
            day: 1,
            days: vec![],
            month: 1,
            start_date: None,
            all_day: false,
            from: 9 * 3600,
            to: 17 * 3600,
            enabled: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// No name, or longer than 128 characters.
    Name,
    /// A weekly rule with no day ticked.
    NoDay,
    /// The window ends before it starts.
    Window,
    /// A date or a day of the month that does not exist.
    Date,
}

fn weekday(stored: &str) -> Option<&'static str> {
    let stored = if stored == "wensday" { "wednesday" } else { stored };
    WEEKDAYS.into_iter().find(|d| *d == stored)
}

fn stored_weekday(day: &str) -> &str {
    if day == "wednesday" {
        "wensday"
    } else {
        day
    }
}

/// The form for a stored rule (`wensday` read as Wednesday).
pub fn rule_form(doc: &Value, utc_offset_secs: i64) -> RuleForm {
    let text = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or_default();
    let whole = |k: &str| doc.get(k).and_then(Value::as_u64);
    let defaults = RuleForm::default();
    let wdays: Vec<&'static str> = doc
        .get("wdays")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| d.as_str().and_then(weekday))
        .collect();
    let start_date = doc.get("start_date").and_then(Value::as_i64).and_then(|g| {
        let unix = g - GREGORIAN_UNIX_OFFSET + utc_offset_secs;
        let date = time::OffsetDateTime::from_unix_timestamp(unix).ok()?.date();
        Some((date.year(), u8::from(date.month()), date.day()))
    });
    // A stored rule without a window holds all day, as KAZOO reads it.
    let from = whole("time_window_start").map_or(0, |s| s as u32);
    let to = whole("time_window_stop").map_or(86_400, |s| s as u32);
    let days: Vec<u8> = doc
        .get("days")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_u64)
        .map(|d| d.clamp(1, 31) as u8)
        .collect();
    // Days of the month without an ordinal are "every" such day (Smart PBX's holidays).
    let ordinal = match text("ordinal") {
        "" if !days.is_empty() => "every",
        o => ORDINALS.into_iter().find(|known| *known == o).unwrap_or(defaults.ordinal),
    };
    RuleForm {
        name: text("name").to_string(),
        cycle: Cycle::from_key(text("cycle")).unwrap_or(Cycle::Weekly),
        interval: whole("interval").map_or(1, |i| i.max(1) as u32),
        weekday: wdays.first().copied().unwrap_or(defaults.weekday),
        wdays,
        ordinal,
        day: days.first().copied().unwrap_or(1),
        days,
        month: whole("month").map_or(1, |m| m.clamp(1, 12) as u8),
        start_date,
        all_day: from == 0 && to == 86_400,
        from,
        to,
        enabled: doc.get("enabled").and_then(Value::as_bool),
    }
}

/// Checks what the Callflows app checks before saving, and that dates exist.
pub fn validate(form: &RuleForm) -> Result<(), RuleError> {
    let name = form.name.trim().chars().count();
    if name == 0 || name > 128 {
        return Err(RuleError::Name);
    }
    if form.cycle == Cycle::Weekly && form.wdays.is_empty() {
        return Err(RuleError::NoDay);
    }
    if !form.all_day && (form.from >= form.to || form.to > 86_400) {
        return Err(RuleError::Window);
    }
    if !(1..=31).contains(&form.day) || !(1..=12).contains(&form.month) {
        return Err(RuleError::Date);
    }
    if let Some((y, m, d)) = form.start_date {
        gregorian_midnight(y, m, d, 0).ok_or(RuleError::Date)?;
    }
    Ok(())
}

/// The rule document: what the form says, written onto `loaded` (the rule as read, or
/// `{}` for a new one) with the keys its cycle does not use removed. `utc_offset_secs`
/// is the admin's offset from UTC on the start date.
pub fn rule_doc(form: &RuleForm, loaded: &Value, utc_offset_secs: i64) -> Result<Value, RuleError> {
    validate(form)?;
    let mut doc: Map<String, Value> = loaded.as_object().cloned().unwrap_or_default();
    for derived in ["metadata", "id"] {
        doc.remove(derived);
    }
    doc.insert("name".into(), Value::String(form.name.trim().to_string()));
    doc.insert("cycle".into(), Value::String(form.cycle.key().into()));
    let (from, to) = if form.all_day { (0, 86_400) } else { (form.from, form.to) };
    doc.insert("time_window_start".into(), Value::from(from));
    doc.insert("time_window_stop".into(), Value::from(to));
    match form.start_date.and_then(|(y, m, d)| gregorian_midnight(y, m, d, utc_offset_secs)) {
        Some(g) => doc.insert("start_date".into(), Value::from(g)),
        None => doc.remove("start_date"),
    };
    match form.enabled {
        Some(on) => doc.insert("enabled".into(), Value::Bool(on)),
        None => doc.remove("enabled"),
    };
    let set = |doc: &mut Map<String, Value>, key: &str, value: Option<Value>| match value {
        Some(v) => doc.insert(key.into(), v),
        None => doc.remove(key),
    };
    let weekdays = |days: &[&str]| -> Value {
        // Checked in the form's order (Sunday first), then Sunday moved to the end.
        WEEKDAYS.iter().filter(|d| days.contains(d)).map(|d| Value::String(stored_weekday(d).into())).collect()
    };
    match form.cycle {
        Cycle::Weekly => {
            set(&mut doc, "interval", Some(Value::from(form.interval.max(1))));
            set(&mut doc, "wdays", Some(weekdays(&form.wdays)));
            for unused in ["ordinal", "days", "month"] {
                doc.remove(unused);
            }
        }
        Cycle::Monthly | Cycle::Yearly => {
            let yearly = form.cycle == Cycle::Yearly;
            set(&mut doc, "interval", (!yearly).then(|| Value::from(form.interval.max(1))));
            set(&mut doc, "month", yearly.then(|| Value::from(form.month)));
            set(&mut doc, "ordinal", Some(Value::String(form.ordinal.into())));
            let every = form.ordinal == "every";
            let days = if form.days.first() == Some(&form.day) { form.days.clone() } else { vec![form.day] };
            set(&mut doc, "days", every.then(|| Value::from(days)));
            set(&mut doc, "wdays", (!every).then(|| weekdays(&[form.weekday])));
        }
    }
    Ok(Value::Object(doc))
}

/// A time of day set (`temporal_rules_sets`): a name and its rules, written onto the set
/// as loaded (monster-ui-callflows `submodules/temporalset/temporalset.js`).
pub fn set_doc(name: &str, rules: &[String], loaded: &Value) -> Result<Value, RuleError> {
    let len = name.trim().chars().count();
    if len == 0 || len > 128 {
        return Err(RuleError::Name);
    }
    let mut doc: Map<String, Value> = loaded.as_object().cloned().unwrap_or_default();
    doc.remove("metadata");
    doc.remove("id");
    doc.insert("name".into(), Value::String(name.trim().to_string()));
    doc.insert("temporal_rules".into(), rules.iter().cloned().map(Value::String).collect());
    Ok(Value::Object(doc))
}

/// "9:30" for 34200 seconds from midnight.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 3600 % 24, seconds / 60 % 60)
}

/// Seconds from midnight for "9:30", "09:30" or "24:00".
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 3600 + m * 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn weekly(days: &[&'static str]) -> RuleForm {
        RuleForm { name: "Weekdays".into(), wdays: days.to_vec(), ..RuleForm::default() }
    }

    #[test]
    fn weekly_rules_spell_wednesday_the_legacy_way_and_put_sunday_last() {
        let doc = rule_doc(&weekly(&["sunday", "wednesday", "monday"]), &json!({}), 0).unwrap();
        assert_eq!(doc["wdays"], json!(["monday", "wensday", "sunday"]));
        assert_eq!(doc["cycle"], "weekly");
        assert_eq!(doc["interval"], 1);
        assert_eq!((doc["time_window_start"].clone(), doc["time_window_stop"].clone()), (json!(32400), json!(61200)));
        for unused in ["ordinal", "days", "month", "enabled", "start_date"] {
            assert!(doc.get(unused).is_none(), "{unused} is written");
        }
    }

    #[test]
    fn all_day_is_midnight_to_midnight_and_forced_states_are_enabled() {
        let form = RuleForm { all_day: true, from: 0, to: 0, enabled: Some(false), ..weekly(&["friday"]) };
        let doc = rule_doc(&form, &json!({"enabled": true}), 0).unwrap();
        assert_eq!((doc["time_window_start"].clone(), doc["time_window_stop"].clone()), (json!(0), json!(86400)));
        assert_eq!(doc["enabled"], false);
        let by_clock = rule_doc(&RuleForm { enabled: None, ..form }, &json!({"enabled": true}), 0).unwrap();
        assert!(by_clock.get("enabled").is_none());
    }

    #[test]
    fn yearly_on_a_day_of_the_month_keeps_only_its_keys_and_what_others_wrote() {
        let loaded = json!({"id": "r1", "wdays": ["monday"], "interval": 2, "flags": ["x"], "ui_metadata": {"origin": "callflows"}});
        let form = RuleForm {
            name: "Christmas".into(),
            cycle: Cycle::Yearly,
            ordinal: "every",
            day: 25,
            month: 12,
            ..RuleForm::default()
        };
        let doc = rule_doc(&form, &loaded, 0).unwrap();
        assert_eq!(doc["days"], json!([25]));
        assert_eq!(doc["month"], 12);
        assert_eq!(doc["ordinal"], "every");
        assert_eq!(doc["flags"], json!(["x"]));
        for gone in ["id", "wdays", "interval"] {
            assert!(doc.get(gone).is_none(), "{gone} kept");
        }
    }

    #[test]
    fn monthly_on_an_ordinal_weekday_writes_that_one_weekday() {
        let form = RuleForm {
            name: "Board meeting".into(),
            cycle: Cycle::Monthly,
            interval: 3,
            ordinal: "last",
            weekday: "wednesday",
            ..RuleForm::default()
        };
        let doc = rule_doc(&form, &json!({"month": 4, "days": [3]}), 0).unwrap();
        assert_eq!(doc["wdays"], json!(["wensday"]));
        assert_eq!(doc["interval"], 3);
        assert!(doc.get("days").is_none() && doc.get("month").is_none());
    }

    #[test]
    fn the_start_date_is_the_admins_midnight_in_gregorian_seconds_and_reads_back() {
        let form = RuleForm { start_date: Some((2026, 12, 7)), ..weekly(&["monday"]) };
        let doc = rule_doc(&form, &json!({}), -8 * 3600).unwrap();
        // 2026-12-07T08:00:00Z is midnight in UTC-8.
        assert_eq!(doc["start_date"], json!(1_796_630_400 + GREGORIAN_UNIX_OFFSET));
        let back = rule_form(&doc, -8 * 3600);
        assert_eq!(back.start_date, Some((2026, 12, 7)));
        assert_eq!(back.wdays, vec!["monday"]);
    }

    #[test]
    fn a_stored_rule_reads_into_the_form() {
        let doc = json!({"name": "Lunch", "cycle": "weekly", "wdays": ["wensday", "sunday"], "time_window_start": 0, "time_window_stop": 86400, "enabled": true});
        let form = rule_form(&doc, 0);
        assert_eq!(form.wdays, vec!["wednesday", "sunday"]);
        assert!(form.all_day);
        assert_eq!(form.enabled, Some(true));
    }

    #[test]
    fn a_stored_rule_without_a_window_or_an_ordinal_reads_as_kazoo_runs_it() {
        let doc = json!({"name": "Winter break", "cycle": "yearly", "month": 12, "days": [24, 25, 26]});
        let form = rule_form(&doc, 0);
        assert!(form.all_day);
        assert_eq!((form.ordinal, form.day), ("every", 24));
        // Saved with its first day unchanged, it keeps all three.
        assert_eq!(rule_doc(&form, &doc, 0).unwrap()["days"], json!([24, 25, 26]));
        let moved = RuleForm { day: 2, ..form };
        assert_eq!(rule_doc(&moved, &doc, 0).unwrap()["days"], json!([2]));
    }

    #[test]
    fn what_the_form_refuses() {
        assert_eq!(validate(&weekly(&[])), Err(RuleError::NoDay));
        assert_eq!(validate(&RuleForm { name: " ".into(), ..weekly(&["monday"]) }), Err(RuleError::Name));
        assert_eq!(validate(&RuleForm { from: 61200, to: 32400, ..weekly(&["monday"]) }), Err(RuleError::Window));
        assert_eq!(
            validate(&RuleForm { start_date: Some((2026, 2, 30)), ..weekly(&["monday"]) }),
            Err(RuleError::Date)
        );
    }

    #[test]
    fn clock_text_both_ways() {
        assert_eq!(clock(34200), "9:30");
        assert_eq!(parse_clock("09:30"), Some(34200));
        assert_eq!(parse_clock("24:00"), Some(86400));
        assert_eq!(parse_clock("24:30"), None);
        assert_eq!(parse_clock("9"), None);
    }

    #[test]
    fn a_set_is_its_name_and_rules() {
        let doc = set_doc("Holidays", &["a".into(), "b".into()], &json!({"id": "s", "x": 1})).unwrap();
        assert_eq!(doc, json!({"name": "Holidays", "temporal_rules": ["a", "b"], "x": 1}));
    }
}
