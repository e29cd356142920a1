//! The DNS records the saved domain needs, as the server describes them
//! (`GET /v2/accounts/{A}/whitelabel/domains?domain=…`, cb_whitelabel `load_domains`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;

use super::doc::{dns_records, DnsRecord};
use super::whitelabel_path;
use crate::api::{use_load, Crossbar};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};

fn record_row(r: DnsRecord) -> impl IntoView {
    view! {
        <tr>
            <td>{r.kind}</td>
            <th scope="row"><code>{r.host}</code></th>
            <td>{r.points_to.into_iter().map(|m| view! { <code class="branding-dns__value">{m}</code> }).collect_view()}</td>
            <td>{r.purpose}</td>
        </tr>
    }
}

#[component]
pub fn DnsHints(domain: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let asked = domain.clone();
    let records = use_load(
        || t("action-load-dns-records"),
        move |call| {
            let path = format!("{}/domains?domain={}", whitelabel_path(&client.account_id()), seg(&asked));
            async move { call.get(&path).await.map(|env| dns_records(&env.data)) }
        },
    );
    let title = t_with("branding-dns-title", &[("domain", arg(domain.clone()))]);
    view! {
        <section class="branding-dns" aria-labelledby="branding-dns-title">
            <h2 id="branding-dns-title">{title.clone()}</h2>
            <p>{t_with("branding-dns-intro", &[("domain", arg(domain))])}</p>
            <Loaded load=records let:records>
                {match records.is_empty() {
                    true => view! { <p>{t("branding-dns-none")}</p> }.into_any(),
                    false => view! {
                        <table class="branding-dns__table">
                            <caption class="visually-hidden">{title.clone()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("branding-dns-type")}</th>
                                    <th scope="col">{t("branding-dns-host")}</th>
                                    <th scope="col">{t("branding-dns-value")}</th>
                                    <th scope="col">{t("branding-dns-purpose")}</th>
                                </tr>
                            </thead>
                            <tbody>{records.into_iter().map(record_row).collect_view()}</tbody>
                        </table>
                    }.into_any(),
                }}
            </Loaded>
        </section>
    }
}
