//! Smart PBX › Devices: the list, "Add device" for every type Smart PBX offers, and
//! each device's page (edit, enable/disable, assign, delete). New devices are written
//! exactly as Smart PBX writes them (`patchbay_monster::device`); edits PATCH only what
//! changed, so keys other apps wrote survive; devices made outside Smart PBX are shown
//! as such and need a confirmation before saving.

use futures::future::join;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

mod fields;
mod form;
mod keys;
pub(crate) mod list;
mod media;
mod restart;
mod save;
mod unlock;

pub use list::DevicesScreen;

use crate::api::{use_load, ActionScope, Crossbar, Load};
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use form::{Context, DeviceForm};

/// Users, realm, classifiers and E911 numbers, fetched together.
async fn load_context(call: &ActionScope, account: &str) -> Result<Context, CrossbarError> {
    let ((users, realm), (classifiers, e911)) = join(
        join(save::user_choices(call, account), patchbay_smartpbx::realm(call, account)),
        join(save::classifiers(call, account), save::e911_numbers(call, account)),
    )
    .await;
    Ok(Context { users: users?, realm: realm?, classifiers: classifiers?, e911_numbers: e911? })
}

/// The device form once what it needs is read, with the devices API's docs.
#[component]
fn DeviceScreen(load: Load<(Option<Value>, Context)>) -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    view! {
        <Loaded load=load let:ready>
            <DeviceForm device=ready.0 context=ready.1 />
        </Loaded>
        <DocLinks guide=guide resources=vec!["/v2/accounts/x/devices"] />
    }
}

#[component]
pub fn CreateDeviceScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let load = use_load(
        || t("action-open-device-form"),
        move |call| {
            let account = client.account_id();
            async move { Ok((None, load_context(&call, &account).await?)) }
        },
    );
    view! { <DeviceScreen load=load /> }
}

#[component]
pub fn EditDeviceScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let params = use_params_map();
    let load = use_load(
        || t("action-open-device"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let account = client.account_id();
            async move {
                let path = format!("accounts/{}/devices/{}", seg(&account), seg(&id));
                let (device, context) = join(call.get(&path), load_context(&call, &account)).await;
                Ok((Some(device?.data), context?))
            }
        },
    );
    view! { <DeviceScreen load=load /> }
}
