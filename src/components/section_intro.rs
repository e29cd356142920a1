//! The heading, one-line purpose and documentation links every section starts with.

use leptos::prelude::*;

use crate::components::doc_links::DocLinks;
use crate::i18n::t;

#[component]
pub fn SectionIntro(
    /// Id of the heading (the section is labelled by it).
    id: &'static str,
    title_key: &'static str,
    intro_key: &'static str,
    #[prop(into)] guide: String,
    /// Crossbar paths whose docs the section links to.
    resources: Vec<&'static str>,
) -> impl IntoView {
    view! {
        <h1 id=id>{t(title_key)}</h1>
        <p>{t(intro_key)}</p>
        <DocLinks guide=guide resources=resources />
    }
}
