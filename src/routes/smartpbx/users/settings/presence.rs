//! Do not disturb and hot desking. Turning do not disturb on or off also sets the
//! user's busy lamp, as Smart PBX does (`users.js usersRenderDoNotDisturb`: the user
//! saved, then `POST users/{id}/presence` with state `confirmed` or `terminated`).

use leptos::prelude::*;
use patchbay_monster::user_features::{do_not_disturb_patch, hotdesk_of, hotdesk_patch, presence_patch, Hotdesk};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::UserCtx;
use crate::components::form::CheckboxField;
use crate::components::form::SaveState;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};

/// Do not disturb and hot desking as stored, in a few words.
pub fn presence_summary(user: &Value) -> String {
    let dnd = user.pointer("/do_not_disturb/enabled").and_then(Value::as_bool).unwrap_or(false);
    let mut said = if dnd { t("presence-summary-dnd") } else { t("presence-summary-available") };
    let h = hotdesk_of(user);
    if h.enabled {
        said = t_with("presence-summary-hotdesk", &[("state", arg(said)), ("id", arg(h.id))]);
    }
    said
}

/// Hot-desk id and pin are digits (dialled on a phone's keypad).
fn keypad_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

#[component]
pub fn PresenceSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let dnd = RwSignal::new(user.pointer("/do_not_disturb/enabled").and_then(Value::as_bool).unwrap_or(false));
    let h = hotdesk_of(&user);
    let enabled = RwSignal::new(h.enabled);
    let id = RwSignal::new(h.id);
    let require_pin = RwSignal::new(h.require_pin);
    let pin = RwSignal::new(h.pin);
    let elsewhere = RwSignal::new(h.keep_logged_in_elsewhere);
    let id_error = RwSignal::new(None::<String>);
    let pin_error = RwSignal::new(None::<String>);
    let state = SaveState::plain();
    // The do-not-disturb state as stored: the lamp is set only when it changes.
    let stored_dnd = StoredValue::new(dnd.get_untracked());
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-presence", state, move |call, body: Value| {
            let ctx = ctx.clone();
            async move {
                ctx.patch(&call, &ctx.user_path(), body.clone()).await?;
                let on = body.pointer("/do_not_disturb/enabled").and_then(Value::as_bool).unwrap_or(false);
                if on != stored_dnd.get_value() {
                    let path = format!("{}/presence", ctx.user_path());
                    ctx.post(&call, &path, presence_patch(on)).await?;
                    stored_dnd.set_value(on);
                }
                Ok(())
            }
        })
    };
    let outside = ctx.outside;
    let stored = ctx.stored;
    let summary = Signal::derive(move || stored.with(presence_summary));
    let on_save = Callback::new(move |_| {
        let form = Hotdesk {
            enabled: enabled.get_untracked(),
            id: id.get_untracked().trim().to_string(),
            require_pin: require_pin.get_untracked(),
            pin: pin.get_untracked().trim().to_string(),
            keep_logged_in_elsewhere: elsewhere.get_untracked(),
        };
        let id_bad = (form.enabled && form.id.is_empty()) || !keypad_digits(&form.id);
        let pin_bad = (form.require_pin && form.pin.is_empty()) || !keypad_digits(&form.pin);
        id_error.set(id_bad.then(|| t("hotdesk-id-invalid")));
        pin_error.set(pin_bad.then(|| t("hotdesk-pin-invalid")));
        if id_bad || pin_bad {
            state.form_error.set(Some(t("form-has-errors")));
            return;
        }
        let mut body = hotdesk_patch(&form);
        body["do_not_disturb"] = do_not_disturb_patch(dnd.get_untracked())["do_not_disturb"].clone();
        save.dispatch(body);
    });
    view! {
        <SettingsSection id="user-presence" title_key="presence-title" save_key="presence-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <CheckboxField label=t("dnd-enabled") checked=dnd />
            <CheckboxField label=t("hotdesk-enabled") checked=enabled />
            <TextField label=t("hotdesk-id") value=id maxlength=16 error=Signal::derive(move || id_error.get()) />
            <CheckboxField label=t("hotdesk-require-pin") checked=require_pin />
            <TextField label=t("hotdesk-pin") value=pin input_type="password" autocomplete="new-password" maxlength=16 error=Signal::derive(move || pin_error.get()) />
            <CheckboxField label=t("hotdesk-keep-elsewhere") checked=elsewhere />
        </SettingsSection>
    }
}
