//! `follow_screen(main, account)`: what a page load would do, done after every navigation
//! inside the signed-in frame. The document's title names the screen on view
//! ("Users — Smart PBX — Demo Co"), and focus moves to the new screen's heading so that a
//! screen reader says where the person landed and Tab continues from there (WCAG 2.4.2
//! "Page Titled", 2.4.3 "Focus Order").
//!
//! The screen is found in the page, not in a table: its heading is the one the first
//! `section.screen` in `main` is labelled by, so a user's screen is titled with the
//! user's name once it has loaded (until then, the title and focus wait), and a new
//! screen takes part by being a labelled `section.screen`. Focus moves only while it is still where the navigation
//! left it: a field someone already clicked into keeps it.

use leptos::html::Main;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::watch;

pub fn follow_screen(main: NodeRef<Main>, account: Signal<String>) {
    let location = use_location();
    // The path and screen last followed. A new path whose screen is still the old one
    // (the router renders the next screen a moment later) waits for the new screen.
    let followed = StoredValue::new_local(None::<(String, Element)>);
    let follow = move || {
        let Some(main) = main.get_untracked() else { return };
        let main: &Element = main.as_ref();
        let Some((screen, heading)) = screen_heading(main) else { return };
        let path = location.pathname.get_untracked();
        let (navigated, first) = followed.with_value(|last| match last {
            None => (false, true),
            Some((last_path, _)) => (*last_path != path, false),
        });
        let stale = navigated && followed.with_value(|last| last.as_ref().is_some_and(|(_, s)| *s == screen));
        if stale {
            return;
        }
        let section = main.query_selector("h1").ok().flatten().filter(|h1| *h1 != heading);
        let mut parts = vec![text_of(&heading)];
        parts.extend(section.as_ref().map(text_of));
        parts.push(account.get_untracked());
        let title = parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" — ");
        let document = document();
        if document.title() != title {
            document.set_title(&title);
        }
        if navigated || first {
            followed.set_value(Some((path, screen.clone())));
        } else {
            followed.update_value(|last| {
                if let Some((_, last_screen)) = last {
                    *last_screen = screen.clone();
                }
            });
        }
        // The first screen comes with the page: the browser's own focus and the reader's
        // page announcement already apply.
        if navigated && focus_is_free(&screen) {
            if let Some(heading) = heading.dyn_ref::<HtmlElement>() {
                if !heading.has_attribute("tabindex") {
                    let _ = heading.set_attribute("tabindex", "-1");
                }
                let _ = heading.focus();
            }
        }
    };

    // The screen's heading may arrive after its data (a user's name), so follow `main`.
    let on_change = Closure::<dyn Fn()>::new(follow);
    let observer = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).ok();
    let observer = StoredValue::new_local(observer);
    let on_change = StoredValue::new_local(Some(on_change));
    on_cleanup(move || {
        observer.with_value(|o| o.as_ref().map(web_sys::MutationObserver::disconnect));
        on_change.set_value(None);
    });
    watch(move || {
        location.pathname.track();
        if let (Some(main), Some(Some(observer))) = (main.get(), observer.try_get_value()) {
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            options.set_character_data(true);
            let _ = observer.observe_with_options(&main, &options);
        }
        follow();
    });
}

/// The screen on view and the heading that names it.
fn screen_heading(main: &Element) -> Option<(Element, Element)> {
    let section = main.query_selector("section.screen[aria-labelledby]").ok().flatten()?;
    let id = section.get_attribute("aria-labelledby")?;
    let heading = section.owner_document()?.get_element_by_id(&id)?;
    Some((section, heading))
}

fn text_of(element: &Element) -> String {
    element.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether focus is still where a navigation leaves it: on the page itself or outside
/// the new screen (on the link that was followed, in a menu that stays).
fn focus_is_free(screen: &Element) -> bool {
    match document().active_element() {
        None => true,
        Some(active) => !screen.contains(Some(&active)),
    }
}
