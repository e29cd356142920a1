//! Unsaved changes are never lost without asking. A form registers what it would lose
//! (`use_unsaved_form`); while any form on screen has unsaved changes, following a link
//! to another screen, signing out or closing the tab asks first: "Leave without saving?"
//! (a modal dialog; Escape or "Stay" keeps everything as it was). Closing or reloading
//! the tab gets the browser's own question (`beforeunload`), the only one a page may ask
//! there.
//!
//! Links are caught before the router sees them (a capturing click listener on the
//! window), so every link of every screen, present and future, is covered without each
//! one taking part.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_use::{use_event_listener, use_event_listener_with_options, use_window, UseEventListenerOptions};
use wasm_bindgen::JsCast;

use crate::hooks::watch;
use crate::i18n::t;

type Check = Rc<dyn Fn() -> bool>;
type Leave = Box<dyn FnOnce()>;

/// The forms on screen that could lose something, and a departure waiting for an answer.
#[derive(Clone, Copy)]
pub struct UnsavedChanges {
    forms: StoredValue<Vec<(u64, Check)>, LocalStorage>,
    next_id: StoredValue<u64>,
    waiting: StoredValue<Option<Leave>, LocalStorage>,
    asking: RwSignal<bool>,
}

impl UnsavedChanges {
    /// Made once, by the signed-in frame, for every screen inside it (`LeaveGuard` asks).
    pub fn provide() -> Self {
        let guard = UnsavedChanges {
            forms: StoredValue::new_local(Vec::new()),
            next_id: StoredValue::new(0),
            waiting: StoredValue::new_local(None),
            asking: RwSignal::new(false),
        };
        provide_context(guard);
        guard
    }

    /// Whether some form on screen has changes not saved yet.
    pub fn any(&self) -> bool {
        let checks: Vec<Check> = self.forms.with_value(|f| f.iter().map(|(_, c)| c.clone()).collect());
        checks.iter().any(|dirty| dirty())
    }

    /// Runs `leave` now if nothing would be lost, else once the person says to leave.
    pub fn leave_then(&self, leave: impl FnOnce() + 'static) {
        if self.any() {
            self.waiting.set_value(Some(Box::new(leave)));
            self.asking.set(true);
        } else {
            leave();
        }
    }

    fn register(&self, dirty: Check) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.forms.update_value(|f| f.push((id, dirty)));
        let forms = self.forms;
        on_cleanup(move || {
            forms.try_update_value(|f| f.retain(|(i, _)| *i != id));
        });
    }

    fn answer(&self, leave: bool) {
        self.asking.set(false);
        let waiting = self.waiting.try_update_value(Option::take).flatten();
        if leave {
            // The forms are about to go; nothing of theirs holds the departure back.
            self.forms.update_value(Vec::clear);
            if let Some(go) = waiting {
                go();
            }
        }
    }
}

/// A form's unsaved state: its fields now (`current`) against what was last loaded or
/// saved. Call `saved()` after a successful save.
pub struct UnsavedForm<T: 'static> {
    baseline: StoredValue<T, LocalStorage>,
    current: StoredValue<Rc<dyn Fn() -> T>, LocalStorage>,
}

impl<T> Clone for UnsavedForm<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for UnsavedForm<T> {}

impl<T: PartialEq + 'static> UnsavedForm<T> {
    /// Whether what is on screen differs from what is stored.
    pub fn is_unsaved(&self) -> bool {
        self.current.try_with_value(|current| current()).is_some_and(|now| self.baseline.with_value(|b| *b != now))
    }

    /// What is on screen is now what is stored.
    pub fn saved(&self) {
        if let Some(now) = self.current.try_with_value(|current| current()) {
            self.baseline.set_value(now);
        }
    }
}

/// Registers a form with the guard for as long as it is on screen; `current` reads its
/// fields (untracked), and the fields as they are now are its starting point.
pub fn use_unsaved_form<T: PartialEq + 'static>(current: impl Fn() -> T + 'static) -> UnsavedForm<T> {
    let current: Rc<dyn Fn() -> T> = Rc::new(current);
    let form = UnsavedForm { baseline: StoredValue::new_local(current()), current: StoredValue::new_local(current) };
    if let Some(guard) = use_context::<UnsavedChanges>() {
        guard.register(Rc::new(move || form.is_unsaved()));
    }
    form
}

/// A form of plain fields, guarded without naming them: what its inputs, selects and
/// text areas say from the moment the person first steps into it (some fill in after the
/// form is drawn, as their choices arrive), against what they say when leaving. Give the
/// form `node_ref=fields.form` and `on:focusin=fields.on_focusin()`; call `saved()` after
/// a successful save.
#[derive(Clone, Copy)]
pub struct UnsavedFields {
    pub form: NodeRef<html::Form>,
    touched: StoredValue<bool>,
    unsaved: UnsavedForm<Vec<String>>,
}

impl UnsavedFields {
    pub fn on_focusin(&self) -> impl Fn(leptos::ev::FocusEvent) + Copy + 'static {
        let (touched, unsaved) = (self.touched, self.unsaved);
        move |_| {
            if !touched.get_value() {
                touched.set_value(true);
                unsaved.saved();
            }
        }
    }

    /// What the fields say now is stored.
    pub fn saved(&self) {
        self.unsaved.saved();
    }

    /// Whether a field was changed since it was last saved.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved.is_unsaved()
    }
}

pub fn use_unsaved_fields() -> UnsavedFields {
    let form = NodeRef::<html::Form>::new();
    let touched = StoredValue::new(false);
    let unsaved = use_unsaved_form(move || match touched.get_value() {
        true => form.get_untracked().map(|f| field_values(&f)).unwrap_or_default(),
        false => vec![],
    });
    UnsavedFields { form, touched, unsaved }
}

/// What a form's fields say: every input's value (or whether it is checked) and every
/// select's and text area's value, in document order.
fn field_values(form: &web_sys::HtmlFormElement) -> Vec<String> {
    let Ok(fields) = form.query_selector_all("input, select, textarea") else { return vec![] };
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .map(|node| {
            if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
                match input.type_().as_str() {
                    "checkbox" | "radio" => input.checked().to_string(),
                    _ => input.value(),
                }
            } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
                select.value()
            } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.value()
            } else {
                String::new()
            }
        })
        .collect()
}

type HistoryGuard = Rc<dyn Fn(&web_sys::PopStateEvent)>;

thread_local! {
    /// What the guard on screen does when the browser's Back or Forward is pressed.
    static HISTORY_GUARD: RefCell<Option<HistoryGuard>> = const { RefCell::new(None) };
}

/// The browser's Back and Forward buttons move the history before the page hears of it
/// (`popstate`), and the router follows at once. Listeners on the window run in the order
/// they were added (a capturing one is no earlier: the window is the event's target), so
/// this one is added before the app mounts: when a form would lose something, it keeps
/// the router from following, puts the screen's own address back and asks
/// (`LeaveGuard`); leaving then goes where the button pointed.
pub fn hear_history_first() {
    let listener =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::PopStateEvent)>::new(|ev: web_sys::PopStateEvent| {
            let guard = HISTORY_GUARD.with(|g| g.borrow().clone());
            if let Some(guard) = guard {
                guard(&ev);
            }
        });
    let _ = window().add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    // Lives as long as the page.
    listener.forget();
}

/// The guard itself (see `UnsavedChanges::provide`): watches links and the tab, and asks.
#[component]
pub fn LeaveGuard() -> impl IntoView {
    let guard = expect_context::<UnsavedChanges>();
    let navigate = use_navigate();
    let navigate_back = navigate.clone();

    let on_link = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(to) = in_app_destination(&ev) else { return };
        if !guard.any() {
            return;
        }
        ev.prevent_default();
        ev.stop_propagation();
        let navigate = navigate.clone();
        guard.leave_then(move || navigate(&to, Default::default()));
    };
    let _ = use_event_listener_with_options(
        use_window(),
        leptos::ev::click,
        on_link,
        UseEventListenerOptions::default().capture(true),
    );
    // The browser's back and forward buttons (see `hear_history_first`).
    let location = use_location();
    let on_history = move |ev: &web_sys::PopStateEvent| {
        if !guard.any() {
            return;
        }
        ev.stop_immediate_propagation();
        let here = window().location();
        let to = format!(
            "{}{}{}",
            here.pathname().unwrap_or_default(),
            here.search().unwrap_or_default(),
            here.hash().unwrap_or_default()
        );
        let shown = format!(
            "{}{}{}",
            location.pathname.get_untracked(),
            location.search.get_untracked(),
            location.hash.get_untracked()
        );
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&shown));
        }
        let navigate = navigate_back.clone();
        guard.leave_then(move || navigate(&to, Default::default()));
    };
    HISTORY_GUARD.with(|g| *g.borrow_mut() = Some(Rc::new(on_history)));
    on_cleanup(|| HISTORY_GUARD.with(|g| drop(g.borrow_mut().take())));
    let _ = use_event_listener(use_window(), leptos::ev::beforeunload, move |ev| {
        if guard.any() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });

    // The question, as a native modal dialog: the page behind is inert, Escape stays.
    let dialog = NodeRef::<html::Dialog>::new();
    let returns_to = Rc::new(RefCell::new(None::<web_sys::HtmlElement>));
    {
        let returns_to = returns_to.clone();
        watch(move || {
            let asking = guard.asking.get();
            let Some(d) = dialog.get() else { return };
            if asking && !d.open() {
                *returns_to.borrow_mut() = document().active_element().and_then(|e| e.dyn_into().ok());
                let _ = d.show_modal();
            } else if !asking && d.open() {
                d.close();
                if let Some(back) = returns_to.borrow_mut().take() {
                    if back.is_connected() {
                        let _ = back.focus();
                    }
                }
            }
        });
    }
    let on_cancel = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        guard.answer(false);
    };

    view! {
        <dialog node_ref=dialog class="leave-guard" aria-labelledby="leave-title" aria-describedby="leave-what" on:cancel=on_cancel>
            <h2 id="leave-title">{t("leave-title")}</h2>
            <p id="leave-what">{t("leave-what")}</p>
            <div class="form-actions">
                <button type="button" class="primary" autofocus=true on:click=move |_| guard.answer(false)>{t("leave-stay")}</button>
                <button type="button" on:click=move |_| guard.answer(true)>{t("leave-anyway")}</button>
            </div>
        </dialog>
    }
}

/// The in-app path a click on a link would go to, if it leaves the screen: same origin,
/// same window, another path or query (a `#fragment`-only link stays).
fn in_app_destination(ev: &leptos::ev::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    let raw = link.get_attribute("href").unwrap_or_default();
    if raw.starts_with('#') || link.has_attribute("download") || !matches!(link.target().as_str(), "" | "_self") {
        return None;
    }
    let here = window().location();
    if link.origin() != here.origin().ok()? {
        return None;
    }
    let to = format!("{}{}", link.pathname(), link.search());
    let now = format!("{}{}", here.pathname().ok()?, here.search().ok()?);
    (to != now).then_some(to)
}
