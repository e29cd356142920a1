//! Choosing a recording where Smart PBX lets one (Monster's `common.mediaSelect`,
//! monster-ui `src/apps/common/submodules/mediaSelect/mediaSelect.js`): "None" or one of
//! the account's media, by name; the chosen one can be played; a new file can be
//! uploaded on the spot and is then chosen. The screen saves the choice with its form.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::UiMetadata;
use serde_json::Value;

use crate::api::Crossbar;
use crate::components::form::unique_id;
use crate::components::media_player::Playback;
use crate::components::media_upload::MediaUpload;
use crate::i18n::{arg, t, t_with};

/// The account's media as choices: (id, name), by name as Monster lists them.
pub fn media_choices(media: &[Value]) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = media
        .iter()
        .filter_map(|m| {
            let id = m.get("id").and_then(Value::as_str)?;
            let name = m.get("name").and_then(Value::as_str).unwrap_or(id);
            Some((id.to_string(), name.to_string()))
        })
        .collect();
    patchbay_crossbar::order::sort_by_key(&mut choices, |(_, name)| name.to_ascii_lowercase());
    choices
}

#[component]
pub fn MediaSelect(
    /// What the recording is for, the select's label ("Greeting").
    #[prop(into)]
    what: String,
    /// The media to choose from, (id, name); uploads join it.
    choices: RwSignal<Vec<(String, String)>>,
    /// The chosen media id; empty for none.
    selected: RwSignal<String>,
    /// How uploads are stamped.
    meta: UiMetadata,
    playback: Playback,
    /// Fields a new upload's media document has besides the upload's own.
    #[prop(optional)]
    extra: Option<Value>,
) -> impl IntoView {
    let account = expect_context::<Crossbar>().account_id();
    // A media id the choices do not hold (another app's, or deleted) stays visible.
    let current = selected.get_untracked();
    if !current.is_empty() && !choices.with_untracked(|c| c.iter().any(|(id, _)| *id == current)) {
        choices.update(|c| c.insert(0, (current.clone(), current.clone())));
    }
    let uploaded = Callback::new(move |(id, name): (String, String)| {
        choices.update(|c| c.push((id.clone(), name)));
        selected.set(id);
    });
    let select_id = unique_id("media-select");
    let play = {
        let account = account.clone();
        move |_| {
            let id = selected.get_untracked();
            let name = choices.with_untracked(|c| c.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()));
            playback.play(format!("accounts/{}/media/{}/raw", seg(&account), seg(&id)), name.unwrap_or(id));
        }
    };
    let play_label = t_with("media-select-play", &[("what", arg(what.clone()))]);
    view! {
        <div class="media-select">
            <div class="field">
                <label for=select_id.clone()>{what.clone()}</label>
                <div class="media-select__row">
                    <select id=select_id bind:value=selected>
                        <option value="">{t("media-select-none")}</option>
                        {move || choices.get().into_iter().map(|(id, name)| {
                            let chosen = { let id = id.clone(); move || selected.get() == id };
                            view! { <option value=id selected=chosen>{name}</option> }
                        }).collect_view()}
                    </select>
                    <button type="button" disabled=move || selected.get().is_empty() || playback.pending().get() on:click=play>
                        {play_label}
                    </button>
                </div>
            </div>
            <MediaUpload meta=meta on_uploaded=uploaded what=what extra=extra.unwrap_or(Value::Null) />
        </div>
    }
}
