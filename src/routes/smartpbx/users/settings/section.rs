//! One settings section: its own form, heading, Save button, status and errors, and the
//! "made outside Smart PBX" confirmation before the first write.

use leptos::prelude::*;

use crate::components::form::MadeOutsideConfirm;
use crate::i18n::t;

/// What a section shows while and after saving.
#[derive(Clone, Copy)]
pub struct SectionState {
    pub busy: RwSignal<bool>,
    pub status: RwSignal<Option<String>>,
    pub error: RwSignal<Option<String>>,
}

impl SectionState {
    pub fn new() -> Self {
        SectionState { busy: RwSignal::new(false), status: RwSignal::new(None), error: RwSignal::new(None) }
    }

    pub fn start(&self) {
        self.busy.set(true);
        self.status.set(None);
        self.error.set(None);
    }

    pub fn done(&self, result: Result<(), String>) {
        self.busy.set(false);
        match result {
            Ok(()) => self.status.set(Some(t("saved"))),
            Err(e) => self.error.set(Some(e)),
        }
    }
}

#[component]
pub fn SettingsSection(
    id: &'static str,
    title_key: &'static str,
    save_key: &'static str,
    outside: bool,
    state: SectionState,
    on_save: Callback<()>,
    children: Children,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let confirmed = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if outside && !confirmed.get_untracked() {
            confirming.set(true);
            return;
        }
        on_save.run(());
    };
    let heading = format!("{id}-title");
    view! {
        <form class="form settings-section" aria-labelledby=heading.clone() on:submit=submit novalidate=true>
            <h3 id=heading.clone()>{t(title_key)}</h3>
            {children()}
            <div class="form-error" role="alert">{move || state.error.get()}</div>
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
                <button type="submit" disabled=move || state.busy.get()>{t(save_key)}</button>
                <span role="status">{move || state.status.get()}</span>
            </div>
        </form>
    }
}
