//! Call recording for one person: on or off, which calls (incoming or outgoing, from
//! colleagues or from outside — each recorded, not recorded or as the account does),
//! and where recordings go (`patchbay_monster::user_recording`).

use leptos::prelude::*;
use patchbay_monster::ring_group_features::{recording_url_is_valid, Recording, RECORDING_FORMATS};
use patchbay_monster::user_recording::{recording_of, recording_patch, Switch, UserRecording, SWITCHES};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::UserCtx;
use crate::components::form::{unique_id, CheckboxField, SaveState, SelectField, TextField};
use crate::i18n::t;

fn switch_value(s: Switch) -> &'static str {
    match s {
        Switch::Account => "account",
        Switch::On => "on",
        Switch::Off => "off",
    }
}

fn switch_of(v: &str) -> Switch {
    match v {
        "on" => Switch::On,
        "off" => Switch::Off,
        _ => Switch::Account,
    }
}

/// Call recording as stored, in a few words.
fn recording_summary(user: &Value) -> String {
    let now = recording_of(user);
    if !now.enabled {
        t("feature-off")
    } else if now.switches.contains(&Switch::On) {
        t("user-recording-summary-on")
    } else if now.switches.iter().all(|s| *s == Switch::Off) {
        t("user-recording-summary-none")
    } else {
        t("user-recording-summary-account")
    }
}

#[component]
pub fn RecordingSection(ctx: UserCtx, user: Value) -> impl IntoView {
    let now = recording_of(&user);
    let enabled = RwSignal::new(now.enabled);
    let switches = now.switches.map(|s| RwSignal::new(switch_value(s).to_string()));
    let url = RwSignal::new(now.target.url.clone());
    let format = RwSignal::new(now.target.format.clone());
    let limit = RwSignal::new(now.target.time_limit.to_string());
    let (url_error, limit_error) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    let stored = StoredValue::new(user);
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(&ctx.clone(), "action-save-user-recording", state, move |call, r: UserRecording| {
            let ctx = ctx.clone();
            async move {
                let saved = ctx.patch(&call, &ctx.user_path(), recording_patch(&stored.get_value(), &r)).await?;
                stored.set_value(saved);
                Ok(())
            }
        })
    };
    let outside = ctx.outside;
    let stored_user = ctx.stored;
    let summary = Signal::derive(move || stored_user.with(recording_summary));
    let on_save = Callback::new(move |_| {
        let switches = switches.map(|s| switch_of(&s.get_untracked()));
        let on = enabled.get_untracked();
        let needs_target = on && switches.contains(&Switch::On);
        url_error.set(None);
        limit_error.set(None);
        let time_limit = limit.get_untracked().trim().parse::<u32>().ok().filter(|l| (1..=10_800).contains(l));
        if needs_target && !recording_url_is_valid(&url.get_untracked()) {
            url_error.set(Some(t("recording-url-invalid")));
        }
        if needs_target && time_limit.is_none() {
            limit_error.set(Some(t("recording-limit-invalid")));
        }
        if url_error.with_untracked(Option::is_some) || limit_error.with_untracked(Option::is_some) {
            state.form_error.set(Some(t("form-has-errors")));
            return;
        }
        let target = Recording {
            url: url.get_untracked(),
            format: format.get_untracked(),
            time_limit: time_limit.unwrap_or(600),
        };
        save.dispatch(UserRecording { enabled: on, switches, target });
    });
    let choices = Signal::derive(|| {
        vec![
            ("account".to_string(), t("user-recording-account")),
            ("on".to_string(), t("user-recording-on")),
            ("off".to_string(), t("user-recording-off")),
        ]
    });
    let format_id = unique_id("user-recording-format");
    view! {
        <SettingsSection id="user-recording" title_key="user-recording-title" save_key="user-recording-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <CheckboxField label=t("user-recording-enabled") checked=enabled />
            <Show when=move || enabled.get()>
                {SWITCHES.iter().zip(switches).map(|((category, direction), value)| {
                    view! { <SelectField label=t(&format!("user-recording-{category}-{direction}")) value=value options=choices /> }
                }).collect_view()}
                <TextField label=t("recording-url") value=url input_type="url" hint=t("recording-url-hint") error=Signal::derive(move || url_error.get()) />
                <div class="field">
                    <label for=format_id.clone()>{t("recording-format")}</label>
                    <select id=format_id.clone() prop:value=move || format.get() on:change=move |ev| format.set(event_target_value(&ev))>
                        {RECORDING_FORMATS.iter().map(|f| view! { <option value=*f selected=move || format.get() == *f>{f.to_ascii_uppercase()}</option> }).collect_view()}
                    </select>
                </div>
                <TextField label=t("recording-limit") value=limit input_type="number" error=Signal::derive(move || limit_error.get()) />
            </Show>
        </SettingsSection>
    }
}
