//! `/`: send the person to the first section their role opens.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use patchbay_crossbar::gating::Section;

use crate::api::Crossbar;
use crate::routes::gate::NotAllowed;

pub fn section_path(section: Section) -> &'static str {
    match section {
        Section::SmartPbx => "/smartpbx",
        Section::Callflows => "/callflows",
        Section::Accounts => "/accounts",
        Section::MySettings => "/settings",
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let landing = client.session.with(|d| d.and_then(|d| d.viewer().landing()));
    match landing {
        Some(section) => view! { <Redirect path=section_path(section) /> }.into_any(),
        None => view! { <NotAllowed /> }.into_any(),
    }
}
