//! The conference line's own greeting, played to callers before they enter a
//! conference's number: one of the account's media (chosen, uploaded or recorded here),
//! or none. Written as Smart PBX's "custom conference greeting" writes it (monster-ui-voip
//! `submodules/strategy/strategy.js` `strategyConfGreetingBindEvents`): a PATCH of
//! MainConference's `flow.data.welcome_prompt` — `{media_id}`, or `null` for none.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use serde_json::{json, Value};

use super::use_section_save;
use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::form::{SaveState, TextField};
use crate::components::loaded::Loaded;
use crate::components::media_player::{use_playback, Player};
use crate::components::media_select::{media_choices, MediaSelect};
use crate::i18n::t;
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::{smartpbx_stamp, stamped};
use patchbay_monster::call_handling::{conference_greeting_media, DEFAULT_TTS_VOICE};

/// The PATCH for a chosen greeting (empty: none).
pub fn welcome_prompt_patch(media_id: &str) -> Value {
    let prompt = if media_id.is_empty() { Value::Null } else { json!({ "media_id": media_id }) };
    json!({"flow": {"data": {"welcome_prompt": prompt}}})
}

/// What callers hear now, and "Change the conference greeting", which reads the account's
/// media the first time it opens (Main Number itself does not need them).
#[component]
pub fn ConferenceGreeting(callflow: Value, on_saved: Callback<String>) -> impl IntoView {
    if callflow.is_null() {
        return ().into_any();
    }
    let custom = callflow.pointer("/flow/data/welcome_prompt/media_id").and_then(Value::as_str).is_some();
    let (open, opened) = (RwSignal::new(false), RwSignal::new(false));
    view! {
        <section class="settings-section" aria-labelledby="conference-greeting-title">
            <h3 id="conference-greeting-title">{t("conference-greeting-title")}</h3>
            <p>{if custom { t("conference-greeting-custom") } else { t("conference-greeting-standard") }}</p>
            <p>
                <button type="button" aria-expanded=move || open.get().to_string() aria-controls="conference-greeting-form"
                    on:click=move |_| { opened.set(true); open.update(|o| *o = !*o); }>
                    {t("conference-greeting-change")}
                </button>
            </p>
            <div id="conference-greeting-form" hidden=move || !open.get()>
                <Show when=move || opened.get()>
                    <GreetingLoader callflow=callflow.clone() on_saved=on_saved />
                </Show>
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn GreetingLoader(callflow: Value, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let path = format!("accounts/{}/media", seg(&client.account_id()));
    let media = use_load(
        || t("action-open-media-list"),
        move |call| {
            let path = path.clone();
            async move { fetch_all_pages(&call, &path, "").await }
        },
    );
    view! {
        <Loaded load=media let:media>
            <GreetingForm callflow=callflow.clone() media=media on_saved=on_saved />
        </Loaded>
    }
}

#[component]
fn GreetingForm(callflow: Value, media: Vec<Value>, on_saved: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let stored =
        callflow.pointer("/flow/data/welcome_prompt/media_id").and_then(Value::as_str).unwrap_or_default().to_string();
    // The spoken greeting Smart PBX made before, replaced rather than added to when new text is typed.
    let spoken_before = media
        .iter()
        .find(|m| {
            m.get("name").and_then(Value::as_str) == Some("MainConferenceGreeting")
                && m.get("media_source").and_then(Value::as_str) == Some("tts")
        })
        .map(doc_id);
    let chosen = RwSignal::new(stored);
    let spoken = RwSignal::new(String::new());
    let choices = RwSignal::new(media_choices(&media));
    let playback = use_playback();
    let error = RwSignal::new(None::<String>);
    let path = format!("accounts/{}/callflows/{}", seg(&client.account_id()), seg(&doc_id(&callflow)));
    let media_path = format!("accounts/{}/media", seg(&client.account_id()));
    // (a chosen media id, or text to speak)
    let write = use_section_save(
        |_: &(String, String)| t("action-save-conference-greeting"),
        move |call, (media_id, text): (String, String)| {
            let (path, media_path, spoken_before) = (path.clone(), media_path.clone(), spoken_before.clone());
            async move {
                let meta = smartpbx_stamp();
                let media_id = if text.is_empty() {
                    media_id
                } else {
                    let doc = stamped(conference_greeting_media(&text, DEFAULT_TTS_VOICE), &meta);
                    let saved = match &spoken_before {
                        Some(id) => call.post(&format!("{media_path}/{}", seg(id)), doc).await?,
                        None => call.put(&media_path, doc).await?,
                    };
                    doc_id(&saved.data)
                };
                call.patch(&path, stamped(welcome_prompt_patch(&media_id), &meta)).await?;
                Ok(t("conference-greeting-saved"))
            }
        },
        error,
        on_saved,
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        error.set(None);
        write.dispatch((chosen.get_untracked(), spoken.get_untracked().trim().to_string()));
    };
    view! {
        <form class="form" on:submit=submit novalidate=true aria-labelledby="conference-greeting-title">
            <p class="field__hint">{t("conference-greeting-hint")}</p>
            <MediaSelect what=t("conference-greeting") choices=choices selected=chosen meta=smartpbx_stamp() playback=playback />
            <Player playback=playback />
            <TextField label=t("conference-greeting-spoken") value=spoken maxlength=1000 hint=t("conference-greeting-spoken-hint") />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" disabled=move || write.pending().get()>{t("conference-greeting-save")}</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_greeting_is_a_welcome_prompt_or_null() {
        assert_eq!(welcome_prompt_patch("m1"), json!({"flow": {"data": {"welcome_prompt": {"media_id": "m1"}}}}));
        assert_eq!(welcome_prompt_patch(""), json!({"flow": {"data": {"welcome_prompt": null}}}));
    }
}
