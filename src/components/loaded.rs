//! How every screen shows what it reads (`api::use_load`): "Loading…" until the answer
//! is in — never the previous entity's data — then the content, or the one error view
//! with a "Try again" that reads again. A screen that reads the same things again after
//! its own save (`reread`) keeps showing them until the new answer is in.

use std::any::Any;
use std::future::{Future, IntoFuture};
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::CrossbarError;

use crate::api::{load::data_of, Answer, Load};
use crate::components::error_notice::ErrorNotice;
use crate::i18n::t;

#[component]
pub fn Loaded<T, V, F>(
    load: Load<T>,
    /// Keep the content on screen while the same data is read again.
    #[prop(optional)]
    reread: bool,
    children: F,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
{
    // Only this line knows `T`: the suspense around it is the same for every screen.
    let content: Content = Arc::new(move |data: &Rc<dyn Any>| children(data_of::<T>(data)).into_any());
    shown(load.erased(), reread, content)
}

type Content = Arc<dyn Fn(&Rc<dyn Any>) -> AnyView + Send + Sync>;

/// `load`'s answer, or `None` once `load` is gone. A part drawn again while its inner
/// part was still reading disposes that inner part's resource, but the suspense's task
/// may still be polled afterwards, and polling a disposed resource panics.
async fn answer_of(load: LocalResource<Answer>) -> Option<Answer> {
    if load.is_disposed() {
        return None;
    }
    let mut reading = Box::pin(load.into_future());
    std::future::poll_fn(move |cx| {
        if load.is_disposed() {
            std::task::Poll::Ready(None)
        } else {
            reading.as_mut().poll(cx).map(Some)
        }
    })
    .await
}

fn shown(load: LocalResource<Answer>, reread: bool, content: Content) -> AnyView {
    let content = move || {
        let content = content.clone();
        Suspend::new(async move {
            let Some(answer) = answer_of(load).await else { return ().into_any() };
            match answer {
                Ok(data) => content(&data),
                Err(CrossbarError::Cancelled) => ().into_any(),
                Err(error) => {
                    let error = Signal::derive(move || Some(error.clone()));
                    view! { <ErrorNotice error=error on_retry=Callback::new(move |_| load.refetch()) /> }.into_any()
                }
            }
        })
    };
    let loading = || view! { <p role="status">{t("loading")}</p> };
    if reread {
        view! { <Transition fallback=loading>{content}</Transition> }.into_any()
    } else {
        view! { <Suspense fallback=loading>{content}</Suspense> }.into_any()
    }
}

/// After a save on a screen that shows what it read: read again, and only once the new
/// answer is on screen put `message` in the screen's `status` line, so "Deleted." is
/// never announced beside the list that still shows the deleted row.
pub fn reread_then_say<T: 'static>(load: Load<T>, status: RwSignal<Option<String>>) -> Callback<String> {
    let say = reread_then_say_at(load);
    Callback::new(move |message: String| say.run((message, status)))
}

/// The same for a screen of several sections, each with its own status line beside
/// it: the message goes to the line of the section that saved.
pub fn reread_then_say_at<T: 'static>(load: Load<T>) -> Callback<(String, RwSignal<Option<String>>)> {
    let waiting = StoredValue::new(None::<(String, RwSignal<Option<String>>)>);
    watch(move || {
        if load.is_ready() {
            if let Some((message, status)) = waiting.try_update_value(Option::take).flatten() {
                status.try_set(Some(message));
            }
        }
    });
    Callback::new(move |(message, status): (String, RwSignal<Option<String>>)| {
        status.set(None);
        waiting.set_value(Some((message, status)));
        load.refetch();
    })
}

/// One part's share of what a screen read last (`latest`): it changes, and the part is
/// drawn again, only when that share does — so a save that re-reads the screen leaves
/// what someone is typing in another part alone.
pub fn part_of<S, T>(latest: RwSignal<Option<S>>, share: impl Fn(&S) -> T + Send + Sync + 'static) -> Memo<T>
where
    S: Send + Sync + 'static,
    T: PartialEq + Default + Send + Sync + 'static,
{
    Memo::new(move |_| latest.with(|l| l.as_ref().map(&share).unwrap_or_default()))
}
