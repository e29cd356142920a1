//! Each section's screens are compiled into a wasm file of their own, fetched the first time
//! someone opens that section, so the sign-in page waits only for the shell (see README,
//! "Bundle budget"). The split is made after the build by `cargo xtask` (`xtask/src/split.rs`)
//! at the functions marked `#[wasm_split(…)]` here; every function with the same first name
//! lands in the same file. Outside wasm the functions are plain calls.
//!
//! A marked function crosses the split as a C call, so it takes a plain `#[repr(u8)]` enum
//! saying which screen to build and returns the built view.

use leptos::prelude::*;
use patchbay_crossbar::gating::Section;
use patchbay_monster::callflow::entity;
use send_wrapper::SendWrapper;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::components::error_notice::AlertNotice;
use crate::routes::accounts::{AccountScreen, AccountsScreen, NewAccountScreen};
use crate::routes::api_console::ApiConsolePage;
use crate::routes::branding::BrandingScreen;
use crate::routes::callflows::{
    AccountSettingsScreen, CallflowFeatureCodesScreen, CallflowsScreen, EditCallflowScreen, EntityScreen, MediaScreen,
    NewCallflowScreen, TimeOfDayScreen,
};
use crate::routes::doctor::DoctorPage;
use crate::routes::gate::Gate;
use crate::routes::my_settings::MySettingsPage;
use crate::routes::smartpbx::{
    call_logs::CallLogsScreen,
    devices::{CreateDeviceScreen, DevicesScreen, EditDeviceScreen},
    feature_codes::FeatureCodesScreen,
    groups::{CreateGroupScreen, EditGroupScreen, GroupsScreen},
    main_number::MainNumberScreen,
    numbers::{buy::BuyNumbersScreen, features::NumberFeaturesScreen, port::PortNumbersScreen, NumbersScreen},
    users::{CreateUserScreen, EditUserScreen, UsersScreen},
    vmboxes::{CreateVmboxScreen, EditVmboxScreen, VoicemailBoxesScreen},
    ComingNextScreen, DashboardScreen,
};

/// A section's file could not be fetched (the network, or a deploy that replaced it).
#[derive(Clone, Debug)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

pub type Built = Result<AnyView, ChunkMissing>;

/// Smart PBX is two files: the Dashboard, where every admin lands after signing in, and the
/// rest. Cut by screen family it came to 14 files sharing some 300 small chunks (one per set
/// of families using a piece of code): more requests than bytes saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum SmartPbx {
    Users,
    NewUser,
    User,
    FeatureCodes,
    Devices,
    NewDevice,
    Device,
    CallLogs,
    Numbers,
    BuyNumbers,
    PortNumbers,
    Number,
    MainNumber,
    Groups,
    NewGroup,
    Group,
    Vmboxes,
    NewVmbox,
    Vmbox,
}

#[wasm_split(smartpbx, fallible)]
pub fn smartpbx(screen: SmartPbx) -> Built {
    Ok(match screen {
        SmartPbx::Users => view! { <UsersScreen /> }.into_any(),
        SmartPbx::NewUser => view! { <CreateUserScreen /> }.into_any(),
        SmartPbx::User => view! { <EditUserScreen /> }.into_any(),
        SmartPbx::FeatureCodes => view! { <FeatureCodesScreen /> }.into_any(),
        SmartPbx::Devices => view! { <DevicesScreen /> }.into_any(),
        SmartPbx::NewDevice => view! { <CreateDeviceScreen /> }.into_any(),
        SmartPbx::Device => view! { <EditDeviceScreen /> }.into_any(),
        SmartPbx::CallLogs => view! { <CallLogsScreen /> }.into_any(),
        SmartPbx::Numbers => view! { <NumbersScreen /> }.into_any(),
        SmartPbx::BuyNumbers => view! { <BuyNumbersScreen /> }.into_any(),
        SmartPbx::PortNumbers => view! { <PortNumbersScreen /> }.into_any(),
        SmartPbx::Number => view! { <NumberFeaturesScreen /> }.into_any(),
        SmartPbx::MainNumber => view! { <MainNumberScreen /> }.into_any(),
        SmartPbx::Groups => view! { <GroupsScreen /> }.into_any(),
        SmartPbx::NewGroup => view! { <CreateGroupScreen /> }.into_any(),
        SmartPbx::Group => view! { <EditGroupScreen /> }.into_any(),
        SmartPbx::Vmboxes => view! { <VoicemailBoxesScreen /> }.into_any(),
        SmartPbx::NewVmbox => view! { <CreateVmboxScreen /> }.into_any(),
        SmartPbx::Vmbox => view! { <EditVmboxScreen /> }.into_any(),
    })
}

/// The screens in the Dashboard's file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Landing {
    Dashboard,
    ComingNext,
}

#[wasm_split(smartpbx_dashboard, fallible)]
pub fn dashboard(screen: Landing) -> Built {
    Ok(match screen {
        Landing::Dashboard => view! { <DashboardScreen /> }.into_any(),
        Landing::ComingNext => view! { <ComingNextScreen /> }.into_any(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Callflows {
    List,
    New,
    Menus,
    Conferences,
    Directories,
    Blocklists,
    Faxboxes,
    FeatureCodes,
    AccountSettings,
    Media,
    TimeOfDay,
    Edit,
}

#[wasm_split(callflows, fallible)]
pub fn callflows(screen: Callflows) -> Built {
    Ok(match screen {
        Callflows::List => view! { <CallflowsScreen /> }.into_any(),
        Callflows::New => view! { <NewCallflowScreen /> }.into_any(),
        Callflows::Menus => view! { <EntityScreen entity=&entity::MENU /> }.into_any(),
        Callflows::Conferences => view! { <EntityScreen entity=&entity::CONFERENCE /> }.into_any(),
        Callflows::Directories => view! { <EntityScreen entity=&entity::DIRECTORY /> }.into_any(),
        Callflows::Blocklists => view! { <EntityScreen entity=&entity::BLOCKLIST /> }.into_any(),
        Callflows::Faxboxes => view! { <EntityScreen entity=&entity::FAXBOX /> }.into_any(),
        Callflows::FeatureCodes => view! { <CallflowFeatureCodesScreen /> }.into_any(),
        Callflows::AccountSettings => view! { <AccountSettingsScreen /> }.into_any(),
        Callflows::Media => view! { <MediaScreen /> }.into_any(),
        Callflows::TimeOfDay => view! { <TimeOfDayScreen /> }.into_any(),
        Callflows::Edit => view! { <EditCallflowScreen /> }.into_any(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Accounts {
    List,
    New,
    Account,
    Branding,
}

#[wasm_split(accounts, fallible)]
pub fn accounts(screen: Accounts) -> Built {
    Ok(match screen {
        Accounts::List => view! { <AccountsScreen /> }.into_any(),
        Accounts::New => view! { <NewAccountScreen /> }.into_any(),
        Accounts::Account => view! { <AccountScreen /> }.into_any(),
        Accounts::Branding => view! { <BrandingScreen /> }.into_any(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Api {
    Console,
    Doctor,
}

#[wasm_split(api, fallible)]
pub fn api(screen: Api) -> Built {
    Ok(match screen {
        Api::Console => view! { <ApiConsolePage /> }.into_any(),
        Api::Doctor => view! { <DoctorPage /> }.into_any(),
    })
}

/// My settings has one screen; the enum keeps every split function the same shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Personal {
    MySettings,
}

#[wasm_split(personal, fallible)]
pub fn personal(screen: Personal) -> Built {
    Ok(match screen {
        Personal::MySettings => view! { <MySettingsPage /> }.into_any(),
    })
}

/// A screen in a section's file: its split function called with the screen.
pub type Build = fn() -> futures::future::LocalBoxFuture<'static, Built>;

/// A route's view for a screen in a section's file. Every route takes the same closure type
/// (see `app.rs` `page`). Once the file is in, the split function answers at its first
/// poll, so `Suspend` shows the screen at once; the first time, "Loading…" stands in while
/// the file downloads, and a failed download says so with "Try again".
pub fn chunked(build: Build) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || view! { <Chunked screen=build /> }.into_any()
}

/// A gated screen in a section's file: the gate is in the shell, so a person without the
/// section is told so without downloading it.
pub fn gated(section: Section, build: Build) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || view! { <Gate section=section><Chunked screen=build /></Gate> }.into_any()
}

#[component]
pub fn Chunked(screen: Build) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let fallback = || view! { <p class="chunk-loading" role="status">{crate::i18n::t("loading")}</p> };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match screen().await {
                        Ok(view) => view,
                        Err(ChunkMissing) => {
                            let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
                            view! { <AlertNotice text=crate::i18n::t("screen-unavailable") on_retry=Some(retry) /> }
                                .into_any()
                        }
                    }
                }))
            }}
        </Suspense>
    }
}
