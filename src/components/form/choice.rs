//! A labelled checkbox and a labelled select, each with a real `<label>` so people
//! and tests find them by name.

use leptos::prelude::*;

use super::unique_id;

#[component]
pub fn CheckboxField(#[prop(into)] label: String, checked: RwSignal<bool>) -> impl IntoView {
    let id = unique_id("check");
    view! {
        <div class="field field--check">
            <input id=id.clone() type="checkbox" bind:checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}

/// A select over `(value, label)` options.
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let id = unique_id("select");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = value.with_untracked(|cur| *cur == v);
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
