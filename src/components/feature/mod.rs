//! One feature of a person (call forward, voicemail, devices…) as a row that states how
//! it is set now, with its settings folded away until asked for: Smart PBX lists each
//! feature with its state (monster-ui-voip `submodules/users/users.js`
//! `usersGetFeaturesTemplate`) and edits it in a dialog of its own (`usersRenderCallForward`
//! and its siblings); here the row opens in place, which also fits a 390 px screen.
//!
//! The heading holds a button (the WAI-ARIA accordion pattern): "Call forward", expanded
//! or not, described by the state beside it ("All calls to +1 415 555 0199"). A folded
//! panel stays on the page, only hidden, so whatever was typed in it is still there when
//! it is opened again.

use leptos::prelude::*;

use crate::components::form::unique_id;
use crate::i18n::t;

#[component]
pub fn Feature(
    /// The heading's id is `{id}-title`, for the panel's form to be labelled by.
    id: &'static str,
    title_key: &'static str,
    /// How the feature is set now, in a few words.
    #[prop(into)]
    summary: Signal<String>,
    /// Open or folded; the caller keeps it when it needs to know.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// Something typed in the panel is not saved yet (said beside the state).
    #[prop(optional, into)]
    unsaved: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let (panel, state) = (unique_id("feature-panel"), unique_id("feature-state"));
    let unsaved = unsaved.unwrap_or_else(|| Signal::derive(|| false));
    view! {
        <div class="feature">
            <h3 id=format!("{id}-title") class="feature__title">
                <button
                    type="button"
                    class="feature__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel.clone()
                    aria-describedby=state.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {t(title_key)}
                </button>
            </h3>
            <p id=state class="feature__state">
                {move || summary.get()}
                {move || unsaved.get().then(|| view! { " " <strong class="feature__unsaved">{t("feature-unsaved")}</strong> })}
            </p>
            <div id=panel class="feature__panel" hidden=move || !open.get()>
                {children()}
            </div>
        </div>
    }
}

/// A feature that has nothing to fold away: its state, and what can be done about it
/// (a link, a single button), always in sight.
#[component]
pub fn FeatureFact(
    id: &'static str,
    title_key: &'static str,
    #[prop(into)] summary: Signal<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="feature">
            <h3 id=format!("{id}-title") class="feature__title">{t(title_key)}</h3>
            <p class="feature__state">{move || summary.get()}</p>
            {children.map(|c| view! { <div class="feature__fact">{c()}</div> })}
        </div>
    }
}

/// A list of things for a feature's state: "Desk phone, Softphone", or `none_key`'s text.
pub fn listed(items: &[String], none_key: &str) -> String {
    if items.is_empty() {
        t(none_key)
    } else {
        items.join(", ")
    }
}
