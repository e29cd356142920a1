//! Arriving from a password-recovery email (`?recovery=<reset id>`, the link KAZOO's
//! `cb_user_auth` mails): the reset id signs the person in (`POST
//! /v2/user_auth/recovery`, as monster-ui `src/apps/auth/app.js` `checkRecoveryId`
//! does) and the session then asks for a new password. The id leaves the address bar
//! at once, used or not, so it is not left in the history.

use leptos::prelude::*;

/// The reset id in the address, if any, removed from the address bar.
pub fn take_reset_id() -> Option<String> {
    let location = window().location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    let id = params.get("recovery").filter(|id| !id.trim().is_empty())?;
    params.delete("recovery");
    let query = params.to_string().as_string().unwrap_or_default();
    let clean = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { String::new() } else { format!("?{query}") },
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
    Some(id)
}
