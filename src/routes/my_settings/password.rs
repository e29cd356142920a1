//! My settings › password: the current password is checked first — a sign-in with it
//! (`PUT /v2/user_auth`), whose fresh token the session then uses, as changing one's own
//! credentials needs a recent password sign-in — then the new one is written with the
//! username, as Crossbar needs both to hash the new credentials.

use leptos::prelude::*;
use patchbay_crossbar::CrossbarError;
use serde_json::json;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::{SaveState, TextField};
use crate::hooks::watch;
use crate::i18n::t;
use crate::session::sign_in_again;

/// Why a new password cannot be saved yet, by field.
pub fn password_problems(current: &str, new: &str, again: &str) -> Vec<(&'static str, String)> {
    let mut out = vec![];
    if current.is_empty() {
        out.push(("current", t("password-current-required")));
    }
    if new.chars().count() < 6 {
        out.push(("new", t("user-password-short")));
    } else if new == current {
        out.push(("new", t("password-same")));
    }
    if again != new {
        out.push(("again", t("password-mismatch")));
    }
    out
}

#[derive(Clone)]
struct Change {
    current: String,
    new: String,
}

#[component]
pub fn PasswordSection(path: String, username: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let (current, new, again) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let state = SaveState::plain();
    let write = use_save(
        |_: &Change| t("action-change-password"),
        move |call, c: Change| {
            let (path, username) = (path.clone(), username.clone());
            async move {
                let Some(session) = client.session.get_untracked() else { return Ok(false) };
                // A sign-in with the current password proves it, and its token is fresh.
                match sign_in_again(&call, &session, &c.current).await {
                    Err(CrossbarError::Unauthorized(_)) => return Ok(false),
                    Err(e) => return Err(e),
                    Ok(fresh) => client.session.set(fresh),
                }
                call.patch(&path, json!({"username": username, "password": c.new})).await?;
                Ok(true)
            }
        },
    );
    watch(move || match write.value().get() {
        Some(Ok(true)) => {
            for s in [current, new, again] {
                s.set(String::new());
            }
            state.saved(t("password-changed"));
        }
        Some(Ok(false)) => state.failed(t("password-current-wrong"), vec![("current", t("password-current-wrong"))]),
        Some(Err(e)) => state.failed(error_text(&e), vec![]),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, a) = (current.get_untracked(), new.get_untracked(), again.get_untracked());
        if state.pass(password_problems(&c, &n, &a), true) {
            write.dispatch(Change { current: c, new: n });
        }
    };
    let busy = write.pending();
    view! {
        <form class="form settings-section" aria-labelledby="password-title" on:submit=submit novalidate=true>
            <h3 id="password-title">{t("password-title")}</h3>
            <TextField label=t("password-current") value=current input_type="password" autocomplete="current-password" error=state.error_for("current") />
            <TextField label=t("password-new") value=new input_type="password" autocomplete="new-password" hint=t("password-new-hint") error=state.error_for("new") />
            <TextField label=t("password-again") value=again input_type="password" autocomplete="new-password" error=state.error_for("again") />
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <div class="form-actions">
                <button type="submit" disabled=move || busy.get()>{t("password-save")}</button>
                <span role="status">{move || state.status.get()}</span>
            </div>
        </form>
    }
}
