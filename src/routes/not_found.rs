use leptos::prelude::*;

use crate::i18n::t;
use crate::routes::table::Screen;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="screen notice" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <a href=Screen::Home.href()>{t("go-home")}</a>
        </section>
    }
}
