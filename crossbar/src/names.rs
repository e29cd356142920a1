//! Names that show what they hold. A name with a NUL or another control character, or
//! with a Unicode bidirectional control (U+061C, U+200E/F, U+202A–E, U+2066–9), can
//! display as other text than it is — "Trojan Source", CVE-2021-42574 — so a user
//! called `"Eve\u{202E}nimdA"` reads as "EveAdmin" in a list. Both the app's forms and the
//! sandbox refuse them.

/// Whether `c` may not appear in a name.
pub fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a name holds any character `is_hidden_character` refuses.
pub fn has_hidden_characters(name: &str) -> bool {
    name.chars().any(is_hidden_character)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_direction_marks_are_hidden_other_scripts_are_not() {
        assert!(has_hidden_characters("Eve\u{202E}nimdA"));
        assert!(has_hidden_characters("Nul\u{0}"));
        assert!(has_hidden_characters("tab\there"));
        assert!(has_hidden_characters("a\u{2067}b"));
        assert!(!has_hidden_characters("Zoë Ñúñez 日本 עברית"));
    }
}
