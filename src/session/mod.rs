//! Who is signed in. The token lives in sessionStorage (per tab, gone when the tab
//! closes), never in localStorage, and credentials are never stored at all.

mod keep_alive;
mod sign_in;

use leptos::prelude::*;
use patchbay_crossbar::gating::{PrivLevel, Viewer};
use serde::{Deserialize, Serialize};

pub use keep_alive::keep_session_alive;
pub use sign_in::{sign_in_again, sign_in_with_api_key, sign_in_with_password, sign_in_with_reset_id, SignInError};

const STORAGE_KEY: &str = "patchbay.session";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionData {
    pub token: String,
    /// Token expiry, UNIX seconds.
    pub exp: i64,
    /// When this token was obtained, UNIX milliseconds.
    pub issued_at_ms: f64,
    pub account_id: String,
    pub account_name: String,
    /// The signed-in user; `None` for API-key sessions.
    pub owner_id: Option<String>,
    /// As typed at sign-in, to ask only for the password when the session lapses.
    pub username: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub priv_level: PrivLevel,
    pub is_reseller: bool,
    pub apps: Vec<String>,
    pub language: String,
    pub timezone: Option<String>,
    /// The phone provisioner the server advertised at sign-in (`ui_config.api.provisioner.url`).
    #[serde(default)]
    pub provisioner_url: Option<String>,
    /// The user must choose a new password before anything else (`require_password_update`,
    /// set by a password-recovery link or an administrator).
    #[serde(default)]
    pub must_change_password: bool,
}

impl SessionData {
    pub fn viewer(&self) -> Viewer {
        Viewer {
            priv_level: self.priv_level,
            is_reseller: self.is_reseller,
            apps: self.apps.clone(),
            has_user: self.owner_id.is_some(),
        }
    }

    pub fn display_name(&self) -> String {
        let name = format!("{} {}", self.first_name, self.last_name).trim().to_string();
        if name.is_empty() {
            self.username.clone().unwrap_or_else(|| self.account_name.clone())
        } else {
            name
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

#[derive(Clone, Copy)]
pub struct Session {
    data: RwSignal<Option<SessionData>>,
    /// Last keyboard or pointer input, UNIX milliseconds (decides keep-alive).
    pub last_activity_ms: RwSignal<f64>,
}

impl Session {
    /// Restore the tab's session, if it has one.
    pub fn restore() -> Self {
        let saved = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|json| serde_json::from_str::<SessionData>(&json).ok());
        Session { data: RwSignal::new(saved), last_activity_ms: RwSignal::new(0.0) }
    }

    pub fn get(&self) -> Option<SessionData> {
        self.data.get()
    }

    pub fn with<T>(&self, f: impl FnOnce(Option<&SessionData>) -> T) -> T {
        self.data.with(|d| f(d.as_ref()))
    }

    pub fn is_signed_in(&self) -> bool {
        self.data.with(Option::is_some)
    }

    pub fn token_untracked(&self) -> Option<String> {
        self.data.with_untracked(|d| d.as_ref().map(|d| d.token.clone()))
    }

    pub fn get_untracked(&self) -> Option<SessionData> {
        self.data.get_untracked()
    }

    pub fn set(&self, data: SessionData) {
        if let Some(s) = storage() {
            if let Ok(json) = serde_json::to_string(&data) {
                let _ = s.set_item(STORAGE_KEY, &json);
            }
        }
        self.data.set(Some(data));
    }

    /// Apply a change to the current session (new token, edited name) and persist it.
    pub fn update(&self, f: impl FnOnce(&mut SessionData)) {
        if let Some(mut d) = self.get_untracked() {
            f(&mut d);
            self.set(d);
        }
    }

    /// Forget the session locally. Crossbar JWTs cannot be revoked by logging out
    /// (`DELETE /v2/token_auth` changes nothing server-side), so no call is made.
    pub fn clear(&self) {
        if let Some(s) = storage() {
            let _ = s.remove_item(STORAGE_KEY);
        }
        self.data.set(None);
    }
}
