//! What Smart PBX creates when it opens Main Number and pieces are missing (monster-ui-voip
//! `submodules/strategy/strategy.js` `strategyGetMainCallflows`): MainConference, MainFaxing, per
//! period a menu with its `<label>Menu` callflow and the period's sub-callflow, then MainCallflow.
//! Smart PBX lists the owner-less callflows and keys each by `name || numbers[0]` (conference and
//! faxing types by their fixed names); whatever key is absent is made.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::main_number::LABELS;
use crate::names;

/// The listing Smart PBX reads: owner-less callflows that have a `type`.
pub const LISTING_QUERY: &str = "has_value=type&key_missing=owner_id&key_missing=group_id";

/// `name || numbers[0]` for `type: main`; the fixed names for conference and faxing;
/// `None` for other types or owned callflows.
pub fn key_of(row: &Value) -> Option<String> {
    if row.get("owner_id").is_some() || row.get("group_id").is_some() {
        return None;
    }
    match row.get("type").and_then(Value::as_str)? {
        "conference" => Some(names::MAIN_CONFERENCE.into()),
        "faxing" => Some(names::MAIN_FAXING.into()),
        "main" => {
            let name = row.get("name").and_then(Value::as_str).filter(|n| !n.is_empty());
            name.or_else(|| row.pointer("/numbers/0").and_then(Value::as_str)).map(str::to_string)
        }
        _ => None,
    }
}

/// Callflow ids by Smart PBX key (first one wins, as Smart PBX keeps one per key).
pub fn by_key(rows: &[Value]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for row in rows {
        if let (Some(key), Some(id)) = (key_of(row), row.get("id").and_then(Value::as_str)) {
            out.entry(key).or_insert_with(|| id.to_string());
        }
    }
    out
}

/// What is missing, in the order Smart PBX creates it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Missing {
    pub conference: bool,
    pub faxing: bool,
    /// Periods whose `<label>Menu` callflow (and so its menu) must be created.
    pub menus: Vec<&'static str>,
    /// Periods whose sub-callflow must be created.
    pub subs: Vec<&'static str>,
    pub main: bool,
}

impl Missing {
    pub fn nothing(&self) -> bool {
        self == &Missing::default()
    }

    /// The names of the callflows to create, for telling the person what happens.
    pub fn callflow_names(&self) -> Vec<String> {
        let mut out = vec![];
        if self.conference {
            out.push(names::MAIN_CONFERENCE.to_string());
        }
        if self.faxing {
            out.push(names::MAIN_FAXING.to_string());
        }
        for label in &self.menus {
            out.push(format!("{label}Menu"));
        }
        out.extend(self.subs.iter().map(|l| l.to_string()));
        if self.main {
            out.push(names::MAIN_CALLFLOW.to_string());
        }
        out
    }
}

pub fn missing(found: &BTreeMap<String, String>) -> Missing {
    let absent = |k: &str| !found.contains_key(k);
    Missing {
        conference: absent(names::MAIN_CONFERENCE),
        faxing: absent(names::MAIN_FAXING),
        menus: LABELS.iter().copied().filter(|l| absent(&format!("{l}Menu"))).collect(),
        subs: LABELS.iter().copied().filter(|l| absent(l)).collect(),
        main: absent(names::MAIN_CALLFLOW),
    }
}

/// An existing MainCallflow numbered exactly `["0"]` is renumbered to the placeholder.
pub fn renumbered_main(numbers: &[String]) -> Option<Vec<String>> {
    (numbers == ["0"]).then(|| vec![names::NO_MAIN_NUMBER.to_string()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seeded() -> Vec<Value> {
        let mut rows = vec![
            json!({"id": "cf-main", "name": "MainCallflow", "type": "main", "numbers": ["0", "+14155550100"]}),
            json!({"id": "cf-conf", "name": "MainConference", "type": "conference", "numbers": ["undefinedconf"]}),
            json!({"id": "cf-fax", "type": "faxing", "numbers": ["undefinedfaxing"]}),
        ];
        for l in LABELS {
            rows.push(json!({"id": format!("cf-{l}"), "type": "main", "numbers": [l]}));
            rows.push(json!({"id": format!("cf-{l}Menu"), "type": "main", "numbers": [format!("{l}Menu")]}));
        }
        rows
    }

    #[test]
    fn a_complete_office_needs_nothing() {
        let found = by_key(&seeded());
        assert_eq!(found["MainFaxing"], "cf-fax");
        assert_eq!(found["MainOpenHoursMenu"], "cf-MainOpenHoursMenu");
        assert!(missing(&found).nothing());
    }

    #[test]
    fn only_what_is_missing_is_made_in_smart_pbx_order() {
        let rows: Vec<Value> = seeded()
            .into_iter()
            .filter(|r| {
                !matches!(r["id"].as_str(), Some("cf-main" | "cf-conf" | "cf-MainLunchHours" | "cf-MainHolidaysMenu"))
            })
            .collect();
        let m = missing(&by_key(&rows));
        assert_eq!(
            m,
            Missing {
                conference: true,
                faxing: false,
                menus: vec!["MainHolidays"],
                subs: vec!["MainLunchHours"],
                main: true
            }
        );
        assert_eq!(m.callflow_names(), ["MainConference", "MainHolidaysMenu", "MainLunchHours", "MainCallflow"]);
    }

    #[test]
    fn owned_renamed_and_untyped_callflows_do_not_count() {
        let rows = vec![
            json!({"id": "a", "type": "main", "owner_id": "u", "numbers": ["MainOpenHours"]}),
            // Renamed: keyed by its name, so MainOpenHours is still missing (monster-ui-voip
            // `submodules/strategy/strategy.js` `strategyGetMainCallflows`).
            json!({"id": "b", "type": "main", "name": "Open", "numbers": ["MainOpenHours"]}),
            json!({"id": "c", "numbers": ["MainAfterHours"]}),
        ];
        let found = by_key(&rows);
        assert_eq!(found.keys().collect::<Vec<_>>(), ["Open"]);
        assert!(missing(&found).subs.contains(&"MainOpenHours"));
    }

    #[test]
    fn a_main_callflow_numbered_zero_only_gets_the_placeholder() {
        assert_eq!(renumbered_main(&["0".into()]), Some(vec!["undefinedMainNumber".into()]));
        assert_eq!(renumbered_main(&["0".into(), "+1415".into()]), None);
    }
}
