//! The Branding form's own fields: a colour typed as hex or picked, and a logo or icon
//! chosen from a file (checked for type and size at once, sent with the save) with the
//! picture that is there now.

use leptos::prelude::*;

use super::doc::{six_digits, too_light, Picture};
use crate::components::form::{unique_id, SaveState};
use crate::i18n::{arg, t, t_with};

/// A colour as `#rrggbb` text, with the browser's colour picker beside it (named
/// apart, so the label names the text field).
#[component]
pub fn ColourField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = unique_id("colour");
    let (hint_id, error_id, warning_id) = (format!("{id}-hint"), format!("{id}-error"), format!("{id}-warning"));
    let light = move || value.with(|v| too_light(v));
    let described_by = {
        let (hint_id, error_id, warning_id) = (hint_id.clone(), error_id.clone(), warning_id.clone());
        move || {
            let mut ids = vec![hint_id.clone()];
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            } else if light() {
                ids.push(warning_id.clone());
            }
            ids.join(" ")
        }
    };
    let picked = move || value.with(|v| six_digits(v)).unwrap_or_else(|| "#000000".into());
    let pick_label = t("branding-colour-pick");
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <p class="field__hint" id=hint_id>{t("branding-colour-hint")}</p>
            <div class="branding-colour">
                <input
                    id=id
                    type="text"
                    maxlength=7
                    autocomplete="off"
                    spellcheck="false"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=described_by
                    bind:value=value
                />
                <input type="color" aria-label=pick_label prop:value=picked on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
            {move || match error.get() {
                Some(e) => Some(view! { <p class="field__error" id=error_id.clone()>{e}</p> }.into_any()),
                None => light().then(|| view! { <p class="branding-warning" id=warning_id.clone()>{t("branding-colour-light")}</p> }.into_any()),
            }}
        </div>
    }
}

/// A logo or icon: the file chooser (a file is checked when chosen and sent with the
/// save), and the picture as it will be — the chosen file, else the stored one.
#[component]
pub fn PictureField(
    picture: Picture,
    /// The file chosen and not saved yet.
    chosen: super::form::Chosen,
    /// What shows: an object URL of the chosen or the stored picture.
    shown: Signal<Option<String>>,
    /// Where the file's problems are said, beside the field (`picture.key()`).
    gate: SaveState,
    /// Clear the chooser (after a save) by bumping this.
    reset: RwSignal<u32>,
) -> impl IntoView {
    let id = unique_id("picture");
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let key = picture.key();
    let error = gate.error_for(key);
    let input = NodeRef::<leptos::html::Input>::new();
    crate::hooks::watch(move || {
        reset.track();
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    });
    let choose = move |_| {
        let file = input.get_untracked().and_then(|i| i.files()).and_then(|f| f.get(0));
        gate.errors.update(|e| e.retain(|(k, _)| *k != key));
        match file {
            Some(file) => match picture.problem(&file.type_(), file.size()) {
                Some(problem) => {
                    gate.errors.update(|e| e.push((key, problem)));
                    if let Some(input) = input.get_untracked() {
                        input.set_value("");
                    }
                    chosen.set(None);
                }
                None => chosen.set(Some(file)),
            },
            None => chosen.set(None),
        }
    };
    let (label, hint) = match picture {
        Picture::Logo => (t("branding-logo"), t("branding-logo-hint")),
        Picture::Icon => (t("branding-icon"), t("branding-icon-hint")),
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.with(Option::is_some) {
            true => format!("{hint_id} {error_id}"),
            false => hint_id.clone(),
        }
    };
    let alt = match picture {
        Picture::Logo => t("branding-logo-now"),
        Picture::Icon => t("branding-icon-now"),
    };
    view! {
        <div class="field branding-picture" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <p class="field__hint" id=hint_id>{hint}</p>
            <div class="branding-picture__row">
                {move || shown.get().map(|url| view! { <img class="branding-picture__now" src=url alt=alt.clone() /> })}
                <input
                    id=id
                    type="file"
                    accept=picture.accept()
                    node_ref=input
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=described_by
                    on:change=choose
                />
            </div>
            {move || chosen.with(|f| f.as_ref().map(|f| f.name())).map(|name| view! {
                <p class="field__hint">{t_with("branding-picture-chosen", &[("name", arg(name))])}</p>
            })}
            {move || error.get().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}
