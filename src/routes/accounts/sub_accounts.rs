//! The accounts right below one account (`GET …/children`, paged), each opening its
//! page, where its own sub-accounts are listed in turn: the tree, one level at a time.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::components::paged_table::PagedTable;
use crate::routes::table::Screen;

/// A row of a children listing or of a search: name (opening the account), realm and
/// how many accounts are below it.
pub fn account_row(v: &Value) -> AnyView {
    let href = Screen::Account(str_at(v, "id").to_string()).href();
    let below = v.get("descendants_count").and_then(Value::as_u64).unwrap_or(0);
    let (name, realm) = (str_at(v, "name").to_string(), str_at(v, "realm").to_string());
    view! {
        <th scope="row"><A href=href>{name}</A></th>
        <td>{realm}</td>
        <td>{below}</td>
    }
    .into_any()
}

pub const COLUMNS: [&str; 3] = ["col-name", "accounts-col-realm", "accounts-col-below"];

#[component]
pub fn SubAccounts(parent: String, caption_key: &'static str) -> impl IntoView {
    view! {
        <PagedTable
            path=format!("accounts/{}/children", seg(&parent))
            caption_key=caption_key
            action_key="action-open-sub-accounts"
            columns=COLUMNS.to_vec()
            row=account_row
            empty_key="accounts-none-below"
        />
    }
}
