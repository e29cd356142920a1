//! A device's audio and security settings on its page, as Smart PBX's device dialog has
//! them (`devices.js` codec selectors, secure RTP, "notify when unregistered"): the
//! codecs it may use in preference order, encrypted media and its method, and a mail
//! to the owner when the phone goes offline (`patchbay_monster::device::Editable`).

use leptos::prelude::*;
use patchbay_monster::device::{self, AUDIO_CODECS, RTP_METHODS, VIDEO_CODECS};

use crate::components::form::{unique_id, CheckboxField};
use crate::i18n::{arg, t, t_with};

/// The settings' values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MediaFields {
    pub audio_codecs: Vec<String>,
    pub video_codecs: Vec<String>,
    pub secure_rtp: bool,
    pub rtp_method: String,
    pub notify_unregister: bool,
}

#[derive(Clone, Copy)]
pub struct MediaSignals {
    audio: RwSignal<Vec<String>>,
    video: RwSignal<Vec<String>>,
    secure_rtp: RwSignal<bool>,
    rtp_method: RwSignal<String>,
    notify_unregister: RwSignal<bool>,
}

impl MediaSignals {
    pub fn new(m: &MediaFields) -> Self {
        MediaSignals {
            audio: RwSignal::new(m.audio_codecs.clone()),
            video: RwSignal::new(m.video_codecs.clone()),
            secure_rtp: RwSignal::new(m.secure_rtp),
            rtp_method: RwSignal::new(m.rtp_method.clone()),
            notify_unregister: RwSignal::new(m.notify_unregister),
        }
    }

    pub fn get(&self) -> MediaFields {
        MediaFields {
            audio_codecs: self.audio.get_untracked(),
            video_codecs: self.video.get_untracked(),
            secure_rtp: self.secure_rtp.get_untracked(),
            rtp_method: self.rtp_method.get_untracked(),
            notify_unregister: self.notify_unregister.get_untracked(),
        }
    }
}

/// Codec checkboxes: the stored order kept, a newly ticked codec last (least preferred).
fn codec_boxes(legend: String, offered: &'static [&'static str], chosen: RwSignal<Vec<String>>) -> impl IntoView {
    // Codecs stored by another app and not offered here stay listed, and chosen.
    let mut all: Vec<String> = offered.iter().map(|c| c.to_string()).collect();
    for c in chosen.get_untracked() {
        if !all.contains(&c) {
            all.push(c);
        }
    }
    view! {
        <fieldset class="fieldset">
            <legend>{legend}</legend>
            {all.into_iter().map(|codec| {
                let id = unique_id("codec");
                let (shown, toggled) = (codec.clone(), codec.clone());
                view! {
                    <div class="field field--check">
                        <input type="checkbox" id=id.clone()
                            prop:checked=move || chosen.with(|c| c.contains(&shown))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    c.retain(|x| *x != toggled);
                                    if on {
                                        c.push(toggled.clone());
                                    }
                                });
                            } />
                        <label for=id>{codec.clone()}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn MediaSettings(device_type: String, media: MediaSignals) -> impl IntoView {
    let form = device::form_of(&device_type);
    let method_id = unique_id("rtp-method");
    view! {
        <fieldset class="fieldset">
            <legend>{t("device-media-title")}</legend>
            {form.codecs.then(|| view! {
                {codec_boxes(t("device-audio-codecs"), &AUDIO_CODECS, media.audio)}
                {codec_boxes(t("device-video-codecs"), &VIDEO_CODECS, media.video)}
                <p class="field__hint">{move || {
                    let order = media.audio.get().join(", ");
                    if order.is_empty() { t("device-codecs-none") } else { t_with("device-codecs-order", &[("codecs", arg(order))]) }
                }}</p>
            })}
            {form.rtp.then(|| view! {
                <CheckboxField label=t("device-secure-rtp") checked=media.secure_rtp />
                <Show when=move || media.secure_rtp.get()>
                    <div class="field">
                        <label for=method_id.clone()>{t("device-rtp-method")}</label>
                        <select id=method_id.clone() prop:value=move || media.rtp_method.get() on:change=move |ev| media.rtp_method.set(event_target_value(&ev))>
                            {RTP_METHODS.iter().map(|m| view! { <option value=*m selected=move || media.rtp_method.get() == *m>{m.to_ascii_uppercase()}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
            })}
            <CheckboxField label=t("device-notify-unregister") checked=media.notify_unregister />
        </fieldset>
    }
}
