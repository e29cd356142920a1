//! `/`: send the person to the first section their role opens.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::routes::gate::NotAllowed;
use crate::routes::table::{Screen, Spbx};

/// The screen a section opens on.
pub fn section_screen(section: Section) -> Screen {
    match section {
        Section::SmartPbx => Screen::SmartPbx(Spbx::Dashboard),
        Section::Callflows => Screen::Callflows,
        Section::Accounts => Screen::Accounts,
        Section::MySettings => Screen::MySettings,
        Section::ApiConsole => Screen::ApiConsole,
        Section::Branding => Screen::Branding,
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let landing = client.session.with(|d| d.and_then(|d| d.viewer().landing()));
    match landing {
        Some(section) => view! { <Redirect path=section_screen(section).href() /> }.into_any(),
        None => view! { <NotAllowed /> }.into_any(),
    }
}
