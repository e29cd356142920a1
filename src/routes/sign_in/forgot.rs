//! "Forgot your password?": the account name and username, then Crossbar mails that
//! user a link back to this console (`PUT /v2/user_auth/recovery`, as Monster's sign-in
//! page sends it: monster-ui `src/apps/auth/app.js`, "recover-password"). The answer is
//! the same whether or not the user exists, and so is what is said here.

use leptos::prelude::*;
use patchbay_crossbar::credentials::recovery_request_body;
use patchbay_crossbar::CrossbarError;

use crate::api::use_save;
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::hooks::watch;
use crate::i18n::t;

/// Where the mailed link leads: this console, without any query or fragment.
pub fn console_url() -> String {
    let location = window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

fn request_error_text(e: &CrossbarError) -> String {
    match e {
        CrossbarError::Validation { fields, .. } if fields.iter().any(|f| f.path == "ui_url") => {
            t("forgot-url-refused")
        }
        CrossbarError::TooManyRequests => t("sign-in-too-many"),
        other => error_text(other),
    }
}

#[component]
pub fn ForgotPassword(account: RwSignal<String>, on_back: Callback<()>) -> impl IntoView {
    let username = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sent = RwSignal::new(false);
    let send = use_save(
        |_: &(String, String)| t("action-ask-password-reset"),
        move |call, (account, username): (String, String)| async move {
            call.put_anonymous("user_auth/recovery", recovery_request_body(&account, &username, &console_url()))
                .await
                .map(|_| ())
        },
    );
    watch(move || match send.value().get() {
        Some(Ok(())) => sent.set(true),
        Some(Err(e)) => error.set(Some(request_error_text(&e))),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let (a, u) = (account.get_untracked(), username.get_untracked());
        if a.trim().is_empty() || u.trim().is_empty() {
            error.set(Some(t("forgot-required")));
            return;
        }
        send.dispatch((a, u));
    };
    view! {
        <form class="sign-in__card" on:submit=submit novalidate=true aria-labelledby="forgot-title">
            <h1 id="forgot-title">{t("forgot-title")}</h1>
            <Show
                when=move || sent.get()
                fallback=move || view! {
                    <p>{t("forgot-intro")}</p>
                    <TextField label=t("sign-in-account") value=account autocomplete="organization" required=true />
                    <TextField label=t("sign-in-username") value=username autocomplete="username" required=true />
                    <div class="sign-in__error" role="alert">{move || error.get()}</div>
                    <button type="submit" class="primary" disabled=move || send.pending().get()>{t("forgot-submit")}</button>
                }
            >
                <p role="status">{t("forgot-sent")}</p>
            </Show>
            <button type="button" class="link" on:click=move |_| on_back.run(())>{t("forgot-back")}</button>
        </form>
    }
}
