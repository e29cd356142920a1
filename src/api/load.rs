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

use std::future::Future;

use leptos::prelude::*;
use patchbay_crossbar::CrossbarError;

use super::{ActionScope, Crossbar};

/// A screen's read: the data or the error it ended with.
pub type Load<T> = LocalResource<Result<T, CrossbarError>>;

/// Runs `fetch` as the action `label` names; see the module documentation.
pub fn use_load<T, Fut>(label: impl Fn() -> String + 'static, fetch: impl Fn(ActionScope) -> Fut + 'static) -> Load<T>
where
    T: 'static,
    Fut: Future<Output = Result<T, CrossbarError>> + 'static,
{
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
        let scope = client.action(label());
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
