//! A group's calling features on Add group and the group page: how many times it rings,
//! what callers hear meanwhile, whether members' forwarded phones ring, and call
//! recording (`patchbay_monster::ring_group_features`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{order, CrossbarError};
use patchbay_monster::dashboard::SILENCE;
use patchbay_monster::ring_group_features::{recording_url_is_valid, Features, Recording, RECORDING_FORMATS};
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, ActionScope, Crossbar};
use crate::components::form::{unique_id, CheckboxField, SaveState, TextField};
use crate::i18n::t;

/// The features' values as the form holds them.
#[derive(Clone, Copy)]
pub struct FeatureSignals {
    pub repeats: RwSignal<String>,
    pub ringback: RwSignal<String>,
    pub ring_forwarded: RwSignal<bool>,
    pub recording: RwSignal<bool>,
    pub recording_url: RwSignal<String>,
    pub recording_format: RwSignal<String>,
    pub recording_limit: RwSignal<String>,
}

impl FeatureSignals {
    pub fn new(f: Features) -> Self {
        let recording = f.recording.clone().unwrap_or_default();
        FeatureSignals {
            repeats: RwSignal::new(f.repeats.to_string()),
            ringback: RwSignal::new(f.ringback),
            ring_forwarded: RwSignal::new(f.ring_forwarded),
            recording: RwSignal::new(f.recording.is_some()),
            recording_url: RwSignal::new(recording.url),
            recording_format: RwSignal::new(recording.format),
            recording_limit: RwSignal::new(recording.time_limit.to_string()),
        }
    }

    /// The features as saved; `None` where a number does not read (the form says so).
    pub fn features(&self) -> Option<Features> {
        let repeats = self.repeats.get_untracked().trim().parse().ok()?;
        let recording = if self.recording.get_untracked() {
            Some(Recording {
                url: self.recording_url.get_untracked().trim().to_string(),
                format: self.recording_format.get_untracked(),
                time_limit: self.recording_limit.get_untracked().trim().parse().ok()?,
            })
        } else {
            None
        };
        Some(Features {
            repeats,
            ringback: self.ringback.get_untracked(),
            ring_forwarded: self.ring_forwarded.get_untracked(),
            recording,
        })
    }

    /// What is typed, for the unsaved-changes guard.
    pub fn snapshot(&self) -> Vec<String> {
        vec![
            self.repeats.get_untracked(),
            self.ringback.get_untracked(),
            self.ring_forwarded.get_untracked().to_string(),
            self.recording.get_untracked().to_string(),
            self.recording_url.get_untracked(),
            self.recording_format.get_untracked(),
            self.recording_limit.get_untracked(),
        ]
    }

    /// What is wrong, by field.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![];
        if !matches!(self.repeats.get_untracked().trim().parse::<u32>(), Ok(1..=10)) {
            out.push(("repeats", t("group-repeats-invalid")));
        }
        if self.recording.get_untracked() {
            if !recording_url_is_valid(&self.recording_url.get_untracked()) {
                out.push(("recording_url", t("recording-url-invalid")));
            }
            if !matches!(self.recording_limit.get_untracked().trim().parse::<u32>(), Ok(1..=10_800)) {
                out.push(("recording_limit", t("recording-limit-invalid")));
            }
        }
        out
    }
}

/// The account's recordings callers can hear while the group rings, by name.
async fn media_choices(call: &ActionScope) -> Result<Vec<(String, String)>, CrossbarError> {
    let account = expect_context::<Crossbar>().account_id();
    let rows = fetch_all_pages(call, &format!("accounts/{}/media", seg(&account)), "").await?;
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut options: Vec<(String, String)> = rows.iter().map(|m| (s(m, "id"), s(m, "name"))).collect();
    order::sort_by(&mut options, |a, b| a.1.to_ascii_lowercase().cmp(&b.1.to_ascii_lowercase()));
    Ok(options)
}

#[component]
pub fn GroupFeatureFields(features: FeatureSignals, gate: SaveState) -> impl IntoView {
    let FeatureSignals {
        repeats,
        ringback,
        ring_forwarded,
        recording,
        recording_url,
        recording_format,
        recording_limit,
    } = features;
    let media = use_load(|| t("action-read-media"), move |call| async move { media_choices(&call).await });
    let (ringback_id, format_id) = (unique_id("ringback"), unique_id("recording-format"));
    view! {
        <fieldset class="fieldset">
            <legend>{t("group-calling")}</legend>
            <TextField label=t("group-repeats") value=repeats input_type="number" hint=t("group-repeats-hint") error=gate.error_for("repeats") />
            <div class="field">
                <label for=ringback_id.clone()>{t("group-ringback")}</label>
                <select id=ringback_id prop:value=move || ringback.get() on:change=move |ev| ringback.set(event_target_value(&ev))>
                    <option value="" selected=move || ringback.get().is_empty()>{t("group-ringback-default")}</option>
                    <option value=SILENCE selected=move || ringback.get() == SILENCE>{t("group-ringback-silence")}</option>
                    {move || {
                        let list = match media.get() { Some(Ok(list)) => list, _ => vec![] };
                        // A stored choice not among these (or while the list is read) stays chosen.
                        let current = ringback.get_untracked();
                        let known = current.is_empty() || current == SILENCE || list.iter().any(|(id, _)| *id == current);
                        let other = (!known).then(|| view! { <option value=current.clone() selected=true>{t("group-ringback-current")}</option> });
                        let options = list.into_iter().map(|(id, name)| {
                            let selected = { let id = id.clone(); move || ringback.get() == id };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view();
                        view! { {other} {options} }
                    }}
                </select>
            </div>
            <CheckboxField label=t("group-ring-forwarded") checked=ring_forwarded />
            <CheckboxField label=t("group-recording") checked=recording />
            <Show when=move || recording.get()>
                <TextField label=t("recording-url") value=recording_url input_type="url" required=true hint=t("recording-url-hint") error=gate.error_for("recording_url") />
                <div class="field">
                    <label for=format_id.clone()>{t("recording-format")}</label>
                    <select id=format_id.clone() prop:value=move || recording_format.get() on:change=move |ev| recording_format.set(event_target_value(&ev))>
                        {RECORDING_FORMATS.iter().map(|f| view! { <option value=*f selected=move || recording_format.get() == *f>{f.to_ascii_uppercase()}</option> }).collect_view()}
                    </select>
                </div>
                <TextField label=t("recording-limit") value=recording_limit input_type="number" error=gate.error_for("recording_limit") />
            </Show>
        </fieldset>
    }
}
