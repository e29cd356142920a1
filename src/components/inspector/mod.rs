//! The API inspector: every Crossbar call, grouped under the GUI action that made
//! it, with bodies, timing, request ids, "Copy as" curl / fetch / Python / HTTPie and a
//! link to the docs; filtered by words, method or failure, and exported as HAR.

mod clipboard;
pub(crate) mod exchange_detail;
mod filter_bar;
mod har_export;
pub(crate) mod json_tree;
mod reproduce;
mod support_levels;

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_use::{use_event_listener, use_window};
use patchbay_crossbar::inspector::{Action, CallFilter, Exchange};
use wasm_bindgen::JsCast;

use crate::api::Crossbar;
use crate::hooks::watch;
use crate::i18n::{self, t, t_with};
use exchange_detail::ExchangeDetail;
use filter_bar::FilterBar;
use har_export::HarExport;
use reproduce::ReproduceButton;

/// Whether the panel is shown; toggled by the header button and Alt+I.
#[derive(Clone, Copy)]
pub struct InspectorOpen(pub RwSignal<bool>);

/// Expanded rows survive re-renders when new calls arrive.
#[derive(Clone, Copy)]
struct Expanded(RwSignal<HashSet<u64>>);

impl Expanded {
    fn toggle(&self, id: u64) {
        self.0.update(|s| {
            if !s.remove(&id) {
                s.insert(id);
            }
        });
    }
    fn is(&self, id: u64) -> bool {
        self.0.with(|s| s.contains(&id))
    }
}

/// Register Alt+I as the toggle shortcut.
pub fn inspector_shortcut(open: InspectorOpen) {
    let _ = use_event_listener(use_window(), leptos::ev::keydown, move |ev| {
        if ev.alt_key() && !ev.ctrl_key() && !ev.meta_key() && ev.code() == "KeyI" {
            ev.prevent_default();
            open.0.update(|o| *o = !*o);
        }
    });
}

pub fn format_duration(ms: f64) -> String {
    i18n::format_duration_ms(ms, &i18n::language())
}

fn exchange_summary(ex: &Exchange) -> String {
    let status = ex.status.map(|s| s.to_string()).unwrap_or_else(|| "—".into());
    format!("{} {} {} {}", ex.method, ex.readable_path(), status, format_duration(ex.duration_ms))
}

#[component]
pub fn InspectorPanel() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let open = expect_context::<InspectorOpen>();
    let expanded = Expanded(RwSignal::new(HashSet::new()));
    provide_context(expanded);
    let filter = RwSignal::new(CallFilter::default());
    let actions = move || {
        filter.with(|f| client.log.with(|log| log.newest_first().filter_map(|a| f.apply(a)).collect::<Vec<_>>()))
    };
    let counts = move || {
        let shown = actions().iter().map(|a| a.exchanges.len()).sum::<usize>();
        let all = client.log.with(|log| log.newest_first().map(|a| a.exchanges.len()).sum::<usize>());
        (shown, all)
    };

    // Opening moves focus to the panel's heading; closing (its button, Escape, Alt+I)
    // gives focus back to what had it, as a dialog does.
    let heading = NodeRef::<leptos::html::H2>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    watch(move || {
        if open.0.get() {
            if opener.with_value(Option::is_none) {
                let active = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                opener.set_value(active);
            }
            if let Some(heading) = heading.get() {
                let _ = heading.focus();
            }
        } else if let Some(Some(opener)) = opener.try_update_value(Option::take) {
            if opener.is_connected() {
                let _ = opener.focus();
            }
        }
    });
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            open.0.set(false);
        }
    };

    view! {
        <Show when=move || open.0.get()>
            <aside class="inspector" aria-labelledby="inspector-title" on:keydown=close_on_escape>
                <div class="inspector__bar">
                    <h2 id="inspector-title" tabindex="-1" node_ref=heading>{t("inspector-title")}</h2>
                    <button type="button" on:click=move |_| client.log.update(|l| l.clear())>{t("inspector-clear")}</button>
                    <button type="button" on:click=move |_| open.0.set(false)>{t("inspector-close")}</button>
                </div>
                <p class="inspector__intro">{t("inspector-intro")}</p>
                <FilterBar filter=filter />
                <div class="inspector__tools">
                    <HarExport />
                </div>
                <Show when=move || client.log.with(|l| l.newest_first().next().is_none())>
                    <p>{t("inspector-empty")}</p>
                </Show>
                <p class="inspector__count" role="status">
                    {move || {
                        let (shown, all) = counts();
                        (!filter.with(CallFilter::is_empty))
                            .then(|| t_with("inspector-shown", &[("shown", shown.into()), ("count", all.into())]))
                    }}
                </p>
                <ol class="inspector__actions" aria-live="polite" aria-relevant="additions">
                    <For each=actions key=|a: &Action| (a.id, a.exchanges.len()) let:action>
                        <ActionRow action=action />
                    </For>
                </ol>
            </aside>
        </Show>
    }
}

#[component]
fn ActionRow(action: Action) -> impl IntoView {
    let expanded = expect_context::<Expanded>();
    let timezone = expect_context::<Crossbar>().session.get_untracked().and_then(|s| s.timezone);
    let id = action.id;
    let list_id = format!("inspector-action-{id}");
    let count = action.exchanges.len();
    let summary = format!(
        "{} · {} · {}",
        t_with("inspector-calls", &[("count", count.into())]),
        format_duration(action.duration_ms()),
        i18n::format_timestamp_ms(action.started_at_ms, &i18n::language(), timezone.as_deref()),
    );
    let failed = action.failed();
    let exchanges = action.exchanges.clone();
    view! {
        <li class="inspector__action" class:inspector__action--failed=failed>
            <button
                type="button"
                class="inspector__action-toggle"
                aria-expanded=move || expanded.is(id).to_string()
                aria-controls=list_id.clone()
                on:click=move |_| expanded.toggle(id)
            >
                <span class="inspector__label">{action.label.clone()}</span>
                <span class="inspector__meta">{summary}</span>
            </button>
            <Show when=move || expanded.is(id)>
                <ReproduceButton action=action.clone() />
                <ul class="inspector__calls" id=list_id.clone()>
                    {exchanges.clone().into_iter().map(|ex| view! { <ExchangeRow exchange=ex /> }).collect_view()}
                </ul>
            </Show>
        </li>
    }
}

#[component]
fn ExchangeRow(exchange: Exchange) -> impl IntoView {
    let expanded = expect_context::<Expanded>();
    // Exchange ids share the counter with action ids, so they never collide.
    let id = exchange.id;
    let detail_id = format!("inspector-call-{id}");
    let summary = exchange_summary(&exchange);
    let status_class = match exchange.status {
        _ if exchange.expected => "status status--ok",
        Some(s) if s < 300 => "status status--ok",
        Some(s) if s < 500 => "status status--client",
        _ => "status status--server",
    };
    view! {
        <li class="inspector__call">
            <button
                type="button"
                class=status_class
                aria-expanded=move || expanded.is(id).to_string()
                aria-controls=detail_id.clone()
                on:click=move |_| expanded.toggle(id)
            >
                {summary}
            </button>
            <Show when=move || expanded.is(id)>
                <ExchangeDetail exchange=exchange.clone() id=detail_id.clone() />
            </Show>
        </li>
    }
}
