//! "Filter calls": words looked for in each call's method, status, path and bodies
//! (`patchbay_crossbar::inspector::CallFilter`), one method, or only the failed calls.

use leptos::prelude::*;
use patchbay_crossbar::inspector::CallFilter;

use crate::components::form::unique_id;
use crate::i18n::t;

const METHODS: [&str; 5] = ["GET", "PUT", "POST", "PATCH", "DELETE"];

#[component]
pub fn FilterBar(filter: RwSignal<CallFilter>) -> impl IntoView {
    let (search, method, failed) =
        (unique_id("inspector-filter"), unique_id("inspector-method"), unique_id("inspector-failed"));
    view! {
        <div class="inspector__filter" role="search" aria-label=t("inspector-filter-region")>
            <label for=search.clone() class="visually-hidden">{t("inspector-filter")}</label>
            <input
                id=search
                type="search"
                placeholder=t("inspector-filter-placeholder")
                prop:value=move || filter.with(|f| f.text.clone())
                on:input=move |ev| filter.update(|f| f.text = event_target_value(&ev))
            />
            <label for=method.clone() class="visually-hidden">{t("inspector-method")}</label>
            <select id=method on:change=move |ev| filter.update(|f| f.method = event_target_value(&ev))>
                <option value="">{t("inspector-any-method")}</option>
                {METHODS.iter().map(|m| view! { <option value=*m selected=move || filter.with(|f| f.method == *m)>{*m}</option> }).collect_view()}
            </select>
            <span class="inspector__failed">
                <input
                    id=failed.clone()
                    type="checkbox"
                    prop:checked=move || filter.with(|f| f.failed_only)
                    on:change=move |ev| filter.update(|f| f.failed_only = event_target_checked(&ev))
                />
                <label for=failed>{t("inspector-failed-only")}</label>
            </span>
        </div>
    }
}
