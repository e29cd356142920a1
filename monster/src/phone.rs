//! Phone numbers as people read them. Stored numbers are E.164 (`+14155550100`); on
//! screen a North American number reads `+1 415-555-0100`, the international form
//! libphonenumber gives it (Monster UI shows numbers through libphonenumber as well:
//! monster-ui `src/js/lib/monster.util.js` `formatPhoneNumber`). Numbers of other plans,
//! extensions and anything unexpected are shown as stored: without a country's
//! numbering plan, regrouping them could only mislead.

/// The ten digits after `+1` of a North American number in E.164.
pub fn nanp_digits(number: &str) -> Option<&str> {
    number.strip_prefix("+1").filter(|d| d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// `+14155550100` → `+1 415-555-0100`; anything else unchanged.
pub fn readable(number: &str) -> String {
    match nanp_digits(number) {
        Some(d) => format!("+1 {}-{}-{}", &d[..3], &d[3..6], &d[6..]),
        None => number.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::readable;

    #[test]
    fn north_american_numbers_are_grouped_and_others_kept() {
        assert_eq!(readable("+14155550100"), "+1 415-555-0100");
        assert_eq!(readable("+442071838750"), "+442071838750");
        assert_eq!(readable("2001"), "2001");
        assert_eq!(readable("+1415555010"), "+1415555010");
        assert_eq!(readable("+1415555010x"), "+1415555010x");
        assert_eq!(readable(""), "");
    }
}
