//! My settings › my recent calls: the signed-in person's calls of the last seven days
//! (`GET /v2/accounts/{A}/users/{U}/cdrs`, the only call records a user token reads).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::Crossbar;
use crate::components::paged_table::PagedTable;
use crate::i18n::t;
use crate::routes::smartpbx::call_logs::{date_string, local_midnight, range_query, summary_cells};

fn my_call_row(c: &Value) -> AnyView {
    summary_cells(c).into_any()
}

#[component]
pub fn MyCalls(owner_id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let today = js_sys::Date::now();
    let (from, to) = (date_string(today - 6.0 * 86_400_000.0), date_string(today));
    let query = match (local_midnight(&from), local_midnight(&to)) {
        (Some(f), Some(t_)) => range_query(f, t_).unwrap_or_default(),
        _ => String::new(),
    };
    let path = format!("accounts/{}/users/{}/cdrs", seg(&client.own_account_id()), seg(&owner_id));
    view! {
        <section class="settings-section" aria-labelledby="my-calls-title">
            <h3 id="my-calls-title">{t("my-calls-title")}</h3>
            <PagedTable
                path=path
                query=query
                caption_key="my-calls-title"
                action_key="action-open-my-calls"
                columns=vec!["col-when", "col-from", "col-to", "col-duration", "col-direction"]
                row=my_call_row
                empty_key="my-calls-empty"
            />
        </section>
    }
}
