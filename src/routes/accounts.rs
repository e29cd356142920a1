//! Accounts (resellers): the account manager arrives in a later issue.

use leptos::prelude::*;

use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;

#[component]
pub fn AccountsPage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section class="screen" aria-labelledby="accounts-title">
            <SectionIntro
                id="accounts-title"
                title_key="accounts-title"
                intro_key="accounts-intro"
                guide=config.docs.accounts_guide.clone()
                resources=vec!["/v2/accounts/x"]
            />
            <h2>{t("coming-next")}</h2>
            <p>{t("accounts-coming")}</p>
        </section>
    }
}
