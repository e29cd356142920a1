//! Browser tests (wasm-bindgen-test in headless Chromium): the parts of the SPA that
//! need a real browser — Intl formatting in the user's zone, the tab-scoped session
//! store, and what the app shows when its configuration cannot be loaded.
#![cfg(target_arch = "wasm32")]

use patchbay::i18n::{format_duration_ms, format_timestamp_ms, time_zones};
use patchbay::session::{Session, SessionData};
use patchbay_crossbar::gating::PrivLevel;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// 2024-03-12T15:00:00Z
const MOMENT_MS: f64 = 1_710_255_600_000.0;

#[wasm_bindgen_test]
fn timestamps_follow_the_users_timezone() {
    let new_york = format_timestamp_ms(MOMENT_MS, "en-US", Some("America/New_York"));
    let tokyo = format_timestamp_ms(MOMENT_MS, "en-US", Some("Asia/Tokyo"));
    assert!(new_york.contains("11:00:00"), "{new_york}");
    assert!(tokyo.contains("12:00:00") && tokyo.contains("Mar 13"), "{tokyo}");
}

#[wasm_bindgen_test]
fn timestamps_follow_the_users_locale() {
    let german = format_timestamp_ms(MOMENT_MS, "de-DE", Some("UTC"));
    assert!(german.contains("12.03.2024"), "{german}");
}

#[wasm_bindgen_test]
fn a_bogus_timezone_from_a_document_does_not_break_the_page() {
    let s = format_timestamp_ms(MOMENT_MS, "en-US", Some("Mars/Olympus_Mons"));
    assert!(s.contains("2024"), "{s}");
}

#[wasm_bindgen_test]
fn durations_are_grouped_per_locale() {
    assert_eq!(format_duration_ms(1234.4, "en-US"), "1,234 ms");
    assert!(format_duration_ms(1234.4, "de-DE").starts_with("1.234"));
}

#[wasm_bindgen_test]
fn the_browser_offers_iana_timezones() {
    let zones = time_zones();
    assert!(zones.iter().any(|z| z == "America/New_York"), "{} zones", zones.len());
}

fn sample_session() -> SessionData {
    SessionData {
        token: "eyJhbGciOiJSUzI1NiJ9.e30.sig".into(),
        exp: 4_000_000_000,
        issued_at_ms: 0.0,
        account_id: "0123456789abcdef0123456789abcdef".into(),
        account_name: "Demo Co".into(),
        owner_id: Some("fedcba9876543210fedcba9876543210".into()),
        username: Some("alice".into()),
        first_name: "Alice".into(),
        last_name: "Liddell".into(),
        priv_level: PrivLevel::User,
        is_reseller: false,
        apps: vec![],
        language: "en-US".into(),
        timezone: None,
        provisioner_url: None,
        must_change_password: false,
        acting_as: None,
    }
}

#[wasm_bindgen_test]
fn the_session_lives_in_session_storage_only() {
    let _owner = leptos::prelude::Owner::new();
    let window = web_sys::window().unwrap();
    let session = Session::restore();
    session.clear();
    session.set(sample_session());

    // A reload of the tab restores it...
    let restored = Session::restore();
    assert_eq!(restored.get_untracked(), Some(sample_session()));
    // ...but nothing is left where other tabs or later visits could read it.
    let local = window.local_storage().unwrap().unwrap();
    for i in 0..local.length().unwrap() {
        let key = local.key(i).unwrap().unwrap();
        let value = local.get_item(&key).unwrap().unwrap_or_default();
        assert!(!value.contains("eyJ"), "token found in localStorage under {key}");
    }
    let stored = window.session_storage().unwrap().unwrap().get_item("patchbay.session").unwrap().unwrap();
    assert!(!stored.contains("alice-pass"));

    restored.clear();
    assert_eq!(Session::restore().get_untracked(), None);
}

#[wasm_bindgen_test]
fn times_of_day_and_calendar_days_follow_the_locale() {
    use patchbay::i18n::{format_month, format_month_day, format_time_of_day};
    assert_eq!(format_time_of_day(9 * 3600, "en-US"), "9:00 AM");
    assert_eq!(format_time_of_day(17 * 3600 + 30 * 60, "de-DE"), "17:30");
    assert_eq!(format_month_day(12, 25, "en-US"), "December 25");
    assert_eq!(format_month(11, "en-US"), "November");
}
