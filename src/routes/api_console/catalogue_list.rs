//! The endpoints to start from, searched as one types ("users put", "messages").

use leptos::prelude::*;
use patchbay_crossbar::catalogue::{search, Endpoint};

use crate::components::form::unique_id;
use crate::i18n::{t, t_with};

#[component]
pub fn CatalogueList(on_choose: Callback<Endpoint>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| query.with(|q| search(q)));
    let id = unique_id("console-search");
    view! {
        <section class="api-console__catalogue" aria-labelledby="console-endpoints">
            <h2 id="console-endpoints">{t("console-endpoints")}</h2>
            <label for=id.clone()>{t("console-search")}</label>
            <input id=id type="search" placeholder=t("console-search-placeholder") prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            <p role="status" class="field__hint">{move || t_with("console-found", &[("count", found.with(Vec::len).into())])}</p>
            <ul class="api-console__endpoints">
                <For each=move || found.get() key=|e| e.path let:endpoint>
                    <li>
                        <button type="button" on:click=move |_| on_choose.run(endpoint)>
                            <code>{format!("/v2/{}", endpoint.path)}</code>
                            " "
                            <span class="api-console__methods">{endpoint.methods.join(" · ")}</span>
                        </button>
                    </li>
                </For>
            </ul>
        </section>
    }
}
