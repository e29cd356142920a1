//! What a form checks before it writes, in the order Smart PBX's forms check it: its
//! own field rules first (nothing is sent while a field is wrong), then — for a
//! document another app or the API made — the "save anyway?" question, because saving
//! here rewrites the document in Smart PBX's format. Only then may the form send.
//!
//! The gate owns the signals those steps touch, so every form shows its errors, its
//! status and the question the same way; the form keeps its own `busy` flag and sends.

use leptos::prelude::*;

use crate::i18n::t;

/// Messages by form-field key (`"name"`, `"sip_username"` …), from the form's own
/// checks or mapped from Crossbar's 400 answer.
pub type FieldErrors = Vec<(&'static str, String)>;

/// A form's save, with the gate:
///
/// ```text
/// let gate = SaveGate::new(made_outside(&doc, ORIGIN_SMARTPBX));
/// let save = move |confirmed: bool| {
///     let f = current();
///     if !gate.pass(validate(&f), confirmed) {
///         return;
///     }
///     busy.set(true);
///     spawn_local(async move { /* send, then gate.status / gate.errors */ });
/// };
/// // in the view, below the form's alert:
/// <MadeOutsideConfirm open=gate.confirming question_key="made-outside-confirm"
///     on_confirm=Callback::new(move |_| save(true)) />
/// ```
#[derive(Clone, Copy)]
pub struct SaveGate {
    pub errors: RwSignal<FieldErrors>,
    /// The message under the fields (`role="alert"`).
    pub form_error: RwSignal<Option<String>>,
    /// "Saved" and the like, beside the Save button (`role="status"`).
    pub status: RwSignal<Option<String>>,
    /// Whether the "made outside Smart PBX" question is open (see `MadeOutsideConfirm`).
    pub confirming: RwSignal<bool>,
    /// The document being edited was made outside Smart PBX (`made_outside`).
    outside: bool,
}

impl SaveGate {
    pub fn new(outside: bool) -> Self {
        SaveGate {
            errors: RwSignal::new(FieldErrors::new()),
            form_error: RwSignal::new(None),
            status: RwSignal::new(None),
            confirming: RwSignal::new(false),
            outside,
        }
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
        if !local.is_empty() {
            self.errors.set(local);
            self.form_error.set(Some(t("form-has-errors")));
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
