//! Accounts (resellers and admins of accounts with sub-accounts; monster-ui-accounts):
//! the accounts below the signed-in one, searchable across the whole tree; one
//! account's page (settings, state, apps, billing, its own sub-accounts); a new account
//! with its first admin and apps; and acting as an account (Monster's masquerade).

mod account;
mod acting;
mod apps;
mod billing;
mod new_account;
mod search;
mod settings;
mod state;
mod sub_accounts;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

pub use account::AccountScreen;
pub use acting::ActingBanner;
pub use new_account::NewAccountScreen;

use crate::api::Crossbar;
use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::table::Screen;
use search::AccountSearch;
use sub_accounts::SubAccounts;

/// Languages an account or user may speak: the ones this app ships first, then the
/// others Monster offers (its `whitelabel.language` list), each in its own words.
pub const LANGUAGES: [(&str, &str); 7] = [
    ("en-US", "English (US)"),
    ("fr-FR", "Français"),
    ("es-ES", "Español"),
    ("de-DE", "Deutsch"),
    ("nl-NL", "Nederlands"),
    ("nl-BE", "Nederlands (België)"),
    ("ru-RU", "Русский"),
];

#[component]
pub fn AccountsScreen() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    let me = expect_context::<Crossbar>().own_account_id();
    let navigate = use_navigate();
    view! {
        <section class="screen accounts" aria-labelledby="accounts-title">
            <SectionIntro
                id="accounts-title"
                title_key="accounts-title"
                intro_key="accounts-intro"
                guide=config.docs.accounts_guide.clone()
                resources=vec!["/v2/accounts/x", "/v2/accounts/x/children", "/v2/search"]
            />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::NewAccount(None).href(), Default::default())>
                    {t("accounts-new")}
                </button>
            </p>
            <AccountSearch root=me.clone() />
            <SubAccounts parent=me caption_key="accounts-yours" />
        </section>
    }
}
