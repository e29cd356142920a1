//! Smart PBX › Devices: every device with its type, status and the user it is
//! assigned to; a name opens the device (types Smart PBX cannot edit are not links).

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use patchbay_monster::device::{self, Status};
use serde_json::Value;

use super::save::user_choices;
use crate::api::Crossbar;
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or};
use crate::routes::smartpbx::json::str_field;
use patchbay_crossbar::search::SearchView;

/// User names by id, for the "Assigned to" column (rows render before they arrive).
#[derive(Clone, Copy)]
struct OwnerNames(RwSignal<HashMap<String, String>>);

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
        view! { <A href=format!("/smartpbx/devices/{}", str_field(d, "id"))>{name}</A> }.into_any()
    } else {
        name.into_any()
    };
    let owner = str_field(d, "owner_id").to_string();
    let names = use_context::<OwnerNames>();
    let owner_name = move || {
        if owner.is_empty() {
            return t("device-unassigned");
        }
        names.and_then(|n| n.0.with(|m| m.get(&owner).cloned())).unwrap_or_default()
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
        <th scope="row"><A href=format!("/smartpbx/devices/{}", str_field(d, "id"))>{name}</A></th>
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
    let names = OwnerNames(RwSignal::new(HashMap::new()));
    provide_context(names);
    {
        let account = account.clone();
        spawn_local(async move {
            let call = client.action(t("action-open-users"));
            if let Ok(users) = user_choices(&call, &account).await {
                names.0.set(users.into_iter().collect());
            }
        });
    }
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-devices")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/devices"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate("/smartpbx/devices/new", Default::default())>
                    {t("devices-add")}
                </button>
            </p>
            <PagedTable
                path=format!("accounts/{account}/devices")
                query="with_status=true"
                caption_key="spbx-devices"
                action_key="action-open-devices"
                columns=vec!["col-name", "col-device-type", "col-status", "col-assigned-to"]
                row=device_row
                empty_key="devices-empty"
                search=TableSearch { doc_type: "device", view: SearchView::Name, label_key: "devices-search", row: device_hit }
            />
        </section>
    }
}
