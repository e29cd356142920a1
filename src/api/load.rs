//! What a screen reads, owned by Leptos: a `LocalResource` that runs the screen's
//! requests as one inspector action, again whenever a signal they read changes (a route
//! parameter) or someone resolving a save conflict chose to see what is stored, and
//! never lets an old answer win (a resource keeps only its latest run's result). The
//! requests of a run still in flight when the next run starts, or when the screen is
//! left, are cancelled (`AbortController`) and show in the inspector as cancelled.
//!
//! ```text
//! let user = use_load(|| t("action-open-user"), move |scope| {
//!     let id = params.with(|p| p.get("id"));      // tracked: a new id reads again
//!     async move { scope.get(&path_of(id)).await.map(|env| env.data) }
//! });
//! view! { <Loaded load=user let:user> … </Loaded> }
//! ```

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use futures::future::LocalBoxFuture;

use leptos::prelude::*;
use patchbay_crossbar::CrossbarError;

use super::{ActionScope, Crossbar};

/// What every read ends with, its data type erased: all screens' reads are one
/// `LocalResource` type, so Leptos' resource and suspense machinery is compiled once for
/// the whole app instead of once per screen (see README, "Bundle budget"). `Load<T>`
/// puts the type back.
pub type Answer = Result<Rc<dyn Any>, CrossbarError>;

/// A screen's read: the data (a `T`) or the error it ended with.
pub struct Load<T> {
    resource: LocalResource<Answer>,
    _data: PhantomData<fn() -> T>,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

impl<T: Clone + 'static> Load<T> {
    /// The latest answer (`None` while the first one is on its way); tracked.
    pub fn get(&self) -> Option<Result<T, CrossbarError>> {
        self.resource.get().map(|answer| answer.map(|data| data_of::<T>(&data)))
    }
}

impl<T> Load<T> {
    /// Reads again.
    pub fn refetch(&self) {
        self.resource.refetch();
    }

    /// Whether the latest answer is in and is data, not an error; tracked.
    pub fn is_ready(&self) -> bool {
        self.resource.with(|answer| matches!(answer, Some(Ok(_))))
    }

    /// The resource behind it, for the one view that shows every read (`Loaded`).
    pub fn erased(&self) -> LocalResource<Answer> {
        self.resource
    }
}

/// The `T` a `Load<T>`'s fetch stored: `use_load` is the only writer, so another type
/// cannot be there.
pub fn data_of<T: Clone + 'static>(data: &Rc<dyn Any>) -> T {
    data.downcast_ref::<T>().cloned().expect("a Load<T> holds the T its fetch returned")
}

/// Runs `fetch` as the action `label` names; see the module documentation.
pub fn use_load<T, Fut>(label: impl Fn() -> String + 'static, fetch: impl Fn(ActionScope) -> Fut + 'static) -> Load<T>
where
    T: 'static,
    Fut: Future<Output = Result<T, CrossbarError>> + 'static,
{
    let fetch = move |scope| -> LocalBoxFuture<'static, Answer> {
        let read = fetch(scope);
        Box::pin(async move { read.await.map(|data| Rc::new(data) as Rc<dyn Any>) })
    };
    Load { resource: loading(Rc::new(label), Rc::new(fetch)), _data: PhantomData }
}

type Fetch = Rc<dyn Fn(ActionScope) -> LocalBoxFuture<'static, Answer>>;

fn loading(label: Rc<dyn Fn() -> String>, fetch: Fetch) -> LocalResource<Answer> {
    let client = expect_context::<Crossbar>();
    let running = StoredValue::new_local(None::<web_sys::AbortController>);
    let cancel_running = move || {
        if let Some(Some(controller)) = running.try_update_value(Option::take) {
            controller.abort();
        }
    };
    on_cleanup(cancel_running);
    LocalResource::new(move || {
        client.conflicts.epoch.track();
        cancel_running();
        let scope = client.action(label()).recorded_after_drawing();
        let scope = match web_sys::AbortController::new() {
            Ok(controller) => {
                let signal = controller.signal();
                running.try_set_value(Some(controller));
                scope.cancelled_by(signal)
            }
            Err(_) => scope,
        };
        fetch(scope)
    })
}

/// Requests a component makes outside a resource (a list streamed page by page into
/// the screen): each round's scope is cancelled when the next round starts or when the
/// component is cleaned up, so no request outlives its screen.
#[derive(Clone, Copy)]
pub struct Rounds {
    current: StoredValue<Option<web_sys::AbortController>, LocalStorage>,
}

impl Rounds {
    /// Call while the component is being set up (its owner is current).
    pub fn new() -> Self {
        let current = StoredValue::new_local(None::<web_sys::AbortController>);
        on_cleanup(move || {
            if let Some(Some(controller)) = current.try_update_value(Option::take) {
                controller.abort();
            }
        });
        Rounds { current }
    }

    /// Cancels the current round's requests, if any are still on their way.
    pub fn cancel(&self) {
        if let Some(Some(controller)) = self.current.try_update_value(Option::take) {
            controller.abort();
        }
    }

    /// A new round's scope, named `label`; the previous round's requests are cancelled.
    pub fn scope(&self, client: Crossbar, label: String) -> ActionScope {
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(web_sys::AbortController::signal);
        if let Some(Some(previous)) = self.current.try_update_value(|c| std::mem::replace(c, controller)) {
            previous.abort();
        }
        let scope = client.action(label).recorded_after_drawing();
        match signal {
            Some(signal) => scope.cancelled_by(signal),
            None => scope,
        }
    }
}

impl Default for Rounds {
    fn default() -> Self {
        Self::new()
    }
}
