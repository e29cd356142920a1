//! A Crossbar listing as a table, fed page by page with `next_start_key` (never
//! `paginate=false`, which Crossbar refuses with 416 on large accounts). It always says
//! how many rows are shown and whether more exist, so a list is never silently cut.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use crate::api::Crossbar;
use crate::components::error_notice::ErrorNotice;
use crate::i18n::{t, t_with};

pub const PAGE_SIZE: u32 = 50;

/// `path?query&page_size=..[&start_key=..]`, the start key URL-encoded.
pub fn page_path(path: &str, query: &str, start_key: Option<&str>) -> String {
    let mut out = format!("{path}?");
    if !query.is_empty() {
        out.push_str(query);
        out.push('&');
    }
    out.push_str(&format!("page_size={PAGE_SIZE}"));
    if let Some(key) = start_key {
        out.push_str("&start_key=");
        out.push_str(&url::form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>());
    }
    out
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
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let rows = RwSignal::new(Vec::<Value>::new());
    let next_key = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let loaded_once = RwSignal::new(false);
    let error = RwSignal::new(None::<CrossbarError>);
    let path = StoredValue::new(path);
    let query = StoredValue::new(query);

    let load = move |more: bool| {
        let start = if more { next_key.get_untracked() } else { None };
        let url = page_path(&path.get_value(), &query.get_value(), start.as_deref());
        loading.set(true);
        error.set(None);
        spawn_local(async move {
            let label = if more { t("action-load-more") } else { t(action_key) };
            match client.action(label).get(&url).await {
                Ok(env) => {
                    let page = env.data.as_array().cloned().unwrap_or_default();
                    rows.update(|r| {
                        if !more {
                            r.clear();
                        }
                        r.extend(page);
                    });
                    next_key.set(env.paging.next_start_key.clone());
                    loaded_once.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    load(false);

    let count = move || {
        let shown = rows.with(Vec::len);
        let key = if next_key.with(Option::is_some) { "list-count-more" } else { "list-count-all" };
        t_with(key, &[("shown", shown.into())])
    };
    let key_of = |v: &Value| v.get("id").and_then(Value::as_str).unwrap_or_default().to_string();

    view! {
        <ErrorNotice error=Signal::derive(move || error.get()) on_retry=Callback::new(move |_| load(rows.with_untracked(|r| !r.is_empty()))) />
        <Show when=move || loading.get() && !loaded_once.get()>
            <p role="status">{t("loading")}</p>
        </Show>
        <Show when=move || loaded_once.get()>
            <table class="table">
                <caption class="visually-hidden">{t(caption_key)}</caption>
                <thead>
                    <tr>{columns.iter().map(|c| view! { <th scope="col">{t(c)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=key_of let:item>
                        <tr>{row(&item)}</tr>
                    </For>
                </tbody>
            </table>
            <Show when=move || rows.with(Vec::is_empty)>
                <p>{t(empty_key)}</p>
            </Show>
            <p class="list-count" role="status">{count}</p>
            <Show when=move || next_key.with(Option::is_some)>
                <button type="button" on:click=move |_| load(true) disabled=move || loading.get()>{t("list-load-more")}</button>
            </Show>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_keys_are_sent_back_url_encoded() {
        assert_eq!(
            page_path("accounts/a/users", "ascending=true", None),
            "accounts/a/users?ascending=true&page_size=50"
        );
        assert_eq!(
            page_path("accounts/a/devices", "", Some("g2+/=")),
            "accounts/a/devices?page_size=50&start_key=g2%2B%2F%3D"
        );
    }
}
