//! Every screen of the app and its URL, in one place: the router builds its routes from
//! these segments, and menus, links and redirects name a [`Screen`] instead of writing a
//! path by hand. An id in a URL always goes through `seg` (see the tidy test).

use patchbay_crossbar::path::seg;

/// URL segments, shared by the router and by [`Screen::href`].
pub mod segment {
    pub const SMARTPBX: &str = "smartpbx";
    pub const CALLFLOWS: &str = "callflows";
    pub const ACCOUNTS: &str = "accounts";
    pub const MY_SETTINGS: &str = "settings";
    pub const WHICH_APP: &str = "which-app";
    pub const API_CONSOLE: &str = "api-console";
    pub const DOCTOR: &str = "doctor";
    pub const BRANDING: &str = "branding";
    pub const USERS: &str = "users";
    pub const DEVICES: &str = "devices";
    pub const GROUPS: &str = "groups";
    pub const MAIN_NUMBER: &str = "main-number";
    pub const NUMBERS: &str = "numbers";
    pub const VMBOXES: &str = "voicemail-boxes";
    pub const CALL_LOGS: &str = "call-logs";
    pub const FEATURE_CODES: &str = "feature-codes";
    pub const TIME_OF_DAY: &str = "time-of-day";
    pub const CALLFLOW_FEATURE_CODES: &str = "feature-codes";
    pub const ACCOUNT_SETTINGS: &str = "account-settings";
    pub const MEDIA: &str = "media";
    pub const NEW: &str = "new";
    pub const BUY: &str = "buy";
    pub const PORT: &str = "bring-over";
}

use segment::*;

/// A Smart PBX screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spbx {
    Dashboard,
    Users,
    NewUser,
    User(String),
    Devices,
    NewDevice,
    Device(String),
    Groups,
    NewGroup,
    Group(String),
    MainNumber,
    Numbers,
    BuyNumbers,
    PortNumbers,
    Number(String),
    Vmboxes,
    NewVmbox,
    Vmbox(String),
    CallLogs,
    FeatureCodes,
}

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    SmartPbx(Spbx),
    Callflows,
    NewCallflow,
    Callflow(String),
    /// Callflows' time-of-day rules and sets.
    TimeOfDay,
    /// Callflows' feature codes (editable, unlike Smart PBX's list).
    CallflowFeatureCodes,
    /// Callflows' account settings.
    AccountSettings,
    /// Callflows' media (recordings and spoken texts).
    Media,
    /// One of Callflows' entity managers, by its key (`menus`, `fax-boxes`…).
    Entities(&'static str),
    /// The accounts below the signed-in one.
    Accounts,
    /// One account: its details, settings, sub-accounts and apps.
    Account(String),
    /// A new account under the given parent (`None`: under the signed-in account).
    NewAccount(Option<String>),
    /// The reseller's white-label.
    Branding,
    MySettings,
    WhichApp,
    ApiConsole,
    /// The compatibility doctor.
    Doctor,
}

impl Screen {
    /// The URL path of the screen.
    pub fn href(&self) -> String {
        let path = |parts: &[&str]| format!("/{}", parts.join("/"));
        match self {
            Screen::Home => "/".to_string(),
            Screen::Callflows => path(&[CALLFLOWS]),
            Screen::NewCallflow => path(&[CALLFLOWS, NEW]),
            Screen::Callflow(id) => path(&[CALLFLOWS, &seg(id)]),
            Screen::TimeOfDay => path(&[CALLFLOWS, TIME_OF_DAY]),
            Screen::Entities(key) => path(&[CALLFLOWS, key]),
            Screen::CallflowFeatureCodes => path(&[CALLFLOWS, CALLFLOW_FEATURE_CODES]),
            Screen::AccountSettings => path(&[CALLFLOWS, ACCOUNT_SETTINGS]),
            Screen::Media => path(&[CALLFLOWS, MEDIA]),
            Screen::Accounts => path(&[ACCOUNTS]),
            Screen::Account(id) => path(&[ACCOUNTS, &seg(id)]),
            Screen::NewAccount(None) => path(&[ACCOUNTS, NEW]),
            Screen::NewAccount(Some(parent)) => path(&[ACCOUNTS, &seg(parent), NEW]),
            Screen::Branding => path(&[BRANDING]),
            Screen::MySettings => path(&[MY_SETTINGS]),
            Screen::WhichApp => path(&[WHICH_APP]),
            Screen::ApiConsole => path(&[API_CONSOLE]),
            Screen::Doctor => path(&[DOCTOR]),
            Screen::SmartPbx(screen) => {
                let (list, item) = match screen {
                    Spbx::Dashboard => return path(&[SMARTPBX]),
                    Spbx::Users => (USERS, None),
                    Spbx::NewUser => (USERS, Some(NEW.to_string())),
                    Spbx::User(id) => (USERS, Some(seg(id))),
                    Spbx::Devices => (DEVICES, None),
                    Spbx::NewDevice => (DEVICES, Some(NEW.to_string())),
                    Spbx::Device(id) => (DEVICES, Some(seg(id))),
                    Spbx::Groups => (GROUPS, None),
                    Spbx::NewGroup => (GROUPS, Some(NEW.to_string())),
                    Spbx::Group(id) => (GROUPS, Some(seg(id))),
                    Spbx::MainNumber => (MAIN_NUMBER, None),
                    Spbx::Numbers => (NUMBERS, None),
                    Spbx::BuyNumbers => (NUMBERS, Some(BUY.to_string())),
                    Spbx::PortNumbers => (NUMBERS, Some(PORT.to_string())),
                    Spbx::Number(number) => (NUMBERS, Some(seg(number))),
                    Spbx::Vmboxes => (VMBOXES, None),
                    Spbx::NewVmbox => (VMBOXES, Some(NEW.to_string())),
                    Spbx::Vmbox(id) => (VMBOXES, Some(seg(id))),
                    Spbx::CallLogs => (CALL_LOGS, None),
                    Spbx::FeatureCodes => (FEATURE_CODES, None),
                };
                match item {
                    Some(item) => path(&[SMARTPBX, list, &item]),
                    None => path(&[SMARTPBX, list]),
                }
            }
        }
    }
}

/// The Smart PBX menu, in Monster's order: the screen and its name's i18n key.
pub const SMARTPBX_MENU: [(Spbx, &str); 9] = [
    (Spbx::Dashboard, "spbx-dashboard"),
    (Spbx::Users, "spbx-users"),
    (Spbx::Devices, "spbx-devices"),
    (Spbx::Groups, "spbx-groups"),
    (Spbx::MainNumber, "spbx-main-number"),
    (Spbx::Numbers, "spbx-numbers"),
    (Spbx::Vmboxes, "spbx-vmboxes"),
    (Spbx::CallLogs, "spbx-call-logs"),
    (Spbx::FeatureCodes, "spbx-feature-codes"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screens_have_the_urls_people_bookmarked() {
        assert_eq!(Screen::SmartPbx(Spbx::Dashboard).href(), "/smartpbx");
        assert_eq!(Screen::SmartPbx(Spbx::NewUser).href(), "/smartpbx/users/new");
        assert_eq!(Screen::SmartPbx(Spbx::User("a/../b".into())).href(), "/smartpbx/users/a%2F..%2Fb");
        assert_eq!(Screen::SmartPbx(Spbx::Number("+14155550100".into())).href(), "/smartpbx/numbers/%2B14155550100");
        assert_eq!(Screen::SmartPbx(Spbx::Vmboxes).href(), "/smartpbx/voicemail-boxes");
        assert_eq!(Screen::MySettings.href(), "/settings");
        assert_eq!(Screen::Callflow("cf/1".into()).href(), "/callflows/cf%2F1");
        assert_eq!(Screen::NewCallflow.href(), "/callflows/new");
        assert_eq!(Screen::TimeOfDay.href(), "/callflows/time-of-day");
        assert_eq!(Screen::Entities("fax-boxes").href(), "/callflows/fax-boxes");
        assert_eq!(Screen::Home.href(), "/");
    }
}
