//! A device's "Restart the phone" button.

use leptos::prelude::*;

use crate::i18n::{arg, t, t_with};

/// "Restart the phone": `POST devices/{id}/sync`, which KAZOO turns into a SIP NOTIFY
/// `check-sync` (the phone reboots and fetches its settings) when it is registered —
/// Smart PBX's device dialog "Restart" (`devices.js`, resource `device.restart`).
#[component]
pub fn RestartPhone(path: String, name: String) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let restart = crate::api::use_save(
        move |_: &()| t_with("action-restart-device", &[("name", arg(name.clone()))]),
        move |call, ()| {
            let path = path.clone();
            async move { call.post(&path, serde_json::json!({})).await.map(|_| ()) }
        },
    );
    crate::hooks::watch(move || match restart.value().get() {
        Some(Ok(())) => status.set(Some(t("device-restart-sent"))),
        Some(Err(e)) => status.set(Some(crate::components::error_notice::error_text(&e))),
        None => {}
    });
    view! {
        <div class="form-actions">
            <button type="button" disabled=move || restart.pending().get() on:click=move |_| { status.set(None); restart.dispatch(()); }>
                {t("device-restart")}
            </button>
            <span role="status">{move || status.get()}</span>
        </div>
    }
}
