//! Deleting one document of a Callflows screen's list (a rule, a menu, a media…): the
//! row's Delete asks, the panel names it and says what follows, and the answer sends a
//! stamped DELETE. One piece for every such screen.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::stamp::UiMetadata;

use super::account_path;
use crate::api::{use_save, Save};
use crate::components::confirm::Confirm;
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

/// What is about to go: its path and its name.
type Doomed = (String, String);

#[derive(Clone, Copy)]
pub struct Deletion {
    asked: RwSignal<Option<Doomed>>,
    send: Save<Doomed, Result<(), CrossbarError>>,
}

impl Deletion {
    /// The row's Delete: asks about `collection/id`, called `name`.
    pub fn ask(&self, collection: &str, id: &str, name: String) {
        self.asked.set(Some((format!("{}/{collection}/{}", account_path(), seg(id)), name)));
    }
}

/// `label_key` names the inspector action (`{ $name }`); `done` hears the outcome.
pub fn use_deletion(label_key: &'static str, done: impl Fn(Result<(), String>) + 'static) -> Deletion {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let asked = RwSignal::new(None::<Doomed>);
    let send = use_save(
        move |(_, name): &Doomed| t_with(label_key, &[("name", arg(name.clone()))]),
        move |call, (path, _): Doomed| {
            let meta = UiMetadata::callflows(version.get_value().as_deref());
            async move { call.delete_stamped(&path, &meta).await.map(|_| ()) }
        },
    );
    watch(move || match send.value().get() {
        Some(Ok(())) => {
            asked.set(None);
            done(Ok(()));
        }
        Some(Err(e)) => done(Err(error_text(&e))),
        None => {}
    });
    Deletion { asked, send }
}

/// The question, while one is asked; `question_key` says it (`{ $name }`).
#[component]
pub fn DeleteQuestion(deletion: Deletion, #[prop(into)] question_key: String) -> impl IntoView {
    let Deletion { asked, send } = deletion;
    let question_id = unique_id("delete-question");
    move || {
        asked.get().map(|(_, name)| {
            let question_id = question_id.clone();
            let question = t_with(&question_key, &[("name", arg(name))]);
            view! {
                <Confirm labelled_by=question_id.clone() on_cancel=Callback::new(move |_| asked.set(None))>
                    <p id=question_id>{question}</p>
                    <p class="form-actions">
                        <button type="button" class="danger" disabled=move || send.pending().get()
                            on:click=move |_| if let Some(d) = asked.get_untracked() { send.dispatch(d) }>{t("delete")}</button>
                        <button type="button" on:click=move |_| asked.set(None)>{t("cancel")}</button>
                    </p>
                </Confirm>
            }
        })
    }
}
