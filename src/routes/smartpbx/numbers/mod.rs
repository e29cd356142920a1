//! Smart PBX › Numbers: the account's phone numbers with their state, what uses them
//! and their features. Crossbar answers this listing with an object keyed by number;
//! it is still paged, so every page is read.

pub mod buy;
pub mod features;
pub mod port;
mod ports;
mod routing;

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
use crate::i18n::{arg, t, t_or, t_with};
use crate::routes::smartpbx::json::strings;
use crate::routes::table::{Screen, Spbx};
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use patchbay_monster::phone::readable;
use patchbay_monster::used_by::{numbers_reach, Reaches};
use patchbay_smartpbx::porting;
use std::collections::BTreeMap;

use ports::PortRequests;

pub(crate) async fn load_all(call: &ActionScope, account: &str) -> Result<Vec<(String, Value)>, CrossbarError> {
    let rows = fetch_all_pages(call, &format!("accounts/{}/phone_numbers", seg(account)), "").await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.get("id").and_then(Value::as_str).unwrap_or_default().to_string(), row))
        .collect())
}

/// The numbers, what each one reaches, and the requests to bring numbers over.
type Screenful = (Vec<(String, Value)>, BTreeMap<String, Reaches>, Vec<Value>);

/// The numbers, and what each one reaches (the callflows that list them, with the users
/// and groups those belong to, so "Used by" can name them).
async fn load_screen(call: &ActionScope, account: &str) -> Result<Screenful, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let (callflows, users, groups) = (format!("{base}/callflows"), format!("{base}/users"), format!("{base}/groups"));
    let (numbers, callflows, users, groups, ports) = futures::join!(
        load_all(call, account),
        fetch_all_pages(call, &callflows, "has_key=numbers"),
        fetch_all_pages(call, &users, ""),
        fetch_all_pages(call, &groups, ""),
        porting::list(call, account),
    );
    Ok((numbers?, numbers_reach(&callflows?, &users?, &groups?), ports?))
}

/// "Used by" in words: the main number, a user or ring group by name, another app.
fn used_by_text(number: &Value, reaches: Option<&Reaches>) -> String {
    let app = number.get("used_by").and_then(Value::as_str).filter(|u| !u.is_empty());
    match (app, reaches) {
        (None, _) => t("number-spare"),
        (Some("callflow"), Some(Reaches::MainNumber)) => t("number-reaches-main"),
        (Some("callflow"), Some(Reaches::MainConference)) => t("number-reaches-conference"),
        (Some("callflow"), Some(Reaches::MainFax)) => t("number-reaches-fax"),
        (Some("callflow"), Some(Reaches::User(name))) => name.clone(),
        (Some("callflow"), Some(Reaches::Group(name))) => {
            t_with("number-reaches-group", &[("name", arg(name.clone()))])
        }
        (Some("callflow"), Some(Reaches::Callflow(name))) if !name.is_empty() => name.clone(),
        (Some(app), _) => t_or(&format!("number-used-by-{app}"), app),
    }
}

#[component]
pub fn NumbersScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let navigate = use_navigate();
    let port_navigate = navigate.clone();
    let rows = use_load(
        || t("action-open-numbers"),
        move |call| {
            let account = client.account_id();
            async move { load_screen(&call, &account).await }
        },
    );
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-numbers")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/phone_numbers"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::SmartPbx(Spbx::BuyNumbers).href(), Default::default())>
                    {t("buy-title")}
                </button>
                " "
                <button type="button" on:click=move |_| port_navigate(&Screen::SmartPbx(Spbx::PortNumbers).href(), Default::default())>
                    {t("port-title")}
                </button>
            </p>
            <Loaded load=rows let:loaded>
                {
                    let (r, reach, ports) = loaded;
                    let ports = view! { <PortRequests requests=ports on_changed=Callback::new(move |_| rows.refetch()) /> };
                    if r.is_empty() {
                        return view! { <p>{t("numbers-empty-state")}</p> {ports} }.into_any();
                    }
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
                                    let used_by = used_by_text(&n, reach.get(&number));
                                    let features = strings(n.get("features"));
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <A href=Screen::SmartPbx(Spbx::Number(number.clone())).href()>{readable(&number)}</A>
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
                        {ports}
                    }.into_any()
                }
            </Loaded>
        </section>
    }
}
