//! A request to bring numbers over from another phone company, as Monster's port wizard
//! enters it (monster-ui `src/apps/common/submodules/portWizard/portWizard.js`; KAZOO
//! `applications/crossbar/doc/port_requests.md`, `schemas/port_requests.json`): the
//! numbers, the losing carrier's bill (who the account is with them and where), the
//! date wanted, who authorised it and where updates are mailed.

use serde_json::{json, Map, Value};

use crate::holidays::gregorian_midnight;

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PortForm {
    /// Numbers, one per line or separated by commas.
    pub numbers: String,
    pub carrier: String,
    pub bill_name: String,
    pub account_number: String,
    pub pin: String,
    pub btn: String,
    pub street_address: String,
    pub locality: String,
    pub region: String,
    pub postal_code: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub transfer_date: String,
    pub signee_name: String,
    pub email: String,
}

/// A typed number as E.164: ten North American digits (with or without `1`/`+1`, and
/// the spaces, dashes, dots and brackets people type), or `+` and 8 to 15 digits.
pub fn e164(typed: &str) -> Option<String> {
    let t = typed.trim();
    if !t.chars().all(|c| c.is_ascii_digit() || "+ -.()".contains(c)) || t.rfind('+').is_some_and(|i| i > 0) {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let nanp = |d: &str| d.len() == 10 && !d.starts_with(['0', '1']) && !d[3..].starts_with(['0', '1']);
    if t.starts_with('+') {
        return match digits.strip_prefix('1') {
            Some(rest) if nanp(rest) => Some(format!("+{digits}")),
            Some(_) => None,
            None => (8..=15).contains(&digits.len()).then(|| format!("+{digits}")),
        };
    }
    let ten = if digits.len() == 11 { digits.strip_prefix('1')? } else { digits.as_str() };
    nanp(ten).then(|| format!("+1{ten}"))
}

/// The numbers typed, in E.164 and without repeats; `Err` names the first one that is
/// not a phone number.
pub fn numbers_of(typed: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for part in typed.split([',', '\n', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let number = e164(part).ok_or_else(|| part.to_string())?;
        if !out.contains(&number) {
            out.push(number);
        }
    }
    Ok(out)
}

/// The form's problems by field name (`numbers`, `carrier` …); `now` is the Gregorian
/// time, the transfer date must be a day still to come.
pub fn check(form: &PortForm, now: i64) -> Vec<&'static str> {
    let mut bad = Vec::new();
    if !matches!(numbers_of(&form.numbers), Ok(n) if !n.is_empty()) {
        bad.push("numbers");
    }
    let required = [
        ("carrier", &form.carrier),
        ("bill_name", &form.bill_name),
        ("account_number", &form.account_number),
        ("street_address", &form.street_address),
        ("locality", &form.locality),
        ("postal_code", &form.postal_code),
        ("signee_name", &form.signee_name),
    ];
    bad.extend(required.iter().filter(|(_, v)| v.trim().is_empty()).map(|(k, _)| *k));
    let region = form.region.trim();
    if region.chars().count() != 2 || !region.chars().all(|c| c.is_ascii_alphabetic()) {
        bad.push("region");
    }
    if !form.btn.trim().is_empty() && e164(&form.btn).is_none() {
        bad.push("btn");
    }
    if transfer_date(&form.transfer_date).is_none_or(|d| d <= now) {
        bad.push("transfer_date");
    }
    let email = form.email.trim();
    if !email.contains('@') || email.chars().any(char::is_whitespace) {
        bad.push("email");
    }
    bad
}

/// `YYYY-MM-DD` as the Gregorian seconds of that day's start (UTC).
pub fn transfer_date(typed: &str) -> Option<i64> {
    let mut parts = typed.trim().splitn(3, '-');
    let year = parts.next()?.parse::<i32>().ok()?;
    let month = parts.next()?.parse::<u8>().ok()?;
    let day = parts.next()?.parse::<u8>().ok()?;
    gregorian_midnight(year, month, day, 0)
}

/// The `PUT /port_requests` body for a form that passed [`check`]; `now` becomes the
/// signing date. Empty optional fields are left out.
pub fn port_request_doc(form: &PortForm, now: i64) -> Value {
    let numbers: Map<String, Value> =
        numbers_of(&form.numbers).unwrap_or_default().into_iter().map(|n| (n, json!({}))).collect();
    let mut bill = Map::new();
    let fields = [
        ("carrier", form.carrier.trim().to_string()),
        ("name", form.bill_name.trim().to_string()),
        ("account_number", form.account_number.trim().to_string()),
        ("pin", form.pin.trim().to_string()),
        ("btn", e164(&form.btn).unwrap_or_default()),
        ("street_address", form.street_address.trim().to_string()),
        ("locality", form.locality.trim().to_string()),
        ("region", form.region.trim().to_ascii_uppercase()),
        ("postal_code", form.postal_code.trim().to_string()),
    ];
    for (key, value) in fields.into_iter().filter(|(_, v)| !v.is_empty()) {
        bill.insert(key.into(), value.into());
    }
    let carrier = form.carrier.trim();
    let count = numbers.len();
    json!({
        "name": format!("Numbers from {carrier}"),
        "numbers": numbers,
        "bill": bill,
        "transfer_date": transfer_date(&form.transfer_date),
        "signee_name": form.signee_name.trim(),
        "signing_date": now,
        "notifications": {"email": {"send_to": form.email.trim()}},
        "extra": {"numbers_count": count},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 63_964_000_000; // 2026-12-06

    fn form() -> PortForm {
        PortForm {
            numbers: "(202) 555-9000\n+1 202 555 9001, 2025559000".into(),
            carrier: "Acme Telco".into(),
            bill_name: "Demo Co".into(),
            account_number: "A-1009".into(),
            btn: "202-555-9000".into(),
            street_address: "1 Main St".into(),
            locality: "Washington".into(),
            region: "dc".into(),
            postal_code: "20001".into(),
            transfer_date: "2027-01-15".into(),
            signee_name: "Ada Admin".into(),
            email: "admin@demo.test".into(),
            ..PortForm::default()
        }
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(numbers_of(&form().numbers), Ok(vec!["+12025559000".to_string(), "+12025559001".to_string()]));
        assert_eq!(e164("1-202-555-9000").as_deref(), Some("+12025559000"));
        assert_eq!(e164("+44 20 7183 8750").as_deref(), Some("+442071838750"));
        assert_eq!(e164("555-9000"), None, "seven digits name no area");
        assert_eq!(e164("1 2 3"), None);
        assert_eq!(e164("20255590+00"), None);
        assert_eq!(numbers_of("2025559000, call me"), Err("call me".to_string()));
    }

    #[test]
    fn a_complete_form_passes_and_gaps_are_named() {
        assert!(check(&form(), NOW).is_empty(), "{:?}", check(&form(), NOW));
        let bad = PortForm { region: "Washington".into(), transfer_date: "2020-01-01".into(), ..form() };
        assert_eq!(check(&bad, NOW), vec!["region", "transfer_date"]);
        let empty = check(&PortForm::default(), NOW);
        for field in ["numbers", "carrier", "bill_name", "account_number", "signee_name", "email", "transfer_date"] {
            assert!(empty.contains(&field), "{field} missing from {empty:?}");
        }
        assert!(!empty.contains(&"pin"), "the PIN is optional");
    }

    #[test]
    fn the_document_is_the_port_wizards() {
        let doc = port_request_doc(&form(), NOW);
        assert_eq!(doc["name"], "Numbers from Acme Telco");
        assert_eq!(doc["numbers"], json!({"+12025559000": {}, "+12025559001": {}}));
        assert_eq!(doc["bill"]["region"], "DC");
        assert_eq!(doc["bill"]["btn"], "+12025559000");
        assert!(doc["bill"].get("pin").is_none(), "an empty PIN is left out");
        assert_eq!(doc["transfer_date"], json!(gregorian_midnight(2027, 1, 15, 0)));
        assert_eq!(doc["signing_date"], json!(NOW));
        assert_eq!(doc["notifications"]["email"]["send_to"], "admin@demo.test");
    }
}
