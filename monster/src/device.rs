//! Devices as Smart PBX's Devices page writes them (monster-ui-voip `submodules/devices/devices.js`
//! `devicesGetDefaultsForType`, `devicesMergeData`): the
//! types it offers, the defaults of each type merged with what its form sends, the
//! generated SIP credentials, MAC address normalisation, and the list's status.

use serde_json::{json, Map, Value};

/// The "Add device" menu, in Smart PBX's order (`addableDeviceTypes`; `teammate` only
/// shows when the white-label config allows it, Patchbay always offers it).
pub const ADDABLE: [&str; 9] =
    ["sip_device", "cellphone", "smartphone", "softphone", "landline", "fax", "ata", "sip_uri", "teammate"];

/// Types with an edit form (`editableDeviceTypes`); others (e.g. `application`) can
/// only be deleted. `mobile` devices are edited but never added or deleted here.
pub const EDITABLE: [&str; 10] =
    ["ata", "cellphone", "fax", "landline", "mobile", "sip_device", "sip_uri", "smartphone", "softphone", "teammate"];

/// KAZOO lists a device without `device_type` as a desk phone.
pub fn type_of(device: &Value) -> &str {
    device.get("device_type").and_then(Value::as_str).filter(|t| !t.is_empty()).unwrap_or("sip_device")
}

pub fn is_editable(device_type: &str) -> bool {
    EDITABLE.contains(&device_type)
}

/// Whether Smart PBX lets this device be deleted from the Devices page.
pub fn is_deletable(device_type: &str) -> bool {
    device_type != "mobile"
}

/// What the Smart PBX form of a type shows (`devices-<type>.html`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Form {
    /// `sip.username` / `sip.password` (generated for new devices).
    pub sip_credentials: bool,
    /// `mac_address` (desk phones).
    pub mac_address: bool,
    /// `call_forward.number`, `keep_caller_id`, "allow voicemail" and `contact_list.exclude`.
    pub call_forward: bool,
    /// `sip.route` and `contact_list.exclude` (SIP URI).
    pub sip_route: bool,
    /// The restrictions tab: one `call_restriction.<classifier>.action` per classifier.
    pub restrictions: bool,
    /// Audio/video codec pickers: `media.audio.codecs` / `media.video.codecs` are sent.
    pub codecs: bool,
    /// Secure RTP switch: `media.encryption.methods` is rewritten on every save.
    pub rtp: bool,
    /// `media.webrtc` checkbox (softphone).
    pub webrtc: bool,
    /// `caller_id.emergency.number`, offered on the types Smart PBX offers it on
    /// (`devices.js devicesRenderDevice`: not on cell phones, landlines or SIP URIs).
    pub emergency_caller_id: bool,
}

pub fn form_of(device_type: &str) -> Form {
    let sip = matches!(device_type, "sip_device" | "softphone" | "smartphone" | "fax" | "ata" | "teammate" | "mobile");
    Form {
        sip_credentials: sip && device_type != "mobile",
        mac_address: device_type == "sip_device",
        call_forward: matches!(device_type, "cellphone" | "landline" | "smartphone"),
        sip_route: device_type == "sip_uri",
        restrictions: matches!(device_type, "sip_device" | "softphone" | "smartphone" | "fax" | "ata" | "teammate"),
        // devicesMergeData `hasCodecs` / `hasRTP`.
        codecs: matches!(
            device_type,
            "sip_device" | "landline" | "fax" | "ata" | "softphone" | "smartphone" | "mobile" | "sip_uri"
        ),
        rtp: matches!(device_type, "sip_device" | "mobile" | "softphone"),
        webrtc: device_type == "softphone",
        emergency_caller_id: matches!(
            device_type,
            "sip_device" | "softphone" | "fax" | "ata" | "teammate" | "mobile" | "smartphone"
        ),
    }
}

/// `monster.util.randomString`'s default "safe" alphabet (no 0/1/i/l/o).
pub const SAFE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// `len` characters of the safe alphabet; `next` returns a number in [0, 1).
pub fn random_string(len: usize, mut next: impl FnMut() -> f64) -> String {
    (0..len)
        .map(|_| SAFE_ALPHABET[((next() * SAFE_ALPHABET.len() as f64) as usize).min(SAFE_ALPHABET.len() - 1)] as char)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SipCredentials {
    pub username: String,
    pub password: String,
}

/// Smart PBX's generated credentials: `user_` + 10 random characters, and 12 more.
pub fn generated_credentials(mut next: impl FnMut() -> f64) -> SipCredentials {
    let username = format!("user_{}", random_string(10, &mut next));
    SipCredentials { username, password: random_string(12, &mut next) }
}

/// `monster.util.formatMacAddress`: the first six hex pairs, lower case, colon
/// separated; `None` when fewer than six pairs were typed.
pub fn format_mac(input: &str) -> Option<String> {
    let hex: Vec<char> = input.to_ascii_lowercase().chars().filter(char::is_ascii_hexdigit).collect();
    let pairs: Vec<String> = hex.chunks_exact(2).take(6).map(|p| p.iter().collect()).collect();
    (pairs.len() == 6).then(|| pairs.join(":"))
}

/// A MAC address as Crossbar stores it (`provisioner_util:cleanse_mac_address`): hex
/// digits only, lower case. Lookups such as `filter_mac_address` must use this form.
pub fn stored_mac(input: &str) -> String {
    input.chars().filter(char::is_ascii_hexdigit).collect::<String>().to_ascii_lowercase()
}

/// A MAC address as typed is acceptable: twelve hex digits, optionally separated by
/// `:`, `-` or `.` (Monster's input mask), nothing else.
pub fn is_mac(input: &str) -> bool {
    let t = input.trim();
    t.chars().all(|c| c.is_ascii_hexdigit() || matches!(c, ':' | '-' | '.'))
        && t.chars().filter(char::is_ascii_hexdigit).count() == 12
}

/// Smart PBX's `alphanumeric` rule (`^[a-zA-Z0-9_]+$`) within KAZOO's 2..32 length.
pub fn is_sip_username(s: &str) -> bool {
    (2..=32).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// KAZOO's `sip.password` length, 5..32.
pub fn is_sip_password(s: &str) -> bool {
    (5..=32).contains(&s.chars().count())
}

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

/// The list's status column (Smart PBX's `classStatus`): a disabled device is
/// "disabled" whatever its registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Registered,
    Unregistered,
    Disabled,
}

/// From a `GET …/devices?with_status=true` row.
pub fn status(row: &Value) -> Status {
    match (row.get("enabled").and_then(Value::as_bool), row.get("registered").and_then(Value::as_bool)) {
        (Some(false), _) => Status::Disabled,
        (_, Some(true)) => Status::Registered,
        _ => Status::Unregistered,
    }
}

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
    }
}

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

    fn creds() -> SipCredentials {
        SipCredentials { username: "user_x8Kq2LmP0a".into(), password: "Qw3rTy7uIo9p".into() }
    }

    fn keys(v: &Value) -> Vec<String> {
        v.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
    }

    #[test]
    fn a_desk_phone_from_the_catalogue_is_provisioned() {
        let model = Provision {
            brand: "Yealink".into(),
            family: "T4X".into(),
            model: "T46S".into(),
            template_id: Some("tpl-t46s".into()),
        };
        let d = NewDevice {
            device_type: "sip_device".into(),
            name: "Desk".into(),
            provision: Some(model),
            ..Default::default()
        };
        let doc = new_device_doc(&d);
        assert_eq!(
            doc["provision"],
            json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s", "id": "tpl-t46s"})
        );
        assert_eq!(doc["suppress_unregister_notifications"], false);
        let plain = new_device_doc(&NewDevice { provision: None, ..d.clone() });
        assert!(plain.get("provision").is_none());
        assert_eq!(plain["suppress_unregister_notifications"], true);
        // Only desk phones are provisioned.
        assert!(new_device_doc(&NewDevice { device_type: "softphone".into(), ..d }).get("provision").is_none());
    }

    #[test]
    fn emergency_caller_id_is_offered_where_smart_pbx_offers_it() {
        // devices.js devicesRenderDevice: every type with its own line, smartphones too.
        for kind in ["sip_device", "ata", "fax", "mobile", "softphone", "teammate", "smartphone"] {
            assert!(form_of(kind).emergency_caller_id, "{kind}");
        }
        for kind in ["cellphone", "landline", "sip_uri"] {
            assert!(!form_of(kind).emergency_caller_id, "{kind}");
        }
    }

    #[test]
    fn the_softphone_smart_pbx_writes() {
        let d = NewDevice {
            device_type: "softphone".into(),
            name: "Ada laptop".into(),
            owner_id: Some("user-ada".into()),
            sip: Some(creds()),
            classifiers: vec!["caribbean".into(), "international".into()],
            audio_codecs: vec!["PCMU".into(), "PCMA".into()],
            ..Default::default()
        };
        let mut doc = new_device_doc(&d);
        // The reference's user later denied international calls in the restrictions tab.
        doc["call_restriction"]["international"]["action"] = "deny".into();
        assert_eq!(
            doc,
            json!({ "device_type": "softphone", "enabled": true, "name": "Ada laptop",
              "owner_id": "user-ada",
              "sip": { "username": "user_x8Kq2LmP0a", "password": "Qw3rTy7uIo9p" },
              "call_restriction": { "caribbean": { "action": "inherit" }, "international": { "action": "deny" } },
              "media": { "audio": { "codecs": ["PCMU", "PCMA"] }, "video": { "codecs": [] },
                         "encryption": { "enforce_security": false, "methods": [] }, "webrtc": false },
              "suppress_unregister_notifications": true })
        );
        assert_eq!(
            keys(&doc),
            [
                "device_type",
                "enabled",
                "name",
                "owner_id",
                "sip",
                "call_restriction",
                "media",
                "suppress_unregister_notifications"
            ]
        );
    }

    #[test]
    fn the_cell_phone_smart_pbx_writes() {
        let d = NewDevice {
            device_type: "cellphone".into(),
            name: "Ada cell".into(),
            call_forward: Some(CallForward {
                number: "+14155550199".into(),
                keep_caller_id: true,
                require_keypress: true,
            }),
            contact_list_exclude: true,
            classifiers: vec!["international".into()],
            ..Default::default()
        };
        assert_eq!(
            new_device_doc(&d),
            json!({"device_type":"cellphone","enabled":true,"name":"Ada cell",
                   "call_forward":{"enabled":true,"number":"+14155550199","require_keypress":true,"keep_caller_id":true},
                   "contact_list":{"exclude":true},"call_restriction":{},
                   "media":{"audio":{"codecs":[]},"video":{"codecs":[]},"encryption":{"enforce_security":false}},
                   "suppress_unregister_notifications":true})
        );
    }

    #[test]
    fn a_desk_phone_from_the_form_has_a_normalised_mac_and_no_realm() {
        let d = NewDevice {
            device_type: "sip_device".into(),
            name: "Desk".into(),
            sip: Some(creds()),
            mac_address: Some("00-04-F2-AA-BB-CC".into()),
            ..Default::default()
        };
        let doc = new_device_doc(&d);
        assert_eq!(doc["mac_address"], "00:04:f2:aa:bb:cc");
        assert_eq!(stored_mac("00-04-F2-AA-BB-CC"), "0004f2aabbcc");
        assert_eq!(doc["sip"], json!({ "username": "user_x8Kq2LmP0a", "password": "Qw3rTy7uIo9p" }));
        assert_eq!(doc["media"]["encryption"], json!({"enforce_security": false, "methods": []}));
        assert!(doc.get("owner_id").is_none());
        assert!(doc.get("caller_id").is_none(), "the account's emergency caller ID applies");
        let e911 = new_device_doc(&NewDevice { emergency_number: Some("+14155550100".into()), ..d });
        assert_eq!(e911["caller_id"], json!({"emergency": {"number": "+14155550100"}}));
    }

    #[test]
    fn each_type_gets_its_smart_pbx_defaults() {
        let new = |t: &str| {
            new_device_doc(&NewDevice {
                device_type: t.into(),
                name: "X".into(),
                sip: form_of(t).sip_credentials.then(creds).or_else(|| (t == "sip_uri").then(creds)),
                sip_route: Some("sip:ada@pbx.example.com".into()),
                ..Default::default()
            })
        };
        let fax = new("fax");
        assert_eq!(fax["outbound_flags"], json!(["fax"]));
        assert!(fax["media"].get("fax_option").is_none(), "Smart PBX's form leaves 'auto', which it removes");
        assert_eq!(
            new("sip_uri")["sip"],
            json!({"expire_seconds": 360, "invite_format": "route", "method": "password",
                   "username": "user_x8Kq2LmP0a", "password": "Qw3rTy7uIo9p", "route": "sip:ada@pbx.example.com"})
        );
        assert_eq!(new("sip_uri")["contact_list"], json!({"exclude": false}));
        let teammate = new("teammate");
        assert_eq!(teammate["caller_id_options"], json!({"outbound_privacy": "none"}));
        assert_eq!(teammate["sip"]["ignore_completed_elsewhere"], false);
        assert_eq!(teammate["media"]["encryption"], json!({"enforce_security": true, "methods": ["srtp"]}));
        let smartphone = new("smartphone");
        assert!(smartphone.get("sip").is_some() && smartphone.get("call_forward").is_some());
        assert!(new("landline").get("sip").is_none());
        assert_eq!(new("ata")["media"]["encryption"], json!({"enforce_security": false}));
    }

    #[test]
    fn generated_credentials_look_like_smart_pbxs() {
        let mut seed = 0.0;
        let c = generated_credentials(|| {
            seed = (seed + 0.37) % 1.0;
            seed
        });
        assert!(c.username.starts_with("user_") && c.username.len() == 15);
        assert_eq!(c.password.len(), 12);
        assert!(c.password.bytes().all(|b| SAFE_ALPHABET.contains(&b)));
        assert!(is_sip_username(&c.username));
        assert_eq!(random_string(3, || 0.999_999), "zzz");
    }

    #[test]
    fn mac_addresses_are_normalised_like_monster() {
        assert_eq!(format_mac("0004F2AABBCC").as_deref(), Some("00:04:f2:aa:bb:cc"));
        assert_eq!(format_mac("00.04.f2.aa.bb.cc").as_deref(), Some("00:04:f2:aa:bb:cc"));
        assert_eq!(format_mac("00:04:f2"), None);
        assert!(is_mac("00:04:f2:aa:bb:cc") && is_mac("0004f2aabbcc"));
        assert!(!is_mac("00:04:f2:aa:bb:zz") && !is_mac("00:04:f2:aa:bb") && !is_mac("00:04:f2:aa:bb:cc:dd"));
    }

    #[test]
    fn sip_usernames_follow_smart_pbxs_rule() {
        assert!(is_sip_username("user_abc"));
        assert!(!is_sip_username("ada@home") && !is_sip_username("a") && !is_sip_username(""));
    }

    #[test]
    fn status_is_disabled_before_registered() {
        assert_eq!(status(&json!({"enabled": false, "registered": true})), Status::Disabled);
        assert_eq!(status(&json!({"enabled": true, "registered": true})), Status::Registered);
        assert_eq!(status(&json!({"enabled": true})), Status::Unregistered);
    }

    #[test]
    fn edits_patch_only_what_changed() {
        let device = json!({
            "device_type": "cellphone", "name": "Ada cell", "enabled": true, "owner_id": "user-ada",
            "call_forward": {"enabled": true, "number": "+14155550199", "require_keypress": true,
                             "keep_caller_id": true, "direct_calls_only": true},
            "contact_list": {"exclude": true}, "custom": 1
        });
        let before = editable_of(&device);
        assert!(edit_patch("cellphone", &before, &before).is_empty());
        let after =
            Editable { enabled: false, owner_id: None, call_forward_number: "+14155550100".into(), ..before.clone() };
        assert_eq!(
            Value::Object(edit_patch("cellphone", &before, &after)),
            json!({"enabled": false, "owner_id": null,
                   "call_forward": {"enabled": true, "number": "+14155550100", "require_keypress": true, "keep_caller_id": true}})
        );
        let desk = json!({"device_type": "sip_device", "name": "Desk", "mac_address": "0004f2aabbcc",
                          "sip": {"username": "u_1", "password": "secret1"}});
        let before = editable_of(&desk);
        assert_eq!(before.mac_address, "00:04:f2:aa:bb:cc");
        let after =
            Editable { sip_password: "secret2".into(), mac_address: "00:04:f2:aa:bb:cd".into(), ..before.clone() };
        assert_eq!(
            Value::Object(edit_patch("sip_device", &before, &after)),
            json!({"mac_address": "00:04:f2:aa:bb:cd", "sip": {"password": "secret2"}})
        );
        let e911 = Editable { emergency_number: "+14155550100".into(), ..before.clone() };
        assert_eq!(
            Value::Object(edit_patch("sip_device", &before, &e911)),
            json!({"caller_id": {"emergency": {"number": "+14155550100"}}})
        );
        assert_eq!(
            Value::Object(edit_patch("sip_device", &e911, &before)),
            json!({"caller_id": {"emergency": {"number": null}}})
        );
    }

    #[test]
    fn only_smart_pbx_types_are_offered() {
        assert_eq!(ADDABLE[0], "sip_device");
        assert!(!ADDABLE.contains(&"mobile") && is_editable("mobile") && !is_deletable("mobile"));
        assert!(!is_editable("application"));
        assert_eq!(type_of(&json!({"name": "old"})), "sip_device");
    }
}
