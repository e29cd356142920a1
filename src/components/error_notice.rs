//! A Crossbar error as a person should read it.

use leptos::prelude::*;
use patchbay_crossbar::{CrossbarError, FieldError};

use crate::components::conflict_dialog::field_label;
use crate::i18n::{arg, t, t_with};

/// The sentence for an error (status included where it helps).
pub fn error_text(err: &CrossbarError) -> String {
    let status = err.status().map(|s| s.to_string()).unwrap_or_default();
    let mut text = t_with(err.i18n_key(), &[("status", crate::i18n::arg(status))]);
    if let CrossbarError::Validation { fields } = err {
        // Field errors are shown beside their fields; list any the form has no field for.
        let details: Vec<String> =
            fields.iter().map(|f| format!("{}: {}", field_in_words(&f.path), problem_in_words(f))).collect();
        if !details.is_empty() {
            text = format!("{text} {}", details.join("; "));
        }
    }
    text
}

/// What Crossbar found wrong with a field, said for a person ("Too long: at most 15
/// characters."), from the validator that failed; a validator without words here keeps
/// Crossbar's own message. The raw answer stays in the inspector.
pub fn problem_in_words(f: &FieldError) -> String {
    let target = f.target.as_ref().map(|t| t.as_str().map_or_else(|| t.to_string(), str::to_string));
    let key = match (f.validator.as_str(), &target) {
        ("required", _) => "field-problem-required",
        ("unique", _) => "field-problem-unique",
        ("minLength", Some(_)) => "field-problem-min-length",
        ("maxLength", Some(_)) => "field-problem-max-length",
        ("minimum", Some(_)) => "field-problem-minimum",
        ("maximum", Some(_)) => "field-problem-maximum",
        ("pattern" | "format", _) => "field-problem-format",
        ("enum", _) => "field-problem-choice",
        ("type", _) => "field-problem-type",
        _ => return f.message.clone(),
    };
    t_with(key, &[("target", arg(target.unwrap_or_default()))])
}

/// A document path Crossbar named (`caller_id.external.number`) as words (see
/// `field_label`).
pub fn field_in_words(path: &str) -> String {
    field_label(&path.split('.').map(str::to_string).collect::<Vec<_>>())
}

#[component]
pub fn ErrorNotice(
    #[prop(into)] error: Signal<Option<CrossbarError>>,
    #[prop(optional)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    move || error.get().map(|err| view! { <AlertNotice text=error_text(&err) on_retry=on_retry /> })
}

/// A problem said in one sentence, announced to screen readers, with "Try again" when the
/// caller can retry. `ErrorNotice` says Crossbar errors through it; a screen that failed
/// before any request (a section's file that did not download) says its own sentence.
#[component]
pub fn AlertNotice(text: String, on_retry: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div class="error-notice" role="alert">
            <p>{text}</p>
            {on_retry.map(|cb| view! { <button type="button" on:click=move |_| cb.run(())>{t("retry")}</button> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field(path: &str, validator: &str, target: Option<serde_json::Value>) -> FieldError {
        let message = "Crossbar's own words".to_string();
        FieldError { path: path.into(), validator: validator.into(), message, value: None, target }
    }

    #[test]
    fn crossbar_field_errors_are_said_in_words_with_crossbar_s_message_as_the_fallback() {
        assert_eq!(
            problem_in_words(&field("cnam.display_name", "maxLength", Some(json!(15)))),
            "Too long: at most 15 characters."
        );
        assert_eq!(problem_in_words(&field("first_name", "required", None)), "This is required.");
        assert_eq!(problem_in_words(&field("x", "someNewValidator", None)), "Crossbar's own words");
        let error = CrossbarError::Validation { fields: vec![field("caller_id.external.number", "pattern", None)] };
        assert_eq!(
            error_text(&error),
            "Not saved: some entries need a change. External caller ID number: Not in the expected form."
        );
        assert_eq!(field_in_words("some_new.thing"), "Some new › Thing");
    }
}
