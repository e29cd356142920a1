//! "Email a password reset link" for a user who forgot theirs, as Smart PBX's user
//! password dialog sends it (monster-ui-voip `submodules/users/users.js`
//! `usersResetPassword`: `PUT /v2/user_auth/recovery` with the username, the account's
//! name and the console's address). The link leads to this console's "choose a new
//! password".

use leptos::prelude::*;
use patchbay_crossbar::credentials::recovery_request_body;
use serde_json::Value;

use super::UserCtx;
use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::feature::FeatureFact;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::sign_in::console_url;

#[component]
pub fn PasswordResetSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let text = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_string();
    let (username, email) = (text("username"), text("email"));
    let said = RwSignal::new(None::<String>);
    let name = ctx.name.clone();
    let send = use_save(
        move |_: &String| t_with("action-send-password-reset", &[("name", arg(name.clone()))]),
        move |call, username: String| async move {
            let account = client.session.get_untracked().map(|s| s.account_name).unwrap_or_default();
            call.put_anonymous("user_auth/recovery", recovery_request_body(&account, &username, &console_url())).await
        },
    );
    let sent_to = email.clone();
    watch(move || match send.value().get() {
        Some(Ok(_)) => said.set(Some(t_with("password-reset-sent", &[("email", arg(sent_to.clone()))]))),
        Some(Err(e)) => said.set(Some(error_text(&e))),
        None => {}
    });
    let ready = !username.is_empty() && email.contains('@');
    let summary = if ready {
        t_with("password-reset-intro", &[("email", arg(email.clone()))])
    } else {
        t("password-reset-no-email")
    };
    view! {
        <FeatureFact id="user-password-reset" title_key="password-reset-title" summary=summary>
            {ready.then(|| {
                view! {
                    <button type="button" disabled=move || send.pending().get() on:click=move |_| { said.set(None); send.dispatch(username.clone()); }>
                        {t("password-reset-send")}
                    </button>
                }
            })}
            <p role="status">{move || said.get()}</p>
        </FeatureFact>
    }
}
