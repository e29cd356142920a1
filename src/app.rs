//! Start-up: load the runtime config, restore the session, then route.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::branding::{load_branding, Branding};
use crate::config::RuntimeConfig;
use crate::i18n::{self, t, t_with};
use crate::routes::chunks::{accounts, api, callflows, chunked, dashboard, gated, personal, smartpbx};
use crate::routes::chunks::{Accounts, Api, Callflows, Landing, Personal, SmartPbx};
use crate::routes::smartpbx::SmartPbxLayout;
use crate::routes::table::segment::*;
use crate::routes::{
    gate::Gate, home::Home, new_password::NewPasswordPage, not_found::NotFound, shell::Shell, sign_in::SignInPage,
    which_app::WhichAppPage,
};
use crate::session::{keep_session_alive, Session};
use patchbay_monster::callflow::entity;

async fn load_config() -> Result<RuntimeConfig, String> {
    let response = gloo_net::http::Request::get("config.json").send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let config = response.json::<RuntimeConfig>().await.map_err(|e| e.to_string())?;
    // The first screen speaks the person's language from its first word: the signed-in
    // person's, else the browser's, fetched here if it is not built in.
    i18n::load_language(&Session::stored_language().unwrap_or_else(i18n::browser_language)).await;
    Ok(config)
}

#[component]
pub fn App() -> impl IntoView {
    let config = LocalResource::new(load_config);
    view! {
        <Suspense fallback=|| view! { <p class="app-loading" role="status">{t("app-loading")}</p> }>
            {move || {
                config
                    .get()
                    .map(|result| match result {
                        Ok(config) => view! { <Loaded config=config /> }.into_any(),
                        Err(detail) => {
                            view! {
                                <p class="app-error" role="alert">
                                    {t_with("app-config-error", &[("detail", i18n::arg(detail))])}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

#[component]
fn Loaded(config: RuntimeConfig) -> impl IntoView {
    let origin = window().location().origin().unwrap_or_default();
    let session = Session::restore();
    let client = Crossbar::new(config.crossbar_root(&origin), session);
    // The signed-in person's language, else the browser's (the sign-in page).
    let lang = session.get_untracked().map(|s| s.language).unwrap_or_else(i18n::browser_language);
    i18n::set_language(&lang);
    let branding = Branding::new(&config.brand_name);
    provide_context(config);
    provide_context(client);
    provide_context(branding);
    keep_session_alive(client);
    load_branding(client, branding);

    view! {
        <Router>
            <Show when=move || session.is_signed_in() fallback=|| view! { <SignInPage /> }>
                <Show when=move || !session.with(|s| s.is_some_and(|s| s.must_change_password)) fallback=|| view! { <NewPasswordPage /> }>
                <Shell>
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=StaticSegment("") view=page(|| view! { <Home /> }.into_any()) />
                        <ParentRoute path=StaticSegment(SMARTPBX) view=|| view! { <Gate section=Section::SmartPbx><SmartPbxLayout /></Gate> }>
                            <Route path=StaticSegment("") view=chunked(|| Box::pin(dashboard(Landing::Dashboard))) />
                            <Route path=StaticSegment(USERS) view=chunked(|| Box::pin(smartpbx(SmartPbx::Users))) />
                            <Route path=(StaticSegment(USERS), StaticSegment(NEW)) view=chunked(|| Box::pin(smartpbx(SmartPbx::NewUser))) />
                            <Route path=(StaticSegment(USERS), ParamSegment("id")) view=chunked(|| Box::pin(smartpbx(SmartPbx::User))) />
                            <Route path=StaticSegment(FEATURE_CODES) view=chunked(|| Box::pin(smartpbx(SmartPbx::FeatureCodes))) />
                            <Route path=StaticSegment(DEVICES) view=chunked(|| Box::pin(smartpbx(SmartPbx::Devices))) />
                            <Route path=(StaticSegment(DEVICES), StaticSegment(NEW)) view=chunked(|| Box::pin(smartpbx(SmartPbx::NewDevice))) />
                            <Route path=(StaticSegment(DEVICES), ParamSegment("id")) view=chunked(|| Box::pin(smartpbx(SmartPbx::Device))) />
                            <Route path=StaticSegment(CALL_LOGS) view=chunked(|| Box::pin(smartpbx(SmartPbx::CallLogs))) />
                            <Route path=StaticSegment(NUMBERS) view=chunked(|| Box::pin(smartpbx(SmartPbx::Numbers))) />
                            <Route path=(StaticSegment(NUMBERS), StaticSegment(BUY)) view=chunked(|| Box::pin(smartpbx(SmartPbx::BuyNumbers))) />
                            <Route path=(StaticSegment(NUMBERS), StaticSegment(PORT)) view=chunked(|| Box::pin(smartpbx(SmartPbx::PortNumbers))) />
                            <Route path=(StaticSegment(NUMBERS), ParamSegment("number")) view=chunked(|| Box::pin(smartpbx(SmartPbx::Number))) />
                            <Route path=StaticSegment(MAIN_NUMBER) view=chunked(|| Box::pin(smartpbx(SmartPbx::MainNumber))) />
                            <Route path=StaticSegment(GROUPS) view=chunked(|| Box::pin(smartpbx(SmartPbx::Groups))) />
                            <Route path=(StaticSegment(GROUPS), StaticSegment(NEW)) view=chunked(|| Box::pin(smartpbx(SmartPbx::NewGroup))) />
                            <Route path=(StaticSegment(GROUPS), ParamSegment("id")) view=chunked(|| Box::pin(smartpbx(SmartPbx::Group))) />
                            <Route path=StaticSegment(VMBOXES) view=chunked(|| Box::pin(smartpbx(SmartPbx::Vmboxes))) />
                            <Route path=(StaticSegment(VMBOXES), StaticSegment(NEW)) view=chunked(|| Box::pin(smartpbx(SmartPbx::NewVmbox))) />
                            <Route path=(StaticSegment(VMBOXES), ParamSegment("id")) view=chunked(|| Box::pin(smartpbx(SmartPbx::Vmbox))) />
                            <Route path=ParamSegment("screen") view=chunked(|| Box::pin(dashboard(Landing::ComingNext))) />
                        </ParentRoute>
                        <Route path=StaticSegment(CALLFLOWS) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::List))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(NEW)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::New))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::MENU.key)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Menus))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::CONFERENCE.key)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Conferences))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::DIRECTORY.key)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Directories))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::BLOCKLIST.key)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Blocklists))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::FAXBOX.key)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Faxboxes))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(CALLFLOW_FEATURE_CODES)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::FeatureCodes))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(ACCOUNT_SETTINGS)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::AccountSettings))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(MEDIA)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Media))) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(TIME_OF_DAY)) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::TimeOfDay))) />
                        <Route path=(StaticSegment(CALLFLOWS), ParamSegment("id")) view=gated(Section::Callflows, || Box::pin(callflows(Callflows::Edit))) />
                        <Route path=StaticSegment(ACCOUNTS) view=gated(Section::Accounts, || Box::pin(accounts(Accounts::List))) />
                        <Route path=(StaticSegment(ACCOUNTS), StaticSegment(NEW)) view=gated(Section::Accounts, || Box::pin(accounts(Accounts::New))) />
                        <Route path=(StaticSegment(ACCOUNTS), ParamSegment("id")) view=gated(Section::Accounts, || Box::pin(accounts(Accounts::Account))) />
                        <Route path=(StaticSegment(ACCOUNTS), ParamSegment("id"), StaticSegment(NEW)) view=gated(Section::Accounts, || Box::pin(accounts(Accounts::New))) />
                        <Route path=StaticSegment(BRANDING) view=gated(Section::Branding, || Box::pin(accounts(Accounts::Branding))) />
                        <Route path=StaticSegment(MY_SETTINGS) view=gated(Section::MySettings, || Box::pin(personal(Personal::MySettings))) />
                        <Route path=StaticSegment(WHICH_APP) view=page(|| view! { <WhichAppPage /> }.into_any()) />
                        <Route path=StaticSegment(DOCTOR) view=gated(Section::ApiConsole, || Box::pin(api(Api::Doctor))) />
                        <Route path=StaticSegment(API_CONSOLE) view=gated(Section::ApiConsole, || Box::pin(api(Api::Console))) />
                    </Routes>
                </Shell>
                </Show>
            </Show>
        </Router>
    }
}

/// Every route's view is this one closure type around a plain `fn`, so the router's
/// view-choosing code is compiled once rather than once per route (see README, "Bundle
/// budget").
fn page(render: fn() -> AnyView) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || render()
}
