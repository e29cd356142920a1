//! One call in full: status, request id, timing, what an error answer means, headers,
//! bodies as trees, "Copy as" curl / fetch / Python / HTTPie, the docs link.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::docs::{docs_page, docs_url};
use patchbay_crossbar::inspector::Exchange;
use patchbay_crossbar::path::after_root;
use patchbay_crossbar::snippet::{snippet, Lang, SnippetContext};
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use super::clipboard::copy_to_clipboard;
use super::format_duration;
use super::json_tree::JsonTree;
use super::support_levels::SupportLevels;
use crate::api::{use_save, Crossbar};
use crate::components::environment::WriteGuard;
use crate::components::form::unique_id;
use crate::config::RuntimeConfig;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::api_console::ConsoleHandoff;
use crate::routes::table::Screen;
use patchbay_crossbar::gating::Section;

fn headers_text(headers: &[(String, String)]) -> String {
    headers.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("\n")
}

/// What an error answer means, for someone learning the API: the kind of refusal, then
/// Crossbar's own words for each field it refused.
fn explanation(ex: &Exchange) -> Option<(String, Vec<String>)> {
    let status = ex.status.filter(|s| *s >= 400 && !ex.expected)?;
    let err = CrossbarError::from_response(status, ex.response_body.as_deref().unwrap_or_default());
    let fields = err.field_errors().iter().map(|f| format!("{}: {}", f.path, f.message)).collect();
    let key = match status {
        400 => "inspector-means-400",
        401 => "inspector-means-401",
        402 => "inspector-means-402",
        403 => "inspector-means-403",
        404 => "inspector-means-404",
        405 => "inspector-means-405",
        409 => "inspector-means-409",
        412 => "inspector-means-412",
        413 | 416 => "inspector-means-413",
        429 => "inspector-means-429",
        s if s >= 500 => "inspector-means-500",
        _ => "inspector-means-other",
    };
    Some((t(key), fields))
}

/// A body as a tree when it is JSON with something inside, else as text.
fn body_view(text: String, label: String, on_copy: Callback<String>) -> AnyView {
    match serde_json::from_str::<Value>(&text) {
        Ok(v) if v.is_object() || v.is_array() => view! {
            <div class="inspector__code" role="group" aria-label=label><JsonTree value=v on_copy=on_copy /></div>
        }
        .into_any(),
        _ => view! { <pre class="inspector__code" aria-label=label>{text}</pre> }.into_any(),
    }
}

#[component]
pub fn ExchangeDetail(exchange: Exchange, id: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let account_id = Some(client.account_id()).filter(|a| !a.is_empty());
    let server = client.server_origin();
    let lang = RwSignal::new(Lang::Curl);
    let my_values = RwSignal::new(false);
    let code = {
        let (exchange, server) = (exchange.clone(), server.clone());
        Memo::new(move |_| {
            let ctx = SnippetContext {
                server_origin: server.clone(),
                account_id: account_id.clone(),
                my_values: my_values.get(),
            };
            snippet(&exchange, &ctx, lang.get())
        })
    };
    let docs = docs_url(&config.docs.crossbar, exchange.path()).zip(docs_page(exchange.path()));
    let said = RwSignal::new(None::<String>);
    let copy = move |text: String, done: String| {
        spawn_local(async move {
            let ok = copy_to_clipboard(text).await;
            let _ = said.try_set(Some(if ok { done } else { t("inspector-copy-failed") }));
        })
    };
    let on_copy_path = Callback::new(move |path: String| {
        copy(path.clone(), t_with("inspector-path-copied", &[("path", arg(path))]));
    });
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
    let response_for_copy = exchange.response_body.clone().unwrap_or_default();
    let request_for_copy = exchange.request_body.clone().filter(|b| !b.trim().is_empty());
    let support = after_root(&exchange.url, &client.root())
        .map(str::to_string)
        .map(|path| view! { <SupportLevels path=path body=exchange.request_body.clone() /> });
    let replay = after_root(&exchange.url, &client.root()).map(str::to_string).map(|path| {
        let body = exchange.request_body.clone().filter(|b| !b.trim().is_empty());
        (exchange.method.clone(), path, body)
    });
    let replay_view = replay.map(|(method, path, body)| {
        let guard_open = RwSignal::new(false);
        let again = use_save(
            |(method, path, _): &(String, String, Option<Value>)| {
                t_with("action-send-again", &[("method", arg(method.clone())), ("path", arg(path.clone()))])
            },
            move |call, (method, path, body): (String, String, Option<Value>)| async move {
                // Any answer is the point: it shows in the inspector like every call.
                let _ = call.send_as_typed(&method, &path, body).await;
                Ok::<_, CrossbarError>(())
            },
        );
        let parsed = body.as_deref().and_then(|b| serde_json::from_str::<Value>(b).ok());
        let request = (method.clone(), path.clone(), parsed);
        let line = format!("{method} /v2/{path}");
        let is_read = method == "GET";
        let request = StoredValue::new(request);
        let send_now = move |_| {
            if is_read {
                again.dispatch(request.get_value());
            } else {
                guard_open.set(true);
            }
        };
        let send_confirmed = Callback::new(move |_| {
            again.dispatch(request.get_value());
        });
        let redacted = body.as_deref().is_some_and(|b| b.contains("{CREDENTIALS}") || b.contains("{AUTH_TOKEN}"));
        let may_edit = client.session.get_untracked().is_some_and(|s| s.viewer().can_open(Section::ApiConsole));
        let navigate = leptos_router::hooks::use_navigate();
        let handoff = use_context::<ConsoleHandoff>();
        let edit = move |_| {
            if let Some(handoff) = handoff {
                handoff.0.set(Some((method.clone(), path.clone(), body.clone().unwrap_or_default())));
            }
            navigate(&Screen::ApiConsole.href(), Default::default());
        };
        view! {
            <button type="button" on:click=send_now disabled=move || again.pending().get()>{t("inspector-send-again")}</button>
            {may_edit.then(|| view! { <button type="button" on:click=edit>{t("inspector-edit-in-console")}</button> })}
            {redacted.then(|| view! { <p class="inspector__hint">{t("inspector-replay-redacted")}</p> })}
            <WriteGuard open=guard_open request=line on_confirm=send_confirmed />
        }
    });
    let (lang_id, mine_id) = (unique_id("copy-as"), unique_id("my-values"));
    let hint_server = server.clone();

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
            {explanation(&exchange).map(|(means, fields)| view! {
                <div class="inspector__means">
                    <p><strong>{t("inspector-means")}</strong> " " <span>{means}</span></p>
                    {(!fields.is_empty()).then(|| view! { <ul>{fields.into_iter().map(|f| view! { <li><code>{f}</code></li> }).collect_view()}</ul> })}
                </div>
            })}
            <p class="inspector__url"><code>{exchange.method.clone()} " " {exchange.url.clone()}</code></p>
            <div class="inspector__tools">
                {docs.map(|(url, page)| view! {
                    <a href=url target="_blank" rel="noopener noreferrer">{t_with("inspector-docs-label", &[("page", arg(page))])}</a>
                })}
                {request_for_copy.map(|body| view! {
                    <button type="button" on:click=move |_| copy(body.clone(), t("inspector-request-copied"))>
                        {t("inspector-copy-request")}
                    </button>
                })}
                <button type="button" on:click=move |_| copy(response_for_copy.clone(), t("inspector-body-copied"))>
                    {t("inspector-copy-response")}
                </button>
                {replay_view}
                <span role="status">{move || said.get()}</span>
            </div>
            <h3>{t("inspector-request")}</h3>
            <details>
                <summary>{t("inspector-headers")}</summary>
                <pre class="inspector__code">{headers_text(&exchange.request_headers)}</pre>
            </details>
            {body_view(request_body, t("inspector-request-body"), on_copy_path)}
            {support}
            <h3>{t("inspector-response")}</h3>
            <details>
                <summary>{t("inspector-headers")}</summary>
                <pre class="inspector__code">{headers_text(&exchange.response_headers)}</pre>
            </details>
            {body_view(response, t("inspector-response-body"), on_copy_path)}
            <h3>{t("inspector-copy-as-title")}</h3>
            <div class="inspector__tools">
                <label for=lang_id.clone()>{t("inspector-copy-as")}</label>
                <select id=lang_id on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    lang.set(Lang::ALL.into_iter().find(|l| l.name() == chosen).unwrap_or(Lang::Curl));
                }>
                    {Lang::ALL.into_iter().map(|l| view! { <option value=l.name() selected=move || lang.get() == l>{l.name()}</option> }).collect_view()}
                </select>
                <span>
                    <input type="checkbox" id=mine_id.clone() prop:checked=my_values on:change=move |ev| my_values.set(event_target_checked(&ev)) />
                    " " <label for=mine_id>{t("inspector-my-values")}</label>
                </span>
                <button type="button" on:click=move |_| copy(code.get_untracked(), t("inspector-copied"))>
                    {move || t_with("inspector-copy-code", &[("lang", arg(lang.get().name()))])}
                </button>
            </div>
            <pre class="inspector__code inspector__curl">{move || code.get()}</pre>
            <p class="inspector__hint">
                {move || if my_values.get() {
                    t("inspector-my-values-hint")
                } else {
                    t_with("inspector-curl-hint", &[("server", arg(hint_server.clone()))])
                }}
            </p>
        </div>
    }
}
