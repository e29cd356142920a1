//! The one place user-visible text comes from: Fluent sources in `locales/`, one
//! folder (or file) per language; `en-US` is the reference and the fallback for
//! missing keys. English is built in; another language is fetched from `locales/`
//! beside the app the first time someone needs it (`load_language`), read with the
//! same Fluent reader the build checks it with.

mod format;
// The Fluent reader: the build checks every language with it and writes English out as
// Rust (`to_rust`, used by `build.rs` only); the app reads served languages with it.
#[allow(dead_code)]
mod ftl;
mod message;

use std::cell::RefCell;

pub use format::{
    format_duration_ms, format_money, format_month, format_month_day, format_number, format_time_of_day,
    format_timestamp_ms, time_zones,
};
pub use message::Arg;
use message::{Messages, Part};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub const FALLBACK: &str = "en-US";

thread_local! {
    /// The language in use; `None` is the fallback.
    static ACTIVE: RefCell<Option<&'static str>> = const { RefCell::new(None) };
    /// Served languages fetched so far, their messages sorted by key.
    static LOADED: RefCell<Vec<(&'static str, Messages)>> = const { RefCell::new(Vec::new()) };
}

fn messages(tag: &str) -> Option<Messages> {
    LOCALES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|(_, m)| *m)
        .or_else(|| LOADED.with(|l| l.borrow().iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)).map(|(_, m)| *m)))
}

/// Every language's tag: built in or served.
fn all_tags() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(t, _)| *t).chain(SERVED_LOCALES.iter().map(|(t, _)| *t))
}

/// Reads a served language's Fluent source into messages kept for the page's life.
fn compile(tag: &str, source: &str) -> Result<Messages, String> {
    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }
    fn parts(pieces: Vec<ftl::Piece>) -> &'static [Part] {
        let parts: Vec<Part> = pieces
            .into_iter()
            .map(|piece| match piece {
                ftl::Piece::Text(t) => Part::Text(leak(t)),
                ftl::Piece::Var(v) => Part::Var(leak(v)),
                ftl::Piece::Select { var, variants, default } => Part::Select {
                    var: leak(var),
                    variants: Box::leak(
                        variants.into_iter().map(|(k, p)| (leak(k), parts(p))).collect::<Vec<_>>().into_boxed_slice(),
                    ),
                    default,
                },
            })
            .collect();
        Box::leak(parts.into_boxed_slice())
    }
    let mut messages: Vec<(&'static str, &'static [Part])> =
        ftl::parse(source, &format!("locales/{tag}"))?.into_iter().map(|(k, p)| (leak(k), parts(p))).collect();
    patchbay_crossbar::order::sort_by(&mut messages, |a, b| a.0.cmp(b.0));
    Ok(Box::leak(messages.into_boxed_slice()))
}

/// Makes `tag`'s messages available, fetching them the first time (`locales/<tag>/…`
/// beside the app). A language that cannot be fetched stays English, as an unknown one.
pub async fn load_language(tag: &str) {
    let Some((tag, files)) = SERVED_LOCALES.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)) else { return };
    if messages(tag).is_some() {
        return;
    }
    let fetches = files.iter().map(|file| async move {
        let url = format!("locales/{file}?v={SERVED_LOCALES_VERSION}");
        let response = gloo_net::http::Request::get(&url).send().await.ok().filter(|r| r.ok())?;
        response.text().await.ok()
    });
    let texts = futures::future::join_all(fetches).await;
    let Some(texts) = texts.into_iter().collect::<Option<Vec<String>>>() else { return };
    if let Ok(compiled) = compile(tag, &texts.join("\n")) {
        LOADED.with(|l| l.borrow_mut().push((tag, compiled)));
    }
}

fn message(tag: &str, key: &str) -> Option<&'static [Part]> {
    let all = messages(tag)?;
    all.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| all[i].1)
}

/// Switch the language; unknown languages keep English (Monster behaves the same).
pub fn set_language(tag: &str) {
    let known = all_tags().find(|t| t.eq_ignore_ascii_case(tag));
    ACTIVE.with(|a| *a.borrow_mut() = known.filter(|t| *t != FALLBACK));
    // Screen readers pick their voice from the page's `lang`.
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", known.unwrap_or(FALLBACK));
    }
}

/// The language in use (a tag of a file in locales/).
pub fn language() -> String {
    ACTIVE.with(|a| a.borrow().unwrap_or(FALLBACK).to_string())
}

/// The first of the browser's preferred languages (`navigator.languages`) this app
/// speaks, matched exactly or by language alone (`fr-CA` → `fr-FR`); else English.
pub fn browser_language() -> String {
    let preferred: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    best_match(&preferred)
}

fn best_match(preferred: &[String]) -> String {
    let available = available_languages();
    let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    preferred
        .iter()
        .find_map(|wanted| {
            available
                .iter()
                .find(|t| t.eq_ignore_ascii_case(wanted))
                .or_else(|| available.iter().find(|t| primary(t) == primary(wanted)))
        })
        .map_or_else(|| FALLBACK.to_string(), |t| t.to_string())
}

/// Languages with a translation file.
pub fn available_languages() -> Vec<&'static str> {
    all_tags().collect()
}

/// The plural category (`one`, `few`, `other` …) of `n` in `tag`, from the browser's
/// `Intl.PluralRules` (it carries the CLDR rules, so the app does not).
fn plural(tag: &str, n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(category) = format::plural_category(tag, n) {
        return category;
    }
    let _ = tag;
    message::english_plural(n)
}

fn lookup(key: &str, args: &[(&str, Arg)]) -> String {
    let active = ACTIVE.with(|a| *a.borrow());
    let found = active
        .and_then(|tag| message(tag, key).map(|m| (tag, m)))
        .or_else(|| message(FALLBACK, key).map(|m| (FALLBACK, m)));
    match found {
        Some((tag, parts)) => {
            let mut out = String::new();
            message::format(parts, args, &|n| plural(tag, n), &mut out);
            out
        }
        // A missing key shows itself rather than an empty label.
        None => key.to_string(),
    }
}

/// Text for a message key.
pub fn t(key: &str) -> String {
    lookup(key, &[])
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
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    lookup(key, args)
}

/// Shorthand for a string argument.
pub fn arg(s: impl Into<String>) -> Arg {
    Arg::Str(s.into())
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
    fn plurals_and_literal_braces_come_out_as_in_fluent() {
        assert_eq!(t_with("inspector-calls", &[("count", 1.into())]), "1 call");
        assert_eq!(t_with("inspector-calls", &[("count", 3usize.into())]), "3 calls");
        assert!(t("sign-in-api-key-hint").contains("/v2/accounts/{ACCOUNT_ID}/api_key"));
    }

    #[test]
    fn the_browsers_first_spoken_language_wins() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(best_match(&tags(&["de-DE", "fr-CA", "en-US"])), "fr-FR");
        assert_eq!(best_match(&tags(&["es-ES"])), "es-ES");
        assert_eq!(best_match(&tags(&["ja-JP"])), "en-US");
        assert_eq!(best_match(&[]), "en-US");
    }

    #[test]
    fn french_and_spanish_are_served_and_read_with_the_builds_reader() {
        assert!(available_languages().contains(&"fr-FR"));
        assert!(available_languages().contains(&"es-ES"));
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/");
        for (tag, files) in SERVED_LOCALES {
            let source: Vec<String> =
                files.iter().map(|f| std::fs::read_to_string(format!("{root}{f}")).unwrap()).collect();
            LOADED.with(|l| l.borrow_mut().push((tag, compile(tag, &source.join("\n")).unwrap())));
        }
        set_language("fr-FR");
        assert_eq!(t("sign-in-submit"), "Se connecter");
        assert_eq!(t_with("inspector-calls", &[("count", 3usize.into())]), "3 appels");
        set_language("es-ES");
        assert_eq!(t("nav-accounts"), t_or("nav-accounts", "?"));
        assert_ne!(t("accounts-act-as"), "Act as this account");
        set_language("en-US");
    }

    #[test]
    fn messages_are_sorted_for_lookup() {
        for (tag, messages) in LOCALES {
            assert!(messages.windows(2).all(|w| w[0].0 < w[1].0), "{tag}: keys are unique and sorted");
        }
    }
}
