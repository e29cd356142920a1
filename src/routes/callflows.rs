use leptos::prelude::*;

use crate::components::doc_links::DocLinks;
use crate::config::RuntimeConfig;
use crate::i18n::t;

#[component]
pub fn CallflowsPage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section aria-labelledby="callflows-title">
            <h1 id="callflows-title">{t("callflows-title")}</h1>
            <p>{t("callflows-intro")}</p>
            <DocLinks guide=config.docs.callflows_guide.clone() resources=vec!["/v2/accounts/x/callflows"] />
            <h2>{t("coming-next")}</h2>
            <p>{t("callflows-coming")}</p>
        </section>
    }
}
