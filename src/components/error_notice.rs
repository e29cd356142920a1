//! A Crossbar error as a person should read it.

use leptos::prelude::*;
use patchbay_crossbar::CrossbarError;

use crate::i18n::{t, t_with};

/// The sentence for an error (status included where it helps).
pub fn error_text(err: &CrossbarError) -> String {
    let status = err.status().map(|s| s.to_string()).unwrap_or_default();
    let mut text = t_with(err.i18n_key(), &[("status", crate::i18n::arg(status))]);
    if let CrossbarError::Validation { fields } = err {
        // Field errors are shown beside their fields; list any the form has no field for.
        let details: Vec<String> = fields.iter().map(|f| format!("{}: {}", f.path, f.message)).collect();
        if !details.is_empty() {
            text = format!("{text} {}", details.join("; "));
        }
    }
    text
}

#[component]
pub fn ErrorNotice(
    #[prop(into)] error: Signal<Option<CrossbarError>>,
    #[prop(optional)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    move || {
        error.get().map(|err| {
            view! {
                <div class="error-notice" role="alert">
                    <p>{error_text(&err)}</p>
                    {on_retry.map(|cb| view! { <button type="button" on:click=move |_| cb.run(())>{t("retry")}</button> })}
                </div>
            }
        })
    }
}
