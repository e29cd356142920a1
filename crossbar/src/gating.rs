//! Who may open which section, following Monster's rules (monster-ui `src/js/lib/monster.util.js`
//! `isUserPermittedApp`): an app is usable when the apps store lets this user use it (the login
//! response's `apps` list is already filtered that way), Smart PBX and Callflows are admin tools, and
//! the account manager is for resellers.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    SmartPbx,
    Callflows,
    Accounts,
    MySettings,
    /// Any Crossbar request by hand: for admins, whatever apps the account has.
    ApiConsole,
    /// The reseller's white-label (Monster's Branding app): reseller admins.
    Branding,
}

impl Section {
    /// The Monster app whose apps-store entry gates this section.
    pub fn app_name(self) -> Option<&'static str> {
        match self {
            Section::SmartPbx => Some("voip"),
            Section::Callflows => Some("callflows"),
            Section::Accounts => Some("accounts"),
            Section::MySettings | Section::ApiConsole | Section::Branding => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PrivLevel {
    Admin,
    #[default]
    User,
}

/// What the session knows about the signed-in person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Viewer {
    pub priv_level: PrivLevel,
    pub is_reseller: bool,
    /// Names of the apps the login response lists for this user.
    pub apps: Vec<String>,
    /// API-key sessions have no user document to edit.
    pub has_user: bool,
}

impl Viewer {
    fn has_app(&self, name: &str) -> bool {
        self.apps.iter().any(|a| a == name)
    }

    pub fn can_open(&self, section: Section) -> bool {
        let admin = self.priv_level == PrivLevel::Admin;
        match section {
            Section::SmartPbx | Section::Callflows => admin && self.has_app(section.app_name().unwrap_or_default()),
            Section::Accounts => admin && self.is_reseller && self.has_app("accounts"),
            Section::MySettings => self.has_user,
            Section::ApiConsole => admin,
            Section::Branding => admin && self.is_reseller,
        }
    }

    /// Where to land after sign-in: the first section this viewer may open.
    pub fn landing(&self) -> Option<Section> {
        [Section::SmartPbx, Section::Callflows, Section::Accounts, Section::MySettings]
            .into_iter()
            .find(|s| self.can_open(*s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(priv_level: PrivLevel, reseller: bool, apps: &[&str]) -> Viewer {
        Viewer { priv_level, is_reseller: reseller, apps: apps.iter().map(|s| s.to_string()).collect(), has_user: true }
    }

    #[test]
    fn an_admin_gets_the_pbx_tools_but_not_the_account_manager() {
        let v = viewer(PrivLevel::Admin, false, &["voip", "callflows", "accounts"]);
        assert!(v.can_open(Section::SmartPbx));
        assert!(v.can_open(Section::Callflows));
        assert!(!v.can_open(Section::Accounts));
        assert_eq!(v.landing(), Some(Section::SmartPbx));
    }

    #[test]
    fn a_user_only_gets_their_settings_even_if_an_app_is_open_to_all() {
        let v = viewer(PrivLevel::User, false, &["voip"]);
        assert!(!v.can_open(Section::SmartPbx));
        assert!(!v.can_open(Section::Callflows));
        assert!(v.can_open(Section::MySettings));
        assert_eq!(v.landing(), Some(Section::MySettings));
    }

    #[test]
    fn a_reseller_admin_gets_accounts() {
        assert!(viewer(PrivLevel::Admin, true, &["accounts"]).can_open(Section::Accounts));
        assert!(!viewer(PrivLevel::User, true, &["accounts"]).can_open(Section::Accounts));
    }

    #[test]
    fn an_app_the_apps_store_does_not_list_is_closed_even_to_admins() {
        let v = viewer(PrivLevel::Admin, false, &["callflows"]);
        assert!(!v.can_open(Section::SmartPbx));
        assert_eq!(v.landing(), Some(Section::Callflows));
    }

    #[test]
    fn api_key_sessions_have_no_settings_page() {
        let v = Viewer { has_user: false, ..viewer(PrivLevel::Admin, false, &[]) };
        assert_eq!(v.landing(), None);
    }
}
