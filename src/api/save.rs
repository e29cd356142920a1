//! What a form writes, owned by Leptos: an `Action` whose every run is one inspector
//! action, named from its input ("Save user Ada Admin"). The action's `pending()` is the
//! form's "busy", its `value()` the outcome the form shows (`SaveState`). A write is
//! never cancelled half-way: leaving the screen does not abort the requests of a save
//! already sent (leaving with unsaved edits is asked about first).
//!
//! ```text
//! let save = use_save(|f: &Fields| t_with("action-save-user", …), move |call, f| async move { … });
//! save.dispatch(fields);
//! ```

use std::future::Future;

use leptos::prelude::*;

use super::{ActionScope, Crossbar};

pub fn use_save<I, O, Fut>(
    label: impl Fn(&I) -> String + 'static,
    run: impl Fn(ActionScope, I) -> Fut + 'static,
) -> Action<I, O>
where
    I: Clone + 'static,
    O: 'static,
    Fut: Future<Output = O> + 'static,
{
    let client = expect_context::<Crossbar>();
    Action::new_local(move |input: &I| run(client.action(label(input)), input.clone()))
}
