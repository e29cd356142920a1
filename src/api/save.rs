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
use std::rc::Rc;

use futures::future::LocalBoxFuture;

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
    // Boxed here so Leptos' action machinery is compiled once per input and output
    // type, not once per form (see README, "Bundle budget").
    saving(Rc::new(label), Rc::new(move |scope, input| Box::pin(run(scope, input))))
}

type Run<I, O> = Rc<dyn Fn(ActionScope, I) -> LocalBoxFuture<'static, O>>;

fn saving<I: Clone + 'static, O: 'static>(label: Rc<dyn Fn(&I) -> String>, run: Run<I, O>) -> Action<I, O> {
    let client = expect_context::<Crossbar>();
    Action::new_local(move |input: &I| run(client.action(label(input)), input.clone()))
}
