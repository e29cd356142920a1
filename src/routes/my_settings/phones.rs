//! My settings › my phones: the devices assigned to the signed-in person, read-only
//! (assigning and setting them up is the admin's, in Smart PBX › Devices).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::loaded::Loaded;
use crate::i18n::t;
use crate::routes::smartpbx::devices::list::type_label;

#[component]
pub fn MyPhones(owner_id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let devices = use_load(
        || t("action-open-my-phones"),
        move |call| {
            let (account, owner) = (client.own_account_id(), owner_id.clone());
            async move {
                let path = format!("accounts/{}/devices", seg(&account));
                fetch_all_pages(&call, &path, &format!("filter_owner_id={}", seg(&owner))).await
            }
        },
    );
    view! {
        <section class="settings-section" aria-labelledby="my-phones-title">
            <h3 id="my-phones-title">{t("my-phones-title")}</h3>
            <Loaded load=devices let:list>
                {if list.is_empty() {
                    view! { <p>{t("my-phones-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {list.iter().map(|d| {
                                let s = |k: &str| d.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                                let enabled = d.get("enabled").and_then(Value::as_bool) != Some(false);
                                view! {
                                    <li>
                                        {s("name")}" — "{type_label(&s("device_type"))}
                                        {(!enabled).then(|| view! { " " <span class="badge">{t("device-disabled")}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}
