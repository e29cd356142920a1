//! What an account is billed and may use, read-only, as Crossbar answers it: its
//! trunk limits (`GET …/limits`, KAZOO `applications/crossbar/doc/limits.md`) and its
//! service plan's items, quantities and monthly total (`GET …/services/summary`).

use leptos::prelude::*;
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::use_load;
use crate::components::loaded::Loaded;
use crate::i18n::{self, format_money, format_number, t};

/// The limits shown, with their labels.
const LIMITS: [(&str, &str); 5] = [
    ("twoway_trunks", "billing-twoway-trunks"),
    ("inbound_trunks", "billing-inbound-trunks"),
    ("outbound_trunks", "billing-outbound-trunks"),
    ("burst_trunks", "billing-burst-trunks"),
    ("max_postpay_amount", "billing-max-postpay"),
];

/// A limit in words: KAZOO reads a negative trunk count as "no limit".
fn limit_text(value: &Value, language: &str) -> String {
    match value.as_f64() {
        Some(n) if n < 0.0 => t("billing-no-limit"),
        Some(n) => format_number(n, language),
        None => match value.as_bool() {
            Some(true) => t("billing-yes"),
            Some(false) => t("billing-no"),
            None => t("billing-not-set"),
        },
    }
}

#[component]
pub fn BillingSection(account_id: String) -> impl IntoView {
    let account = StoredValue::new(account_id);
    let loaded = use_load(
        || t("action-open-account-billing"),
        move |call| {
            let base = format!("accounts/{}", seg(&account.get_value()));
            async move {
                let (limits_path, summary_path) = (format!("{base}/limits"), format!("{base}/services/summary"));
                let (limits, summary) = futures::join!(call.get(&limits_path), call.get(&summary_path));
                Ok((limits?.data, summary?.data))
            }
        },
    );
    view! {
        <section aria-labelledby="account-billing-title">
            <h2 id="account-billing-title">{t("billing-title")}</h2>
            <p>{t("billing-intro")}</p>
            <Loaded load=loaded let:ready>
                <BillingView limits=ready.0 summary=ready.1 />
            </Loaded>
        </section>
    }
}

#[component]
fn BillingView(limits: Value, summary: Value) -> impl IntoView {
    let language = i18n::language();
    let invoice = summary.pointer("/invoices/0").cloned();
    let items: Vec<Value> =
        invoice.as_ref().and_then(|i| i.get("items")).and_then(Value::as_array).cloned().unwrap_or_default();
    let recurring = invoice.as_ref().and_then(|i| i.pointer("/summary/recurring")).and_then(Value::as_f64);
    let currency = "USD";
    let money = {
        let language = language.clone();
        move |v: Option<f64>| v.map(|v| format_money(v, &language, currency)).unwrap_or_default()
    };
    let standing = summary.pointer("/status/acceptable").and_then(Value::as_bool);
    view! {
        <h3>{t("billing-limits")}</h3>
        <dl class="account-facts">
            {LIMITS.iter().map(|(key, label)| {
                let text = limit_text(limits.get(*key).unwrap_or(&Value::Null), &language);
                view! { <dt>{t(label)}</dt><dd>{text}</dd> }
            }).collect_view()}
        </dl>
        <h3>{t("billing-plan")}</h3>
        {match invoice {
            None => view! { <p>{t("billing-no-plan")}</p> }.into_any(),
            Some(_) => view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=t("billing-items")>
                    <table class="table">
                        <caption>{t("billing-items")}</caption>
                        <thead><tr>
                            <th scope="col">{t("billing-item")}</th>
                            <th scope="col">{t("billing-quantity")}</th>
                            <th scope="col">{t("billing-rate")}</th>
                            <th scope="col">{t("billing-total")}</th>
                        </tr></thead>
                        <tbody>
                            {items.iter().map(|item| {
                                let quantity = item.get("quantity").and_then(Value::as_f64).unwrap_or(0.0);
                                view! { <tr>
                                    <th scope="row">{str_at(item, "name").to_string()}</th>
                                    <td>{format_number(quantity, &language)}</td>
                                    <td>{money(item.get("rate").and_then(Value::as_f64))}</td>
                                    <td>{money(item.get("total").and_then(Value::as_f64))}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p>{t("billing-monthly")} " " <strong>{money(recurring)}</strong></p>
            }.into_any(),
        }}
        {standing.map(|ok| view! { <p>{if ok { t("billing-good-standing") } else { t("billing-not-good-standing") }}</p> })}
    }
}
