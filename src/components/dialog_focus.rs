//! Confirmation panels take the focus when they open, so keyboard and screen-reader
//! users land on the question (and it scrolls into view) instead of staying on the
//! button that opened it.

use leptos::html::Div;
use leptos::prelude::*;

use crate::hooks::watch;

/// A node ref for a confirmation panel (give the panel `tabindex="-1"`); it is focused
/// as soon as it is mounted.
pub fn focused_on_open() -> NodeRef<Div> {
    let node = NodeRef::<Div>::new();
    watch(move || {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    node
}
