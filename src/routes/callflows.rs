//! Callflows: the tree editor arrives in a later issue; the section already says what
//! it is for and where its docs are.

use leptos::prelude::*;

use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;

#[component]
pub fn CallflowsPage() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section class="screen" aria-labelledby="callflows-title">
            <SectionIntro
                id="callflows-title"
                title_key="callflows-title"
                intro_key="callflows-intro"
                guide=config.docs.callflows_guide.clone()
                resources=vec!["/v2/accounts/x/callflows"]
            />
            <h2>{t("coming-next")}</h2>
            <p>{t("callflows-coming")}</p>
        </section>
    }
}
