//! A new device's document: Smart PBX's defaults for its type merged with the form
//! (`devices.js devicesGetDefaultsForType`, `devicesMergeData`).

use serde_json::{json, Map, Value};

use super::{form_of, format_mac, SipCredentials};

/// A cell phone or landline's forwarding (`call_forward` as devicesMergeData writes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallForward {
    pub number: String,
    pub keep_caller_id: bool,
    /// Unchecked "allow voicemail on the cell phone" = Smart PBX's default `true`.
    pub require_keypress: bool,
}

impl CallForward {
    pub fn to_json(&self) -> Value {
        json!({
            "enabled": true,
            "number": self.number.trim(),
            "require_keypress": self.require_keypress,
            "keep_caller_id": self.keep_caller_id,
        })
    }
}

/// The "Add device" form's values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewDevice {
    pub device_type: String,
    pub name: String,
    pub owner_id: Option<String>,
    pub sip: Option<SipCredentials>,
    /// As typed; written normalised (`format_mac`).
    pub mac_address: Option<String>,
    pub call_forward: Option<CallForward>,
    /// "Hide from contact list" (call-forward types, SIP URI).
    pub contact_list_exclude: bool,
    pub sip_route: Option<String>,
    /// The account's classifiers (`GET …/phone_numbers/classifiers`), each written as
    /// `{"action": "inherit"}` on types with a restrictions tab.
    pub classifiers: Vec<String>,
    pub audio_codecs: Vec<String>,
    pub video_codecs: Vec<String>,
    /// An E911-enabled number of the account; none = the account's default.
    pub emergency_number: Option<String>,
    /// A desk phone's model from the provisioner's catalogue (sip_device only).
    pub provision: Option<Provision>,
}

/// A phone model picked from the provisioner's catalogue, for the device's `provision`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Provision {
    pub brand: String,
    pub family: String,
    pub model: String,
    pub template_id: Option<String>,
}

/// `PUT /accounts/{a}/devices`: Smart PBX's defaults for the type merged with its form.
pub fn new_device_doc(d: &NewDevice) -> Value {
    let kind = d.device_type.as_str();
    let form = form_of(kind);
    let mut doc = Map::new();
    doc.insert("device_type".into(), kind.into());
    doc.insert("enabled".into(), true.into());
    doc.insert("name".into(), d.name.trim().into());
    if let Some(owner) = d.owner_id.as_deref().filter(|o| !o.is_empty()) {
        doc.insert("owner_id".into(), owner.into());
    }
    if form.mac_address {
        if let Some(mac) = d.mac_address.as_deref().and_then(format_mac) {
            doc.insert("mac_address".into(), mac.into());
        }
    }
    if kind == "teammate" {
        doc.insert("caller_id_options".into(), json!({"outbound_privacy": "none"}));
    }
    if form.call_forward {
        let cf = d.call_forward.clone().unwrap_or(CallForward {
            number: String::new(),
            keep_caller_id: true,
            require_keypress: true,
        });
        doc.insert("call_forward".into(), cf.to_json());
    }
    if form.call_forward || form.sip_route {
        doc.insert("contact_list".into(), json!({"exclude": d.contact_list_exclude}));
    }
    if let Some(number) = d.emergency_number.as_deref().filter(|n| form.emergency_caller_id && !n.is_empty()) {
        doc.insert("caller_id".into(), json!({"emergency": {"number": number}}));
    }
    if let Some(sip) = sip_of_new(d) {
        doc.insert("sip".into(), sip);
    }
    let restrictions: Map<String, Value> = if form.restrictions {
        d.classifiers.iter().map(|c| (c.clone(), json!({"action": "inherit"}))).collect()
    } else {
        Map::new()
    };
    doc.insert("call_restriction".into(), Value::Object(restrictions));
    doc.insert("media".into(), media_of_new(kind, d));
    if kind == "fax" {
        doc.insert("outbound_flags".into(), json!(["fax"]));
    }
    // A phone from the provisioner's catalogue is written as monster-ui's chooseModel.js
    // (chooseModelRenderProvisioner) writes it over the type's defaults: its `provision`
    // block, and unregister notifications on.
    let provision = d.provision.as_ref().filter(|_| kind == "sip_device");
    if let Some(p) = provision {
        let block = crate::provisioned_phone::provision_block(&p.brand, &p.family, &p.model, p.template_id.as_deref());
        doc.insert("provision".into(), block);
    }
    doc.insert("suppress_unregister_notifications".into(), provision.is_none().into());
    Value::Object(doc)
}

fn sip_of_new(d: &NewDevice) -> Option<Value> {
    let creds = d.sip.as_ref()?;
    let mut sip = Map::new();
    match d.device_type.as_str() {
        "sip_uri" => {
            sip.insert("expire_seconds".into(), 360.into());
            sip.insert("invite_format".into(), "route".into());
            sip.insert("method".into(), "password".into());
        }
        "teammate" => {
            sip.insert("ignore_completed_elsewhere".into(), false.into());
        }
        _ => {}
    }
    sip.insert("username".into(), creds.username.trim().into());
    sip.insert("password".into(), creds.password.clone().into());
    if let Some(route) = d.sip_route.as_deref().filter(|_| d.device_type == "sip_uri") {
        sip.insert("route".into(), route.trim().into());
    }
    Some(Value::Object(sip))
}

fn media_of_new(kind: &str, d: &NewDevice) -> Value {
    if kind == "teammate" {
        return json!({
            "audio": {"codecs": ["PCMU", "PCMA"]},
            "video": {"codecs": []},
            "encryption": {"enforce_security": true, "methods": ["srtp"]},
            "webrtc": false,
        });
    }
    let form = form_of(kind);
    let (audio, video) = if form.codecs { (d.audio_codecs.clone(), d.video_codecs.clone()) } else { (vec![], vec![]) };
    let mut encryption = json!({"enforce_security": false});
    if form.rtp {
        encryption["methods"] = json!([]);
    }
    let mut media = json!({"audio": {"codecs": audio}, "video": {"codecs": video}, "encryption": encryption});
    if form.webrtc {
        media["webrtc"] = false.into();
    }
    media
}
