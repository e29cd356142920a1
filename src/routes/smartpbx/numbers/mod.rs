//! Smart PBX › Numbers: the account's phone numbers with their state, what uses them
//! and their features. Crossbar answers this listing with an object keyed by number;
//! it is still paged, so every page is read.

pub mod features;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use crate::api::fetch_all_pages;
use crate::api::use_load;
use crate::api::{ActionScope, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or, t_with};
use crate::routes::smartpbx::json::strings;
use crate::routes::table::{Screen, Spbx};
use leptos_router::components::A;

pub(crate) async fn load_all(call: &ActionScope, account: &str) -> Result<Vec<(String, Value)>, CrossbarError> {
    let rows = fetch_all_pages(call, &format!("accounts/{}/phone_numbers", seg(account)), "").await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.get("id").and_then(Value::as_str).unwrap_or_default().to_string(), row))
        .collect())
}

#[component]
pub fn NumbersScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let rows = use_load(
        || t("action-open-numbers"),
        move |call| {
            let account = client.account_id();
            async move { load_all(&call, &account).await }
        },
    );
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-numbers")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/phone_numbers"] />
            <Loaded load=rows let:r>
                {
                    let count = t_with("list-count-all", &[("shown", r.len().into())]);
                    view! {
                        <table class="table">
                            <caption class="visually-hidden">{t("spbx-numbers")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("col-number")}</th>
                                    <th scope="col">{t("col-state")}</th>
                                    <th scope="col">{t("col-used-by")}</th>
                                    <th scope="col">{t("col-features")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {r.into_iter().map(|(number, n)| {
                                    let state = n.get("state").and_then(Value::as_str).unwrap_or_default().to_string();
                                    let used_by = n.get("used_by").and_then(Value::as_str).filter(|u| !u.is_empty());
                                    let used_by = used_by.map(|u| t_or(&format!("number-used-by-{u}"), u)).unwrap_or_else(|| t("number-spare"));
                                    let features = strings(n.get("features"));
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <A href=Screen::SmartPbx(Spbx::Number(number.clone())).href()>{number.clone()}</A>
                                            </th>
                                            <td>{t_or(&format!("number-state-{state}"), &state)}</td>
                                            <td>{used_by}</td>
                                            <td>{if features.is_empty() { "—".to_string() } else { features.join(", ") }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        <p class="list-count" role="status">{count}</p>
                    }
                }
            </Loaded>
        </section>
    }
}
