//! Smart PBX › Users: the account's users; a name opens the user.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::path::seg;
use patchbay_monster::phone::readable;
use serde_json::Value;

use crate::api::ActionScope;
use crate::api::Crossbar;
use crate::api::{fetch_all_pages, one_of_filter};
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or};
use crate::routes::smartpbx::json::str_field;
use crate::routes::smartpbx::json::strs;
use crate::routes::table::{Screen, Spbx};
use futures::future::LocalBoxFuture;
use patchbay_crossbar::search::SearchView;
use patchbay_monster::user_listing::columns_by_owner;

/// One page of users gains Smart PBX's grid columns: their callflows' numbers and their
/// devices, asked for that page's owners only and in parallel (Smart PBX loads the whole
/// account with `paginate=false`, which large accounts refuse).
fn with_numbers_and_devices(
    call: ActionScope,
    users_path: String,
    users: Vec<Value>,
) -> LocalBoxFuture<'static, Vec<Value>> {
    Box::pin(async move {
        let ids: Vec<&str> = users.iter().filter_map(|u| u.get("id").and_then(Value::as_str)).collect();
        if ids.is_empty() {
            return users;
        }
        let account = users_path.rsplit_once('/').map_or(users_path.as_str(), |(a, _)| a).to_string();
        let query = one_of_filter("owner_id", &ids);
        let (callflows_path, devices_path) = (format!("{account}/callflows"), format!("{account}/devices"));
        let (callflows, devices) = futures::join!(
            fetch_all_pages(&call, &callflows_path, &query),
            fetch_all_pages(&call, &devices_path, &query),
        );
        let (Ok(callflows), Ok(devices)) = (callflows, devices) else {
            // The rows still show; the two columns say they could not be loaded.
            return users
                .into_iter()
                .map(|mut u| {
                    u["_columns_failed"] = true.into();
                    u
                })
                .collect();
        };
        let columns = columns_by_owner(&callflows, &devices);
        users
            .into_iter()
            .map(|mut u| {
                let c = u.get("id").and_then(Value::as_str).and_then(|id| columns.get(id)).cloned().unwrap_or_default();
                u["_phone_numbers"] = c.phone_numbers.into();
                u["_devices"] = c.devices.into();
                u["_voicemail"] = c.voicemail.into();
                u
            })
            .collect()
    })
}

fn joined(u: &Value, key: &str, empty_key: &str) -> String {
    if u.get("_columns_failed").is_some() {
        return t("users-col-unavailable");
    }
    // Phone numbers read as numbers (`+1 415-555-0100`); device names stay as they are.
    let items: Vec<String> = strs(u.get(key)).map(readable).collect();
    if items.is_empty() {
        t(empty_key)
    } else {
        items.join(", ")
    }
}

/// Name (a link to the user), main extension (Smart PBX keeps it in `presence_id`), role,
/// phone numbers, devices and features (Crossbar's computed ones, plus voicemail).
fn user_row(u: &Value) -> AnyView {
    let name = format!("{} {}", str_field(u, "first_name"), str_field(u, "last_name"));
    let extension = Some(str_field(u, "presence_id")).filter(|e| !e.is_empty()).map(str::to_string);
    let role = if str_field(u, "priv_level") == "admin" { t("role-admin") } else { t("role-user") };
    let mut features: Vec<String> = strs(u.get("features")).map(|f| t_or(&format!("user-feature-{f}"), f)).collect();
    if u.get("_voicemail").and_then(Value::as_bool) == Some(true) {
        features.insert(0, t("user-feature-voicemail"));
    }
    let numbers = joined(u, "_phone_numbers", "users-no-numbers");
    let devices = joined(u, "_devices", "users-no-devices");
    let features = if features.is_empty() { t("user-features-none") } else { features.join(", ") };
    view! {
        <th scope="row"><A href=Screen::SmartPbx(Spbx::User(str_field(u, "id").to_string())).href()>{name}</A></th>
        <td>{extension.unwrap_or_else(|| t("no-extension"))}</td>
        <td>{role}</td>
        <td>{numbers}</td>
        <td>{devices}</td>
        <td>{features}</td>
    }
    .into_any()
}

/// A search hit: Crossbar's search views give the id and the name only.
fn user_hit(u: &Value) -> AnyView {
    let name = str_field(u, "name").to_string();
    view! {
        <th scope="row"><A href=Screen::SmartPbx(Spbx::User(str_field(u, "id").to_string())).href()>{name}</A></th>
        <td colspan="5">{t("search-hit-open-for-details")}</td>
    }
    .into_any()
}

#[component]
pub fn UsersScreen() -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let account = expect_context::<Crossbar>().session.get_untracked().map(|s| s.account_id).unwrap_or_default();
    view! {
        <section class="screen users" aria-labelledby="users-title">
            <h2 id="users-title">{t("users-title")}</h2>
            <DocLinks
                guide=guide
                resources=vec![
                    "/v2/accounts/x/users",
                    "/v2/accounts/x/vmboxes",
                    "/v2/accounts/x/callflows",
                    "/v2/accounts/x/devices",
                    "/v2/accounts/x/search",
                ]
            />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::SmartPbx(Spbx::NewUser).href(), Default::default())>
                    {t("users-add")}
                </button>
            </p>
            <PagedTable
                path=format!("accounts/{}/users", seg(&account))
                query="ascending=true"
                caption_key="users-title"
                action_key="action-open-users"
                columns=vec![
                    "users-col-name",
                    "users-col-extension",
                    "users-col-role",
                    "users-col-numbers",
                    "users-col-devices",
                    "users-col-features",
                ]
                enrich=with_numbers_and_devices
                row=user_row
                search=TableSearch { doc_type: "user", view: SearchView::Name, label_key: "users-search", row: user_hit, filtered: false }
                empty_key="users-empty"
            />
        </section>
    }
}
