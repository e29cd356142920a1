//! "Choose a new password", before anything else, when the user's
//! `require_password_update` is set — after signing in with a password-recovery link,
//! or when an administrator asked for it. Saved as Monster saves it (monster-ui
//! `src/apps/auth/app.js`, "update-password": `PATCH` of the user with `password` and
//! `require_password_update: false`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::json;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::{SaveState, TextField};
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

/// Why the new password cannot be saved, by field.
pub fn new_password_problems(new: &str, again: &str) -> Vec<(&'static str, String)> {
    let mut out = vec![];
    if new.chars().count() < 6 {
        out.push(("new", t("user-password-short")));
    }
    if again != new {
        out.push(("again", t("password-mismatch")));
    }
    out
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let session = client.session.get_untracked();
    let name = session.as_ref().and_then(|s| s.username.clone()).unwrap_or_default();
    let path = session
        .as_ref()
        .map(|s| format!("accounts/{}/users/{}", seg(&s.account_id), seg(s.owner_id.as_deref().unwrap_or_default())))
        .unwrap_or_default();
    let (new, again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let state = SaveState::plain();
    let write = use_save(
        |_: &String| t("action-choose-new-password"),
        move |call, password: String| {
            let path = path.clone();
            async move { call.patch(&path, json!({"password": password, "require_password_update": false})).await }
        },
    );
    watch(move || match write.value().get() {
        Some(Ok(_)) => {
            new.set(String::new());
            again.set(String::new());
            client.session.update(|s| s.must_change_password = false);
        }
        // A credential change needs a recent sign-in: too long on this page.
        Some(Err(CrossbarError::Forbidden { .. })) => state.failed(t("new-password-too-late"), vec![]),
        Some(Err(e)) => state.failed(error_text(&e), vec![]),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, a) = (new.get_untracked(), again.get_untracked());
        if state.pass(new_password_problems(&n, &a), true) {
            write.dispatch(n);
        }
    };
    view! {
        <main class="sign-in" id="main">
            <form class="sign-in__card" on:submit=submit novalidate=true aria-labelledby="new-password-title">
                <h1 id="new-password-title">{t("new-password-title")}</h1>
                <p>{t_with("new-password-intro", &[("username", arg(name))])}</p>
                <TextField label=t("password-new") value=new input_type="password" autocomplete="new-password" hint=t("password-new-hint") error=state.error_for("new") />
                <TextField label=t("password-again") value=again input_type="password" autocomplete="new-password" error=state.error_for("again") />
                <div class="sign-in__error" role="alert">{move || state.form_error.get()}</div>
                <button type="submit" class="primary" disabled=move || write.pending().get()>{t("new-password-save")}</button>
                <button type="button" class="link" on:click=move |_| client.session.clear()>{t("new-password-sign-out")}</button>
            </form>
        </main>
    }
}
