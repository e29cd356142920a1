//! The user form's values and the checks made before anything is sent.

use serde_json::Value;

use super::phone::PhoneFields;
use crate::components::form::name_problem;
use crate::i18n::{arg, t, t_with};
use patchbay_monster::device::is_mac;
use patchbay_monster::names;
use patchbay_monster::provisioned_phone::PhoneBrand;

/// The form's values (the same fields for adding and editing).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub first_name: String,
    pub last_name: String,
    pub extension: String,
    pub email: String,
    pub password: String,
    /// Editing only: the sign-in name (on creation it is the email).
    pub username: String,
    /// Creating only: Smart PBX's "create a voicemail box" (on by default),
    /// "include in the company directory" and "send the welcome email".
    pub create_vmbox: bool,
    pub in_directory: bool,
    pub send_email: bool,
    /// Creating only: the optional provisioned desk phone.
    pub phone: PhoneFields,
}

/// Errors keyed by form field (`first_name`, `last_name`, `extension`, `email`, `password`).
#[doc(inline)]
pub use crate::components::form::FieldErrors;

/// A new username needs a new password with it (Crossbar hashes the two together).
pub fn validate_username(before: &Fields, after: &Fields) -> FieldErrors {
    let (old, new) = (before.username.trim().to_ascii_lowercase(), after.username.trim().to_ascii_lowercase());
    if new.is_empty() && old.is_empty() {
        // A user made elsewhere without a sign-in: nothing to keep or check.
        vec![]
    } else if new.is_empty() {
        vec![("username", t_with("field-required", &[("field", arg(t("user-username")))]))]
    } else if new.chars().any(char::is_whitespace) || new.chars().count() > 254 {
        vec![("username", t("user-username-format"))]
    } else if new != old && after.password.is_empty() {
        vec![("password", t("user-username-needs-password"))]
    } else {
        vec![]
    }
}

pub fn validate(f: &Fields, creating: bool) -> FieldErrors {
    let mut errors = vec![];
    for (key, label, value) in
        [("first_name", "user-first-name", &f.first_name), ("last_name", "user-last-name", &f.last_name)]
    {
        if let Some(problem) = name_problem(label, value, 128, true) {
            errors.push((key, problem));
        }
    }
    let ext = f.extension.trim();
    if ext.is_empty() {
        errors.push(("extension", t_with("field-required", &[("field", arg(t("user-extension")))])));
    } else if !names::is_extension(ext) || !ext.chars().all(|c| c.is_ascii_digit()) {
        errors.push(("extension", t("user-extension-format")));
    }
    let email = f.email.trim();
    if email.is_empty() && creating {
        errors.push(("email", t_with("field-required", &[("field", arg(t("user-email")))])));
    } else if !email.is_empty()
        && (!email.contains('@') || email.chars().count() > 254 || email.chars().any(char::is_whitespace))
    {
        errors.push(("email", t("field-email")));
    }
    if !f.password.is_empty() && f.password.chars().count() < 6 {
        errors.push(("password", t("user-password-short")));
    }
    errors
}

/// The phone section's checks, as Smart PBX's dialog makes them once a brand is
/// picked: a model of that brand, a name, and a MAC address.
pub fn validate_phone(p: &PhoneFields, brands: &[PhoneBrand]) -> FieldErrors {
    let mut errors = vec![];
    if p.brand.is_empty() {
        return errors;
    }
    if p.chosen(brands).is_none() {
        errors.push(("phone_model", t_with("field-required", &[("field", arg(t("user-phone-model")))])));
    }
    if let Some(problem) = name_problem("user-phone-name", &p.name, 128, true) {
        errors.push(("phone_name", problem));
    }
    if p.mac_address.trim().is_empty() {
        errors.push(("phone_mac", t_with("field-required", &[("field", arg(t("user-phone-mac")))])));
    } else if !is_mac(&p.mac_address) {
        errors.push(("phone_mac", t("device-mac-format")));
    }
    errors
}

pub fn fields_of(user: &Value) -> Fields {
    let s = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    Fields {
        first_name: s("first_name"),
        last_name: s("last_name"),
        extension: s("presence_id"),
        email: s("email"),
        password: String::new(),
        username: s("username"),
        ..Fields::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(first: &str, ext: &str, email: &str) -> Fields {
        Fields {
            first_name: first.into(),
            last_name: "Admin".into(),
            extension: ext.into(),
            email: email.into(),
            ..Fields::default()
        }
    }

    #[test]
    fn extensions_are_short_digit_strings() {
        assert!(validate(&fields("Ada", "2001", "ada@demo.test"), true).is_empty());
        let keys = |e: FieldErrors| e.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(keys(validate(&fields("Ada", "+14155550100", "ada@demo.test"), true)), ["extension"]);
        assert_eq!(keys(validate(&fields("", "20a1", "nope"), true)), ["first_name", "extension", "email"]);
        assert_eq!(keys(validate(&fields("Ada", "2001", ""), false)), Vec::<&str>::new());
    }

    #[test]
    fn a_phone_needs_a_known_model_a_name_and_a_mac_once_a_brand_is_picked() {
        use patchbay_monster::provisioned_phone::PhoneModel;
        let brands = [PhoneBrand {
            name: "Yealink".into(),
            models: vec![PhoneModel { name: "T46S".into(), family: "T4X".into(), template_id: None }],
        }];
        let keys = |p: &PhoneFields| validate_phone(p, &brands).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert!(keys(&PhoneFields::default()).is_empty(), "no brand, no phone, nothing to check");
        let good = PhoneFields {
            brand: "Yealink".into(),
            model: "0".into(),
            name: "Desk".into(),
            mac_address: "00:04:f2:aa:bb:cc".into(),
        };
        assert!(keys(&good).is_empty());
        assert_eq!(good.chosen(&brands).unwrap().family, "T4X");
        let bad = PhoneFields { model: "7".into(), name: " ".into(), mac_address: "00:04:f2:aa:bb".into(), ..good };
        assert_eq!(keys(&bad), ["phone_model", "phone_name", "phone_mac"]);
    }
}
