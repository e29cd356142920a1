//! The main number as Smart PBX bootstraps and configures it (monster-ui-voip
//! `submodules/strategy/strategy.js` `strategyGetMainCallflows`, `docs/compatibility.md#main-number`):
//! the main vmbox, the four label menus with their menu callflows and sub-callflows, office hours
//! Mon–Fri 9–17 with a 12–13 lunch, two holidays (a single day and a month-crossing range, which
//! becomes a rules set), MainCallflow routing them, MainConference, MainFaxing, the SmartPBX Directory
//! and the 17 feature codes.

use super::writer::Writer;
use crate::doc;
use patchbay_monster::holidays::{self, Holiday, HolidayDocs, When};
use patchbay_monster::hours::{self, hm, Interval, Kind, Week};
use patchbay_monster::main_number::{self as main, Routing};
use patchbay_monster::{feature_codes, names};
use rand::Rng;
use serde_json::{json, Value};

/// Ids other parts of the office point at.
pub struct MainNumber {
    pub main_vmbox_id: String,
    pub directory_id: String,
}

/// The key presses of the open-hours virtual receptionist: `(key, module, id)`; users
/// are offered as their main callflow and groups as their `userGroup` callflow (monster-ui-voip
/// `submodules/strategy/strategy.js` `strategyBindMenuPopupEvents`).
pub type MenuOptions<'a> = &'a [(&'a str, &'a str, &'a str)];

fn node(module: &str, id: &str) -> Value {
    json!({"module": module, "data": {"id": id}, "children": {}})
}

/// Mon–Fri 9:00–17:00 with a 12:00–13:00 lunch (Smart PBX's "9-5 with noon-1 lunch").
fn office_week() -> Week {
    let workday = || {
        vec![
            Interval { start: hm(9, 0), end: hm(17, 0), kind: Kind::Open },
            Interval { start: hm(12, 0), end: hm(13, 0), kind: Kind::Lunch },
        ]
    };
    [workday(), workday(), workday(), workday(), workday(), vec![], vec![]]
}

fn office_holidays() -> [Holiday; 2] {
    let recurring =
        |name: &str, when| Holiday { name: name.into(), when, year: None, exclude: vec![], imported: false };
    [
        recurring("Independence Day", When::Single { month: 7, day: 4, window: None }),
        recurring("Winter break", When::Range { from_month: 12, from_day: 24, to_month: 1, to_day: 2 }),
    ]
}

/// Writes the main number with `dids` on MainCallflow (after the `"0"` placeholder) and
/// `conference_number` on MainConference; the open-hours menu offers `options`.
pub fn write_main_number(
    w: &Writer,
    dids: &[String],
    conference_number: &str,
    options: MenuOptions,
) -> anyhow::Result<MainNumber> {
    let main_vmbox_id = w.put("vmbox", main::main_vmbox_doc())?;
    let directory = json!({"name": names::DIRECTORY, "confirm_match": false, "max_dtmf": 0, "min_dtmf": 3,
                           "sort_by": "last_name"});
    let directory_id = w.put("directory", directory)?;
    let mut sub_callflows = Vec::new();
    for label in main::LABELS {
        let pin = format!("{:04}", rand::thread_rng().gen_range(0..10_000));
        let menu_id = w.put("menu", main::menu_doc(label, &pin))?;
        let mut menu_cf = main::menu_callflow_doc(label, &menu_id);
        let mut sub_cf = main::sub_callflow_doc(label, "");
        if label == main::OPEN {
            for (key, module, target) in options {
                menu_cf["flow"]["children"][*key] = node(module, target);
            }
            menu_cf["flow"]["children"]["0"] = node("directory", &directory_id);
            menu_cf["flow"]["children"]["_"] = node("voicemail", &main_vmbox_id);
        } else {
            // Outside open hours callers leave a message in the main box (monster-ui-voip
            // `submodules/strategy/strategy.js` `strategyGetMainCallflows`).
            sub_cf["flow"] = node("voicemail", &main_vmbox_id);
        }
        let menu_cf_id = w.put("callflow", menu_cf)?;
        if label == main::OPEN {
            sub_cf["flow"] = node("callflow", &menu_cf_id);
        }
        sub_callflows.push(w.put("callflow", sub_cf)?);
    }
    let [open_cf, after_cf, lunch_cf, holidays_cf] =
        <[String; 4]>::try_from(sub_callflows).map_err(|_| anyhow::anyhow!("one sub-callflow per label"))?;
    let mut routing = Routing {
        open_callflow: open_cf.clone(),
        after_callflow: after_cf,
        lunch_callflow: lunch_cf,
        holidays_callflow: holidays_cf,
        ..Routing::default()
    };

    for rule in hours::rules_for(&office_week()) {
        let id = w.put("temporal_rule", rule.doc())?;
        match rule.kind {
            Kind::Open => routing.open_rules.push(id),
            Kind::Lunch => routing.lunch_rules.push(id),
        }
    }
    for holiday in office_holidays() {
        let random6: String = doc::new_id()[..6].to_string();
        let id = match holidays::holiday_docs(&holiday, &random6, 0) {
            HolidayDocs::Rule(rule) => w.put("temporal_rule", rule)?,
            HolidayDocs::Set { members } => {
                let ids = members.into_iter().map(|m| w.put("temporal_rule", m)).collect::<anyhow::Result<Vec<_>>>()?;
                w.put("temporal_rule_set", holidays::holiday_set_doc(&holiday.name, &ids, &[]))?
            }
        };
        routing.holidays.push(id);
    }

    let mut main_cf = main::main_callflow_doc(&open_cf);
    let numbers: Vec<String> = std::iter::once("0".to_string()).chain(dids.iter().cloned()).collect();
    main_cf["numbers"] = json!(numbers);
    main_cf["flow"] = main::assemble_flow(&main_cf["flow"], &routing);
    w.put("callflow", main_cf)?;

    let mut conference = main::main_conference_doc();
    conference["numbers"] = json!([conference_number]);
    w.put("callflow", conference)?;
    w.put("callflow", main::main_faxing_doc())?;

    for code in &feature_codes::STANDARD {
        w.put("callflow", code.callflow_doc())?;
    }
    Ok(MainNumber { main_vmbox_id, directory_id })
}
