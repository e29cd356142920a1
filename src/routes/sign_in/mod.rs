//! The sign-in page: account name, username and password (hashed here, never sent
//! or stored), or an account API key; "Forgot your password?" (`forgot`); and the
//! arrival from a password-recovery email (`reset_link`).

mod forgot;
pub use forgot::console_url;
mod reset_link;

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::CrossbarError;

use crate::api::Crossbar;
use crate::branding::Branding;
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::i18n::{self, t};
use crate::session::{sign_in_with_api_key, sign_in_with_password, sign_in_with_reset_id, SessionData};

fn sign_in_error_text(err: &CrossbarError, api_key: bool) -> String {
    match err {
        CrossbarError::Unauthorized(_) => t("sign-in-failed"),
        CrossbarError::NotFound { .. } if api_key => t("sign-in-api-key-unknown"),
        CrossbarError::Validation { .. } if api_key => t("sign-in-api-key-length"),
        CrossbarError::TooManyRequests => t("sign-in-too-many"),
        other => error_text(other),
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let branding = expect_context::<Branding>();
    // The tab names the page, then the brand ("Sign in — Acme Voice"), as every screen does.
    crate::hooks::watch(move || document().set_title(&format!("{} — {}", t("sign-in-title"), branding.name.get())));
    let use_api_key = RwSignal::new(false);
    let account = RwSignal::new(String::new());
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let api_key = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let forgot = RwSignal::new(false);

    let finish = move |result: Result<SessionData, CrossbarError>, api: bool| match result {
        Ok(data) => {
            i18n::set_language(&data.language);
            password.set(String::new());
            client.session.set(data);
        }
        Err(e) => error.set(Some(sign_in_error_text(&e, api))),
    };

    // Arriving from a password-recovery email: its link signs the person in.
    let reset = crate::api::use_save(
        |_: &String| t("action-open-reset-link"),
        move |call, reset_id: String| async move { sign_in_with_reset_id(&call, &reset_id).await },
    );
    crate::hooks::watch(move || match reset.value().get() {
        Some(Ok(data)) => finish(Ok(data), false),
        Some(Err(CrossbarError::TooManyRequests)) => error.set(Some(t("sign-in-too-many"))),
        Some(Err(_)) => error.set(Some(t("reset-link-invalid"))),
        None => {}
    });
    if let Some(reset_id) = reset_link::take_reset_id() {
        reset.dispatch(reset_id);
    }

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        let api = use_api_key.get_untracked();
        if api {
            let key = api_key.get_untracked().trim().to_string();
            if key.chars().count() != 64 {
                error.set(Some(t("sign-in-api-key-length")));
                return;
            }
            busy.set(true);
            spawn_local(async move {
                let call = client.action(t("action-sign-in"));
                finish(sign_in_with_api_key(&call, &key).await, true);
                busy.set(false);
            });
        } else {
            let (a, u, p) = (account.get_untracked(), username.get_untracked(), password.get_untracked());
            if a.trim().is_empty() || u.trim().is_empty() || p.is_empty() {
                error.set(Some(t("sign-in-required")));
                return;
            }
            busy.set(true);
            spawn_local(async move {
                let call = client.action(t("action-sign-in"));
                finish(sign_in_with_password(&call, &a, &u, &p).await, false);
                busy.set(false);
            });
        }
    };

    view! {
        <main class="sign-in" id="main">
            <Show when=move || forgot.get()>
                <forgot::ForgotPassword account=account on_back=Callback::new(move |_| forgot.set(false)) />
            </Show>
            <form class="sign-in__card" hidden=move || forgot.get() on:submit=submit novalidate=true aria-labelledby="sign-in-title">
                {move || branding.logo.get().map(|url| view! {
                    <img class="sign-in__logo" src=url alt=i18n::t_with("brand-logo-alt", &[("name", i18n::arg(branding.name.get()))]) />
                })}
                <p class="sign-in__brand">{move || branding.name.get()}</p>
                <h1 id="sign-in-title">{t("sign-in-title")}</h1>
                <p>{t("sign-in-intro")}</p>
                <Show
                    when=move || use_api_key.get()
                    fallback=move || view! {
                        <TextField label=t("sign-in-account") value=account autocomplete="organization" required=true />
                        <TextField label=t("sign-in-username") value=username autocomplete="username" required=true />
                        <TextField label=t("sign-in-password") value=password input_type="password" autocomplete="current-password" required=true />
                        <p class="sign-in__privacy">{t("sign-in-privacy")}</p>
                    }
                >
                    <TextField label=t("sign-in-api-key") value=api_key input_type="password" autocomplete="off" required=true hint=t("sign-in-api-key-hint") />
                </Show>
                <div class="sign-in__error" role="alert">{move || error.get()}</div>
                <button type="submit" class="primary" disabled=move || busy.get() || reset.pending().get()>
                    {move || if busy.get() { t("sign-in-working") } else { t("sign-in-submit") }}
                </button>
                <button type="button" class="link" on:click=move |_| { error.set(None); use_api_key.update(|v| *v = !*v) }>
                    {move || if use_api_key.get() { t("sign-in-with-password") } else { t("sign-in-with-api-key") }}
                </button>
                <button type="button" class="link" on:click=move |_| { error.set(None); forgot.set(true) }>
                    {t("sign-in-forgot")}
                </button>
            </form>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use patchbay_crossbar::error::Unauthorized;

    #[test]
    fn each_sign_in_failure_has_its_own_clear_message() {
        let wrong = sign_in_error_text(&CrossbarError::Unauthorized(Unauthorized::InvalidCredentials), false);
        assert_eq!(wrong, "The account name, username or password is wrong.");
        let limited = sign_in_error_text(&CrossbarError::TooManyRequests, false);
        assert_eq!(limited, "Too many sign-in attempts. Wait a minute, then try again.");
        let unknown_key = CrossbarError::NotFound { tag: "bad identifier".into(), cause: "k".into() };
        assert_eq!(sign_in_error_text(&unknown_key, true), "No account has this API key.");
        let down =
            sign_in_error_text(&CrossbarError::Server { status: 503, message: "datastore_unreachable".into() }, false);
        assert_eq!(down, "The server failed (503). Try again in a moment.");
        let offline = sign_in_error_text(&CrossbarError::Network { detail: "TypeError".into() }, false);
        assert!(offline.starts_with("The server could not be reached"));
    }
}
