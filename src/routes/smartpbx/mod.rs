//! Smart PBX: everyday PBX administration, writing exactly what Monster's Smart PBX
//! writes (through `patchbay_monster`). One folder per screen.

pub mod call_logs;
pub mod dashboard;
pub mod devices;
pub mod feature_codes;
pub mod groups;
pub mod json;
pub mod main_number;
pub mod numbers;
pub mod users;
pub mod vmboxes;

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_params_map;
use patchbay_monster::UiMetadata;

use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::table::{Screen, Spbx, SMARTPBX_MENU};

pub use dashboard::DashboardScreen;

/// The stamp Smart PBX puts on its writes, with the configured UI version. Read it
/// while rendering: context is not reachable from inside spawned requests.
pub fn smartpbx_stamp() -> UiMetadata {
    let version = use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version);
    UiMetadata::smartpbx(version.as_deref())
}

/// A document stamped as Smart PBX does before any write.
pub use patchbay_smartpbx::stamped;

#[component]
pub fn SmartPbxLayout() -> impl IntoView {
    let config = expect_context::<RuntimeConfig>();
    view! {
        <section aria-labelledby="smartpbx-title" class="smartpbx">
            <SectionIntro
                id="smartpbx-title"
                title_key="smartpbx-title"
                intro_key="smartpbx-intro"
                guide=config.docs.smartpbx_guide.clone()
                resources=vec![]
            />
            <nav class="subnav" aria-label=t("smartpbx-nav-label")>
                <ul role="list">
                    {SMARTPBX_MENU
                        .iter()
                        .map(|(screen, key)| {
                            let exact = *screen == Spbx::Dashboard;
                            view! { <li><A href=Screen::SmartPbx(screen.clone()).href() exact=exact>{t(key)}</A></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <Outlet />
        </section>
    }
}

/// Screens not built yet say so honestly, with their docs.
#[component]
pub fn ComingNextScreen() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let screen = params.with(|p| p.get("screen").unwrap_or_default());
        SMARTPBX_MENU
            .iter()
            .find(|(s, _)| Screen::SmartPbx(s.clone()).href().rsplit('/').next() == Some(screen.as_str()))
            .map(|(_, k)| *k)
            .unwrap_or("not-found-title")
    };
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{move || t(key())}</h2>
            <p>{t("coming-next")}</p>
        </section>
    }
}
