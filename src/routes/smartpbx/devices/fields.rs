//! The device form's values and the checks made before anything is sent.

use patchbay_monster::device::{self, CallForward, Editable, NewDevice, SipCredentials};

use super::media::MediaFields;
use crate::components::form::name_problem;
use crate::i18n::{arg, t, t_with};

/// Everything the form can show; which fields apply depends on the type
/// (`patchbay_monster::device::form_of`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub device_type: String,
    pub name: String,
    /// Empty = not assigned to anyone.
    pub owner_id: String,
    pub enabled: bool,
    pub sip_username: String,
    pub sip_password: String,
    pub mac_address: String,
    pub forward_number: String,
    pub keep_caller_id: bool,
    /// Smart PBX's "allow voicemail on the forwarded phone" = `!require_keypress`.
    pub allow_voicemail: bool,
    pub hide_from_contacts: bool,
    pub sip_route: String,
    /// Empty = the account's emergency caller ID.
    pub emergency_number: String,
    /// A new desk phone's model from the provisioner's catalogue.
    pub provision: Option<device::Provision>,
    /// Codecs, secure RTP, offline mail (an existing device's page).
    pub media: MediaFields,
}

/// Errors keyed by form field (the names of `Fields`).
pub use crate::components::form::FieldErrors;

fn required(errors: &mut FieldErrors, key: &'static str, label: &str) {
    errors.push((key, t_with("field-required", &[("field", arg(t(label)))])));
}

/// A number to forward to: digits, optionally after a `+`, as KAZOO dials it.
fn is_forward_number(s: &str) -> bool {
    let digits = s.strip_prefix('+').unwrap_or(s);
    (3..=35).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
}

pub fn validate(f: &Fields) -> FieldErrors {
    let form = device::form_of(&f.device_type);
    let mut errors = vec![];
    if let Some(problem) = name_problem("device-name", &f.name, 128, true) {
        errors.push(("name", problem));
    }
    if form.sip_credentials {
        let user = f.sip_username.trim();
        if user.is_empty() {
            required(&mut errors, "sip_username", "device-sip-username");
        } else if !device::is_sip_username(user) {
            errors.push(("sip_username", t("device-sip-username-format")));
        }
        if f.sip_password.is_empty() {
            required(&mut errors, "sip_password", "device-sip-password");
        } else if !device::is_sip_password(&f.sip_password) {
            errors.push(("sip_password", t("device-sip-password-length")));
        }
    }
    if form.mac_address && !f.mac_address.trim().is_empty() && !device::is_mac(&f.mac_address) {
        errors.push(("mac_address", t("device-mac-format")));
    }
    if form.call_forward {
        let number = f.forward_number.trim();
        if number.is_empty() {
            required(&mut errors, "forward_number", "device-forward-number");
        } else if !is_forward_number(number) {
            errors.push(("forward_number", t("device-forward-number-format")));
        }
    }
    if form.sip_route && f.sip_route.trim().is_empty() {
        required(&mut errors, "sip_route", "device-sip-route");
    }
    errors
}

/// A new device's form: Smart PBX's defaults, with generated SIP credentials.
pub fn new_fields(device_type: &str, creds: SipCredentials) -> Fields {
    Fields {
        device_type: device_type.to_string(),
        enabled: true,
        sip_username: creds.username,
        sip_password: creds.password,
        keep_caller_id: true,
        hide_from_contacts: device::form_of(device_type).call_forward,
        ..Fields::default()
    }
}

pub fn fields_of(device: &serde_json::Value) -> Fields {
    let e = device::editable_of(device);
    Fields {
        provision: None,
        device_type: device::type_of(device).to_string(),
        name: e.name,
        owner_id: e.owner_id.unwrap_or_default(),
        enabled: e.enabled,
        sip_username: e.sip_username,
        sip_password: e.sip_password,
        mac_address: e.mac_address,
        forward_number: e.call_forward_number,
        keep_caller_id: e.keep_caller_id,
        allow_voicemail: !e.require_keypress,
        hide_from_contacts: e.contact_list_exclude,
        sip_route: e.sip_route,
        emergency_number: e.emergency_number,
        media: MediaFields {
            audio_codecs: e.audio_codecs,
            video_codecs: e.video_codecs,
            secure_rtp: e.secure_rtp,
            rtp_method: e.rtp_method,
            notify_unregister: e.notify_unregister,
        },
    }
}

pub fn editable(f: &Fields) -> Editable {
    Editable {
        name: f.name.trim().to_string(),
        enabled: f.enabled,
        owner_id: Some(f.owner_id.clone()).filter(|o| !o.is_empty()),
        sip_username: f.sip_username.trim().to_string(),
        sip_password: f.sip_password.clone(),
        mac_address: f.mac_address.trim().to_string(),
        call_forward_number: f.forward_number.trim().to_string(),
        keep_caller_id: f.keep_caller_id,
        require_keypress: !f.allow_voicemail,
        contact_list_exclude: f.hide_from_contacts,
        sip_route: f.sip_route.trim().to_string(),
        emergency_number: f.emergency_number.clone(),
        audio_codecs: f.media.audio_codecs.clone(),
        video_codecs: f.media.video_codecs.clone(),
        secure_rtp: f.media.secure_rtp,
        rtp_method: f.media.rtp_method.clone(),
        notify_unregister: f.media.notify_unregister,
    }
}

/// What `PUT …/devices` gets; SIP URIs carry generated credentials they never show.
pub fn new_device(f: &Fields, classifiers: Vec<String>) -> NewDevice {
    let form = device::form_of(&f.device_type);
    NewDevice {
        device_type: f.device_type.clone(),
        name: f.name.trim().to_string(),
        owner_id: Some(f.owner_id.clone()).filter(|o| !o.is_empty()),
        sip: (form.sip_credentials || form.sip_route)
            .then(|| SipCredentials { username: f.sip_username.trim().into(), password: f.sip_password.clone() }),
        mac_address: Some(f.mac_address.trim().to_string()).filter(|m| !m.is_empty()),
        call_forward: form.call_forward.then(|| CallForward {
            number: f.forward_number.trim().to_string(),
            keep_caller_id: f.keep_caller_id,
            require_keypress: !f.allow_voicemail,
        }),
        contact_list_exclude: f.hide_from_contacts,
        sip_route: Some(f.sip_route.trim().to_string()).filter(|r| !r.is_empty()),
        classifiers,
        audio_codecs: vec![],
        video_codecs: vec![],
        emergency_number: Some(f.emergency_number.clone()).filter(|n| !n.is_empty()),
        provision: f.provision.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds() -> SipCredentials {
        SipCredentials { username: "user_abcdefghjk".into(), password: "abcdefghjkmn".into() }
    }

    fn keys(e: FieldErrors) -> Vec<&'static str> {
        e.into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn each_type_checks_its_own_fields() {
        let desk = Fields { name: "Desk".into(), ..new_fields("sip_device", creds()) };
        assert!(validate(&desk).is_empty());
        let bad_mac = Fields { mac_address: "00:11:22:33:44".into(), sip_username: "a b".into(), ..desk.clone() };
        assert_eq!(keys(validate(&bad_mac)), ["sip_username", "mac_address"]);
        let cell = Fields { name: "Cell".into(), ..new_fields("cellphone", creds()) };
        assert_eq!(keys(validate(&cell)), ["forward_number"]);
        assert!(validate(&Fields { forward_number: "+14155550199".into(), ..cell.clone() }).is_empty());
        assert_eq!(keys(validate(&Fields { forward_number: "call me".into(), ..cell })), ["forward_number"]);
        let uri = Fields { name: String::new(), ..new_fields("sip_uri", creds()) };
        assert_eq!(keys(validate(&uri)), ["name", "sip_route"]);
    }

    #[test]
    fn a_new_cell_phone_hides_from_contacts_and_keeps_caller_id_as_smart_pbx_does() {
        let cell = new_fields("cellphone", creds());
        assert!(cell.hide_from_contacts && cell.keep_caller_id && !cell.allow_voicemail);
        assert!(!new_fields("sip_uri", creds()).hide_from_contacts);
    }
}
