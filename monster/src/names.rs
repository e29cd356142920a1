//! Names Smart PBX hard-codes (`docs/compatibility.md#names-and-placeholders`). They are how Smart PBX finds its
//! documents again, so they are not translated (except the group ones in Monster's
//! other locales; Patchbay writes the en-US forms, which every locale reads).

pub fn full_name(first: &str, last: &str) -> String {
    format!("{} {}", first.trim(), last.trim()).trim().to_string()
}

pub fn user_callflow(first: &str, last: &str) -> String {
    format!("{} SmartPBX's Callflow", full_name(first, last))
}

pub fn user_vmbox(first: &str, last: &str) -> String {
    format!("{}'s VMBox", full_name(first, last))
}

pub fn user_conference(first: &str, last: &str) -> String {
    format!("{} SmartPBX Conference", full_name(first, last))
}

pub fn user_faxbox(first: &str, last: &str) -> String {
    format!("{}'s Faxbox", full_name(first, last))
}

pub fn main_faxbox(account_name: &str) -> String {
    format!("{account_name}'s Main Faxbox")
}

pub fn fax_header(company_name: &str) -> String {
    format!("{company_name} Fax Printer")
}

pub fn base_group(group_name: &str) -> String {
    format!("{group_name} Base Group")
}

pub fn ring_group(group_name: &str) -> String {
    format!("{group_name} Ring Group")
}

/// `caller_id.internal.name`: the full name cut to 15 characters.
pub fn internal_caller_id_name(first: &str, last: &str) -> String {
    full_name(first, last).chars().take(15).collect()
}

pub const MAIN_VMBOX: &str = "Main Voicemail Box";
pub const DIRECTORY: &str = "SmartPBX Directory";
pub const MAIN_CALLFLOW: &str = "MainCallflow";
pub const MAIN_CONFERENCE: &str = "MainConference";
pub const MAIN_FAXING: &str = "MainFaxing";
pub const OPEN_HOURS_RULE: &str = "MainOpenHours";
pub const LUNCH_HOURS_RULE: &str = "MainLunchHours";

/// Placeholders keeping `numbers` non-empty and unique before real numbers exist.
pub const NO_MAIN_NUMBER: &str = "undefinedMainNumber";
pub const NO_CONFERENCE_NUMBER: &str = "undefinedconf";
pub const NO_FAXING_NUMBER: &str = "undefinedfaxing";

/// Extensions are told from phone numbers purely by length (monster-ui-voip `submodules/users/users.js`
/// `usersFormatListData`).
pub fn is_extension(number: &str) -> bool {
    number.chars().count() < 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_smart_pbx_writes_them() {
        assert_eq!(user_callflow("Ada", "Lovelace"), "Ada Lovelace SmartPBX's Callflow");
        assert_eq!(user_vmbox("Ada", "Lovelace"), "Ada Lovelace's VMBox");
        assert_eq!(user_conference("Ada", "Lovelace"), "Ada Lovelace SmartPBX Conference");
        assert_eq!(user_faxbox("Ada", "Lovelace"), "Ada Lovelace's Faxbox");
        assert_eq!(base_group("Sales"), "Sales Base Group");
        assert_eq!(ring_group("Sales"), "Sales Ring Group");
        assert_eq!(main_faxbox("Demo Co"), "Demo Co's Main Faxbox");
        assert_eq!(fax_header("Acme"), "Acme Fax Printer");
    }

    #[test]
    fn internal_caller_id_is_cut_to_fifteen_characters() {
        assert_eq!(internal_caller_id_name("Bartholomew", "Featherstonehaugh"), "Bartholomew Fea");
        assert_eq!(internal_caller_id_name("Ada", "Lovelace"), "Ada Lovelace");
    }

    #[test]
    fn extensions_are_shorter_than_seven_characters() {
        assert!(is_extension("2001"));
        assert!(is_extension("123456"));
        assert!(!is_extension("+14155550101"));
        assert!(!is_extension("5550101"));
    }
}
