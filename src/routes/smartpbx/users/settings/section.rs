//! One settings section: its own form, heading, Save button, status and errors, and the
//! "made outside Smart PBX" confirmation before the first write; folded under its
//! feature's row when it states a summary.

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_fields;
use crate::hooks::watch;

use std::future::Future;

use super::UserCtx;
use crate::api::{use_save, ActionScope, Save};
use crate::components::feature::Feature;
use crate::components::form::{MadeOutsideConfirm, SaveState};
use crate::i18n::{arg, t, t_with};

/// A section's save: an `Action` (`api::use_save`) named after the section and the
/// user, whose outcome `state` shows ("Saved." or the error).
pub fn use_section_save<I, Fut>(
    ctx: &UserCtx,
    key: &'static str,
    state: SaveState,
    run: impl Fn(ActionScope, I) -> Fut + 'static,
) -> Save<I, Result<(), String>>
where
    I: Clone + 'static,
    Fut: Future<Output = Result<(), String>> + 'static,
{
    let name = ctx.name.clone();
    let save = use_save(move |_: &I| t_with(key, &[("name", arg(name.clone()))]), run);
    watch(move || match save.value().get() {
        Some(Ok(())) => state.saved(t("saved")),
        Some(Err(e)) => state.failed(e, vec![]),
        None => {}
    });
    save
}

/// A feature's settings as one form with one Save button. Given a `summary`, the form is
/// folded under a feature row that states it (`components::feature`); the row says so
/// when the form was folded with changes not saved yet.
#[component]
pub fn SettingsSection(
    id: &'static str,
    title_key: &'static str,
    save_key: &'static str,
    outside: bool,
    state: SaveState,
    /// The section's save is running.
    #[prop(into)]
    busy: Signal<bool>,
    on_save: Callback<()>,
    /// How the feature is set now; without it the form is always in sight.
    #[prop(optional, into)]
    summary: Option<Signal<String>>,
    /// Unfolded or not (folded at first unless given).
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    children: Children,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let confirmed = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.status.set(None);
        state.form_error.set(None);
        if outside && !confirmed.get_untracked() {
            confirming.set(true);
            return;
        }
        on_save.run(());
    };
    let heading = format!("{id}-title");
    // Asked about before leaving the screen while this section has unsaved changes.
    let fields = use_unsaved_fields();
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let unsaved = RwSignal::new(false);
    // Folding the form away with changes keeps them, and the row says they wait.
    watch(move || {
        if !open.get() {
            unsaved.set(fields.is_unsaved());
        }
    });
    // "Saved." (only a successful save says something there; a failed one keeps the
    // changes counted as unsaved).
    watch(move || {
        if state.status.with(Option::is_some) {
            fields.saved();
            unsaved.set(false);
        }
    });
    let form = view! {
        <form class="form settings-section" aria-labelledby=heading.clone() on:submit=submit on:focusin=fields.on_focusin() novalidate=true node_ref=fields.form>
            {summary.is_none().then(|| view! { <h3 id=heading.clone()>{t(title_key)}</h3> })}
            {children()}
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <MadeOutsideConfirm
                open=confirming
                question_key="made-outside-confirm"
                on_confirm=Callback::new(move |_| {
                    // Asked once per section: later saves of this section go straight through.
                    confirmed.set(true);
                    confirming.set(false);
                    on_save.run(());
                })
                repeated=true
            />
            <div class="form-actions">
                <button type="submit" disabled=move || busy.get()>{t(save_key)}</button>
                <span role="status">{move || state.status.get()}</span>
            </div>
        </form>
    };
    match summary {
        Some(summary) => view! {
            <Feature id=id title_key=title_key summary=summary open=open unsaved=unsaved>{form}</Feature>
        }
        .into_any(),
        None => form.into_any(),
    }
}
