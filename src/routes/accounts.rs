use leptos::prelude::*;

use crate::components::doc_links::DocLinks;
use crate::config::RuntimeConfig;
use crate::i18n::t;

#[component]
pub fn AccountsPage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section aria-labelledby="accounts-title">
            <h1 id="accounts-title">{t("accounts-title")}</h1>
            <p>{t("accounts-intro")}</p>
            <DocLinks guide=config.docs.accounts_guide.clone() resources=vec!["/v2/accounts/x"] />
            <h2>{t("coming-next")}</h2>
            <p>{t("accounts-coming")}</p>
        </section>
    }
}
