//! A modal dialog for a task inside a screen (choose an action, edit a step): the
//! browser's own `<dialog>` opened with `showModal`, so the page behind is inert, the
//! focus stays inside and Escape closes it; the focus goes back to what opened it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::hooks::watch;

#[component]
pub fn Dialog(
    /// Open while true; the dialog sets it false when Escape closes it.
    open: RwSignal<bool>,
    /// The id of the dialog's heading.
    #[prop(into)]
    labelled_by: String,
    #[prop(optional, into)] class: String,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let returns_to = Rc::new(RefCell::new(None::<web_sys::HtmlElement>));
    watch(move || {
        let wanted = open.get();
        let Some(d) = dialog.get() else { return };
        if wanted && !d.open() {
            *returns_to.borrow_mut() = document().active_element().and_then(|e| e.dyn_into().ok());
            let _ = d.show_modal();
        } else if !wanted && d.open() {
            d.close();
            if let Some(back) = returns_to.borrow_mut().take().filter(|b| b.is_connected()) {
                let _ = back.focus();
            }
        }
    });
    let on_cancel = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        open.set(false);
    };
    view! {
        <dialog node_ref=dialog class=format!("dialog {class}") aria-labelledby=labelled_by on:cancel=on_cancel>
            {move || open.get().then(|| children())}
        </dialog>
    }
}

/// A dialog's `open` that follows `item` (open while it holds something) and clears it
/// when the dialog is closed (Escape). Each side sets the other only on a change: a
/// signal set to the same value still notifies, and the two would wake each other for ever.
pub fn open_while<T: Send + Sync + 'static>(item: RwSignal<Option<T>>) -> RwSignal<bool> {
    let open = RwSignal::new(false);
    watch(move || {
        let wanted = item.with(Option::is_some);
        if open.get_untracked() != wanted {
            open.set(wanted);
        }
    });
    watch(move || {
        if !open.get() && item.with_untracked(Option::is_some) {
            item.set(None);
        }
    });
    open
}
