//! Asks for the password when Crossbar refuses the token mid-session. Requests that
//! hit the 401 wait in the [`crate::api::ReauthGate`] and are retried after this
//! dialog signs in again, so an unsaved edit is sent, not lost.

use leptos::html;
use leptos::prelude::*;

use crate::hooks::watch;
use leptos::task::spawn_local;

use crate::api::Crossbar;
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};
use crate::session::sign_in_again;

#[component]
pub fn ReauthDialog() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let dialog = NodeRef::<html::Dialog>::new();
    let secret = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let is_api_key = move || client.session.with(|d| d.is_some_and(|d| d.username.is_none()));

    // A native modal dialog: focus moves into it and the page behind is inert.
    watch(move || {
        let open = client.reauth.is_open();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(current) = client.session.get_untracked() else { return };
        let typed = secret.get_untracked();
        if typed.is_empty() {
            error.set(Some(t_with("field-required", &[("field", arg(t("sign-in-password")))])));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let call = client.action(t("action-sign-in-again"));
            match sign_in_again(&call, &current, &typed).await {
                Ok(renewed) => {
                    client.session.set(renewed);
                    secret.set(String::new());
                    error.set(None);
                    client.reauth.resolve(true);
                }
                Err(e) => error.set(Some(match e.status() {
                    Some(401) | Some(404) => t("sign-in-failed"),
                    Some(429) => t("sign-in-too-many"),
                    _ => error_text(&e),
                })),
            }
            busy.set(false);
        });
    };
    let sign_out = move |_| {
        client.reauth.resolve(false);
        client.session.clear();
    };
    let who = move || {
        client.session.with(|d| {
            d.map(|d| {
                t_with(
                    "reauth-signed-in-as",
                    &[("user", arg(d.display_name())), ("account", arg(d.account_name.clone()))],
                )
            })
        })
    };

    view! {
        <dialog
            node_ref=dialog
            class="reauth"
            aria-labelledby="reauth-title"
            on:cancel=|ev: leptos::ev::Event| ev.prevent_default()
        >
            <form on:submit=submit novalidate=true>
                <h2 id="reauth-title">{t("reauth-title")}</h2>
                <p>{move || if is_api_key() { t("reauth-intro-api-key") } else { t("reauth-intro") }}</p>
                <p class="reauth__who">{who}</p>
                <TextField
                    label=Signal::derive(move || if is_api_key() { t("sign-in-api-key") } else { t("sign-in-password") }).get_untracked()
                    value=secret
                    input_type="password"
                    autocomplete="current-password"
                    required=true
                    error=Signal::derive(move || error.get())
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("reauth-submit")}</button>
                    <button type="button" on:click=sign_out>{t("reauth-cancel")}</button>
                </div>
            </form>
        </dialog>
    }
}
