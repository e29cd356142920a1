//! The "made outside Smart PBX — save anyway?" panel. Monster asks this before it
//! rewrites a document another UI or app wrote (monster-ui `src/js/lib/monster.util.js` `checkVersion`), since saving
//! re-stamps it as Smart PBX's and may reshape it. The panel only asks: "Save anyway"
//! hands back to the form, which saves with the question answered and closes it.

use leptos::prelude::*;

use crate::components::confirm::Confirm;

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
    /// Move the keyboard focus to the panel when it opens (see `Confirm`).
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
                let question_id = question_id.clone();
                view! {
                    <Confirm
                        labelled_by=question_id.clone()
                        label=repeated.then(|| t("made-outside-smartpbx"))
                        take_focus=take_focus
                        on_cancel=Callback::new(move |_| open.set(false))
                    >
                        <p id=question_id.clone()>{t(question_key)}</p>
                        <button type="button" class="primary" on:click=move |_| on_confirm.run(())>{t("save-anyway")}</button>
                        <button type="button" on:click=move |_| open.set(false)>{t("cancel")}</button>
                    </Confirm>
                }
            }
        </Show>
    }
}
