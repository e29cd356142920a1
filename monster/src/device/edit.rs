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
