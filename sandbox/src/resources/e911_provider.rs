//! The sandbox's stand-ins for what a number's carrier decides, so that consoles meet
//! the answers KAZOO gives (`applications/crossbar/doc/phone_numbers.md`):
//!
//! - which features a number offers (`features_available`): every number the usual set,
//!   except that a toll-free number has no E911 address (an emergency call needs a place)
//!   and a number outside North America neither E911 nor a CNAM name;
//! - the E911 provider's address check on a number's `e911`: a street without a house
//!   number cannot be placed (400 `invalid data`, `address.invalid`, "Location is not
//!   geocoded"), and a street named without its type (`1 Park`: Ave? St?) is ambiguous
//!   (400 `multiple_choice` listing the candidates, as the documented answer does).

use super::e164;
use crate::reply::CbError;
use axum::http::StatusCode;
use serde_json::{json, Value};

/// The features a number may have, as `_read_only.features_available` reports them.
pub fn features_available(number: &str) -> Vec<&'static str> {
    let classifier = e164::classify(number)["classifier"].as_str().unwrap_or_default().to_string();
    let mut features = vec!["cnam", "e911", "failover", "force_outbound", "prepend", "ringback"];
    if classifier.starts_with("tollfree") {
        features.retain(|f| *f != "e911");
    }
    if !number.starts_with("+1") {
        features.retain(|f| !matches!(*f, "e911" | "cnam"));
    }
    features
}

/// Street types a provider recognises at the end of a street address.
const STREET_TYPES: &[&str] = &[
    "st",
    "street",
    "ave",
    "avenue",
    "rd",
    "road",
    "blvd",
    "boulevard",
    "dr",
    "drive",
    "ln",
    "lane",
    "way",
    "ct",
    "court",
    "pl",
    "place",
    "ter",
    "terrace",
    "pkwy",
    "parkway",
    "hwy",
    "highway",
    "cir",
    "circle",
    "sq",
    "square",
    "plz",
    "plaza",
    "trl",
    "trail",
    "loop",
    "row",
    "walk",
    "aly",
    "alley",
];

/// Checks a number's new E911 address as a provider would.
pub fn check_address(e911: &Value) -> Result<(), CbError> {
    let street = e911.get("street_address").and_then(Value::as_str).unwrap_or_default().trim();
    if !street.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(CbError {
            status: StatusCode::BAD_REQUEST,
            message: "invalid data".into(),
            data: json!({"address": {"invalid": {"cause": e911, "message": "Location is not geocoded"}}}),
        });
    }
    let last = street.rsplit(' ').next().unwrap_or_default().trim_end_matches('.').to_ascii_lowercase();
    if street.contains(' ') && !STREET_TYPES.contains(&last.as_str()) {
        let candidate = |suffix: &str| {
            let mut a = e911.clone();
            a["street_address"] = format!("{street} {suffix}").into();
            a
        };
        return Err(CbError {
            status: StatusCode::BAD_REQUEST,
            message: "multiple_choice".into(),
            data: json!({"multiple_choice": {"e911": {
                "cause": e911, "details": [candidate("Ave"), candidate("St")], "message": "more than one address found"}}}),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toll_free_numbers_offer_no_e911_and_foreign_ones_no_cnam() {
        assert!(features_available("+14155550100").contains(&"e911"));
        assert!(!features_available("+18005550100").contains(&"e911"));
        assert!(features_available("+18005550100").contains(&"cnam"));
        assert!(!features_available("+442071234567").contains(&"cnam"));
    }

    #[test]
    fn addresses_need_a_house_number_and_a_street_type() {
        let at = |street: &str| json!({"street_address": street, "locality": "San Francisco", "region": "CA"});
        assert!(check_address(&at("140 New Montgomery St")).is_ok());
        assert!(check_address(&at("1 Main St.")).is_ok());
        let refused = check_address(&at("Main St")).unwrap_err();
        assert_eq!(refused.data["address"]["invalid"]["message"], "Location is not geocoded");
        let ambiguous = check_address(&at("1 Park")).unwrap_err();
        assert_eq!(ambiguous.message, "multiple_choice");
        let details = &ambiguous.data["multiple_choice"]["e911"]["details"];
        assert_eq!(
            (details[0]["street_address"].as_str(), details[1]["street_address"].as_str()),
            (Some("1 Park Ave"), Some("1 Park St"))
        );
        assert_eq!(details[0]["locality"], "San Francisco");
    }
}
