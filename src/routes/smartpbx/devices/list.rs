//! Smart PBX › Devices: every device with its type, status and the user it is
//! assigned to; a name opens the device (types Smart PBX cannot edit are not links).

use patchbay_crossbar::order;
use patchbay_crossbar::path::seg;
use std::collections::HashMap;

use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_monster::device::{self, Status};
use patchbay_monster::names;
use serde_json::Value;

use crate::api::{fetch_all_pages, one_of_filter};
use crate::api::{ActionScope, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or};
use crate::routes::smartpbx::json::{doc_id, str_field};
use crate::routes::table::{Screen, Spbx};
use patchbay_crossbar::search::SearchView;

/// One page of devices gains its owners' full names (`_owner_name`), asked for that
/// page's owners only: reading every user of a large account to name a few owners
/// would be slow. Crossbar's filters look at the stored document, where the id is
/// `_id`, hence `filter__id`. If the names cannot be read the column stays blank.
fn with_owner_names(
    call: ActionScope,
    devices_path: String,
    devices: Vec<Value>,
) -> LocalBoxFuture<'static, Vec<Value>> {
    Box::pin(async move {
        let mut owners: Vec<&str> =
            devices.iter().map(|d| str_field(d, "owner_id")).filter(|o| !o.is_empty()).collect();
        order::sort(&mut owners);
        owners.dedup();
        if owners.is_empty() {
            return devices;
        }
        let account = devices_path.rsplit_once('/').map_or(devices_path.as_str(), |(a, _)| a);
        let users = fetch_all_pages(&call, &format!("{account}/users"), &one_of_filter("_id", &owners)).await;
        let full_names: HashMap<String, String> = users
            .unwrap_or_default()
            .iter()
            .map(|u| (doc_id(u), names::full_name(str_field(u, "first_name"), str_field(u, "last_name"))))
            .collect();
        devices
            .into_iter()
            .map(|mut d| {
                if let Some(name) = full_names.get(str_field(&d, "owner_id")) {
                    d["_owner_name"] = name.clone().into();
                }
                d
            })
            .collect()
    })
}

pub fn type_label(kind: &str) -> String {
    t_or(&format!("device-type-{kind}"), kind)
}

fn device_row(d: &Value) -> AnyView {
    let kind = device::type_of(d).to_string();
    let status = match device::status(d) {
        Status::Disabled => t("device-disabled"),
        Status::Registered => t("device-registered"),
        Status::Unregistered => t("device-unregistered"),
    };
    let name = str_field(d, "name").to_string();
    let name = if device::is_editable(&kind) {
        view! { <A href=Screen::SmartPbx(Spbx::Device(str_field(d, "id").to_string())).href()>{name}</A> }.into_any()
    } else {
        name.into_any()
    };
    let owner_name = if str_field(d, "owner_id").is_empty() {
        t("device-unassigned")
    } else {
        str_field(d, "_owner_name").to_string()
    };
    view! {
        <th scope="row">{name}</th>
        <td>{type_label(&kind)}</td>
        <td>{status}</td>
        <td>{owner_name}</td>
    }
    .into_any()
}

/// A search hit: Crossbar's search views give the id and the name only.
fn device_hit(d: &Value) -> AnyView {
    let name = str_field(d, "name").to_string();
    view! {
        <th scope="row"><A href=Screen::SmartPbx(Spbx::Device(str_field(d, "id").to_string())).href()>{name}</A></th>
        <td colspan="3">{t("device-hit-open-for-details")}</td>
    }
    .into_any()
}

#[component]
pub fn DevicesScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let navigate = leptos_router::hooks::use_navigate();
    let account = client.session.get_untracked().map(|s| s.account_id).unwrap_or_default();
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-devices")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/devices"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::SmartPbx(Spbx::NewDevice).href(), Default::default())>
                    {t("devices-add")}
                </button>
            </p>
            <PagedTable
                path=format!("accounts/{}/devices", seg(&account))
                query="with_status=true"
                caption_key="spbx-devices"
                action_key="action-open-devices"
                columns=vec!["col-name", "col-device-type", "col-status", "col-assigned-to"]
                row=device_row
                enrich=with_owner_names
                empty_key="devices-empty"
                search=TableSearch { doc_type: "device", view: SearchView::Name, label_key: "devices-search", row: device_hit, filtered: false }
            />
        </section>
    }
}
