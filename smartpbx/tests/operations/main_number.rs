use patchbay_monster::holidays::{Holiday, When};
use patchbay_monster::hours::{Interval, Kind, Week};
use patchbay_smartpbx::main_number::{data, save, write};
use serde_json::Value;

use crate::support::{meta, Sandbox};

async fn main_callflow(sb: &Sandbox) -> Value {
    let id = sb.rows("callflows?filter_name=MainCallflow").await[0]["id"].as_str().unwrap().to_string();
    sb.doc(&format!("callflows/{id}")).await.unwrap()
}

fn routed(main: &Value) -> Vec<String> {
    main.pointer("/flow/children").and_then(Value::as_object).map(|c| c.keys().cloned().collect()).unwrap_or_default()
}

#[tokio::test]
async fn a_spare_number_becomes_a_main_number() {
    let sb = Sandbox::new().await;
    let office = data::load_office(&sb, &sb.account).await.expect("office");
    let spare = office.spare_numbers.first().expect("a spare number in the demo").clone();
    write::add_main_number(&sb, &meta(), &sb.account, &office.main, &spare).await.expect("added");
    let main = main_callflow(&sb).await;
    assert!(main["numbers"].as_array().unwrap().iter().any(|n| n == &Value::from(spare.clone())), "{main}");
    let office = data::load_office(&sb, &sb.account).await.expect("office");
    assert!(!office.spare_numbers.contains(&spare), "{spare} is still offered as spare");
}

#[tokio::test]
async fn new_office_hours_replace_the_rules_main_callflow_routes_by() {
    let sb = Sandbox::new().await;
    let before = routed(&main_callflow(&sb).await);
    // Weekdays 08:00–16:00, no lunch.
    let day = || vec![Interval { start: 8 * 3600, end: 16 * 3600, kind: Kind::Open }];
    let week: Week = [day(), day(), day(), day(), day(), vec![], vec![]];
    save::save_hours(&sb, &meta(), &sb.account, &week).await.expect("saved");

    let main = main_callflow(&sb).await;
    let now = routed(&main);
    assert_ne!(before, now, "the routing changed");
    let mut open_rules = vec![];
    for id in now.iter().filter(|k| k.as_str() != "_") {
        let rule = match sb.doc(&format!("temporal_rules/{id}")).await {
            Some(rule) => rule,
            None => continue, // a holiday set
        };
        assert_ne!(rule["type"], "main_lunchbreak", "the lunch break is still routed: {rule}");
        if rule["type"] == "main_weekdays" {
            open_rules.push(rule);
        }
    }
    assert!(!open_rules.is_empty(), "{main}");
    for rule in &open_rules {
        assert_eq!((rule["time_window_start"].as_u64(), rule["time_window_stop"].as_u64()), (Some(28800), Some(57600)));
    }
}

#[tokio::test]
async fn a_holiday_added_then_deleted_leaves_the_routing_as_it_was() {
    let sb = Sandbox::new().await;
    let before = routed(&main_callflow(&sb).await);
    let holiday = Holiday {
        name: "Founders Day".into(),
        when: When::Single { month: 5, day: 17, window: None },
        year: None,
        exclude: vec![],
        imported: false,
    };
    save::add_holiday(&sb, &meta(), &sb.account, &holiday, "abc123", 0).await.expect("added");
    let rule = sb.rows("temporal_rules?filter_name=Founders%20Day").await;
    let id = rule[0]["id"].as_str().unwrap().to_string();
    assert!(routed(&main_callflow(&sb).await).contains(&id), "the holiday is routed");

    save::delete_holiday(&sb, &meta(), &sb.account, &id, false).await.expect("deleted");
    assert!(sb.doc(&format!("temporal_rules/{id}")).await.is_none());
    let mut after = routed(&main_callflow(&sb).await);
    let mut before = before;
    after.sort();
    before.sort();
    assert_eq!(after, before);
}

#[tokio::test]
async fn an_edited_holiday_keeps_its_rule_or_is_replaced_when_it_becomes_a_set() {
    let sb = Sandbox::new().await;
    let day = Holiday {
        name: "Founders Day".into(),
        when: When::Single { month: 5, day: 17, window: None },
        year: None,
        exclude: vec![],
        imported: false,
    };
    save::add_holiday(&sb, &meta(), &sb.account, &day, "abc123", 0).await.expect("added");
    let id = sb.rows("temporal_rules?filter_name=Founders%20Day").await[0]["id"].as_str().unwrap().to_string();

    // Now the third Monday of May: the same rule, its days gone, its weekday set.
    let nth = Holiday { when: When::Advanced { month: 5, wday: "monday", ordinal: "third" }, ..day.clone() };
    save::edit_holiday(&sb, &meta(), &sb.account, (&id, false), &nth, "abc123", 0).await.expect("edited");
    let rule = sb.doc(&format!("temporal_rules/{id}")).await.expect("kept, same id");
    assert_eq!((rule["wdays"].clone(), rule["ordinal"].clone()), (serde_json::json!(["monday"]), "third".into()));
    assert!(rule.get("days").is_none(), "{rule}");
    assert!(routed(&main_callflow(&sb).await).contains(&id));
    assert_eq!(patchbay_monster::holidays::holiday_of(&rule, &[]), Some(nth));

    // Across two months: a set replaces the rule, in the routing too.
    let range = Holiday { when: When::Range { from_month: 5, from_day: 30, to_month: 6, to_day: 2 }, ..day };
    save::edit_holiday(&sb, &meta(), &sb.account, (&id, false), &range, "abc123", 0).await.expect("edited");
    assert!(sb.doc(&format!("temporal_rules/{id}")).await.is_none(), "the old rule is gone");
    let set = sb.rows("temporal_rules_sets?filter_name=Founders%20Day").await;
    let set_id = set[0]["id"].as_str().unwrap().to_string();
    let routes = routed(&main_callflow(&sb).await);
    assert!(routes.contains(&set_id) && !routes.contains(&id), "{routes:?}");
}

#[tokio::test]
async fn the_only_main_number_with_e911_is_not_removed_and_a_removed_one_takes_its_caller_id_along() {
    use patchbay_crossbar::Transport;
    use serde_json::json;
    let sb = Sandbox::new().await;
    let office = data::load_office(&sb, &sb.account).await.expect("office");
    let main = office.main.clone();
    let mains: Vec<String> =
        main["numbers"].as_array().unwrap().iter().filter_map(Value::as_str).map(str::to_string).collect();
    let first = mains.iter().find(|n| n.starts_with('+')).expect("a main number").clone();
    // Only `first` has an address; the account's caller ID is it, with a name.
    let e911 = json!({"e911": {"street_address": "140 New Montgomery St", "locality": "San Francisco", "region": "CA", "postal_code": "94105"}});
    sb.patch(&format!("{}/phone_numbers/{}", sb.base(), first.replace('+', "%2B")), e911).await.expect("e911 set");
    for other in mains.iter().filter(|n| n.starts_with('+') && **n != first) {
        sb.patch(&format!("{}/phone_numbers/{}", sb.base(), other.replace('+', "%2B")), json!({"e911": null}))
            .await
            .expect("no e911");
    }
    let caller_id =
        json!({"caller_id": {"external": {"number": first, "name": "DEMO CO"}, "emergency": {"number": first}}});
    sb.patch(&sb.base(), caller_id).await.expect("caller id");

    let refused = write::remove_main_number(&sb, &meta(), &sb.account, &main, &first).await.expect("answered");
    assert_eq!(refused, write::MainRemoval::LastE911);
    assert!(main_callflow(&sb).await["numbers"].as_array().unwrap().contains(&Value::from(first.clone())), "kept");

    // With the address on another main number too, it goes — and the caller ID with it, whole.
    let spare = office.spare_numbers.first().expect("a spare number").clone();
    write::add_main_number(&sb, &meta(), &sb.account, &main, &spare).await.expect("added");
    let e911 = json!({"e911": {"street_address": "1 Main St", "locality": "San Francisco", "region": "CA", "postal_code": "94105"}});
    sb.patch(&format!("{}/phone_numbers/{}", sb.base(), spare.replace('+', "%2B")), e911).await.expect("e911 set");
    let main = main_callflow(&sb).await;
    let removed = write::remove_main_number(&sb, &meta(), &sb.account, &main, &first).await.expect("answered");
    assert_eq!(removed, write::MainRemoval::Removed);
    let account = sb.get(&sb.base()).await.expect("account").data;
    assert_eq!(account["caller_id"].get("external"), None, "{account}");
    assert_eq!(account["caller_id"].get("emergency"), None, "{account}");
}

/// A country's holidays imported at once: one rule per day, flagged as imported, and
/// one change to MainCallflow routing them all to MainHolidays.
#[tokio::test]
async fn a_countrys_holidays_are_imported_with_one_routing_change() {
    use patchbay_monster::holiday_calendar::{imported_holiday, national_holidays};
    let sb = Sandbox::new().await;
    let holidays: Vec<Holiday> =
        national_holidays("US", 2027).into_iter().map(|(name, date)| imported_holiday(name, date)).collect();
    sb.sent.borrow_mut().clear();
    let mut n = 0;
    save::add_holidays(
        &sb,
        &meta(),
        &sb.account,
        &holidays,
        || {
            n += 1;
            format!("imp{n:03}")
        },
        0,
    )
    .await
    .expect("imported");
    let writes = sb.writes();
    assert_eq!(writes.iter().filter(|w| w.starts_with("PUT")).count(), 11, "{writes:?}");
    assert_eq!(writes.iter().filter(|w| w.contains("callflows")).count(), 1, "one routing change: {writes:?}");
    let rules = sb.rows("temporal_rules?filter_name=Thanksgiving%20Day").await;
    let rule = sb.doc(&format!("temporal_rules/{}", rules[0]["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(rule["isImported"], true);
    assert_eq!(rule["cycle"], "date");
    assert_eq!(rule["days"], serde_json::json!([25]));
    assert_eq!(rule["type"], "main_holidays");
    assert!(routed(&main_callflow(&sb).await).contains(&rules[0]["id"].as_str().unwrap().to_string()));
}
