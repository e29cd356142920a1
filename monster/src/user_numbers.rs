//! A user's extensions and phone numbers, which all live in the `numbers` of the user's
//! main callflow (monster-ui-voip `submodules/users/users.js` `usersUpdateCallflowNumbers`): extensions first, then
//! phone numbers. The main extension (`presence_id`) must stay among the extensions.

use crate::user_listing::PHONE_NUMBER_MIN_LEN;

/// Why an edited list cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumbersProblem {
    /// Extension at this index is empty, not digits, or too long to be an extension.
    BadExtension(usize),
    /// The same number twice.
    Duplicate(String),
    /// `presence_id` is not among the extensions any more.
    MainExtensionMissing(String),
    /// A callflow needs at least one number.
    Empty,
}

/// The callflow's new `numbers`, or the first problem found.
pub fn user_callflow_numbers(
    extensions: &[String],
    phone_numbers: &[String],
    presence_id: Option<&str>,
) -> Result<Vec<String>, NumbersProblem> {
    let extensions: Vec<String> = extensions.iter().map(|e| e.trim().to_string()).collect();
    for (i, ext) in extensions.iter().enumerate() {
        let ok =
            !ext.is_empty() && ext.chars().count() < PHONE_NUMBER_MIN_LEN && ext.chars().all(|c| c.is_ascii_digit());
        if !ok {
            return Err(NumbersProblem::BadExtension(i));
        }
    }
    let all: Vec<String> = extensions.iter().chain(phone_numbers).cloned().collect();
    if let Some(dup) = all.iter().enumerate().find(|(i, n)| all[..*i].contains(n)).map(|(_, n)| n.clone()) {
        return Err(NumbersProblem::Duplicate(dup));
    }
    if let Some(main) = presence_id.filter(|p| !p.is_empty()) {
        if !extensions.iter().any(|e| e == main) {
            return Err(NumbersProblem::MainExtensionMissing(main.to_string()));
        }
    }
    if all.is_empty() {
        return Err(NumbersProblem::Empty);
    }
    Ok(all)
}

/// Splits a callflow's `numbers` into (extensions, phone numbers).
pub fn split_numbers(numbers: &[String]) -> (Vec<String>, Vec<String>) {
    numbers.iter().cloned().partition(|n| n.chars().count() < PHONE_NUMBER_MIN_LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn extensions_come_first_and_the_main_one_must_stay() {
        let ok = user_callflow_numbers(&s(&["1002", " 2002 "]), &s(&["+14155550101"]), Some("1002"));
        assert_eq!(ok, Ok(s(&["1002", "2002", "+14155550101"])));
        assert_eq!(
            user_callflow_numbers(&s(&["2002"]), &[], Some("1002")),
            Err(NumbersProblem::MainExtensionMissing("1002".into()))
        );
        assert_eq!(user_callflow_numbers(&s(&["1002", "12a"]), &[], None), Err(NumbersProblem::BadExtension(1)));
        assert_eq!(user_callflow_numbers(&s(&["1234567"]), &[], None), Err(NumbersProblem::BadExtension(0)));
        assert_eq!(
            user_callflow_numbers(&s(&["1002", "1002"]), &[], None),
            Err(NumbersProblem::Duplicate("1002".into()))
        );
        assert_eq!(user_callflow_numbers(&[], &[], None), Err(NumbersProblem::Empty));
    }

    #[test]
    fn numbers_split_at_seven_characters() {
        assert_eq!(
            split_numbers(&s(&["1002", "+14155550101", "123456"])),
            (s(&["1002", "123456"]), s(&["+14155550101"]))
        );
    }
}
