//! Labelled form fields with their error messages tied to them (`aria-describedby`,
//! `aria-invalid`), so screen readers announce what is wrong and where; and what a
//! form checks and asks before it saves (`SaveState`, `MadeOutsideConfirm`).

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

mod bound;
mod choice;
pub mod dates;
mod made_outside_confirm;
mod rules;
mod save_state;
pub use bound::bound;
pub use choice::{CheckboxField, SelectField};
pub use made_outside_confirm::MadeOutsideConfirm;
pub use rules::name_problem;
pub use save_state::{FieldErrors, SaveError, SaveState};

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

pub fn unique_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

#[component]
pub fn TextField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let id = unique_id("field");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let has_hint = hint.is_some();
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = vec![];
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                type=input_type
                autocomplete=autocomplete
                required=required
                maxlength=maxlength
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described_by
                bind:value=value
            />
            {move || error.get().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}
