//! Smart PBX › Devices: the list, "Add device" for every type Smart PBX offers, and
//! each device's page (edit, enable/disable, assign, delete). New devices are written
//! exactly as Smart PBX writes them (`patchbay_monster::device`); edits PATCH only what
//! changed, so keys other apps wrote survive; devices made outside Smart PBX are shown
//! as such and need a confirmation before saving.

use futures::future::join;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

mod fields;
mod form;
mod list;
mod save;

pub use list::DevicesScreen;
pub use save::realm;

use crate::api::Crossbar;
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use form::{Context, DeviceForm};

/// Users, realm, classifiers and E911 numbers, fetched together.
async fn load_context(client: Crossbar, account: &str) -> Result<Context, CrossbarError> {
    let call = client.action(t("action-open-device-form"));
    let ((users, realm), (classifiers, e911)) = join(
        join(save::user_choices(&call, account), save::realm(&call, account)),
        join(save::classifiers(&call, account), save::e911_numbers(&call, account)),
    )
    .await;
    Ok(Context { users: users?, realm: realm?, classifiers: classifiers?, e911_numbers: e911? })
}

#[component]
fn Loaded(error: RwSignal<Option<CrossbarError>>, ready: Signal<Option<(Option<Value>, Context)>>) -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    view! {
        {move || error.get().map(|e| view! { <p class="error-notice" role="alert">{error_text(&e)}</p> })}
        {move || match ready.get() {
            Some((device, context)) => view! { <DeviceForm device=device context=context /> }.into_any(),
            None if error.with(Option::is_none) => view! { <p role="status">{t("loading")}</p> }.into_any(),
            None => ().into_any(),
        }}
        <DocLinks guide=guide resources=vec!["/v2/accounts/x/devices"] />
    }
}

#[component]
pub fn CreateDeviceScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let ready = RwSignal::new(None::<(Option<Value>, Context)>);
    let error = RwSignal::new(None::<CrossbarError>);
    if let Some(account) = client.session.get_untracked().map(|s| s.account_id) {
        spawn_local(async move {
            match load_context(client, &account).await {
                Ok(c) => ready.set(Some((None, c))),
                Err(e) => error.set(Some(e)),
            }
        });
    }
    view! { <Loaded error=error ready=ready.into() /> }
}

#[component]
pub fn EditDeviceScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let params = use_params_map();
    let ready = RwSignal::new(None::<(Option<Value>, Context)>);
    let error = RwSignal::new(None::<CrossbarError>);
    Effect::new(move |_| {
        // Read again when a conflict was resolved by showing what is stored.
        client.conflicts.epoch.track();
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let Some(account) = client.session.get_untracked().map(|s| s.account_id) else { return };
        ready.set(None);
        spawn_local(async move {
            let call = client.action(t("action-open-device"));
            let (device, context) = join(
                call.get(&format!("accounts/{}/devices/{}", seg(&account), seg(&id))),
                load_context(client, &account),
            )
            .await;
            match (device, context) {
                (Ok(d), Ok(c)) => ready.set(Some((Some(d.data), c))),
                (Err(e), _) | (_, Err(e)) => error.set(Some(e)),
            }
        });
    });
    view! { <Loaded error=error ready=ready.into() /> }
}
