//! What a create or delete did, said on the screen it leads to: "Ann Clash was added."
//! on the new user's screen, "Sales was deleted." on the list it returns to. The form is
//! gone by then, so the message travels with the navigation and is shown at the top of
//! the next screen (where the focus lands), in a polite live region, until the person
//! moves on.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::hooks::watch;
use crate::routes::table::Screen;

/// The message waiting for a screen (its path), once shown there until the next one.
#[derive(Clone, Copy)]
pub struct Flash(RwSignal<Option<(String, String)>>);

impl Flash {
    /// Made once, by the signed-in frame (`FlashNotice` shows it).
    pub fn provide() -> Self {
        let flash = Flash(RwSignal::new(None));
        provide_context(flash);
        flash
    }

    /// Goes to `screen` and says `message` there.
    pub fn go(&self, navigate: &impl Fn(&str, leptos_router::NavigateOptions), screen: Screen, message: String) {
        let path = screen.href();
        self.0.set(Some((path.clone(), message)));
        navigate(&path, Default::default());
    }
}

/// Shows the message on the screen it was meant for; leaving that screen ends it.
#[component]
pub fn FlashNotice() -> impl IntoView {
    let flash = expect_context::<Flash>();
    let location = use_location();
    watch(move || {
        let path = location.pathname.get();
        let stale = flash.0.with_untracked(|f| f.as_ref().is_some_and(|(for_path, _)| *for_path != path));
        if stale {
            flash.0.set(None);
        }
    });
    let message = move || {
        let path = location.pathname.get();
        flash.0.with(|f| f.as_ref().filter(|(for_path, _)| *for_path == path).map(|(_, m)| m.clone()))
    };
    view! { <p class="flash" role="status">{message}</p> }
}
