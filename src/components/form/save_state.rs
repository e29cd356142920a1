//! The one save state every form and settings section shows: its field errors, the
//! message under its fields (`role="alert"`), the message beside its Save button
//! (`role="status"`) and the "made outside Smart PBX — save anyway?" question. A form's
//! write is an `Action` (`api::use_save`); its `pending()` is the form's busy state.
//!
//! Before a write, `pass` checks in the order Smart PBX's forms check: the form's own
//! field rules first (nothing is sent while a field is wrong), then — for a document
//! another app or the API made — the "save anyway?" question, because saving here
//! rewrites the document in Smart PBX's format. Only then may the form send.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::t;

/// A failed save: the message under the form, and the form fields it points at.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError {
    pub message: String,
    pub fields: FieldErrors,
}

impl From<patchbay_crossbar::CrossbarError> for SaveError {
    fn from(error: patchbay_crossbar::CrossbarError) -> Self {
        SaveError { message: crate::components::error_notice::error_text(&error), fields: vec![] }
    }
}

/// Messages by form-field key (`"name"`, `"sip_username"` …), from the form's own
/// checks or mapped from Crossbar's 400 answer.
pub type FieldErrors = Vec<(&'static str, String)>;

/// A form's save:
///
/// ```text
/// let state = SaveState::new(made_outside(&doc, ORIGIN_SMARTPBX));
/// let write = use_save(label, move |call, f| async move { /* send */ });
/// let save = move |confirmed: bool| {
///     let f = current();
///     if state.pass(validate(&f), confirmed) {
///         write.dispatch(f);
///     }
/// };
/// watch(move || match write.value().get() { /* state.saved(..) / state.failed(..) */ });
/// // in the view, below the form's alert:
/// <MadeOutsideConfirm open=gate.confirming question_key="made-outside-confirm"
///     on_confirm=Callback::new(move |_| save(true)) />
/// ```
#[derive(Clone, Copy)]
pub struct SaveState {
    pub errors: RwSignal<FieldErrors>,
    /// The message under the fields (`role="alert"`).
    pub form_error: RwSignal<Option<String>>,
    /// "Saved" and the like, beside the Save button (`role="status"`).
    pub status: RwSignal<Option<String>>,
    /// Whether the "made outside Smart PBX" question is open (see `MadeOutsideConfirm`).
    pub confirming: RwSignal<bool>,
    /// The document being edited was made outside Smart PBX (`made_outside`).
    outside: bool,
    /// The form last sent (the one holding the focus when `pass` ran), where a failed
    /// save puts the focus on the first field in error.
    form: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl SaveState {
    pub fn new(outside: bool) -> Self {
        SaveState {
            errors: RwSignal::new(FieldErrors::new()),
            form_error: RwSignal::new(None),
            status: RwSignal::new(None),
            confirming: RwSignal::new(false),
            outside,
            form: StoredValue::new_local(None),
        }
    }

    /// A state with no "made outside" question (documents Patchbay made, or screens
    /// whose writes are not documents of their own).
    pub fn plain() -> Self {
        Self::new(false)
    }

    /// The write went through: `message` beside the Save button.
    pub fn saved(&self, message: String) {
        self.errors.set(vec![]);
        self.form_error.set(None);
        self.status.set(Some(message));
    }

    /// The write failed, as `error` says.
    pub fn failed_with(&self, error: SaveError) {
        self.failed(error.message, error.fields);
    }

    /// The write failed: `message` under the fields, `fields` beside theirs.
    pub fn failed(&self, message: String, fields: FieldErrors) {
        self.status.set(None);
        let focus = !fields.is_empty();
        self.errors.set(fields);
        self.form_error.set(Some(message));
        if focus {
            self.focus_first_error();
        }
    }

    /// Once the errors are on screen, the keyboard focus goes to the first field in
    /// error of the form that was sent, so that the person lands where to fix it.
    fn focus_first_error(&self) {
        let Some(Some(form)) = self.form.try_get_value() else { return };
        request_animation_frame(move || {
            if let Ok(Some(field)) = form.query_selector("[aria-invalid=\"true\"]") {
                if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                    let _ = field.focus();
                }
            }
        });
    }

    /// The message for one field, for `TextField`'s `error`.
    pub fn error_for(&self, key: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| *f == key).map(|(_, m)| m.clone())))
    }

    /// Whether the form may send now. `local` is what the form's own checks found;
    /// `confirmed` is true when "Save anyway" was pressed. Otherwise the old status
    /// and message are cleared and the field errors, or the question, are shown.
    pub fn pass(&self, local: FieldErrors, confirmed: bool) -> bool {
        self.status.set(None);
        self.form_error.set(None);
        let form = document().active_element().and_then(|e| e.closest("form").ok().flatten());
        if form.is_some() {
            self.form.set_value(form);
        }
        if !local.is_empty() {
            self.errors.set(local);
            self.form_error.set(Some(t("form-has-errors")));
            self.focus_first_error();
            return false;
        }
        self.errors.set(vec![]);
        if self.outside && !confirmed {
            self.confirming.set(true);
            return false;
        }
        self.confirming.set(false);
        true
    }
}
