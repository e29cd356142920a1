//! Before a write a person makes by hand (the API console, "Send again" in the
//! inspector): it names the account and the server it changes. On a server that is not
//! a sandbox the account's name must be typed as the only way on — KAZOO's guides warn
//! never to experiment on a production cluster; a screen's writes are what a person
//! meant, a hand-made one may not be.

use leptos::prelude::*;

use super::Environment;
use crate::api::Crossbar;
use crate::components::dialog::Dialog;
use crate::components::form::{unique_id, TextField};
use crate::i18n::{arg, t, t_with};

#[component]
pub fn WriteGuard(
    open: RwSignal<bool>,
    /// What is about to be sent ("PUT /v2/accounts/…/users").
    #[prop(into)]
    request: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let environment = expect_context::<Environment>();
    let account = StoredValue::new(
        expect_context::<Crossbar>()
            .session
            .with_untracked(|s| s.map(|s| s.working_account_name().to_string()))
            .unwrap_or_default(),
    );
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let title = unique_id("write-guard");
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if environment.sandbox.get_untracked() || typed.get_untracked().trim() == account.get_value() {
            typed.set(String::new());
            error.set(None);
            open.set(false);
            on_confirm.run(());
        } else {
            error.set(Some(t("console-guard-mismatch")));
        }
    };
    let env_name = move || arg(environment.name.get());
    view! {
        <Dialog open=open labelled_by=title.clone()>
            <form class="form" on:submit=confirm novalidate=true>
                <h2 id=title.clone()>{move || t_with("console-guard-title", &[("environment", env_name())])}</h2>
                <p>{move || t_with("console-guard-text", &[("request", arg(request.get())), ("account", arg(account.get_value())), ("environment", env_name())])}</p>
                <Show when=move || !environment.sandbox.get()>
                    <p>{t("console-guard-type")}</p>
                    <TextField label=t("console-guard-label") value=typed error=Signal::derive(move || error.get()) />
                </Show>
                <div class="form-actions">
                    <button type="submit" class="primary">{t("console-send")}</button>
                    <button type="button" on:click=move |_| open.set(false)>{t("cancel")}</button>
                </div>
            </form>
        </Dialog>
    }
}
