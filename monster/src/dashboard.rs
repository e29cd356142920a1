//! Smart PBX's Dashboard ("myOffice", monster-ui-voip `submodules/myOffice/myOffice.js` `myOfficeFormatData`,
//! `myOfficeCallerIdPopupBindEvents`): how it counts
//! and classifies what it reads, and the account / number edits it makes for the
//! company caller ID, E911 and the account's music on hold.

use serde_json::{json, Map, Value};

use crate::names;

/// The music-on-hold choice Smart PBX offers as "Silence".
pub const SILENCE: &str = "silence_stream://300000";

/// Device types the dashboard knows; others are not counted as unregistered.
const KNOWN_DEVICE_TYPES: [&str; 11] = [
    "sip_device",
    "cellphone",
    "smartphone",
    "softphone",
    "landline",
    "fax",
    "ata",
    "application",
    "teammate",
    "sip_uri",
    "mobile",
];

/// Types that register over SIP. Call-forwarding devices (cell phones, landlines)
/// never register, so a missing registration only counts for these.
const REGISTERING_TYPES: [&str; 5] = ["sip_device", "softphone", "fax", "ata", "smartphone"];

/// Numbers on MainCallflow / MainConference / MainFaxing, without placeholders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpecialNumbers {
    pub main: Vec<String>,
    pub conference: Vec<String>,
    pub faxing: Vec<String>,
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Smart PBX matches these callflows on both `type` and `name`, and drops the
/// placeholders that keep `numbers` non-empty (`0`, `undefined…`).
pub fn special_numbers(callflows: &[Value]) -> SpecialNumbers {
    let mut out = SpecialNumbers::default();
    for cf in callflows {
        let slot = match (str_at(cf, "type"), str_at(cf, "name")) {
            (Some("main"), Some(names::MAIN_CALLFLOW)) => &mut out.main,
            (Some("conference"), Some(names::MAIN_CONFERENCE)) => &mut out.conference,
            (Some("faxing"), Some(names::MAIN_FAXING)) => &mut out.faxing,
            _ => continue,
        };
        let numbers = patchbay_crossbar::json::strs(cf.get("numbers"));
        slot.extend(numbers.filter(|n| !is_placeholder(n)).map(str::to_string));
    }
    out
}

fn is_placeholder(number: &str) -> bool {
    matches!(number, "0" | "undefined" | names::NO_CONFERENCE_NUMBER | names::NO_FAXING_NUMBER | names::NO_MAIN_NUMBER)
}

/// A `devices?with_status=true` row the dashboard counts as unregistered: a known type
/// that is disabled, or that should register and has not. KAZOO's `registrable` flag
/// decides when the row carries it.
pub fn is_unregistered(device: &Value) -> bool {
    let kind = str_at(device, "device_type").unwrap_or("sip_device");
    if !KNOWN_DEVICE_TYPES.contains(&kind) {
        return false;
    }
    let enabled = device.get("enabled").and_then(Value::as_bool).unwrap_or(false);
    let registrable =
        device.get("registrable").and_then(Value::as_bool).unwrap_or_else(|| REGISTERING_TYPES.contains(&kind));
    let registered = device.get("registered").and_then(Value::as_bool).unwrap_or(false);
    !enabled || (registrable && !registered)
}

/// The account PATCH for the company caller ID. With a number: `caller_id.external`
/// and `caller_id.emergency` get it (and `external.name` when the CNAM section is
/// shown, even empty, as Smart PBX does); other `caller_id` keys stay. Without:
/// both are removed.
pub fn caller_id_patch(number: Option<&str>, cnam_name: Option<&str>) -> Value {
    match number {
        Some(n) => {
            let mut external = json!({"number": n});
            if let Some(name) = cnam_name {
                external["name"] = name.into();
            }
            json!({"caller_id": {"external": external, "emergency": {"number": n}}})
        }
        None => json!({"caller_id": {"external": null, "emergency": null}}),
    }
}

/// The company's E911 address as typed in Smart PBX's form (field order kept).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct E911Form {
    pub postal_code: String,
    pub street_address: String,
    pub extended_address: String,
    pub locality: String,
    pub region: String,
    /// Space-separated, as typed.
    pub emails: String,
    pub country: String,
}

impl E911Form {
    /// The fields Smart PBX requires before it saves.
    pub fn missing_required(&self) -> Vec<&'static str> {
        let required = [
            ("postal_code", &self.postal_code),
            ("street_address", &self.street_address),
            ("locality", &self.locality),
            ("region", &self.region),
        ];
        required.into_iter().filter(|(_, v)| v.trim().is_empty()).map(|(k, _)| k).collect()
    }

    /// `e911` as Smart PBX writes it: the form, emails lower-cased and de-duplicated,
    /// the street trimmed, and `caller_name` = the account's name.
    pub fn doc(&self, account_name: &str) -> Value {
        let mut emails: Vec<String> = vec![];
        for e in self.emails.trim().to_ascii_lowercase().split(' ').filter(|e| !e.is_empty()) {
            if !emails.iter().any(|x| x == e) {
                emails.push(e.to_string());
            }
        }
        // Monster's form reader skips empty fields, so an empty line 2 is not written.
        let mut doc = Map::new();
        let mut put = |k: &str, v: Value| {
            doc.insert(k.into(), v);
        };
        put("postal_code", self.postal_code.clone().into());
        put("street_address", self.street_address.trim().into());
        if !self.extended_address.is_empty() {
            put("extended_address", self.extended_address.clone().into());
        }
        put("locality", self.locality.clone().into());
        put("region", self.region.clone().into());
        put("notification_contact_emails", json!(emails));
        put("country", if self.country.is_empty() { "US" } else { self.country.as_str() }.into());
        put("caller_name", account_name.into());
        Value::Object(doc)
    }
}

/// The number PATCH that leaves the number as Smart PBX's save does: `cnam` merged with
/// the new display name (removed when there is none or CNAM is not offered), `e911`
/// replaced whole (stale keys nulled, since PATCH merges) or removed.
pub fn number_patch(current: &Value, cnam_name: Option<&str>, e911: Option<Value>) -> Value {
    let mut patch = Map::new();
    match cnam_name.filter(|n| !n.is_empty()) {
        Some(name) => patch.insert("cnam".into(), json!({"display_name": name})),
        None => patch.insert("cnam".into(), Value::Null),
    };
    match e911 {
        Some(Value::Object(mut new)) => {
            let old = current.get("e911").and_then(Value::as_object).cloned().unwrap_or_default();
            let stale: Vec<String> = old.keys().filter(|k| !new.contains_key(*k)).cloned().collect();
            for key in stale {
                new.insert(key, Value::Null);
            }
            patch.insert("e911".into(), Value::Object(new));
        }
        _ => {
            patch.insert("e911".into(), Value::Null);
        }
    }
    Value::Object(patch)
}

/// Both writes of Smart PBX's company caller-ID dialog (`myOffice.js
/// myOfficeCallerIdPopupBindEvents`): the chosen number's PATCH, where only the features
/// the number offers are written and the others removed (`features_offered`), then the
/// account's, with `external.name` only when the number offers CNAM. `number` is the
/// chosen number and its document as read.
pub fn company_caller_id(
    number: Option<(&str, &Value)>,
    name: &str,
    e911: &E911Form,
    account_name: &str,
) -> (Option<Value>, Value) {
    use crate::number_features::{features_offered, offers};
    let Some((n, current)) = number else { return (None, caller_id_patch(None, None)) };
    let offered = features_offered(current);
    let (cnam_on, e911_on) = (offers(offered.as_deref(), "cnam"), offers(offered.as_deref(), "e911"));
    let number_write = number_patch(current, cnam_on.then_some(name), e911_on.then(|| e911.doc(account_name)));
    (Some(number_write), caller_id_patch(Some(n), cnam_on.then_some(name)))
}

/// The account PATCH for music on hold: `{media_id}` for a media (or silence), and for
/// "Default music" an empty `music_on_hold` (Smart PBX writes `{}`).
pub fn music_on_hold_patch(media_id: Option<&str>) -> Value {
    match media_id.filter(|m| !m.is_empty()) {
        Some(id) => json!({"music_on_hold": {"media_id": id}}),
        None => json!({"music_on_hold": {"media_id": null}}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_vmbox_is_the_one_smart_pbx_creates() {
        let doc = crate::main_number::main_vmbox_doc();
        assert_eq!(
            doc,
            json!({"type": "mainVMBox", "mailbox": "0", "name": "Main Voicemail Box", "delete_after_notify": true})
        );
        let keys: Vec<_> = doc.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["type", "mailbox", "name", "delete_after_notify"]);
    }

    #[test]
    fn special_numbers_need_both_type_and_name_and_drop_placeholders() {
        let callflows = [
            json!({"name": "MainCallflow", "type": "main", "numbers": ["0", "+14155550100"]}),
            json!({"type": "main", "numbers": ["MainOpenHours"]}),
            json!({"name": "MainConference", "type": "conference", "numbers": ["undefinedconf"]}),
            json!({"name": "MainFaxing", "type": "faxing", "numbers": ["+14155550188"]}),
            json!({"name": "Other", "type": "faxing", "numbers": ["+14155550199"]}),
        ];
        let s = special_numbers(&callflows);
        assert_eq!(s.main, ["+14155550100"]);
        assert!(s.conference.is_empty());
        assert_eq!(s.faxing, ["+14155550188"]);
    }

    #[test]
    fn unregistered_devices_are_disabled_ones_and_silent_sip_phones() {
        let desk = |enabled: bool, registered: bool| json!({"device_type": "sip_device", "enabled": enabled, "registered": registered});
        assert!(!is_unregistered(&desk(true, true)));
        assert!(is_unregistered(&desk(true, false)));
        assert!(is_unregistered(&desk(false, true)));
        let cell = json!({"device_type": "cellphone", "enabled": true, "registered": false});
        assert!(!is_unregistered(&cell));
        let told = json!({"device_type": "cellphone", "enabled": true, "registrable": true, "registered": false});
        assert!(is_unregistered(&told));
        assert!(!is_unregistered(&json!({"device_type": "robot", "enabled": false})));
    }

    #[test]
    fn caller_id_writes_external_and_emergency_or_removes_both() {
        assert_eq!(
            caller_id_patch(Some("+14155550100"), Some("DEMO CO")),
            json!({"caller_id": {"external": {"number": "+14155550100", "name": "DEMO CO"},
                                 "emergency": {"number": "+14155550100"}}})
        );
        assert_eq!(
            caller_id_patch(Some("+14155550100"), None)["caller_id"]["external"],
            json!({"number": "+14155550100"})
        );
        assert_eq!(caller_id_patch(None, None), json!({"caller_id": {"external": null, "emergency": null}}));
    }

    #[test]
    fn e911_is_written_as_smart_pbx_writes_it() {
        let form = E911Form {
            postal_code: "94105".into(),
            street_address: " 140 New Montgomery St ".into(),
            extended_address: "Floor 3".into(),
            locality: "San Francisco".into(),
            region: "CA".into(),
            emails: "Ops@Demo.test  ops@demo.test it@demo.test".into(),
            country: "US".into(),
        };
        let doc = form.doc("Demo Co");
        assert_eq!(
            doc,
            json!({"postal_code": "94105", "street_address": "140 New Montgomery St", "extended_address": "Floor 3",
                   "locality": "San Francisco", "region": "CA",
                   "notification_contact_emails": ["ops@demo.test", "it@demo.test"], "country": "US",
                   "caller_name": "Demo Co"})
        );
        let keys: Vec<_> = doc.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys.last().map(String::as_str), Some("caller_name"));
        let no_line2 = E911Form { extended_address: String::new(), ..form.clone() }.doc("Demo Co");
        assert!(no_line2.get("extended_address").is_none());
        assert_eq!(form.missing_required().len(), 0);
        assert_eq!(E911Form::default().missing_required(), ["postal_code", "street_address", "locality", "region"]);
    }

    #[test]
    fn the_company_caller_id_writes_only_what_the_number_offers() {
        let form = E911Form {
            postal_code: "94105".into(),
            street_address: "140 New Montgomery St".into(),
            locality: "San Francisco".into(),
            region: "CA".into(),
            ..E911Form::default()
        };
        // A toll-free number: CNAM yes, E911 no — an E911 it had is removed.
        let toll_free =
            json!({"e911": {"street_address": "old"}, "_read_only": {"features_available": ["cnam", "failover"]}});
        let (number, account) = company_caller_id(Some(("+18005550100", &toll_free)), "DEMO CO", &form, "Demo Co");
        assert_eq!(number, Some(json!({"cnam": {"display_name": "DEMO CO"}, "e911": null})));
        assert_eq!(account["caller_id"]["external"], json!({"number": "+18005550100", "name": "DEMO CO"}));
        assert_eq!(account["caller_id"]["emergency"], json!({"number": "+18005550100"}));
        // No CNAM offered: no name anywhere.
        let plain = json!({"_read_only": {"features_available": ["e911"]}});
        let (number, account) = company_caller_id(Some(("+14155550100", &plain)), "DEMO CO", &form, "Demo Co");
        let number = number.unwrap();
        assert_eq!(number["cnam"], Value::Null);
        assert_eq!(number["e911"]["street_address"], "140 New Montgomery St");
        assert!(account["caller_id"]["external"].get("name").is_none(), "{account}");
        assert_eq!(
            company_caller_id(None, "", &form, "x"),
            (None, json!({"caller_id": {"external": null, "emergency": null}}))
        );
    }

    #[test]
    fn number_patch_replaces_e911_and_sets_or_removes_cnam() {
        let current = json!({"cnam": {"display_name": "OLD", "inbound_lookup": true},
                             "e911": {"street_address": "old", "legacy_data": {"house_number": "1"}}});
        let patch = number_patch(&current, Some("DEMO CO"), Some(json!({"street_address": "new"})));
        assert_eq!(
            patch,
            json!({"cnam": {"display_name": "DEMO CO"}, "e911": {"street_address": "new", "legacy_data": null}})
        );
        assert_eq!(number_patch(&current, Some(""), None), json!({"cnam": null, "e911": null}));
    }

    #[test]
    fn music_on_hold_media_silence_or_default() {
        assert_eq!(music_on_hold_patch(Some("m1")), json!({"music_on_hold": {"media_id": "m1"}}));
        assert_eq!(music_on_hold_patch(Some(SILENCE))["music_on_hold"]["media_id"], SILENCE);
        assert_eq!(music_on_hold_patch(None), json!({"music_on_hold": {"media_id": null}}));
    }
}
