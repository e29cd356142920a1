//! "Search accounts": the whole tree below the signed-in account by name, realm or id,
//! in one request per pause in typing (`search/multi`, cb_search), so a reseller with
//! thousands of customers finds one in a keystroke or two.

use leptos::prelude::*;
use leptos_use::signal_debounced;
use patchbay_crossbar::search::{account_hits, account_search_request};
use serde_json::Value;

use super::sub_accounts::{account_row, COLUMNS};
use crate::api::use_load;
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::i18n::{t, t_with};

const DEBOUNCE_MS: f64 = 250.0;

#[component]
pub fn AccountSearch(root: String) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let wanted: Signal<String> = signal_debounced(typed, DEBOUNCE_MS);
    let root = StoredValue::new(root);
    let found = use_load(
        move || t_with("action-search-accounts", &[("text", wanted.get_untracked().into())]),
        move |call| {
            let request = account_search_request(&root.get_value(), &wanted.get());
            async move {
                let Some((path, query)) = request else { return Ok(None) };
                let env = call.get(&format!("{path}?{query}")).await?;
                Ok(Some(account_hits(&env.data)))
            }
        },
    );
    let id = unique_id("account-search");
    view! {
        <div class="field account-search" role="search">
            <label for=id.clone()>{t("accounts-search")}</label>
            <p class="field__hint" id=format!("{id}-hint")>{t("accounts-search-hint")}</p>
            <input id=id.clone() type="search" autocomplete="off" aria-describedby=format!("{id}-hint") bind:value=typed />
        </div>
        <Loaded load=found reread=true let:hits>
            {hits.map(|hits: Vec<Value>| {
                let count = hits.len();
                view! {
                    <p role="status">{t_with("accounts-search-found", &[("count", count.into())])}</p>
                    {(count > 0).then(|| view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t("accounts-search-results")>
                            <table class="table">
                                <caption>{t("accounts-search-results")}</caption>
                                <thead><tr>{COLUMNS.iter().map(|c| view! { <th scope="col">{t(c)}</th> }).collect_view()}</tr></thead>
                                <tbody>{hits.iter().map(|h| view! { <tr>{account_row(h)}</tr> }).collect_view()}</tbody>
                            </table>
                        </div>
                    })}
                }
            })}
        </Loaded>
    }
}
