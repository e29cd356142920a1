//! Every "are you sure?" panel: a labelled `alertdialog` shown in place, next to what it
//! asks about. Opening it moves the focus onto the question (keyboard and screen-reader
//! users land on it, and it scrolls into view); Escape cancels it, like its Cancel
//! button; when it goes away, by either or by its answer, the focus returns to what
//! opened it, if that is still on the page.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::hooks::watch;

#[component]
pub fn Confirm(
    /// The id of the element holding the question.
    #[prop(optional, into)]
    labelled_by: MaybeProp<String>,
    /// A name for the panel where no single element holds the question.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// The id of the element saying what the answer will do.
    #[prop(optional, into)]
    described_by: MaybeProp<String>,
    /// What Escape does: the same as the panel's Cancel button.
    on_cancel: Callback<()>,
    /// Move the focus onto the panel when it opens (leave it off where the panel opens
    /// beside a field the person is still typing in).
    #[prop(default = true)]
    take_focus: bool,
    /// Where focus goes back to when the panel goes away, where that is not what had
    /// the focus when it opened (a button disabled while the question was prepared).
    #[prop(optional)]
    returns_focus_to: Option<NodeRef<leptos::html::Button>>,
    children: Children,
) -> impl IntoView {
    let panel = NodeRef::<Div>::new();
    let opener = match returns_focus_to.and_then(|button| button.get_untracked()) {
        Some(button) => Some(button.into()),
        None => document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    };
    let opener = StoredValue::new_local(opener);
    if take_focus {
        watch(move || {
            if let Some(panel) = panel.get() {
                let _ = panel.focus();
            }
        });
    }
    on_cleanup(move || {
        if let Some(Some(opener)) = opener.try_get_value() {
            if opener.is_connected() {
                let _ = opener.focus();
            }
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            ev.stop_propagation();
            on_cancel.run(());
        }
    };
    view! {
        <div
            class="confirm"
            role="alertdialog"
            aria-labelledby=move || labelled_by.get()
            aria-label=move || label.get()
            aria-describedby=move || described_by.get()
            tabindex=take_focus.then_some("-1")
            node_ref=panel
            on:keydown=on_keydown
        >
            {children()}
        </div>
    }
}
