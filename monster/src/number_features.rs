//! A number's features as Monster's shared number widgets write them (monster-ui
//! `src/apps/common/submodules/callerId/callerId.js`, `e911/e911.js`; KAZOO
//! `applications/crossbar/doc/phone_numbers.md`): outbound CNAM with inbound lookup, and the E911
//! service address. These writes come from Monster's `common` app, so they are stamped `origin:
//! "common"`.

use serde_json::{json, Map, Value};

use crate::stamp::UiMetadata;

pub const ORIGIN_COMMON: &str = "common";

/// The stamp of Monster's shared widgets (number features, user deletion, media).
pub fn common_stamp(version: Option<&str>) -> UiMetadata {
    UiMetadata { version: version.map(str::to_string), origin: ORIGIN_COMMON.into() }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cnam {
    pub display_name: String,
    pub inbound_lookup: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct E911 {
    pub street_address: String,
    pub extended_address: String,
    pub locality: String,
    pub region: String,
    pub postal_code: String,
    pub notification_contact_emails: Vec<String>,
}

/// Why a feature form cannot be sent, by field name.
pub fn check(cnam: Option<&Cnam>, e911: Option<&E911>) -> Vec<&'static str> {
    let mut bad = vec![];
    if let Some(c) = cnam {
        let n = c.display_name.trim().chars().count();
        if !(1..=15).contains(&n) {
            bad.push("display_name");
        }
    }
    if let Some(e) = e911 {
        for (field, value) in
            [("street_address", &e.street_address), ("locality", &e.locality), ("postal_code", &e.postal_code)]
        {
            if value.trim().is_empty() {
                bad.push(field);
            }
        }
        let region = e.region.trim();
        if region.chars().count() != 2 || !region.chars().all(|c| c.is_ascii_alphabetic()) {
            bad.push("region");
        }
        if e.notification_contact_emails.iter().any(|m| !m.contains('@') || m.chars().any(char::is_whitespace)) {
            bad.push("notification_contact_emails");
        }
    }
    bad
}

/// The features a number offers (its carrier's and reseller's allowance), where Crossbar
/// says: the answer's `metadata.features.available` or the number's `features_available`
/// (monster-ui `src/js/lib/monster.util.js getNumberFeatures`), or KAZOO 4.3's
/// `_read_only.features_available` (`applications/crossbar/doc/phone_numbers.md`).
/// `None` when the server says nothing: then nothing is held back.
pub fn features_offered(number: &Value) -> Option<Vec<String>> {
    ["/metadata/features/available", "/features_available", "/_read_only/features_available"]
        .iter()
        .find_map(|p| number.pointer(p).and_then(Value::as_array))
        .map(|list| list.iter().filter_map(Value::as_str).map(str::to_string).collect())
}

/// Whether `feature` (`cnam`, `e911`) may be set on a number offering `offered`.
pub fn offers(offered: Option<&[String]>, feature: &str) -> bool {
    offered.is_none_or(|list| list.iter().any(|f| f == feature))
}

/// The addresses an E911 provider suggests when the one sent is ambiguous (the data of
/// Crossbar's 400 `multiple_choice`), as forms to pick from.
pub fn address_choices(data: &Value) -> Vec<E911> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    data.pointer("/multiple_choice/e911/details")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|a| E911 {
            street_address: s(a, "street_address"),
            extended_address: s(a, "extended_address"),
            locality: s(a, "locality"),
            region: s(a, "region"),
            postal_code: s(a, "postal_code"),
            notification_contact_emails: vec![],
        })
        .collect()
}

/// The PATCH for a number: each feature set, or deleted (`null`) when switched off. E911
/// emails are lower-cased and de-duplicated and `caller_name` is the account's name, as
/// Smart PBX's caller-ID dialog writes them.
pub fn features_patch(cnam: Option<&Cnam>, e911: Option<&E911>, account_name: &str) -> Value {
    let cnam = cnam
        .map_or(Value::Null, |c| json!({"display_name": c.display_name.trim(), "inbound_lookup": c.inbound_lookup}));
    let e911 = e911.map_or(Value::Null, |e| {
        let mut emails: Vec<String> = vec![];
        for m in &e.notification_contact_emails {
            let m = m.trim().to_ascii_lowercase();
            if !m.is_empty() && !emails.contains(&m) {
                emails.push(m);
            }
        }
        let mut doc = Map::new();
        doc.insert("street_address".into(), e.street_address.trim().into());
        let extended = e.extended_address.trim();
        doc.insert("extended_address".into(), if extended.is_empty() { Value::Null } else { extended.into() });
        doc.insert("locality".into(), e.locality.trim().into());
        doc.insert("region".into(), e.region.trim().to_ascii_uppercase().into());
        doc.insert("postal_code".into(), e.postal_code.trim().into());
        doc.insert("notification_contact_emails".into(), emails.into());
        // The country, as Smart PBX's E911 form writes it: its one choice, the United
        // States (myOffice.js myOfficeCallerIdPopupBindEvents).
        doc.insert("country".into(), "US".into());
        doc.insert("caller_name".into(), account_name.into());
        Value::Object(doc)
    });
    json!({"cnam": cnam, "e911": e911})
}

/// The forms as stored on a number.
pub fn features_of(number: &Value) -> (Option<Cnam>, Option<E911>) {
    let s = |p: &str| number.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
    let cnam = number.get("cnam").filter(|c| c.is_object()).map(|c| Cnam {
        display_name: s("/cnam/display_name"),
        inbound_lookup: c.get("inbound_lookup").and_then(Value::as_bool).unwrap_or(false),
    });
    let e911 = number.get("e911").filter(|e| e.is_object()).map(|e| E911 {
        street_address: s("/e911/street_address"),
        extended_address: s("/e911/extended_address"),
        locality: s("/e911/locality"),
        region: s("/e911/region"),
        postal_code: s("/e911/postal_code"),
        notification_contact_emails: patchbay_crossbar::json::strings(e.get("notification_contact_emails")),
    });
    (cnam, e911)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address() -> E911 {
        E911 {
            street_address: "140 New Montgomery St".into(),
            extended_address: String::new(),
            locality: "San Francisco".into(),
            region: "ca".into(),
            postal_code: "94105".into(),
            notification_contact_emails: vec!["Ops@Demo.test".into(), "ops@demo.test".into()],
        }
    }

    #[test]
    fn e911_is_written_as_the_caller_id_dialog_writes_it() {
        let cnam = Cnam { display_name: "Demo Co".into(), inbound_lookup: true };
        let patch = features_patch(Some(&cnam), Some(&address()), "Demo Co");
        assert_eq!(patch["cnam"], json!({"display_name": "Demo Co", "inbound_lookup": true}));
        assert_eq!(patch["e911"]["region"], "CA");
        assert_eq!(patch["e911"]["notification_contact_emails"], json!(["ops@demo.test"]));
        assert_eq!(patch["e911"]["caller_name"], "Demo Co");
        assert_eq!(patch["e911"]["extended_address"], Value::Null);
        let (c, e) = features_of(&patch);
        assert_eq!(c, Some(cnam));
        assert_eq!(e.map(|e| e.locality), Some("San Francisco".to_string()));
        assert_eq!(features_patch(None, None, "x"), json!({"cnam": null, "e911": null}));
    }

    #[test]
    fn the_features_a_number_offers_are_read_where_crossbar_puts_them() {
        let kazoo_43 = json!({"_read_only": {"features_available": ["cnam", "failover"]}});
        let offered = features_offered(&kazoo_43);
        assert_eq!(offered.as_deref(), Some(&["cnam".to_string(), "failover".to_string()][..]));
        assert!(offers(offered.as_deref(), "cnam") && !offers(offered.as_deref(), "e911"));
        let monster = json!({"metadata": {"features": {"available": ["e911"]}}, "features_available": ["cnam"]});
        assert_eq!(features_offered(&monster), Some(vec!["e911".to_string()]), "metadata first, as Monster reads");
        assert!(offers(features_offered(&json!({})).as_deref(), "e911"), "nothing said: nothing held back");
    }

    #[test]
    fn an_ambiguous_address_offers_the_providers_suggestions() {
        let data = json!({"multiple_choice": {"e911": {"cause": {}, "message": "more than one address found",
            "details": [{"street_address": "1 N Main St", "locality": "Springfield", "region": "IL", "postal_code": "62701"},
                        {"street_address": "1 S Main St", "locality": "Springfield", "region": "IL", "postal_code": "62701"}]}}});
        let choices = address_choices(&data);
        assert_eq!(choices.len(), 2);
        assert_eq!(choices[1].street_address, "1 S Main St");
        assert_eq!(features_patch(None, Some(&choices[0]), "Demo Co")["e911"]["country"], "US");
    }

    #[test]
    fn forms_are_checked_as_the_schema_will_check_them() {
        let long = Cnam { display_name: "Sixteen chars!!!".into(), inbound_lookup: false };
        assert_eq!(check(Some(&long), None), ["display_name"]);
        let bad = E911 { region: "California".into(), locality: " ".into(), ..address() };
        assert_eq!(check(None, Some(&bad)), ["locality", "region"]);
        assert!(check(None, Some(&address())).is_empty());
        assert_eq!(common_stamp(Some("4.3-140")).to_json()["origin"], "common");
    }
}
