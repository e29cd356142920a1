//! KAZOO's number converters with their default settings (knm_converter_regex,
//! knm_converters): E.164 normalisation, "reconcilable" numbers and classifiers.
//! The regexes are written out by hand; each function names the one it encodes.

use serde_json::{json, Value};

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn starts_2_to_9(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| (b'2'..=b'9').contains(&b))
}

/// `[2-9][0-9]{2}[2-9][0-9]{6}`: a NANP area code and subscriber number.
fn is_npan(s: &str) -> bool {
    s.len() == 10 && all_digits(s) && starts_2_to_9(s) && starts_2_to_9(&s[3..])
}

/// `^(\+?1)?` followed by an NPAN: returns the NPAN.
fn nanp_npan(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("+1").or_else(|| s.strip_prefix('1'));
    [Some(s), rest].into_iter().flatten().find(|c| is_npan(c))
}

/// The default E.164 converters, in order. A number already starting with `+` is left
/// alone, and so is anything no converter matches: extensions (`1001`), feature codes
/// (`*97`), 7-digit locals and names such as `MainOpenHours`.
pub fn normalize(number: &str) -> String {
    if number.starts_with('+') {
        return number.to_string();
    }
    // ^(\+?1)?([2-9][0-9]{2}[2-9][0-9]{6})$ → +1 NPAN
    if let Some(npan) = nanp_npan(number) {
        return format!("+1{npan}");
    }
    // ^011(\d{5,})$|^00(\d{5,})$ → + rest
    for prefix in ["011", "00"] {
        if let Some(rest) = number.strip_prefix(prefix).filter(|r| r.len() >= 5 && all_digits(r)) {
            return format!("+{rest}");
        }
    }
    // ^[2-9]\d{7,}$ → + number: the trap that turns any 8+ digit string into "E.164".
    if number.len() >= 8 && all_digits(number) && starts_2_to_9(number) {
        return format!("+{number}");
    }
    number.to_string()
}

/// `^(\+?1)?\d{10}$|^\+[2-9]\d{7,}$|^011\d*$|^00\d*$` on the normalised number: numbers
/// the number manager tracks (DIDs), as opposed to extensions.
pub fn is_reconcilable(number: &str) -> bool {
    let n = normalize(number);
    let ten = |s: &str| s.len() == 10 && all_digits(s);
    let nanp = ten(&n) || n.strip_prefix("+1").or_else(|| n.strip_prefix('1')).is_some_and(ten);
    let international = n.strip_prefix('+').is_some_and(|r| r.len() >= 8 && all_digits(r) && starts_2_to_9(r));
    let dial_out = ["011", "00"].iter().any(|p| n.strip_prefix(p).is_some_and(|r| r.is_empty() || all_digits(r)));
    nanp || international || dial_out
}

const CARIBBEAN: &[&str] = &[
    "684", "264", "268", "242", "246", "441", "284", "345", "767", "809", "829", "849", "473", "671", "876", "664",
    "670", "787", "939", "869", "758", "784", "721", "868", "649", "340",
];
const TOLLFREE: &[&str] = &["800", "877", "866", "855", "844", "833", "822"];
const EMERGENCY: &[&str] = &["911", "922", "933", "833", "811", "711", "999"];
const US_PRETTY: &str = "SS(###) ### - ####";

/// The default classifiers in KAZOO's order, with the regex text clients see.
fn classifiers() -> Vec<(&'static str, Value)> {
    vec![
        (
            "tollfree_us",
            json!({"regex": "^\\+1((?:800|88\\d|877|866|855|844|833|822)\\d{7})$", "friendly_name": "US TollFree", "pretty_print": US_PRETTY}),
        ),
        ("toll_us", json!({"regex": "^\\+1(900\\d{7})$", "friendly_name": "US Toll", "pretty_print": US_PRETTY})),
        (
            "emergency",
            json!({"regex": "^(911|922|933|833|811|711|999)$", "emergency": true, "friendly_name": "Emergency Dispatcher"}),
        ),
        (
            "caribbean",
            json!({"regex": format!("^\\+?1((?:{})\\d{{7}})$", CARIBBEAN.join("|")), "friendly_name": "Caribbean", "pretty_print": US_PRETTY}),
        ),
        (
            "did_us",
            json!({"regex": "^(\\+?1)?([2-9][0-9]{2}[2-9][0-9]{6})$", "friendly_name": "US DID", "pretty_print": US_PRETTY}),
        ),
        ("international", json!({"regex": "^\\+([2-9]\\d{7,})$", "friendly_name": "International"})),
        ("unknown", json!({"regex": "^(.*)$", "friendly_name": "Unknown"})),
    ]
}

fn matches(classifier: &str, n: &str) -> bool {
    let us_seven = |s: &str, areas: &dyn Fn(&str) -> bool| s.len() == 10 && all_digits(s) && areas(&s[..3]);
    match classifier {
        "tollfree_us" => {
            n.strip_prefix("+1").is_some_and(|r| us_seven(r, &|a| TOLLFREE.contains(&a) || a.starts_with("88")))
        }
        "toll_us" => n.strip_prefix("+1").is_some_and(|r| us_seven(r, &|a| a == "900")),
        "emergency" => EMERGENCY.contains(&n),
        "caribbean" => {
            n.strip_prefix('+').unwrap_or(n).strip_prefix('1').is_some_and(|r| us_seven(r, &|a| CARIBBEAN.contains(&a)))
        }
        "did_us" => nanp_npan(n).is_some(),
        "international" => n.strip_prefix('+').is_some_and(|r| r.len() >= 8 && all_digits(r) && starts_2_to_9(r)),
        _ => true,
    }
}

/// `GET /phone_numbers/classifiers`: name → {regex, friendly_name, ...}.
pub fn available_classifiers() -> Value {
    Value::Object(classifiers().into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// `GET /phone_numbers/classifiers/{NUMBER}`: the first classifier matching the
/// normalised number, with `number`, `e164` and `classifier` added.
pub fn classify(number: &str) -> Value {
    let e164 = normalize(number);
    let (name, mut found) = classifiers()
        .into_iter()
        .find(|(name, _)| matches(name, &e164))
        .unwrap_or(("unknown", json!({"friendly_name": "Unknown"})));
    if let Value::Object(m) = &mut found {
        m.insert("number".into(), number.into());
        m.insert("e164".into(), e164.into());
        m.insert("classifier".into(), name.into());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_follows_the_default_converters() {
        let cases = [
            ("4155550100", "+14155550100"),
            ("14155550100", "+14155550100"),
            ("+14155550100", "+14155550100"),
            ("011441234567", "+441234567"),
            ("00441234567", "+441234567"),
            ("0044123", "+44123"),
            ("004412", "004412"),
            ("41234567", "+41234567"),
            ("5550100", "5550100"),
            ("1001", "1001"),
            ("*97", "*97"),
            ("0", "0"),
            ("MainOpenHours", "MainOpenHours"),
            ("1234567890", "1234567890"),
            ("12345678", "12345678"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input), expected, "{input}");
        }
    }

    #[test]
    fn reconcilable_means_did_shaped() {
        assert!(is_reconcilable("+14155550100"));
        assert!(is_reconcilable("41234567"));
        assert!(!is_reconcilable("1001"));
        assert!(!is_reconcilable("*97"));
    }

    #[test]
    fn classify_picks_the_first_match() {
        assert_eq!(classify("8005550100")["classifier"], "tollfree_us");
        assert_eq!(classify("911")["classifier"], "emergency");
        assert_eq!(classify("911")["emergency"], true);
        assert_eq!(classify("4155550100")["classifier"], "did_us");
        assert_eq!(classify("4155550100")["e164"], "+14155550100");
        assert_eq!(classify("+8765550100")["classifier"], "international");
        assert_eq!(classify("18765550100")["classifier"], "caribbean");
        assert_eq!(classify("1001")["classifier"], "unknown");
    }
}
