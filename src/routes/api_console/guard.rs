//! Before a write sent by hand to a server that is not a sandbox: the account's name,
//! typed, as the only way on. KAZOO's guides warn never to experiment on a production
//! cluster; a screen's writes are what a person meant, a hand-made one may not be.

use leptos::prelude::*;

use crate::components::dialog::Dialog;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};

#[component]
pub fn ProductionGuard(
    open: RwSignal<bool>,
    /// What is about to be sent ("PUT /v2/accounts/…/users").
    #[prop(into)]
    request: Signal<String>,
    account_name: String,
    #[prop(into)] environment: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let account = StoredValue::new(account_name);
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if typed.get_untracked().trim() == account.get_value() {
            typed.set(String::new());
            error.set(None);
            open.set(false);
            on_confirm.run(());
        } else {
            error.set(Some(t("console-guard-mismatch")));
        }
    };
    view! {
        <Dialog open=open labelled_by="console-guard-title">
            <form class="form" on:submit=confirm novalidate=true>
                <h2 id="console-guard-title">{move || t_with("console-guard-title", &[("environment", arg(environment.get()))])}</h2>
                <p>{move || t_with("console-guard-text", &[("request", arg(request.get())), ("account", arg(account.get_value())), ("environment", arg(environment.get()))])}</p>
                <TextField label=t("console-guard-label") value=typed error=Signal::derive(move || error.get()) />
                <div class="form-actions">
                    <button type="submit" class="primary">{t("console-send")}</button>
                    <button type="button" on:click=move |_| open.set(false)>{t("cancel")}</button>
                </div>
            </form>
        </Dialog>
    }
}
