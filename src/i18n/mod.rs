//! The one place user-visible text comes from: Fluent sources in `locales/`, one
//! folder (or file) per language; `en-US` is the reference and the fallback for
//! missing keys.

mod format;

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use format::{
    format_duration_ms, format_month, format_month_day, format_time_of_day, format_timestamp_ms, time_zones,
};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub const FALLBACK: &str = "en-US";

struct Catalog {
    active: Option<FluentBundle<FluentResource>>,
    active_tag: String,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(tag: &str) -> Option<FluentBundle<FluentResource>> {
    let source = LOCALES.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag))?.1;
    let lang: LanguageIdentifier = tag.parse().ok()?;
    let resource = FluentResource::try_new(source.to_string()).ok()?;
    let mut b = FluentBundle::new(vec![lang]);
    // Unicode isolation marks would leak into copied text and test assertions.
    b.set_use_isolating(false);
    b.add_resource(resource).ok()?;
    Some(b)
}

thread_local! {
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog {
        active: None,
        active_tag: FALLBACK.to_string(),
        fallback: bundle(FALLBACK).expect("locales/en-US parses, each key defined once"),
    });
}

/// Switch the language; unknown languages keep English (Monster behaves the same).
pub fn set_language(tag: &str) {
    CATALOG.with(|c| {
        let mut c = c.borrow_mut();
        c.active = if tag.eq_ignore_ascii_case(FALLBACK) { None } else { bundle(tag) };
        c.active_tag = if c.active.is_some() { tag.to_string() } else { FALLBACK.to_string() };
    });
}

/// The language in use (a tag of a file in locales/).
pub fn language() -> String {
    CATALOG.with(|c| c.borrow().active_tag.clone())
}

/// Languages with a translation file.
pub fn available_languages() -> Vec<&'static str> {
    LOCALES.iter().map(|(t, _)| *t).collect()
}

fn format_in(b: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = b.get_message(key)?.value()?;
    let mut errors = vec![];
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

fn lookup(key: &str, args: Option<&FluentArgs>) -> String {
    CATALOG.with(|c| {
        let c = c.borrow();
        c.active
            .as_ref()
            .and_then(|b| format_in(b, key, args))
            .or_else(|| format_in(&c.fallback, key, args))
            // A missing key shows itself rather than an empty label.
            .unwrap_or_else(|| key.to_string())
    })
}

/// Text for a message key.
pub fn t(key: &str) -> String {
    lookup(key, None)
}

/// Text for a message key, or `fallback` when no locale has the key (values that come
/// from documents, like a device type this version has no name for).
pub fn t_or(key: &str, fallback: &str) -> String {
    let text = t(key);
    if text == key {
        fallback.to_string()
    } else {
        text
    }
}

/// Text for a message key with named arguments.
pub fn t_with(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    lookup(key, Some(&fa))
}

/// Shorthand for a string argument.
pub fn arg(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::String(s.into().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_embedded_and_complete_for_core_keys() {
        assert_eq!(t("sign-in-submit"), "Sign in");
        assert_eq!(t("nav-smartpbx"), "Smart PBX");
        assert_eq!(t("inspector-toggle"), "API inspector");
    }

    #[test]
    fn string_arguments_are_interpolated_too() {
        assert_eq!(t_with("action-create-user", &[("name", arg("Ada Admin"))]), "Create user Ada Admin");
    }

    #[test]
    fn arguments_are_interpolated_without_isolation_marks() {
        assert_eq!(t_with("list-count-more", &[("shown", 3.into())]), "3 shown; more available.");
    }

    #[test]
    fn unknown_languages_fall_back_to_english_and_missing_keys_show_their_name() {
        set_language("xx-XX");
        assert_eq!(language(), "en-US");
        assert_eq!(t("no-such-key"), "no-such-key");
        assert_eq!(t_or("device-type-teleporter", "teleporter"), "teleporter");
        assert_eq!(t_or("device-type-softphone", "softphone"), "Softphone");
        assert!(available_languages().contains(&"en-US"));
    }

    #[test]
    fn every_locale_file_parses() {
        for (tag, source) in LOCALES {
            assert!(FluentResource::try_new(source.to_string()).is_ok(), "{tag} has syntax errors");
        }
    }

    #[test]
    fn no_key_is_defined_twice_across_a_languages_files() {
        for (tag, _) in LOCALES {
            assert!(bundle(tag).is_some(), "{tag}: a message is defined in two files (or fails to parse)");
        }
    }
}
