//! The "made outside Smart PBX — save anyway?" panel. Monster asks this before it
//! rewrites a document another UI or app wrote (monster-ui `src/js/lib/monster.util.js` `checkVersion`), since saving
//! re-stamps it as Smart PBX's and may reshape it. The panel only asks: "Save anyway"
//! hands back to the form, which saves with the question answered and closes it.

use leptos::prelude::*;

use crate::components::dialog_focus::focused_on_open;
use crate::i18n::t;

/// The question's element id; the panel is labelled by it unless `repeated`.
const QUESTION_ID: &str = "confirm-outside";

#[component]
pub fn MadeOutsideConfirm(
    /// Shown while true; "Cancel" sets it back to false.
    open: RwSignal<bool>,
    /// i18n key of the question (each form names its kind of document).
    question_key: &'static str,
    /// "Save anyway".
    on_confirm: Callback<()>,
    /// Move the keyboard focus to the panel when it opens (`dialog_focus`).
    #[prop(optional)]
    take_focus: bool,
    /// Set where one page has several such panels (a settings section each): a fixed
    /// element id would then repeat, so the panel is named by the "Made outside Smart
    /// PBX" badge text instead of by its question.
    #[prop(optional)]
    repeated: bool,
    /// The question's element id where one page has several different such panels
    /// (the dashboard's caller ID and music forms): each keeps its own name.
    #[prop(optional, into)]
    question_id: Option<String>,
) -> impl IntoView {
    let question_id = (!repeated).then(|| question_id.unwrap_or_else(|| QUESTION_ID.to_string()));
    view! {
        <Show when=move || open.get()>
            {
                let node = if take_focus { focused_on_open() } else { NodeRef::new() };
                view! {
                    <div
                        class="confirm"
                        role="alertdialog"
                        aria-labelledby=question_id.clone()
                        aria-label=repeated.then(|| t("made-outside-smartpbx"))
                        tabindex=take_focus.then_some("-1")
                        node_ref=node
                    >
                        <p id=question_id.clone()>{t(question_key)}</p>
                        <button type="button" class="primary" on:click=move |_| on_confirm.run(())>{t("save-anyway")}</button>
                        <button type="button" on:click=move |_| open.set(false)>{t("cancel")}</button>
                    </div>
                }
            }
        </Show>
    }
}
