//! One call in full: status, request id, timing, headers, bodies, curl, docs link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::docs::{docs_page, docs_url};
use patchbay_crossbar::inspector::Exchange;
use patchbay_crossbar::snippet::{to_curl, SnippetContext};

use super::format_duration;
use crate::api::Crossbar;
use crate::config::RuntimeConfig;
use crate::i18n::{self, arg, t, t_with};

fn headers_text(headers: &[(String, String)]) -> String {
    headers.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("\n")
}

async fn copy_to_clipboard(text: String) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}

#[component]
pub fn ExchangeDetail(exchange: Exchange, id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let account_id = client.session.get_untracked().map(|s| s.account_id);
    let ctx = SnippetContext { server_origin: client.server_origin(), account_id };
    let curl = to_curl(&exchange, &ctx);
    let docs = docs_url(&config.docs.crossbar, exchange.path()).zip(docs_page(exchange.path()));
    let copy_state = RwSignal::new(None::<bool>);
    let curl_for_copy = curl.clone();
    let on_copy = move |_| {
        let text = curl_for_copy.clone();
        spawn_local(async move { copy_state.set(Some(copy_to_clipboard(text).await)) });
    };
    let status = exchange.status.map(|s| s.to_string()).unwrap_or_else(|| "—".into());
    let started = i18n::format_timestamp_ms(
        exchange.started_at_ms,
        &i18n::language(),
        client.session.get_untracked().and_then(|s| s.timezone).as_deref(),
    );
    let no_body = t("inspector-no-body");
    let request_body = exchange.request_body.clone().unwrap_or_else(|| no_body.clone());
    let response = match (&exchange.response_body, exchange.status) {
        (Some(b), _) if !b.is_empty() => b.clone(),
        (_, Some(_)) => no_body.clone(),
        (_, None) => t_with("inspector-no-response", &[("reason", arg(exchange.note.clone().unwrap_or_default()))]),
    };

    view! {
        <div class="inspector__detail" id=id>
            <dl class="inspector__facts">
                <dt>{t("inspector-status")}</dt>
                <dd>{status}</dd>
                <dt>{t("inspector-request-id")}</dt>
                <dd><code>{exchange.request_id.clone().unwrap_or_else(|| "—".into())}</code></dd>
                <dt>{t("inspector-started")}</dt>
                <dd>{started}</dd>
                <dt>{t("inspector-duration")}</dt>
                <dd>{format_duration(exchange.duration_ms)}</dd>
            </dl>
            {exchange.note.clone().filter(|_| exchange.status.is_some()).map(|n| view! { <p class="inspector__note">{n}</p> })}
            <p class="inspector__url"><code>{exchange.method.clone()} " " {exchange.url.clone()}</code></p>
            <div class="inspector__tools">
                <button type="button" on:click=on_copy>{t("inspector-copy-curl")}</button>
                {docs.map(|(url, page)| view! {
                    <a href=url target="_blank" rel="noopener noreferrer">{t_with("inspector-docs-label", &[("page", arg(page))])}</a>
                })}
                <span role="status">
                    {move || copy_state.get().map(|ok| if ok { t("inspector-copied") } else { t("inspector-copy-failed") })}
                </span>
            </div>
            <h3>{t("inspector-request")}</h3>
            <details>
                <summary>{t("inspector-headers")}</summary>
                <pre class="inspector__code">{headers_text(&exchange.request_headers)}</pre>
            </details>
            <pre class="inspector__code" aria-label=t("inspector-body")>{request_body}</pre>
            <h3>{t("inspector-response")}</h3>
            <details>
                <summary>{t("inspector-headers")}</summary>
                <pre class="inspector__code">{headers_text(&exchange.response_headers)}</pre>
            </details>
            <pre class="inspector__code" aria-label=t("inspector-body")>{response}</pre>
            <h3>{t("inspector-curl")}</h3>
            <pre class="inspector__code inspector__curl">{curl}</pre>
            <p class="inspector__hint">{t_with("inspector-curl-hint", &[("server", arg(ctx.server_origin.clone()))])}</p>
        </div>
    }
}
