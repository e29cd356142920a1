//! How far 2600Hz stands behind what a call sends: each field's `support_level` in the
//! endpoint's KAZOO schema (KAZOO's docs: alpha and beta features are not supported by
//! 2600Hz), read from Crossbar's own `GET /v2/schemas/{name}` when the person asks, and
//! a plain word when KAZOO's docs have no page for the endpoint at all.

use leptos::prelude::*;
use patchbay_crossbar::catalogue::{endpoint_for, support_levels};
use patchbay_crossbar::docs::docs_page;
use serde_json::Value;

use crate::api::use_save;
use crate::components::error_notice::error_text;
use crate::i18n::{arg, t, t_with};

fn level_text(level: &str) -> String {
    match level {
        "supported" => t("support-supported"),
        "beta" => t("support-beta"),
        "alpha" => t("support-alpha"),
        other => other.to_string(),
    }
}

#[component]
pub fn SupportLevels(
    /// After `/v2/`.
    path: String,
    body: Option<String>,
) -> impl IntoView {
    let documented = docs_page(&format!("/v2/{path}")).is_some();
    let schema = endpoint_for(&path).and_then(|e| e.schema);
    let data = body.as_deref().and_then(|b| serde_json::from_str::<Value>(b).ok()).and_then(|b| b.get("data").cloned());
    let fields =
        data.as_ref().and_then(Value::as_object).map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    let data = StoredValue::new(data.unwrap_or(Value::Null));
    // Read once, when first asked: an action of this row's, so its call shows in the inspector.
    let read = use_save(
        |schema: &&'static str| t_with("action-read-schema", &[("schema", arg(*schema))]),
        |call, schema: &'static str| async move { call.get(&format!("schemas/{schema}")).await.map(|env| env.data) },
    );
    let levels = move || {
        read.value().get().map(|answer| {
            answer.map(|schema| data.with_value(|d| support_levels(&schema, d))).map_err(|e| error_text(&e))
        })
    };
    let load = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
        let asked = read.pending().get_untracked() || read.value().with_untracked(Option::is_some);
        if let Some(schema) = schema.filter(|_| open && !asked) {
            read.dispatch(schema);
        }
    };
    view! {
        {(!documented).then(|| view! { <p class="inspector__note">{t("support-undocumented")}</p> })}
        {(schema.is_some() && !fields.is_empty()).then(|| view! {
            <details class="inspector__support" on:toggle=load>
                <summary>{t("support-title")}</summary>
                {move || match levels() {
                    None => view! { <p>{t("support-reading")}</p> }.into_any(),
                    Some(Err(e)) => view! { <p role="alert">{e}</p> }.into_any(),
                    Some(Ok(found)) => view! {
                        <ul>
                            {fields.iter().map(|f| {
                                let level = found.iter().find(|(k, _)| k == f).map(|(_, l)| level_text(l)).unwrap_or_else(|| t("support-unmarked"));
                                view! { <li><code>{f.clone()}</code> ": " {level}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }}
            </details>
        })}
    }
}
