//! Start-up: load the runtime config, restore the session, then route.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::branding::{load_branding, Branding};
use crate::config::RuntimeConfig;
use crate::i18n::{self, t, t_with};
use crate::routes::smartpbx::{
    call_logs::CallLogsScreen,
    devices::{CreateDeviceScreen, DevicesScreen, EditDeviceScreen},
    feature_codes::FeatureCodesScreen,
    groups::{CreateGroupScreen, EditGroupScreen, GroupsScreen},
    main_number::MainNumberScreen,
    numbers::{buy::BuyNumbersScreen, features::NumberFeaturesScreen, port::PortNumbersScreen, NumbersScreen},
    users::{CreateUserScreen, EditUserScreen, UsersScreen},
    vmboxes::{CreateVmboxScreen, EditVmboxScreen, VoicemailBoxesScreen},
    ComingNextScreen, DashboardScreen, SmartPbxLayout,
};
use crate::routes::table::segment::*;
use crate::routes::{
    accounts::{AccountScreen, AccountsScreen, NewAccountScreen},
    api_console::ApiConsolePage,
    branding::BrandingScreen,
    callflows::{
        AccountSettingsScreen, CallflowFeatureCodesScreen, CallflowsScreen, EditCallflowScreen, EntityScreen,
        MediaScreen, NewCallflowScreen, TimeOfDayScreen,
    },
    doctor::DoctorPage,
    gate::Gate,
    home::Home,
    my_settings::MySettingsPage,
    new_password::NewPasswordPage,
    not_found::NotFound,
    shell::Shell,
    sign_in::SignInPage,
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
                            <Route path=StaticSegment("") view=page(|| view! { <DashboardScreen /> }.into_any()) />
                            <Route path=StaticSegment(USERS) view=page(|| view! { <UsersScreen /> }.into_any()) />
                            <Route path=(StaticSegment(USERS), StaticSegment(NEW)) view=page(|| view! { <CreateUserScreen /> }.into_any()) />
                            <Route path=(StaticSegment(USERS), ParamSegment("id")) view=page(|| view! { <EditUserScreen /> }.into_any()) />
                            <Route path=StaticSegment(FEATURE_CODES) view=page(|| view! { <FeatureCodesScreen /> }.into_any()) />
                            <Route path=StaticSegment(DEVICES) view=page(|| view! { <DevicesScreen /> }.into_any()) />
                            <Route path=(StaticSegment(DEVICES), StaticSegment(NEW)) view=page(|| view! { <CreateDeviceScreen /> }.into_any()) />
                            <Route path=(StaticSegment(DEVICES), ParamSegment("id")) view=page(|| view! { <EditDeviceScreen /> }.into_any()) />
                            <Route path=StaticSegment(CALL_LOGS) view=page(|| view! { <CallLogsScreen /> }.into_any()) />
                            <Route path=StaticSegment(NUMBERS) view=page(|| view! { <NumbersScreen /> }.into_any()) />
                            <Route path=(StaticSegment(NUMBERS), StaticSegment(BUY)) view=page(|| view! { <BuyNumbersScreen /> }.into_any()) />
                            <Route path=(StaticSegment(NUMBERS), StaticSegment(PORT)) view=page(|| view! { <PortNumbersScreen /> }.into_any()) />
                            <Route path=(StaticSegment(NUMBERS), ParamSegment("number")) view=page(|| view! { <NumberFeaturesScreen /> }.into_any()) />
                            <Route path=StaticSegment(MAIN_NUMBER) view=page(|| view! { <MainNumberScreen /> }.into_any()) />
                            <Route path=StaticSegment(GROUPS) view=page(|| view! { <GroupsScreen /> }.into_any()) />
                            <Route path=(StaticSegment(GROUPS), StaticSegment(NEW)) view=page(|| view! { <CreateGroupScreen /> }.into_any()) />
                            <Route path=(StaticSegment(GROUPS), ParamSegment("id")) view=page(|| view! { <EditGroupScreen /> }.into_any()) />
                            <Route path=StaticSegment(VMBOXES) view=page(|| view! { <VoicemailBoxesScreen /> }.into_any()) />
                            <Route path=(StaticSegment(VMBOXES), StaticSegment(NEW)) view=page(|| view! { <CreateVmboxScreen /> }.into_any()) />
                            <Route path=(StaticSegment(VMBOXES), ParamSegment("id")) view=page(|| view! { <EditVmboxScreen /> }.into_any()) />
                            <Route path=ParamSegment("screen") view=page(|| view! { <ComingNextScreen /> }.into_any()) />
                        </ParentRoute>
                        <Route path=StaticSegment(CALLFLOWS) view=page(|| view! { <Gate section=Section::Callflows><CallflowsScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(NEW)) view=page(|| view! { <Gate section=Section::Callflows><NewCallflowScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::MENU.key)) view=page(|| view! { <Gate section=Section::Callflows><EntityScreen entity=&entity::MENU /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::CONFERENCE.key)) view=page(|| view! { <Gate section=Section::Callflows><EntityScreen entity=&entity::CONFERENCE /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::DIRECTORY.key)) view=page(|| view! { <Gate section=Section::Callflows><EntityScreen entity=&entity::DIRECTORY /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::BLOCKLIST.key)) view=page(|| view! { <Gate section=Section::Callflows><EntityScreen entity=&entity::BLOCKLIST /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(entity::FAXBOX.key)) view=page(|| view! { <Gate section=Section::Callflows><EntityScreen entity=&entity::FAXBOX /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(CALLFLOW_FEATURE_CODES)) view=page(|| view! { <Gate section=Section::Callflows><CallflowFeatureCodesScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(ACCOUNT_SETTINGS)) view=page(|| view! { <Gate section=Section::Callflows><AccountSettingsScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(MEDIA)) view=page(|| view! { <Gate section=Section::Callflows><MediaScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), StaticSegment(TIME_OF_DAY)) view=page(|| view! { <Gate section=Section::Callflows><TimeOfDayScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(CALLFLOWS), ParamSegment("id")) view=page(|| view! { <Gate section=Section::Callflows><EditCallflowScreen /></Gate> }.into_any()) />
                        <Route path=StaticSegment(ACCOUNTS) view=page(|| view! { <Gate section=Section::Accounts><AccountsScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(ACCOUNTS), StaticSegment(NEW)) view=page(|| view! { <Gate section=Section::Accounts><NewAccountScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(ACCOUNTS), ParamSegment("id")) view=page(|| view! { <Gate section=Section::Accounts><AccountScreen /></Gate> }.into_any()) />
                        <Route path=(StaticSegment(ACCOUNTS), ParamSegment("id"), StaticSegment(NEW)) view=page(|| view! { <Gate section=Section::Accounts><NewAccountScreen /></Gate> }.into_any()) />
                        <Route path=StaticSegment(BRANDING) view=page(|| view! { <Gate section=Section::Branding><BrandingScreen /></Gate> }.into_any()) />
                        <Route path=StaticSegment(MY_SETTINGS) view=page(|| view! { <Gate section=Section::MySettings><MySettingsPage /></Gate> }.into_any()) />
                        <Route path=StaticSegment(WHICH_APP) view=page(|| view! { <WhichAppPage /> }.into_any()) />
                        <Route path=StaticSegment(DOCTOR) view=page(|| view! { <Gate section=Section::ApiConsole><DoctorPage /></Gate> }.into_any()) />
                        <Route path=StaticSegment(API_CONSOLE) view=page(|| view! { <Gate section=Section::ApiConsole><ApiConsolePage /></Gate> }.into_any()) />
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
