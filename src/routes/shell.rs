//! The signed-in frame: banner, section navigation (only what the role may open),
//! the page, the API inspector and the re-authentication dialog.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::branding::Branding;
use crate::components::conflict_dialog::ConflictDialog;
use crate::components::environment::{Environment, EnvironmentBadge};
use crate::components::flash::{Flash, FlashNotice};
use crate::components::inspector::{inspector_shortcut, InspectorOpen, InspectorPanel};
use crate::components::leave_guard::{LeaveGuard, UnsavedChanges};
use crate::components::reauth_dialog::ReauthDialog;
use crate::config::RuntimeConfig;
use crate::hooks::{follow_screen, watch};
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
    // The deployment's `inspector`, unless the brand of this web address hides it.
    let deployment_inspector = config.inspector;
    let inspector_shown = move || deployment_inspector && !branding.hide_inspector.get();
    watch(move || {
        if inspector.0.get() && !inspector_shown() {
            inspector.0.set(false);
        }
    });
    let session = client.session;
    let can = move |s: Section| session.with(|d| d.is_some_and(|d| d.viewer().can_open(s)));
    let navigate = use_navigate();
    let unsaved = UnsavedChanges::provide();
    let environment = Environment::provide();
    crate::routes::api_console::ConsoleHandoff::provide();
    Flash::provide();
    let sign_out = move |_| {
        let navigate = navigate.clone();
        unsaved.leave_then(move || {
            session.clear();
            navigate(&Screen::Home.href(), Default::default());
        });
    };
    let who = move || session.with(|d| d.map(|d| d.display_name()).unwrap_or_default());
    let account = move || session.with(|d| d.map(|d| d.account_name.clone()).unwrap_or_default());
    let menu_open = RwSignal::new(false);
    let menu_toggle = NodeRef::<leptos::html::Button>::new();
    // A chosen screen closes the menu, as does Escape (focus back on its button).
    let location = leptos_router::hooks::use_location();
    watch(move || {
        location.pathname.track();
        menu_open.set(false);
    });
    let close_menu_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(toggle) = menu_toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };
    let main = NodeRef::<leptos::html::Main>::new();
    follow_screen(main, Signal::derive(account));
    // A `#main` link alone would resolve against the page's `<base>` (the app root) and navigate to the
    // home screen, dropping whatever was typed: move focus to the content instead.
    let skip_to_content = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get_untracked() {
            let _ = main.focus();
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            main.scroll_into_view_with_scroll_into_view_options(&options);
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_content>{t("skip-to-content")}</a>
        <div class="shell" class:shell--inspecting=move || inspector.0.get()>
            <header class="banner" class:banner--open=move || menu_open.get()>
                <A href=Screen::Home.href() attr:class="banner__brand">
                    {move || branding.logo.get().map(|url| view! { <img class="banner__logo" src=url alt="" /> })}
                    {move || branding.name.get()}
                </A>
                <EnvironmentBadge environment=environment />
                // On a phone the rest of the header and the sections fold into this menu.
                <button
                    type="button"
                    class="banner__menu-toggle"
                    aria-expanded=move || menu_open.get().to_string()
                    aria-controls="banner-menu"
                    node_ref=menu_toggle
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    {t("menu")}
                </button>
                <div id="banner-menu" class="banner__menu" on:keydown=close_menu_on_escape>
                <p class="banner__who">
                    <span class="banner__user">{who}</span>
                    <span class="banner__account" title=t("header-account")>{account}</span>
                </p>
                <A href=Screen::WhichApp.href() attr:class="banner__help">{t("nav-which-app")}</A>
                {move || inspector_shown().then(|| view! {
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
                </div>
            </header>
            <nav class="sections" class:sections--open=move || menu_open.get() aria-label=t("nav-label")>
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
                    <Show when=move || can(Section::Branding)>
                        <li><A href=Screen::Branding.href()>{t("nav-branding")}</A></li>
                    </Show>
                    <Show when=move || can(Section::MySettings)>
                        <li><A href=Screen::MySettings.href()>{t("nav-my-settings")}</A></li>
                    </Show>
                    <Show when=move || can(Section::ApiConsole)>
                        <li><A href=Screen::ApiConsole.href()>{t("nav-api-console")}</A></li>
                        <li><A href=Screen::Doctor.href()>{t("nav-doctor")}</A></li>
                    </Show>
                </ul>
            </nav>
            <main id="main" class="page" tabindex="-1" node_ref=main>
                <crate::routes::accounts::ActingBanner />
                <FlashNotice />
                {children()}
            </main>
            {move || inspector_shown().then(|| view! { <InspectorPanel /> })}
        </div>
        <ReauthDialog />
        <ConflictDialog />
        <LeaveGuard />
    }
}
