//! Pages a role may not open render "Not allowed" instead of the page: the page's
//! component (and its requests) never runs.

use leptos::prelude::*;
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::i18n::t;
use crate::routes::table::Screen;

#[component]
pub fn Gate(section: Section, children: ChildrenFn) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let allowed = move || client.session.with(|d| d.is_some_and(|d| d.viewer().can_open(section)));
    view! {
        <Show when=allowed fallback=|| view! { <NotAllowed /> }>
            {children()}
        </Show>
    }
}

#[component]
pub fn NotAllowed() -> impl IntoView {
    view! {
        <section class="screen notice" aria-labelledby="not-allowed-title">
            <h1 id="not-allowed-title">{t("not-allowed-title")}</h1>
            <p>{t("not-allowed-body")}</p>
            <a href=Screen::Home.href()>{t("go-home")}</a>
        </section>
    }
}
