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
    /// The sub-account every section works on instead of the signed-in one ("Act as this
    /// account", Monster's masquerade), with the signed-in person's own token.
    #[serde(default)]
    pub acting_as: Option<ActingAs>,
}

/// A sub-account acted as: its id, its name for the banner, and the apps it grants an
/// admin from above (the sections then follow its apps, not the reseller's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActingAs {
    pub account_id: String,
    pub name: String,
    pub apps: Vec<String>,
}

impl SessionData {
    pub fn viewer(&self) -> Viewer {
        Viewer {
            priv_level: self.priv_level,
            is_reseller: self.is_reseller,
            apps: self.acting_as.as_ref().map(|a| a.apps.clone()).unwrap_or_else(|| self.apps.clone()),
            has_user: self.owner_id.is_some(),
        }
    }

    /// The account the sections work on: the one acted as, else the signed-in one.
    pub fn working_account_id(&self) -> &str {
        self.acting_as.as_ref().map_or(&self.account_id, |a| &a.account_id)
    }

    /// That account's name.
    pub fn working_account_name(&self) -> &str {
        self.acting_as.as_ref().map_or(&self.account_name, |a| &a.name)
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

    /// The language of the tab's stored session, before the app starts.
    pub fn stored_language() -> Option<String> {
        storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|json| serde_json::from_str::<SessionData>(&json).ok())
            .map(|d| d.language)
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

    pub fn with_untracked<T>(&self, f: impl FnOnce(Option<&SessionData>) -> T) -> T {
        self.data.with_untracked(|d| f(d.as_ref()))
    }

    pub fn get_untracked(&self) -> Option<SessionData> {
        self.data.get_untracked()
    }

    pub fn set(&self, data: SessionData) {
        crate::i18n::set_language(&data.language);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn reseller() -> SessionData {
        SessionData {
            token: "t".into(),
            exp: 0,
            issued_at_ms: 0.0,
            account_id: "r1".into(),
            account_name: "Patchbay Reseller".into(),
            owner_id: Some("u1".into()),
            username: Some("reseller".into()),
            first_name: "Rhea".into(),
            last_name: "Reseller".into(),
            priv_level: PrivLevel::Admin,
            is_reseller: true,
            apps: vec!["voip".into(), "callflows".into(), "accounts".into()],
            language: "en-US".into(),
            timezone: None,
            provisioner_url: None,
            must_change_password: false,
            acting_as: None,
        }
    }

    #[test]
    fn acting_as_an_account_changes_the_working_account_and_the_apps_not_the_person() {
        let mut s = reseller();
        assert_eq!((s.working_account_id(), s.working_account_name()), ("r1", "Patchbay Reseller"));
        s.acting_as =
            Some(ActingAs { account_id: "c1".into(), name: "Kestrel Dental".into(), apps: vec!["voip".into()] });
        assert_eq!((s.working_account_id(), s.working_account_name()), ("c1", "Kestrel Dental"));
        assert_eq!(s.viewer().apps, ["voip"]);
        assert_eq!((s.account_id.as_str(), s.display_name()), ("r1", "Rhea Reseller".to_string()));
        // A session stored before acting existed still reads.
        let json = serde_json::to_string(&reseller()).unwrap().replace(",\"acting_as\":null", "");
        assert_eq!(serde_json::from_str::<SessionData>(&json).unwrap().acting_as, None);
    }
}
