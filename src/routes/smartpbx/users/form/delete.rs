//! Deleting a user as Smart PBX does (through Monster's shared widget, so stamped
//! `origin: "common"`): first the confirmation, naming what goes with the user and
//! offering the widget's two choices; then, under one inspector action, the owned
//! devices, conferences, callflows and voicemail boxes are handled and the user deleted
//! (`patchbay_smartpbx::users::delete`).

use leptos::prelude::*;

use crate::components::flash::Flash;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::use_navigate;
use patchbay_monster::user_delete::{common_stamp, DeleteChoices};
use patchbay_smartpbx::users::{belongings, delete};
use serde_json::Value;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::{Screen, Spbx};

fn names(rows: &[Value]) -> String {
    rows.iter().map(|r| r.get("name").and_then(Value::as_str).unwrap_or("—").to_string()).collect::<Vec<_>>().join(", ")
}

/// The "Delete user" button, its confirmation and the deletion.
#[component]
pub fn DeleteUser(user_id: String, name: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let version = use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version);
    let meta = StoredValue::new(common_stamp(version.as_deref()));
    let delete_devices = RwSignal::new(false);
    let delete_conferences = RwSignal::new(false);
    let (user_id, name) = (StoredValue::new(user_id), StoredValue::new(name));

    // What deleting would take with it is asked for first, then the deletion itself.
    let find = use_save(
        move |_: &()| t_with("action-find-user-belongings", &[("name", arg(name.get_value()))]),
        move |call, ()| {
            let (account, user_id) = (client.account_id(), user_id.get_value());
            async move { belongings(&call, &account, &user_id).await.map_err(|e| error_text(&e)) }
        },
    );
    let erase = use_save(
        move |_: &DeleteChoices| t_with("action-delete-user", &[("name", arg(name.get_value()))]),
        move |call, choices: DeleteChoices| {
            let (account, user_id, meta) = (client.account_id(), user_id.get_value(), meta.get_value());
            async move { delete(&call, &meta, &account, &user_id, choices).await.map_err(|e| error_text(&e)) }
        },
    );
    let found = Signal::derive(move || find.value().get().and_then(Result::ok));
    let error = Signal::derive(move || match (erase.value().get(), find.value().get()) {
        (Some(Err(e)), _) | (None, Some(Err(e))) => Some(e),
        _ => None,
    });
    watch(move || {
        if let Some(Ok(())) = erase.value().get() {
            let message = t_with("done-user-deleted", &[("name", arg(name.get_value()))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Users), message);
        }
    });
    let busy = Signal::derive(move || find.pending().get() || erase.pending().get());
    let ask = move |_| {
        find.dispatch(());
    };
    let confirm = move |_| {
        erase.dispatch(DeleteChoices {
            delete_devices: delete_devices.get_untracked(),
            delete_conferences: delete_conferences.get_untracked(),
        });
    };
    let (devices_id, conferences_id) = (unique_id("check"), unique_id("check"));
    let delete_button = NodeRef::<leptos::html::Button>::new();

    view! {
        <div class="danger-zone">
            <button type="button" class="danger" disabled=move || busy.get() on:click=ask node_ref=delete_button>{t("user-delete")}</button>
            <div role="alert">{move || error.get().map(|e| view! { <p class="error-notice">{e}</p> })}</div>
            {move || found.get().map(|o| {
                let (devices_id, conferences_id) = (devices_id.clone(), conferences_id.clone());
                let callflows = o.callflows.iter().filter(|c| c["type"] != "mobile").cloned().collect::<Vec<_>>();
                let list = |key: &'static str, rows: &[Value]| (!rows.is_empty()).then(|| view! {
                    <li>{t_with(key, &[("count", rows.len().into()), ("names", arg(names(rows)))])}</li>
                });
                view! {
                    <Confirm labelled_by="confirm-delete-user" described_by="confirm-delete-user-what" returns_focus_to=delete_button on_cancel=Callback::new(move |_| find.value().set(None))>
                        <p id="confirm-delete-user"><strong>{t_with("user-delete-confirm", &[("name", arg(name.get_value()))])}</strong></p>
                        <div id="confirm-delete-user-what">
                            <p>{t("user-delete-alongside")}</p>
                            <ul>
                                {list("user-delete-callflows", &callflows)}
                                {list("user-delete-vmboxes", &o.vmboxes)}
                                {list("user-delete-devices", &o.devices)}
                                {list("user-delete-conferences", &o.conferences)}
                            </ul>
                        </div>
                        <div class="checkbox">
                            <input type="checkbox" id=devices_id.clone() on:change=move |ev| delete_devices.set(event_target_checked(&ev)) />
                            <label for=devices_id.clone()>{t("user-delete-devices-too")}</label>
                        </div>
                        <div class="checkbox">
                            <input type="checkbox" id=conferences_id.clone() on:change=move |ev| delete_conferences.set(event_target_checked(&ev)) />
                            <label for=conferences_id.clone()>{t("user-delete-conferences-too")}</label>
                        </div>
                        <p>{t("user-delete-cannot-undo")}</p>
                        <button type="button" class="danger" disabled=move || busy.get() on:click=confirm>
                            {t_with("user-delete-proceed", &[("name", arg(name.get_value()))])}
                        </button>
                        <button type="button" on:click=move |_| find.value().set(None)>{t("cancel")}</button>
                    </Confirm>
                }
            })}
        </div>
    }
}
