//! An existing device's editable fields and the PATCH of what changed.

use serde_json::{json, Map, Value};

use super::{form_of, format_mac, CallForward};

/// The editable fields of an existing device, as its form shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Editable {
    pub name: String,
    pub enabled: bool,
    pub owner_id: Option<String>,
    pub sip_username: String,
    pub sip_password: String,
    pub mac_address: String,
    pub call_forward_number: String,
    pub keep_caller_id: bool,
    pub require_keypress: bool,
    pub contact_list_exclude: bool,
    pub sip_route: String,
    /// `caller_id.emergency.number`; empty = the account's default.
    pub emergency_number: String,
    /// `media.audio.codecs` / `media.video.codecs`, in preference order.
    pub audio_codecs: Vec<String>,
    pub video_codecs: Vec<String>,
    /// `media.encryption.enforce_security`, with its one method (`srtp` or `zrtp`).
    pub secure_rtp: bool,
    pub rtp_method: String,
    /// Mail the owner when the phone stops registering (`suppress_unregister_notifications`
    /// false), the settings dialog's "notify when unregistered".
    pub notify_unregister: bool,
}

pub fn editable_of(device: &Value) -> Editable {
    let s = |p: &str| device.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
    let b = |p: &str, default: bool| device.pointer(p).and_then(Value::as_bool).unwrap_or(default);
    Editable {
        name: s("/name"),
        enabled: b("/enabled", true),
        owner_id: Some(s("/owner_id")).filter(|o| !o.is_empty()),
        sip_username: s("/sip/username"),
        sip_password: s("/sip/password"),
        mac_address: device.get("mac_address").and_then(Value::as_str).and_then(format_mac).unwrap_or_default(),
        call_forward_number: s("/call_forward/number"),
        keep_caller_id: b("/call_forward/keep_caller_id", true),
        require_keypress: b("/call_forward/require_keypress", true),
        contact_list_exclude: b("/contact_list/exclude", false),
        sip_route: s("/sip/route"),
        emergency_number: s("/caller_id/emergency/number"),
        audio_codecs: patchbay_crossbar::json::strings(device.pointer("/media/audio/codecs")),
        video_codecs: patchbay_crossbar::json::strings(device.pointer("/media/video/codecs")),
        secure_rtp: b("/media/encryption/enforce_security", false),
        rtp_method: device
            .pointer("/media/encryption/methods/0")
            .and_then(Value::as_str)
            .unwrap_or(RTP_METHODS[0])
            .to_string(),
        // KAZOO's default (devices.json): notifications are on.
        notify_unregister: !b("/suppress_unregister_notifications", false),
    }
}

/// Secure RTP methods Smart PBX offers (`devices.js` `rtpMethod`).
pub const RTP_METHODS: [&str; 2] = ["srtp", "zrtp"];

/// Audio codecs offered, in the order a picker lists them (KAZOO's codec names).
pub const AUDIO_CODECS: [&str; 8] = ["OPUS", "G722", "PCMU", "PCMA", "G729", "GSM", "G7221@16000h", "speex@16000h"];
pub const VIDEO_CODECS: [&str; 4] = ["H264", "VP8", "H263", "H261"];

/// A PATCH body with only what changed (KAZOO merges nested objects key by key, so
/// keys the form does not show survive; `null` removes the owner).
pub fn edit_patch(device_type: &str, before: &Editable, after: &Editable) -> Map<String, Value> {
    let form = form_of(device_type);
    let mut patch = Map::new();
    if after.name.trim() != before.name.trim() {
        patch.insert("name".into(), after.name.trim().into());
    }
    if after.enabled != before.enabled {
        patch.insert("enabled".into(), after.enabled.into());
    }
    if after.owner_id != before.owner_id {
        patch.insert("owner_id".into(), after.owner_id.clone().map(Value::from).unwrap_or(Value::Null));
    }
    if form.mac_address && after.mac_address.trim() != before.mac_address.trim() {
        let mac = format_mac(&after.mac_address).map(Value::from).unwrap_or(Value::Null);
        patch.insert("mac_address".into(), mac);
    }
    let mut sip = Map::new();
    if form.sip_credentials || form.sip_route {
        if after.sip_username.trim() != before.sip_username.trim() {
            sip.insert("username".into(), after.sip_username.trim().into());
        }
        if after.sip_password != before.sip_password {
            sip.insert("password".into(), after.sip_password.clone().into());
        }
    }
    if form.sip_route && after.sip_route.trim() != before.sip_route.trim() {
        sip.insert("route".into(), after.sip_route.trim().into());
    }
    if !sip.is_empty() {
        patch.insert("sip".into(), Value::Object(sip));
    }
    if form.call_forward
        && (after.call_forward_number.trim() != before.call_forward_number.trim()
            || after.keep_caller_id != before.keep_caller_id
            || after.require_keypress != before.require_keypress)
    {
        let cf = CallForward {
            number: after.call_forward_number.clone(),
            keep_caller_id: after.keep_caller_id,
            require_keypress: after.require_keypress,
        };
        patch.insert("call_forward".into(), cf.to_json());
    }
    if (form.call_forward || form.sip_route) && after.contact_list_exclude != before.contact_list_exclude {
        patch.insert("contact_list".into(), json!({"exclude": after.contact_list_exclude}));
    }
    let mut media = Map::new();
    if form.codecs && after.audio_codecs != before.audio_codecs {
        media.insert("audio".into(), json!({"codecs": after.audio_codecs}));
    }
    if form.codecs && after.video_codecs != before.video_codecs {
        media.insert("video".into(), json!({"codecs": after.video_codecs}));
    }
    // devicesFormatData: `methods` is rebuilt from the switch and its method.
    if form.rtp && (after.secure_rtp, &after.rtp_method) != (before.secure_rtp, &before.rtp_method) {
        let methods: Vec<&str> = if after.secure_rtp { vec![after.rtp_method.as_str()] } else { vec![] };
        media.insert("encryption".into(), json!({"enforce_security": after.secure_rtp, "methods": methods}));
    }
    if !media.is_empty() {
        patch.insert("media".into(), Value::Object(media));
    }
    if after.notify_unregister != before.notify_unregister {
        patch.insert("suppress_unregister_notifications".into(), (!after.notify_unregister).into());
    }
    if form.emergency_caller_id && after.emergency_number != before.emergency_number {
        // Smart PBX drops an emptied number rather than storing "".
        let number = Some(after.emergency_number.clone()).filter(|n| !n.is_empty()).map(Value::from);
        patch.insert("caller_id".into(), json!({"emergency": {"number": number}}));
    }
    patch
}

#[cfg(test)]
mod tests {
    use super::*;

    /// devices.js devicesFormatData: codecs as picked, `methods` rebuilt from the secure
    /// RTP switch, `suppress_unregister_notifications` the opposite of "notify".
    #[test]
    fn codecs_secure_rtp_and_offline_mail_are_written_as_the_settings_dialog_writes_them() {
        let stored = json!({"device_type": "sip_device", "media": {"audio": {"codecs": ["PCMU", "PCMA"]},
            "encryption": {"enforce_security": false, "methods": []}}, "suppress_unregister_notifications": true});
        let before = editable_of(&stored);
        assert_eq!((before.secure_rtp, before.rtp_method.as_str(), before.notify_unregister), (false, "srtp", false));
        let after = Editable {
            audio_codecs: vec!["OPUS".into(), "PCMU".into()],
            secure_rtp: true,
            notify_unregister: true,
            ..before.clone()
        };
        let patch = Value::Object(edit_patch("sip_device", &before, &after));
        assert_eq!(
            patch,
            json!({"media": {"audio": {"codecs": ["OPUS", "PCMU"]}, "encryption": {"enforce_security": true, "methods": ["srtp"]}},
                "suppress_unregister_notifications": false})
        );
        assert!(edit_patch("sip_device", &before, &before).is_empty());
        // A cell phone has no codecs or RTP settings to write.
        let cell = Value::Object(edit_patch("cellphone", &before, &after));
        assert_eq!(cell, json!({"suppress_unregister_notifications": false}));
    }
}
