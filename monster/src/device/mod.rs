//! Devices as Smart PBX's Devices page writes them (monster-ui-voip `submodules/devices/devices.js`
//! `devicesGetDefaultsForType`, `devicesMergeData`): the
//! types it offers, the defaults of each type merged with what its form sends, the
//! generated SIP credentials, MAC address normalisation, and the list's status.
//!
//! `new` builds a new device's document, `edit` the PATCH of an edited one, and
//! `credentials` the SIP credentials and MAC addresses both use.

mod credentials;
mod edit;
pub mod keys;
mod new;

pub use credentials::*;
pub use edit::*;
pub use new::*;

use serde_json::Value;

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
