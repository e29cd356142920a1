//! "User guide" and "Crossbar API docs" links that every section carries.

use leptos::prelude::*;
use patchbay_crossbar::docs::docs_url;

use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};

/// Links to a user guide and to the Crossbar docs of the resources a page touches
/// (given as Crossbar paths, e.g. `/v2/accounts/x/users`).
#[component]
pub fn DocLinks(#[prop(into)] guide: String, #[prop(default = vec![])] resources: Vec<&'static str>) -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    let api_links = resources
        .into_iter()
        .filter_map(|path| {
            let url = docs_url(&config.docs.crossbar, path)?;
            let name = patchbay_crossbar::docs::docs_page(path)?;
            Some(view! {
                <li>
                    <a href=url target="_blank" rel="noopener noreferrer">
                        {t_with("api-docs", &[("resource", arg(name))])}
                    </a>
                </li>
            })
        })
        .collect_view();
    view! {
        <ul class="doc-links" role="list">
            <li>
                <a href=guide target="_blank" rel="noopener noreferrer">{t("user-guide")}</a>
            </li>
            {api_links}
        </ul>
    }
}
