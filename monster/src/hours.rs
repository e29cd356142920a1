//! Office hours (monster-ui-voip `submodules/strategyHours/strategyHours.js` `strategyHoursReconcileTemporalRules`):
//! per weekday, open and lunch intervals in
//! seconds from midnight, saved as weekly temporal rules. Lunch wins where it overlaps
//! open time, and identical windows on several days share one rule.

use patchbay_crossbar::order;
use serde_json::{json, Value};

pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Open,
    Lunch,
}

impl Kind {
    pub fn rule_type(self) -> &'static str {
        match self {
            Kind::Open => "main_weekdays",
            Kind::Lunch => "main_lunchbreak",
        }
    }

    pub fn rule_name(self) -> &'static str {
        match self {
            Kind::Open => crate::names::OPEN_HOURS_RULE,
            Kind::Lunch => crate::names::LUNCH_HOURS_RULE,
        }
    }

    pub fn from_rule_type(t: &str) -> Option<Kind> {
        match t {
            "main_weekdays" => Some(Kind::Open),
            "main_lunchbreak" => Some(Kind::Lunch),
            _ => None,
        }
    }
}

/// `[start, end)` in seconds from midnight; `end` may be 86400.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
}

/// Monday first. No intervals at all means "open 24 hours".
pub type Week = [Vec<Interval>; 7];

/// Why a week cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursError {
    /// An interval that ends before it starts, or runs past midnight.
    BadInterval { day: &'static str, start: u32, end: u32 },
}

pub fn validate(week: &Week) -> Result<(), HoursError> {
    for (d, day) in week.iter().enumerate() {
        for i in day {
            if i.start >= i.end || i.end > 86_400 {
                return Err(HoursError::BadInterval { day: WEEKDAYS[d], start: i.start, end: i.end });
            }
        }
    }
    Ok(())
}

/// One day's intervals with lunch cut out of open time and touching open intervals
/// joined, sorted by start.
pub fn normalize(day: &[Interval]) -> Vec<Interval> {
    let mut lunches: Vec<Interval> = day.iter().copied().filter(|i| i.kind == Kind::Lunch).collect();
    order::sort(&mut lunches);
    let mut open: Vec<(u32, u32)> = day.iter().filter(|i| i.kind == Kind::Open).map(|i| (i.start, i.end)).collect();
    order::sort(&mut open);
    // Join overlapping or touching open intervals.
    let mut joined: Vec<(u32, u32)> = Vec::new();
    for (s, e) in open {
        match joined.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => joined.push((s, e)),
        }
    }
    // Cut every lunch out of the open time.
    for l in &lunches {
        joined = joined
            .into_iter()
            .flat_map(|(s, e)| {
                let mut parts = vec![];
                if s < l.start.min(e) {
                    parts.push((s, l.start.min(e)));
                }
                if e > l.end.max(s) {
                    parts.push((l.end.max(s), e));
                }
                parts
            })
            .collect();
    }
    let mut out: Vec<Interval> =
        joined.into_iter().map(|(start, end)| Interval { start, end, kind: Kind::Open }).collect();
    out.extend(lunches);
    order::sort_by_key(&mut out, |i| (i.start, i.kind));
    out
}

/// A rule to exist: one window on some weekdays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub kind: Kind,
    pub start: u32,
    pub stop: u32,
    /// Lowercase weekday names, Monday → Sunday.
    pub wdays: Vec<&'static str>,
}

impl RuleSpec {
    /// The temporal rule document (fields as monster-ui-voip `strategyHours.js` `strategyHoursReconcileTemporalRules`
    /// sends them; key order differs, see `docs/compatibility.md#office-hours`).
    pub fn doc(&self) -> Value {
        json!({
            "name": self.kind.rule_name(),
            "type": self.kind.rule_type(),
            "cycle": "weekly",
            "interval": 1,
            "time_window_start": self.start,
            "time_window_stop": self.stop,
            "wdays": self.wdays,
        })
    }
}

/// The rules a week needs: normalized windows, identical ones across days merged.
/// Ordered by kind, then start time.
pub fn rules_for(week: &Week) -> Vec<RuleSpec> {
    let mut specs: Vec<RuleSpec> = Vec::new();
    for (d, day) in week.iter().enumerate() {
        for i in normalize(day) {
            match specs.iter_mut().find(|s| s.kind == i.kind && s.start == i.start && s.stop == i.end) {
                Some(s) => s.wdays.push(WEEKDAYS[d]),
                None => specs.push(RuleSpec { kind: i.kind, start: i.start, stop: i.end, wdays: vec![WEEKDAYS[d]] }),
            }
        }
    }
    order::sort_by_key(&mut specs, |s| (s.kind, s.start, s.stop));
    specs
}

/// An office-hours rule as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRule {
    pub id: String,
    pub spec: RuleSpec,
}

impl StoredRule {
    /// Read a `main_weekdays`/`main_lunchbreak` rule; `None` for anything else.
    pub fn from_doc(doc: &Value) -> Option<StoredRule> {
        let kind = Kind::from_rule_type(doc.get("type")?.as_str()?)?;
        let wdays = doc
            .get("wdays")?
            .as_array()?
            .iter()
            .filter_map(|w| WEEKDAYS.iter().find(|d| Some(**d) == w.as_str()).copied())
            .collect();
        Some(StoredRule {
            id: doc.get("id")?.as_str()?.to_string(),
            spec: RuleSpec {
                kind,
                start: seconds(doc.get("time_window_start")?)?,
                stop: seconds(doc.get("time_window_stop")?)?,
                wdays,
            },
        })
    }
}

/// A time of day in seconds as rules store it: a number, or the string other apps write
/// (`"32400"`), which Smart PBX reads too (`strategyHours.js
/// strategyHoursExtractDaysIntervalsFromStrategyData`, `_.parseInt`) — so that a rule
/// written that way is shown, and kept, rather than dropped on the next save.
pub(crate) fn seconds(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => u32::try_from(n.as_u64()?).ok(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The week the stored rules describe (for showing and editing them).
pub fn week_from_rules(rules: &[StoredRule]) -> Week {
    let mut week: Week = Default::default();
    for r in rules {
        for w in &r.spec.wdays {
            if let Some(d) = WEEKDAYS.iter().position(|x| x == w) {
                week[d].push(Interval { start: r.spec.start, end: r.spec.stop, kind: r.spec.kind });
            }
        }
    }
    for day in &mut week {
        order::sort_by_key(day, |i| (i.start, i.kind));
    }
    week
}

/// What to send to make the stored rules match the wanted ones.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Already right: only referenced from the main callflow.
    pub keep: Vec<(String, RuleSpec)>,
    /// `PATCH` these ids with the new window and days.
    pub patch: Vec<(String, RuleSpec)>,
    /// `PUT` new rules.
    pub create: Vec<RuleSpec>,
    /// `DELETE` unused rules.
    pub delete: Vec<String>,
}

/// Reconcile like Smart PBX: reuse an identical rule, else patch one of the same kind
/// that shares the window or the days, else create; delete what is left over.
pub fn reconcile(stored: &[StoredRule], wanted: &[RuleSpec]) -> Plan {
    let mut free: Vec<&StoredRule> = stored.iter().collect();
    let mut plan = Plan::default();
    let mut pending = vec![];
    for spec in wanted {
        match free.iter().position(|r| &r.spec == spec) {
            Some(i) => plan.keep.push((free.remove(i).id.clone(), spec.clone())),
            None => pending.push(spec),
        }
    }
    for spec in pending {
        let similar = free.iter().position(|r| {
            r.spec.kind == spec.kind
                && ((r.spec.start == spec.start && r.spec.stop == spec.stop) || r.spec.wdays == spec.wdays)
        });
        match similar.or_else(|| free.iter().position(|r| r.spec.kind == spec.kind)) {
            Some(i) => plan.patch.push((free.remove(i).id.clone(), spec.clone())),
            None => plan.create.push(spec.clone()),
        }
    }
    plan.delete = free.into_iter().map(|r| r.id.clone()).collect();
    plan
}

/// `h:mm` → seconds; for forms and tests.
pub fn hm(h: u32, m: u32) -> u32 {
    h * 3600 + m * 60
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(s: u32, e: u32) -> Interval {
        Interval { start: s, end: e, kind: Kind::Open }
    }
    fn lunch(s: u32, e: u32) -> Interval {
        Interval { start: s, end: e, kind: Kind::Lunch }
    }
    fn weekdays(day: Vec<Interval>) -> Week {
        let mut w: Week = Default::default();
        for d in w.iter_mut().take(5) {
            *d = day.clone();
        }
        w
    }

    #[test]
    fn times_stored_as_strings_are_read_as_smart_pbx_reads_them() {
        let rule = json!({"id": "r1", "type": "main_weekdays", "time_window_start": "32400",
                          "time_window_stop": 61200, "wdays": ["monday"]});
        let stored = StoredRule::from_doc(&rule).expect("read, not dropped");
        assert_eq!((stored.spec.start, stored.spec.stop), (32_400, 61_200));
        assert!(StoredRule::from_doc(&json!({"id": "r2", "type": "main_weekdays", "time_window_start": "nine",
                                             "time_window_stop": 61200, "wdays": []}))
        .is_none());
    }

    #[test]
    fn mon_fri_nine_to_five_with_lunch_gives_smart_pbx_s_three_rules() {
        let week = weekdays(vec![open(hm(9, 0), hm(17, 0)), lunch(hm(12, 0), hm(13, 0))]);
        let rules: Vec<Value> = rules_for(&week).iter().map(RuleSpec::doc).collect();
        let mon_fri = json!(["monday", "tuesday", "wednesday", "thursday", "friday"]);
        assert_eq!(
            rules,
            vec![
                json!({"name": "MainOpenHours", "type": "main_weekdays", "cycle": "weekly", "interval": 1,
                       "time_window_start": 32400, "time_window_stop": 43200, "wdays": mon_fri}),
                json!({"name": "MainOpenHours", "type": "main_weekdays", "cycle": "weekly", "interval": 1,
                       "time_window_start": 46800, "time_window_stop": 61200, "wdays": mon_fri}),
                json!({"name": "MainLunchHours", "type": "main_lunchbreak", "cycle": "weekly", "interval": 1,
                       "time_window_start": 43200, "time_window_stop": 46800, "wdays": mon_fri}),
            ]
        );
    }

    #[test]
    fn a_saturday_window_is_its_own_rule_and_overlaps_are_joined() {
        let mut week = weekdays(vec![open(hm(9, 0), hm(12, 0)), open(hm(11, 0), hm(17, 0))]);
        week[5] = vec![open(hm(10, 0), hm(14, 0))];
        let rules = rules_for(&week);
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].wdays.len(), 5);
        assert_eq!((rules[0].start, rules[0].stop), (hm(9, 0), hm(17, 0)));
        assert_eq!(rules[1].wdays, vec!["saturday"]);
    }

    #[test]
    fn stored_rules_read_back_into_the_same_week() {
        let week = weekdays(vec![open(hm(9, 0), hm(17, 0)), lunch(hm(12, 0), hm(13, 0))]);
        let stored: Vec<StoredRule> = rules_for(&week)
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let mut d = s.doc();
                d["id"] = json!(format!("r{n}"));
                StoredRule::from_doc(&d).unwrap()
            })
            .collect();
        let back = week_from_rules(&stored);
        assert_eq!(back[0], vec![open(hm(9, 0), hm(12, 0)), lunch(hm(12, 0), hm(13, 0)), open(hm(13, 0), hm(17, 0))]);
        assert!(back[6].is_empty());
    }

    #[test]
    fn reconcile_reuses_patches_creates_and_deletes() {
        let spec = |kind, s, e, days: &[&'static str]| RuleSpec { kind, start: s, stop: e, wdays: days.to_vec() };
        let stored = vec![
            StoredRule { id: "same".into(), spec: spec(Kind::Open, 100, 200, &["monday"]) },
            StoredRule { id: "moved".into(), spec: spec(Kind::Open, 300, 400, &["tuesday"]) },
            StoredRule { id: "gone".into(), spec: spec(Kind::Lunch, 150, 160, &["monday"]) },
        ];
        let wanted = vec![
            spec(Kind::Open, 100, 200, &["monday"]),
            spec(Kind::Open, 300, 500, &["tuesday"]),
            spec(Kind::Open, 0, 50, &["sunday"]),
        ];
        let plan = reconcile(&stored, &wanted);
        assert_eq!(plan.keep.iter().map(|k| k.0.as_str()).collect::<Vec<_>>(), ["same"]);
        assert_eq!(plan.patch[0].0, "moved");
        assert_eq!(plan.create, vec![spec(Kind::Open, 0, 50, &["sunday"])]);
        assert_eq!(plan.delete, vec!["gone".to_string()]);
    }

    #[test]
    fn impossible_intervals_are_refused() {
        let mut week: Week = Default::default();
        week[2] = vec![open(hm(17, 0), hm(9, 0))];
        assert_eq!(validate(&week), Err(HoursError::BadInterval { day: "wednesday", start: hm(17, 0), end: hm(9, 0) }));
    }
}
