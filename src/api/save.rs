//! What a form writes, owned by Leptos: an `Action` whose every run is one inspector
//! action, named from its input ("Save user Ada Admin"). `pending()` is the form's
//! "busy", `value()` the outcome the form shows (`SaveState`). A write is never
//! cancelled half-way: leaving the screen does not abort the requests of a save already
//! sent (leaving with unsaved edits is asked about first).
//!
//! ```text
//! let save = use_save(|f: &Fields| t_with("action-save-user", …), move |call, f| async move { … });
//! save.dispatch(fields);
//! watch(move || if let Some(outcome) = save.value().get() { … });
//! ```
//!
//! Every form's write runs through one `Action<Job, ()>` type: the typed input and
//! outcome live in this file's `Save`, so Leptos' action machinery is compiled once for
//! the whole app instead of once per form (see README, "Bundle budget").

use std::cell::Cell;
use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use futures::future::LocalBoxFuture;

use leptos::prelude::*;

use super::{ActionScope, Crossbar};

/// One run of a save, its input and outcome already bound in.
struct Job(Cell<Option<LocalBoxFuture<'static, ()>>>);

/// A form's write: `dispatch` an input, watch `pending` and `value`.
pub struct Save<I: 'static, O: 'static> {
    action: Action<Job, ()>,
    start: StoredValue<Rc<dyn Fn(I) -> Job>, LocalStorage>,
    value: RwSignal<Option<O>, LocalStorage>,
    _input: PhantomData<fn(I)>,
}

impl<I, O> Clone for Save<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I, O> Copy for Save<I, O> {}

impl<I: 'static, O: 'static> Save<I, O> {
    /// Starts a run with `input`; the outcome lands in `value` when it ends.
    pub fn dispatch(&self, input: I) {
        if let Some(job) = self.start.try_with_value(|start| start(input)) {
            self.action.dispatch_local(job);
        }
    }

    /// Whether a run is under way.
    pub fn pending(&self) -> Memo<bool> {
        self.action.pending()
    }

    /// The last run's outcome (`None` before the first one ends, or once cleared).
    pub fn value(&self) -> RwSignal<Option<O>, LocalStorage> {
        self.value
    }
}

pub fn use_save<I, O, Fut>(
    label: impl Fn(&I) -> String + 'static,
    run: impl Fn(ActionScope, I) -> Fut + 'static,
) -> Save<I, O>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = O> + 'static,
{
    let client = expect_context::<Crossbar>();
    let value = RwSignal::new_local(None::<O>);
    let start = move |input: I| {
        let work = run(client.action(label(&input)), input);
        Job(Cell::new(Some(Box::pin(async move {
            let outcome = work.await;
            // The form may be gone by now (its owner disposed): nothing to show then.
            value.try_set(Some(outcome));
        }))))
    };
    Save {
        action: runner(),
        start: StoredValue::new_local(Rc::new(start) as Rc<dyn Fn(I) -> Job>),
        value,
        _input: PhantomData,
    }
}

/// The one action type every save runs through.
fn runner() -> Action<Job, ()> {
    Action::new_local(|job: &Job| job.0.take().unwrap_or_else(|| Box::pin(async {})))
}
