//! The main number's routing (monster-ui-voip `submodules/strategy/strategy.js` `strategyGetMainCallflows`,
//! `strategyRebuildMainCallflowRuleArray`): the documents
//! Smart PBX bootstraps, and the `temporal_route` MainCallflow that sends each office
//! hours, lunch and holiday rule to its sub-callflow.

use patchbay_crossbar::order;
use serde_json::{json, Map, Value};

use crate::names;

/// Sub-callflow labels; each is `numbers[0]` of a nameless `type: "main"` callflow.
pub const OPEN: &str = "MainOpenHours";
pub const AFTER: &str = "MainAfterHours";
pub const LUNCH: &str = "MainLunchHours";
pub const HOLIDAYS: &str = "MainHolidays";
pub const LABELS: [&str; 4] = [OPEN, AFTER, LUNCH, HOLIDAYS];

fn callflow_node(id: &str) -> Value {
    json!({"module": "callflow", "data": {"id": id}, "children": {}})
}

/// `PUT /menus` for a label's virtual receptionist; `record_pin` is 4 random digits.
pub fn menu_doc(label: &str, record_pin: &str) -> Value {
    json!({
        "name": format!("{label}Menu"),
        "record_pin": record_pin,
        "media": {"exit_media": true, "invalid_media": true, "transfer_media": true},
        "retries": 3,
        "max_extension_length": 4,
        "type": "main",
    })
}

/// `PUT /callflows`: the label's menu callflow (`numbers[0]` = `<label>Menu`, no name).
pub fn menu_callflow_doc(label: &str, menu_id: &str) -> Value {
    json!({
        "contact_list": {"exclude": false},
        "numbers": [format!("{label}Menu")],
        "type": "main",
        "flow": {"children": {}, "data": {"id": menu_id}, "module": "menu"},
    })
}

/// `PUT /callflows`: the label's sub-callflow, pointing at its menu callflow.
pub fn sub_callflow_doc(label: &str, menu_callflow_id: &str) -> Value {
    json!({
        "contact_list": {"exclude": false},
        "numbers": [label],
        "type": "main",
        "flow": {"children": {}, "data": {"id": menu_callflow_id}, "module": "callflow"},
    })
}

/// `PUT /callflows`: MainCallflow, routing everything to open hours until rules exist.
pub fn main_callflow_doc(open_hours_callflow_id: &str) -> Value {
    json!({
        "contact_list": {"exclude": false},
        "numbers": [names::NO_MAIN_NUMBER],
        "name": names::MAIN_CALLFLOW,
        "type": "main",
        "flow": {"module": "temporal_route", "data": {}, "children": {"_": callflow_node(open_hours_callflow_id)}},
    })
}

pub fn main_conference_doc() -> Value {
    json!({
        "contact_list": {"exclude": false},
        "numbers": [names::NO_CONFERENCE_NUMBER],
        "name": names::MAIN_CONFERENCE,
        "type": "conference",
        "flow": {"children": {}, "data": {}, "module": "conference"},
    })
}

pub fn main_faxing_doc() -> Value {
    json!({
        "contact_list": {"exclude": false},
        "numbers": [names::NO_FAXING_NUMBER],
        "name": names::MAIN_FAXING,
        "type": "faxing",
        "flow": {"children": {}, "data": {}, "module": "faxbox"},
    })
}

/// `PUT /vmboxes`: the account's main box (a missing one makes Smart PBX create another).
pub fn main_vmbox_doc() -> Value {
    json!({"type": "mainVMBox", "mailbox": "0", "name": names::MAIN_VMBOX, "delete_after_notify": true})
}

/// Ids of the active rules and the sub-callflows they lead to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Routing {
    pub open_rules: Vec<String>,
    pub lunch_rules: Vec<String>,
    /// Holiday rule ids and holiday set ids.
    pub holidays: Vec<String>,
    pub open_callflow: String,
    pub after_callflow: String,
    pub lunch_callflow: String,
    pub holidays_callflow: String,
}

/// MainCallflow's new `flow`: a child per rule, the catch-all to after-hours when any
/// hours are set (else open: "24 hours open"), and `data.rules` ordered holidays,
/// lunch, open. Other `data` keys (e.g. `timezone`) are kept.
pub fn assemble_flow(current_flow: &Value, routing: &Routing) -> Value {
    let mut children = Map::new();
    for id in &routing.holidays {
        children.insert(id.clone(), callflow_node(&routing.holidays_callflow));
    }
    for id in &routing.lunch_rules {
        children.insert(id.clone(), callflow_node(&routing.lunch_callflow));
    }
    for id in &routing.open_rules {
        children.insert(id.clone(), callflow_node(&routing.open_callflow));
    }
    let has_hours = !routing.open_rules.is_empty() || !routing.lunch_rules.is_empty();
    let catch_all = if has_hours { &routing.after_callflow } else { &routing.open_callflow };
    children.insert("_".into(), callflow_node(catch_all));

    let rules: Vec<&String> = routing.holidays.iter().chain(&routing.lunch_rules).chain(&routing.open_rules).collect();
    let mut data = current_flow.get("data").and_then(Value::as_object).cloned().unwrap_or_default();
    data.insert("rules".into(), json!(rules));
    json!({"module": "temporal_route", "data": data, "children": children})
}

/// Whether saving would change anything Smart PBX compares (`rules` as a set, and the
/// catch-all target): Smart PBX only `POST`s MainCallflow when they differ.
pub fn routing_changed(current_flow: &Value, new_flow: &Value) -> bool {
    let rule_set = |f: &Value| {
        let mut r: Vec<String> = f
            .pointer("/data/rules")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        order::sort(&mut r);
        r
    };
    let catch_all = |f: &Value| f.pointer("/children/_/data/id").cloned();
    rule_set(current_flow) != rule_set(new_flow)
        || catch_all(current_flow) != catch_all(new_flow)
        || current_flow.get("children").map(|c| c.as_object().map(Map::len))
            != new_flow.get("children").map(|c| c.as_object().map(Map::len))
}

/// MainCallflow `numbers` after adding a phone number: `"0"` replaces the placeholder,
/// so dialling 0 reaches the main menu; real numbers follow it.
pub fn add_main_number(numbers: &[String], number: &str) -> Vec<String> {
    let mut out: Vec<String> = numbers.iter().filter(|n| n.as_str() != names::NO_MAIN_NUMBER).cloned().collect();
    if !out.iter().any(|n| n == "0") {
        out.insert(0, "0".into());
    }
    if !out.iter().any(|n| n == number) {
        out.push(number.to_string());
    }
    out
}

/// MainCallflow `numbers` after removing one; back to the placeholder when only `"0"` is left.
pub fn remove_main_number(numbers: &[String], number: &str) -> Vec<String> {
    let out: Vec<String> = numbers.iter().filter(|n| n.as_str() != number).cloned().collect();
    if out.iter().all(|n| n == "0") {
        vec![names::NO_MAIN_NUMBER.to_string()]
    } else {
        out
    }
}

/// The real phone numbers of MainCallflow (`numbers[1..]`, placeholders dropped).
pub fn main_numbers(numbers: &[String]) -> Vec<String> {
    numbers.iter().filter(|n| n.as_str() != "0" && n.as_str() != names::NO_MAIN_NUMBER).cloned().collect()
}

/// MainConference `numbers` after adding one (the placeholder goes).
pub fn add_conference_number(numbers: &[String], number: &str) -> Vec<String> {
    add_over_placeholder(numbers, names::NO_CONFERENCE_NUMBER, number)
}

/// MainConference `numbers` after removing one; the placeholder when none is left.
pub fn remove_conference_number(numbers: &[String], number: &str) -> Vec<String> {
    remove_to_placeholder(numbers, names::NO_CONFERENCE_NUMBER, number)
}

/// MainFaxing `numbers` after removing its number.
pub fn remove_faxing_number(numbers: &[String], number: &str) -> Vec<String> {
    remove_to_placeholder(numbers, names::NO_FAXING_NUMBER, number)
}

fn add_over_placeholder(numbers: &[String], placeholder: &str, number: &str) -> Vec<String> {
    let mut out: Vec<String> = numbers.iter().filter(|n| n.as_str() != placeholder).cloned().collect();
    if !out.iter().any(|n| n == number) {
        out.push(number.to_string());
    }
    out
}

fn remove_to_placeholder(numbers: &[String], placeholder: &str, number: &str) -> Vec<String> {
    let out: Vec<String> =
        numbers.iter().filter(|n| n.as_str() != number && n.as_str() != placeholder).cloned().collect();
    if out.is_empty() {
        vec![placeholder.to_string()]
    } else {
        out
    }
}

/// Real numbers of MainConference / MainFaxing (placeholders dropped).
pub fn real_numbers(numbers: &[String]) -> Vec<String> {
    const PLACEHOLDERS: [&str; 5] =
        ["0", "undefined", names::NO_MAIN_NUMBER, names::NO_CONFERENCE_NUMBER, names::NO_FAXING_NUMBER];
    numbers.iter().filter(|n| !PLACEHOLDERS.contains(&n.as_str())).cloned().collect()
}

/// A number as Monster displays it internationally: `+1 415 555 0188` for NANP
/// numbers, other numbers unchanged.
pub fn fax_identity(number: &str) -> String {
    match crate::phone::nanp_digits(number) {
        Some(d) => format!("+1 {} {} {}", &d[..3], &d[3..6], &d[6..]),
        None => number.to_string(),
    }
}

/// `PUT /faxboxes`: the main faxbox made when a fax number is first added. Smart PBX
/// sets `owner_id` to the ACCOUNT id (a quirk kept for compatibility).
pub fn main_faxbox_doc(account: &Value, company_name: &str, number: &str, email: &str) -> Value {
    let account_name = account.get("name").and_then(Value::as_str).unwrap_or_default();
    let mut doc = Map::new();
    doc.insert("name".into(), names::main_faxbox(account_name).into());
    doc.insert("caller_name".into(), account_name.into());
    doc.insert("caller_id".into(), number.into());
    doc.insert("fax_header".into(), names::fax_header(company_name).into());
    // An account without a zone sends none (Monster's JSON drops `undefined`).
    if let Some(tz) = account.get("timezone").filter(|v| !v.is_null()) {
        doc.insert("fax_timezone".into(), tz.clone());
    }
    doc.insert("fax_identity".into(), fax_identity(number).into());
    doc.insert("owner_id".into(), account.get("id").cloned().unwrap_or_default());
    doc.insert("notifications".into(), json!({"inbound": {"email": {"send_to": email}}}));
    Value::Object(doc)
}

fn caller_id_number<'a>(account: &'a Value, which: &str) -> Option<&'a str> {
    account.pointer(&format!("/caller_id/{which}/number")).and_then(Value::as_str).filter(|n| !n.is_empty())
}

/// The account PATCH after a main number is added, when the account has no external
/// caller ID yet: the number becomes it, and the emergency one too when both were
/// empty and the number has E911.
pub fn caller_id_after_adding(account: &Value, number: &str, has_e911: bool) -> Option<Value> {
    if caller_id_number(account, "external").is_some() {
        return None;
    }
    let mut caller_id = json!({"external": {"number": number}});
    if has_e911 && caller_id_number(account, "emergency").is_none() {
        caller_id["emergency"] = json!({"number": number});
    }
    Some(json!({"caller_id": caller_id}))
}

/// The account PATCH after a main number is removed: the external or emergency caller
/// ID that was this number goes whole — its name with it — as in `strategy.js
/// strategyNumbersBindEvents` (`delete caller_id.external`).
pub fn caller_id_after_removing(account: &Value, number: &str) -> Option<Value> {
    let mut caller_id = Map::new();
    for which in ["external", "emergency"] {
        if caller_id_number(account, which) == Some(number) {
            caller_id.insert(which.into(), Value::Null);
        }
    }
    (!caller_id.is_empty()).then(|| json!({"caller_id": caller_id}))
}

/// Whether `number` is the only main number with an E911 address, which Smart PBX will
/// not remove (`strategy.js strategyNumbersBindEvents`, "You need e911 set up on at least
/// one of your Main Numbers"): emergency calls need one. `inventory` is the account's
/// `phone_numbers` listing (`{numbers: {NUM: {features}}}`).
pub fn is_last_e911_main_number(inventory: &Value, main: &[String], number: &str) -> bool {
    let has_e911 = |n: &str| {
        inventory
            .pointer(&format!("/numbers/{}", n.replace('~', "~0").replace('/', "~1")))
            .and_then(|e| e.get("features"))
            .and_then(Value::as_array)
            .is_some_and(|f| f.iter().any(|x| x == "e911"))
    };
    has_e911(number) && !main.iter().any(|m| m != number && has_e911(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routing() -> Routing {
        Routing {
            open_rules: vec!["tr-open-am".into(), "tr-open-pm".into()],
            lunch_rules: vec!["tr-lunch".into()],
            holidays: vec!["tr-xmas".into()],
            open_callflow: "cf-main-open".into(),
            after_callflow: "cf-main-after".into(),
            lunch_callflow: "cf-main-lunch".into(),
            holidays_callflow: "cf-main-holidays".into(),
        }
    }

    #[test]
    fn the_main_callflow_flow_smart_pbx_writes() {
        let flow = assemble_flow(&json!({"module": "temporal_route", "data": {}, "children": {}}), &routing());
        assert_eq!(
            flow,
            json!({
                "module": "temporal_route",
                "data": {"rules": ["tr-xmas", "tr-lunch", "tr-open-am", "tr-open-pm"]},
                "children": {
                    "tr-xmas": {"module": "callflow", "data": {"id": "cf-main-holidays"}, "children": {}},
                    "tr-lunch": {"module": "callflow", "data": {"id": "cf-main-lunch"}, "children": {}},
                    "tr-open-am": {"module": "callflow", "data": {"id": "cf-main-open"}, "children": {}},
                    "tr-open-pm": {"module": "callflow", "data": {"id": "cf-main-open"}, "children": {}},
                    "_": {"module": "callflow", "data": {"id": "cf-main-after"}, "children": {}}
                }
            })
        );
    }

    #[test]
    fn without_hours_everything_goes_to_open_hours_and_data_is_kept() {
        let r = Routing { open_rules: vec![], lunch_rules: vec![], holidays: vec![], ..routing() };
        let flow = assemble_flow(&json!({"data": {"timezone": "America/New_York", "rules": ["old"]}}), &r);
        assert_eq!(flow["children"]["_"]["data"]["id"], "cf-main-open");
        assert_eq!(flow["data"], json!({"timezone": "America/New_York", "rules": []}));
    }

    #[test]
    fn saving_only_when_routing_changes() {
        let current = assemble_flow(&json!({}), &routing());
        let mut reordered = routing();
        reordered.open_rules.reverse();
        assert!(!routing_changed(&current, &assemble_flow(&json!({}), &reordered)));
        let mut fewer = routing();
        fewer.holidays.clear();
        assert!(routing_changed(&current, &assemble_flow(&json!({}), &fewer)));
    }

    #[test]
    fn bootstrap_documents_are_the_ones_smart_pbx_makes() {
        assert_eq!(main_callflow_doc("cf-open")["numbers"], json!(["undefinedMainNumber"]));
        assert_eq!(main_callflow_doc("cf-open")["flow"]["children"]["_"]["data"]["id"], "cf-open");
        assert_eq!(menu_doc(OPEN, "4821")["name"], "MainOpenHoursMenu");
        assert_eq!(menu_callflow_doc(OPEN, "menu-1")["numbers"], json!(["MainOpenHoursMenu"]));
        let sub = sub_callflow_doc(OPEN, "cf-menu");
        assert!(sub.get("name").is_none(), "sub-callflows are found by numbers[0] and must have no name");
        assert_eq!(main_conference_doc()["numbers"], json!(["undefinedconf"]));
        assert_eq!(main_faxing_doc()["flow"]["module"], "faxbox");
        assert_eq!(
            main_vmbox_doc(),
            json!({"type": "mainVMBox", "mailbox": "0", "name": "Main Voicemail Box", "delete_after_notify": true})
        );
    }

    #[test]
    fn main_numbers_keep_the_zero_placeholder() {
        let start = vec!["undefinedMainNumber".to_string()];
        let one = add_main_number(&start, "+14155550100");
        assert_eq!(one, ["0", "+14155550100"]);
        let two = add_main_number(&one, "+14155550111");
        assert_eq!(main_numbers(&two), ["+14155550100", "+14155550111"]);
        assert_eq!(remove_main_number(&one, "+14155550100"), ["undefinedMainNumber"]);
    }

    #[test]
    fn conference_and_fax_numbers_fall_back_to_their_placeholders() {
        let conf = add_conference_number(&["undefinedconf".into()], "+14155550177");
        assert_eq!(conf, ["+14155550177"]);
        assert_eq!(remove_conference_number(&conf, "+14155550177"), ["undefinedconf"]);
        assert_eq!(remove_faxing_number(&["+14155550188".into()], "+14155550188"), ["undefinedfaxing"]);
        assert_eq!(real_numbers(&["0".into(), "+14155550100".into(), "undefinedconf".into()]), ["+14155550100"]);
    }

    #[test]
    fn the_main_faxbox_smart_pbx_makes() {
        let account = json!({"id": "acc1", "name": "Demo Co", "timezone": "America/Los_Angeles"});
        let doc = main_faxbox_doc(&account, "Acme", "+14155550188", "fax@demo.test");
        assert_eq!(
            doc,
            json!({"name": "Demo Co's Main Faxbox", "caller_name": "Demo Co", "caller_id": "+14155550188",
                   "fax_header": "Acme Fax Printer", "fax_timezone": "America/Los_Angeles",
                   "fax_identity": "+1 415 555 0188", "owner_id": "acc1",
                   "notifications": {"inbound": {"email": {"send_to": "fax@demo.test"}}}})
        );
        assert_eq!(fax_identity("+442071838750"), "+442071838750");
        let no_zone = main_faxbox_doc(&json!({"id": "acc1", "name": "Demo Co"}), "Acme", "+14155550188", "f@x.test");
        assert!(no_zone.get("fax_timezone").is_none());
    }

    #[test]
    fn the_account_caller_id_follows_the_first_main_number() {
        let bare = json!({"name": "Demo Co"});
        assert_eq!(
            caller_id_after_adding(&bare, "+14155550100", true),
            Some(
                json!({"caller_id": {"external": {"number": "+14155550100"}, "emergency": {"number": "+14155550100"}}})
            )
        );
        assert_eq!(
            caller_id_after_adding(&bare, "+14155550100", false),
            Some(json!({"caller_id": {"external": {"number": "+14155550100"}}}))
        );
        let set = json!({"caller_id": {"external": {"number": "+14155550100"}}});
        assert_eq!(caller_id_after_adding(&set, "+14155550111", true), None);
        let named = json!({"caller_id": {"external": {"number": "+14155550100", "name": "DEMO CO"}, "internal": {"number": "1000"}}});
        assert_eq!(
            caller_id_after_removing(&named, "+14155550100"),
            Some(json!({"caller_id": {"external": null}})),
            "the whole external caller ID goes, its name too"
        );
        assert_eq!(caller_id_after_removing(&set, "+14155550111"), None);
    }

    #[test]
    fn the_last_main_number_with_e911_is_kept() {
        let inventory = json!({"numbers": {
            "+14155550100": {"features": ["e911", "outbound_cnam"]},
            "+14155550101": {"features": []},
            "+14155550102": {"features": ["e911"]}}});
        let main = |ns: &[&str]| ns.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert!(is_last_e911_main_number(&inventory, &main(&["+14155550100", "+14155550101"]), "+14155550100"));
        assert!(!is_last_e911_main_number(&inventory, &main(&["+14155550100", "+14155550102"]), "+14155550100"));
        assert!(!is_last_e911_main_number(&inventory, &main(&["+14155550100", "+14155550101"]), "+14155550101"));
    }
}
