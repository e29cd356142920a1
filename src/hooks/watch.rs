//! `watch(f)`: runs `f` once the component is mounted and again whenever a signal it
//! reads changes, until its owner is disposed — a Leptos `Effect`.
//!
//! Every screen's effects go through this one boxed closure type, so Leptos' effect
//! machinery is compiled once instead of once per call site (see README, "Bundle
//! budget"). An effect that needs its previous value uses `Effect::new` directly.

use leptos::prelude::*;

pub fn watch(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_| f());
}
