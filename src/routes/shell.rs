//! The signed-in frame: banner, section navigation (only what the role may open),
//! the page, the API inspector and the re-authentication dialog.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::branding::Branding;
use crate::components::conflict_dialog::ConflictDialog;
use crate::components::inspector::{inspector_shortcut, InspectorOpen, InspectorPanel};
use crate::components::reauth_dialog::ReauthDialog;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::table::{Screen, Spbx};

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let branding = expect_context::<Branding>();
    let inspector = InspectorOpen(RwSignal::new(false));
    provide_context(inspector);
    if config.inspector {
        inspector_shortcut(inspector);
    }
    let session = client.session;
    let can = move |s: Section| session.with(|d| d.is_some_and(|d| d.viewer().can_open(s)));
    let navigate = use_navigate();
    let sign_out = move |_| {
        session.clear();
        navigate(&Screen::Home.href(), Default::default());
    };
    let who = move || session.with(|d| d.map(|d| d.display_name()).unwrap_or_default());
    let account = move || session.with(|d| d.map(|d| d.account_name.clone()).unwrap_or_default());

    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <div class="shell" class:shell--inspecting=move || inspector.0.get()>
            <header class="banner">
                <A href=Screen::Home.href() attr:class="banner__brand">{move || branding.name.get()}</A>
                <p class="banner__who">
                    <span class="banner__user">{who}</span>
                    <span class="banner__account" title=t("header-account")>{account}</span>
                </p>
                <A href=Screen::WhichApp.href() attr:class="banner__help">{t("nav-which-app")}</A>
                {config.inspector.then(|| view! {
                    <button
                        type="button"
                        class="banner__inspector"
                        aria-pressed=move || inspector.0.get().to_string()
                        aria-keyshortcuts="Alt+I"
                        title=t("inspector-shortcut")
                        on:click=move |_| inspector.0.update(|o| *o = !*o)
                    >
                        {t("inspector-toggle")}
                    </button>
                })}
                <button type="button" class="banner__signout" on:click=sign_out>{t("sign-out")}</button>
            </header>
            <nav class="sections" aria-label=t("nav-label")>
                <ul role="list">
                    <Show when=move || can(Section::SmartPbx)>
                        <li><A href=Screen::SmartPbx(Spbx::Dashboard).href()>{t("nav-smartpbx")}</A></li>
                    </Show>
                    <Show when=move || can(Section::Callflows)>
                        <li><A href=Screen::Callflows.href()>{t("nav-callflows")}</A></li>
                    </Show>
                    <Show when=move || can(Section::Accounts)>
                        <li><A href=Screen::Accounts.href()>{t("nav-accounts")}</A></li>
                    </Show>
                    <Show when=move || can(Section::MySettings)>
                        <li><A href=Screen::MySettings.href()>{t("nav-my-settings")}</A></li>
                    </Show>
                </ul>
            </nav>
            <main id="main" class="page" tabindex="-1">{children()}</main>
            {config.inspector.then(|| view! { <InspectorPanel /> })}
        </div>
        <ReauthDialog />
        <ConflictDialog />
    }
}
