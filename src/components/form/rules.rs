//! Checks every form runs on the same kind of field, so each says the same thing.

use crate::i18n::{arg, t, t_with};

/// What is wrong with a name typed in a form (`label_key` names the field), if
/// anything: missing when `required`, longer than `max` characters, or holding
/// characters that would show other text than it holds (`patchbay_crossbar::names`).
pub fn name_problem(label_key: &str, value: &str, max: usize, required: bool) -> Option<String> {
    let value = value.trim();
    let field = || arg(t(label_key));
    if value.is_empty() {
        return required.then(|| t_with("field-required", &[("field", field())]));
    }
    if value.chars().count() > max {
        return Some(t_with("field-too-long", &[("field", field()), ("max", max.into())]));
    }
    if patchbay_crossbar::names::has_hidden_characters(value) {
        return Some(t_with("field-hidden-characters", &[("field", field())]));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_required_short_and_free_of_hidden_characters() {
        assert!(name_problem("user-first-name", " ", 128, true).is_some());
        assert!(name_problem("user-first-name", "", 128, false).is_none());
        assert!(name_problem("user-first-name", &"x".repeat(129), 128, true).is_some());
        let hidden = name_problem("user-first-name", "Eve\u{202E}nimdA", 128, true).unwrap_or_default();
        assert!(hidden.contains("First name"), "{hidden}");
        assert_eq!(name_problem("user-first-name", "Zoë", 128, true), None);
    }
}
