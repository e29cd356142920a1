//! A Crossbar listing as a table, fed page by page with `next_start_key` (never
//! `paginate=false`, which Crossbar refuses with 416 on large accounts). It always says
//! how many rows are shown and whether more exist, so a list is never silently cut.
//!
//! Long lists stay cheap: only the rows in (and near) the scrolled viewport are in the
//! DOM (see `window`), and scrolling near the end loads the next page. An optional search
//! box asks Crossbar's search views instead of filtering what happens to be loaded.

mod count;
mod window;

use leptos::html::Div;
use leptos::prelude::*;

use leptos::task::spawn_local;
use leptos_use::signal_debounced;
use patchbay_crossbar::search::{search_request, SearchView};
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use crate::api::{count_rows, page_path};
use crate::api::{ActionScope, Crossbar, Rounds};
use crate::components::error_notice::ErrorNotice;
use crate::i18n::{t, t_with};
use count::{count_message, Total};
use futures::future::LocalBoxFuture;
use window::{visible_rows, DEFAULT_ROW_PX};

/// Typing pauses this long before a search is sent.
const SEARCH_DEBOUNCE_MS: f64 = 300.0;

/// Server-side search for a table: which documents (`t`) and view (`q`) to search, the
/// search box's label, and how to show a search hit (Crossbar returns `id`, `name` and,
/// for the number views, `numbers`).
#[derive(Clone, Copy)]
pub struct TableSearch {
    pub doc_type: &'static str,
    pub view: SearchView,
    pub label_key: &'static str,
    pub row: fn(&Value) -> AnyView,
    /// The table's own query (its filters) goes with the search too.
    pub filtered: bool,
}

/// Adds to one page of rows what other collections know about them (the users grid's
/// numbers and devices), with the page's inspector action, before the page is shown.
/// Arguments: the action, the table's collection path, the page's rows.
pub type Enrich = fn(ActionScope, String, Vec<Value>) -> LocalBoxFuture<'static, Vec<Value>>;

/// Counts the listing and publishes the total unless a newer load superseded it.
async fn count_in_background(
    call: ActionScope,
    path: String,
    query: String,
    current: impl Fn() -> bool + 'static,
    total: RwSignal<Total>,
) {
    total.set(Total::Counting);
    let counted = count_rows(&call, &path, &query, &current).await;
    if current() {
        total.set(match counted {
            Ok(Some(m)) => Total::Known(m),
            _ => Total::Unknown,
        });
    }
}

#[component]
pub fn PagedTable(
    /// The collection below the Crossbar root, e.g. `accounts/{id}/devices`.
    path: String,
    /// Extra query parameters, e.g. `with_status=true`.
    #[prop(optional, into)]
    query: String,
    /// i18n key naming the table (caption) and its "Open …" inspector action.
    caption_key: &'static str,
    action_key: &'static str,
    /// i18n keys of the column headers.
    columns: Vec<&'static str>,
    /// The cells of one listing row (the first one a `<th scope="row">`).
    row: fn(&Value) -> AnyView,
    empty_key: &'static str,
    #[prop(optional)] search: Option<TableSearch>,
    #[prop(optional)] enrich: Option<Enrich>,
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let rows = RwSignal::new(Vec::<Value>::new());
    let next_key = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let loaded_once = RwSignal::new(false);
    let searching = RwSignal::new(false);
    let error = RwSignal::new(None::<CrossbarError>);
    let path = StoredValue::new(path);
    let query = StoredValue::new(query);
    let typed = RwSignal::new(String::new());
    let wanted: Signal<String> = signal_debounced(typed, SEARCH_DEBOUNCE_MS);
    // Answers to superseded requests (an older search still in flight) are dropped.
    let generation = StoredValue::new(0u64);
    // The total of the current listing (or search); only a fresh load recounts, so
    // "Load more" does not restart a count already under way.
    let total = RwSignal::new(Total::Unknown);
    let count_generation = StoredValue::new(0u64);
    // Whether the latest request was "Load more", so a retry repeats that request and
    // not a different one (after a failed search, the rows on screen are the old list's).
    let last_was_more = StoredValue::new(false);

    // A page's requests are cancelled by the next load (a new search) and a count's by
    // the next fresh load; both when the table goes. Their tasks may still run after the
    // table is gone, so the table's own stored values are read with `try_` there (a
    // disposed table just means "superseded").
    let pages = Rounds::new();
    let counts = Rounds::new();
    let load = move |more: bool| {
        last_was_more.set_value(more);
        let start = if more { next_key.get_untracked() } else { None };
        let found = search.and_then(|s| {
            let (search_path, search_query) =
                search_request(&path.get_value(), s.doc_type, s.view, &wanted.get_untracked())?;
            let own = query.get_value();
            let search_query =
                if s.filtered && !own.is_empty() { format!("{search_query}&{own}") } else { search_query };
            Some((search_path, search_query))
        });
        let is_search = found.is_some();
        let (list_path, list_query) = found.unwrap_or_else(|| (path.get_value(), query.get_value()));
        let url = page_path(&list_path, &list_query, start.as_deref());
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if !more {
            count_generation.update_value(|g| *g += 1);
            counts.cancel();
            total.set(Total::Unknown);
        }
        let counting_for = count_generation.get_value();
        let label = match (more, is_search) {
            (true, _) => t("action-load-more"),
            (false, true) => t_with("action-search", &[("text", wanted.get_untracked().into())]),
            (false, false) => t(action_key),
        };
        let collection = path.get_value();
        loading.set(true);
        error.set(None);
        let call = pages.scope(client, label);
        spawn_local(async move {
            let result = call.get(&url).await;
            let result = match (result, enrich) {
                (Ok(env), Some(enrich)) if !is_search => {
                    let page = env.data.as_array().cloned().unwrap_or_default();
                    let page = enrich(call, collection, page).await;
                    Ok((page, env.paging.next_start_key))
                }
                (result, _) => {
                    result.map(|env| (env.data.as_array().cloned().unwrap_or_default(), env.paging.next_start_key))
                }
            };
            if generation.try_get_value() != Some(mine) {
                return;
            }
            match result {
                Ok((page, next)) => {
                    let needs_count = !more && next.is_some();
                    rows.update(|r| {
                        if !more {
                            r.clear();
                        }
                        r.extend(page);
                    });
                    next_key.set(next);
                    searching.set(is_search);
                    loaded_once.set(true);
                    if needs_count {
                        let label = t_with("action-count", &[("list", t(caption_key).into())]);
                        spawn_local(count_in_background(
                            counts.scope(client, label),
                            list_path,
                            list_query,
                            move || count_generation.try_get_value() == Some(counting_for),
                            total,
                        ));
                    }
                }
                Err(CrossbarError::Cancelled) => {}
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    load(false);
    Effect::watch(move || wanted.get(), move |_, _, _| load(false), false);

    // Virtualisation: the scroll container's position picks the rows worth rendering.
    let scroller = NodeRef::<Div>::new();
    let scroll_top = RwSignal::new(0.0);
    let viewport = RwSignal::new(600.0);
    let row_px = RwSignal::new(DEFAULT_ROW_PX);
    let window = Memo::new(move |_| visible_rows(rows.with(Vec::len), scroll_top.get(), viewport.get(), row_px.get()));
    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else { return };
        scroll_top.set(f64::from(el.scroll_top()));
        viewport.set(f64::from(el.client_height()));
        if let Ok(Some(cell)) = el.query_selector("tbody tr[aria-rowindex] > *") {
            let height = f64::from(cell.client_height());
            if height >= 1.0 {
                row_px.set(height);
            }
        }
        let near_end =
            el.scroll_top() + el.client_height() + (4.0 * row_px.get_untracked()) as i32 >= el.scroll_height();
        if near_end && next_key.with_untracked(Option::is_some) && !loading.get_untracked() {
            load(true);
        }
    };
    let spacer = move |px: f64| view! { <tr class="spacer" aria-hidden="true" style:height=format!("{}px", px.round() as i64)></tr> };

    let count = move || {
        let more = next_key.with(Option::is_some);
        let (key, shown, all) = count_message(rows.with(Vec::len), more, searching.get(), total.get());
        t_with(key, &[("shown", shown.into()), ("total", all.into())])
    };
    let id_of = |v: &Value| v.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
    // ARIA: a known total lets assistive technology say "row 40 of 120"; -1 means unknown.
    let row_count = move || match (next_key.with(Option::is_some), total.get()) {
        (false, _) => rows.with(Vec::len) as i64 + 1,
        (true, Total::Known(m)) => m.max(rows.with(Vec::len)) as i64 + 1,
        (true, _) => -1,
    };
    let search_id = format!("{caption_key}-search");

    view! {
        {search.map(|s| view! {
            <div class="table-search" role="search">
                <label for=search_id.clone()>{t(s.label_key)}</label>
                <input
                    type="search"
                    id=search_id.clone()
                    autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </div>
        })}
        <ErrorNotice error=Signal::derive(move || error.get()) on_retry=Callback::new(move |_| load(last_was_more.get_value())) />
        <Show when=move || loading.get() && !loaded_once.get()>
            <p role="status">{t("loading")}</p>
        </Show>
        <Show when=move || loaded_once.get()>
            // Focusable, so a keyboard can scroll the table when it overflows its frame.
            <div class="table-scroll" node_ref=scroller on:scroll=on_scroll tabindex="0" role="region" aria-label=t(caption_key)>
                <table class="table" aria-rowcount=row_count>
                    <caption class="visually-hidden">{t(caption_key)}</caption>
                    <thead>
                        <tr aria-rowindex="1">{columns.iter().map(|c| view! { <th scope="col">{t(c)}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {move || spacer(window.get().0 as f64 * row_px.get())}
                        <For
                            each=move || {
                                let (start, end) = window.get();
                                rows.with(|r| r[start..end].iter().cloned().enumerate().map(|(i, v)| (start + i, v)).collect::<Vec<_>>())
                            }
                            key=move |(i, v)| (*i, id_of(v), searching.get_untracked())
                            let:item
                        >
                            <tr aria-rowindex=item.0 + 2>
                                {if searching.get_untracked() { search.map_or(row, |s| s.row)(&item.1) } else { row(&item.1) }}
                            </tr>
                        </For>
                        {move || spacer(rows.with(Vec::len).saturating_sub(window.get().1) as f64 * row_px.get())}
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p>{move || if searching.get() { t("list-search-empty") } else { t(empty_key) }}</p>
            </Show>
            <p class="list-count" role="status">{count}</p>
            <Show when=move || next_key.with(Option::is_some)>
                <button type="button" on:click=move |_| load(true) disabled=move || loading.get()>{t("list-load-more")}</button>
            </Show>
        </Show>
    }
}
