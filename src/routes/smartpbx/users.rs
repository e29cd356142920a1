//! Smart PBX › Users: the account's users; a name opens the user.

use leptos::prelude::*;
use leptos_router::components::A;
use serde_json::Value;

use crate::api::Crossbar;
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or};
use patchbay_crossbar::search::SearchView;

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// Name (a link to the user), main extension (Smart PBX keeps it in `presence_id`), role,
/// and the features Crossbar's user listing computes.
fn user_row(u: &Value) -> AnyView {
    let name = format!("{} {}", str_of(u, "first_name"), str_of(u, "last_name"));
    let extension = Some(str_of(u, "presence_id")).filter(|e| !e.is_empty()).map(str::to_string);
    let role = if str_of(u, "priv_level") == "admin" { t("role-admin") } else { t("role-user") };
    let features: Vec<String> = u
        .get("features")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|f| t_or(&format!("user-feature-{f}"), f))
        .collect();
    let features = if features.is_empty() { t("user-features-none") } else { features.join(", ") };
    view! {
        <th scope="row"><A href=format!("/smartpbx/users/{}", str_of(u, "id"))>{name}</A></th>
        <td>{extension.unwrap_or_else(|| t("no-extension"))}</td>
        <td>{role}</td>
        <td>{features}</td>
    }
    .into_any()
}

/// A search hit: Crossbar's search views give the id and the name only.
fn user_hit(u: &Value) -> AnyView {
    let name = str_of(u, "name").to_string();
    view! {
        <th scope="row"><A href=format!("/smartpbx/users/{}", str_of(u, "id"))>{name}</A></th>
        <td colspan="3">{t("search-hit-open-for-details")}</td>
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
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/users", "/v2/accounts/x/vmboxes", "/v2/accounts/x/callflows"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate("/smartpbx/users/new", Default::default())>
                    {t("users-add")}
                </button>
            </p>
            <PagedTable
                path=format!("accounts/{account}/users")
                query="ascending=true"
                caption_key="users-title"
                action_key="action-open-users"
                columns=vec!["users-col-name", "users-col-extension", "users-col-role", "users-col-features"]
                row=user_row
                search=TableSearch { doc_type: "user", view: SearchView::Name, label_key: "users-search", row: user_hit }
                empty_key="users-empty"
            />
        </section>
    }
}
