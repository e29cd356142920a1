//! Choosing an id in a path by name: `{USER_ID}` becomes a list of the account's users.

use leptos::prelude::*;
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::{use_load, Crossbar};
use crate::components::form::unique_id;
use crate::i18n::{arg, t_with};

/// A listing row's name, as the screens show it.
fn name_of(row: &Value) -> String {
    let text = |k: &str| row.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_string();
    let person = format!("{} {}", text("first_name"), text("last_name")).trim().to_string();
    [text("name"), person, text("mailbox")].into_iter().find(|s| !s.is_empty()).unwrap_or_else(|| doc_id(row))
}

#[component]
pub fn IdPicker(
    placeholder: &'static str,
    collection: &'static str,
    on_pick: Callback<(String, String)>,
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let rows = use_load(
        move || t_with("action-console-list", &[("collection", arg(collection))]),
        move |call| {
            let path = format!("accounts/{}/{collection}?page_size=50", seg(&client.account_id()));
            async move { Ok(call.get(&path).await?.data.as_array().cloned().unwrap_or_default()) }
        },
    );
    let id = unique_id("console-pick");
    view! {
        <div class="field">
            <label for=id.clone()>{t_with("console-pick", &[("placeholder", arg(placeholder))])}</label>
            <select id=id on:change=move |ev| {
                let value = event_target_value(&ev);
                if !value.is_empty() {
                    on_pick.run((placeholder.to_string(), value));
                }
            }>
                <option value="">{t_with("console-pick-none", &[("placeholder", arg(placeholder))])}</option>
                {move || rows.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|row| {
                    let id = doc_id(&row);
                    view! { <option value=id.clone()>{format!("{} ({id})", name_of(&row))}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
