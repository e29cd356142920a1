//! Turning an account off and on, and deleting it. Disabling stops its users signing in
//! (only an ancestor may change `enabled`); deleting takes the account, its people,
//! phones, numbers' routing and recordings for good, so the account's name must be
//! typed first, and Crossbar's refusal while accounts are below it is said plainly.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::accounts;
use serde_json::Value;

use super::acting::name_of;
use crate::api::use_save;
use crate::components::confirm::Confirm;
use crate::components::error_notice::error_text;
use crate::components::flash::Flash;
use crate::components::form::TextField;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::Screen;

fn meta() -> UiMetadata {
    UiMetadata::accounts(None)
}

/// Crossbar's refusal to delete an account with accounts below it, in words.
fn delete_error(e: &CrossbarError) -> String {
    if matches!(e, CrossbarError::Server { message, .. } if message.contains("descendants")) {
        t("accounts-delete-has-below")
    } else {
        error_text(e)
    }
}

#[component]
pub fn StateSection(account: Value, reread: Callback<()>) -> impl IntoView {
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let name = name_of(&account);
    let enabled = account.get("enabled").and_then(Value::as_bool).unwrap_or(true);
    let stored = StoredValue::new(account);
    let error = RwSignal::new(None::<String>);
    let toggle = use_save(
        |on: &bool| t(if *on { "action-enable-account" } else { "action-disable-account" }),
        move |call, on: bool| async move { accounts::set_enabled(&call, &meta(), &stored.get_value(), on).await },
    );
    watch(move || match toggle.value().get() {
        Some(Ok(_)) => {
            toggle.value().set(None);
            reread.run(());
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let asking = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let typed_error = RwSignal::new(None::<String>);
    let erase = use_save(
        |name: &String| t_with("action-delete-account", &[("account", arg(name.clone()))]),
        move |call, _name: String| {
            let id = str_at(&stored.get_value(), "id").to_string();
            async move { accounts::delete(&call, &meta(), &id).await }
        },
    );
    let gone_name = name.clone();
    watch(move || match erase.value().get() {
        Some(Ok(())) => {
            let message = t_with("accounts-deleted", &[("account", arg(gone_name.clone()))]);
            flash.go(&navigate, Screen::Accounts, message);
        }
        Some(Err(e)) => {
            asking.set(false);
            error.set(Some(delete_error(&e)));
        }
        None => {}
    });
    let confirm_name = name.clone();
    let confirm = Callback::new(move |_: ()| {
        if typed.get_untracked().trim() != confirm_name.trim() {
            typed_error.set(Some(t("accounts-delete-type-name")));
            return;
        }
        typed_error.set(None);
        erase.dispatch(confirm_name.clone());
    });
    let question_name = StoredValue::new(name.clone());
    view! {
        <section aria-labelledby="account-state-title" class="danger-zone">
            <h2 id="account-state-title">{t("accounts-state-title")}</h2>
            <p>{if enabled { t("accounts-disable-hint") } else { t("accounts-enable-hint") }}</p>
            <p>
                <button type="button" disabled=move || toggle.pending().get() on:click=move |_| toggle.dispatch(!enabled)>
                    {if enabled { t("accounts-disable") } else { t("accounts-enable") }}
                </button>
                " "
                <button type="button" class="danger" on:click=move |_| { typed.set(String::new()); asking.set(true) }>
                    {t("accounts-delete")}
                </button>
            </p>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <Show when=move || asking.get()>
                <Confirm labelled_by="delete-account-question" described_by="delete-account-what" on_cancel=Callback::new(move |_| asking.set(false))>
                    <p id="delete-account-question"><strong>{t_with("accounts-delete-question", &[("account", arg(question_name.get_value()))])}</strong></p>
                    <p id="delete-account-what">{t("accounts-delete-what")}</p>
                    <TextField label=t_with("accounts-delete-type", &[("account", arg(question_name.get_value()))]) value=typed error=Signal::derive(move || typed_error.get()) />
                    <p>
                        <button type="button" class="danger" disabled=move || erase.pending().get() on:click=move |_| confirm.run(())>{t("accounts-delete-confirm")}</button>
                        " "
                        <button type="button" on:click=move |_| asking.set(false)>{t("cancel")}</button>
                    </p>
                </Confirm>
            </Show>
        </section>
    }
}
