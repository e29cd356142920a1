//! The person's voicemail PIN and greeting: one PATCH of their box with what changed.
//! A greeting uploaded here is made as KAZOO's voicemail application makes a greeting
//! recorded by phone — a media of the box, owned by the person (callflow
//! `cf_voicemail.erl` `set_recording_media_doc`) — which is what a person may make.

use leptos::prelude::*;
use serde_json::{json, Map, Value};

use super::box_path;
use crate::components::form::{SaveState, TextField};
use crate::components::media_player::{use_playback, Player};
use crate::components::media_select::{media_choices, MediaSelect};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::users::settings::section::{use_section_save, SettingsSection};
use crate::routes::smartpbx::users::settings::UserCtx;

/// Why a new PIN cannot be saved: 4 to 6 digits (schemas/vmboxes.json `pin`), or empty
/// to keep the current one.
pub fn pin_problem(pin: &str) -> Option<String> {
    let ok = pin.is_empty() || ((4..=6).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()));
    (!ok).then(|| t("vmbox-pin-format"))
}

/// The PATCH body for a new PIN (`None`: unchanged) and the chosen greeting (empty: none,
/// which removes the key); `None` when nothing changed.
pub fn voicemail_patch(pin: Option<&str>, greeting: &str, stored_greeting: &str) -> Option<Value> {
    let mut body = Map::new();
    if let Some(pin) = pin.filter(|p| !p.is_empty()) {
        body.insert("pin".into(), pin.into());
    }
    if greeting != stored_greeting {
        let id = if greeting.is_empty() { Value::Null } else { Value::from(greeting) };
        body.insert("media".into(), json!({ "unavailable": id }));
    }
    (!body.is_empty()).then_some(Value::Object(body))
}

#[component]
pub fn VoicemailSettings(ctx: UserCtx, vmbox: Value, greetings: Vec<Value>) -> impl IntoView {
    let stored =
        StoredValue::new(vmbox.pointer("/media/unavailable").and_then(Value::as_str).unwrap_or_default().to_string());
    let pin = RwSignal::new(String::new());
    let greeting = RwSignal::new(stored.get_value());
    let choices = RwSignal::new(media_choices(&greetings));
    let playback = use_playback();
    let state = SaveState::plain();
    let path = box_path(&vmbox);
    let save = {
        let ctx = ctx.clone();
        use_section_save(
            &ctx.clone(),
            "action-save-my-voicemail",
            state,
            move |call, (body, chosen): (Value, String)| {
                let (ctx, path) = (ctx.clone(), path.clone());
                async move {
                    ctx.patch(&call, &path, body).await?;
                    pin.set(String::new());
                    stored.set_value(chosen);
                    Ok(())
                }
            },
        )
    };
    let on_save = Callback::new(move |_| {
        let new_pin = pin.get_untracked().trim().to_string();
        if let Some(problem) = pin_problem(&new_pin) {
            state.failed(problem.clone(), vec![("pin", problem)]);
            return;
        }
        let chosen = greeting.get_untracked();
        match voicemail_patch(Some(&new_pin), &chosen, &stored.get_value()) {
            Some(body) => save.dispatch((body, chosen)),
            None => state.saved(t("settings-unchanged")),
        }
    });
    let extra = json!({
        "owner_id": ctx.user_id,
        "source_type": "voicemail",
        "source_id": doc_id(&vmbox),
    });
    let mailbox = vmbox.get("mailbox").and_then(Value::as_str).unwrap_or_default().to_string();
    view! {
        <SettingsSection id="my-voicemail" title_key="my-voicemail-title" save_key="my-voicemail-save" outside=false state=state busy=save.pending() on_save=on_save>
            <p>{t_with("my-voicemail-box", &[("mailbox", arg(mailbox))])}</p>
            <TextField
                label=t("my-voicemail-pin")
                value=pin
                input_type="password"
                autocomplete="off"
                maxlength=6
                hint=t("my-voicemail-pin-hint")
                error=state.error_for("pin")
            />
            <MediaSelect what=t("vmbox-greeting") choices=choices selected=greeting meta=ctx.meta.clone() playback=playback extra=extra />
            <Player playback=playback />
        </SettingsSection>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_changed_is_sent_and_no_greeting_removes_the_key() {
        assert_eq!(voicemail_patch(Some(""), "m1", "m1"), None);
        assert_eq!(voicemail_patch(Some("4321"), "m1", "m1"), Some(json!({"pin": "4321"})));
        assert_eq!(voicemail_patch(None, "m2", "m1"), Some(json!({"media": {"unavailable": "m2"}})));
        assert_eq!(voicemail_patch(None, "", "m1"), Some(json!({"media": {"unavailable": null}})));
    }
}
