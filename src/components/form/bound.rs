//! Keeping a hand-built `<select>` showing its signal's value.

use leptos::prelude::*;

use crate::hooks::watch;

/// A `<select>` showing `value`: set once its options exist (an effect runs after
/// mounting) and whenever `value` changes; pair with `on:change` to write back.
pub fn bound(value: RwSignal<String>) -> NodeRef<leptos::html::Select> {
    let node = NodeRef::<leptos::html::Select>::new();
    watch(move || {
        let v = value.get();
        if let Some(el) = node.get() {
            el.set_value(&v);
        }
    });
    node
}
