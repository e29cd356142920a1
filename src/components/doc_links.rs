//! Where to read more: the user guide, and the Crossbar docs of the resources a screen
//! touches. One "Docs" menu per screen (a disclosure: one Tab stop, opened with Enter or
//! Space), so the screen's own buttons come first; a lone guide link stays a link.
//! A brand that hides documentation links (`branding::docs_hidden`) hides them all.

use leptos::prelude::*;
use patchbay_crossbar::docs::docs_url;

use crate::branding::docs_hidden;
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};

/// Links to a user guide and to the Crossbar docs of the resources a page touches
/// (given as Crossbar paths, e.g. `/v2/accounts/x/users`).
#[component]
pub fn DocLinks(#[prop(into)] guide: String, #[prop(default = vec![])] resources: Vec<&'static str>) -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    let api_links: Vec<_> = resources
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
        .collect();
    let guide_link = view! { <a href=guide target="_blank" rel="noopener noreferrer">{t("user-guide")}</a> };
    if api_links.is_empty() {
        return view! { <p class="doc-links" hidden=docs_hidden>{guide_link}</p> }.into_any();
    }
    view! {
        <details class="docs-menu" hidden=docs_hidden>
            <summary>{t("docs-menu")}</summary>
            <ul class="doc-links" role="list">
                <li>{guide_link}</li>
                {api_links}
            </ul>
        </details>
    }
    .into_any()
}
