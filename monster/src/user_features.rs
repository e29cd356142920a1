//! The user features Smart PBX edits on a user's features tab (monster-ui-voip `submodules/users/users.js`,
//! `docs/compatibility.md#user-features`),
//! as the PATCH bodies that write them. `null` deletes a key (KAZOO merge semantics),
//! which is how a PATCH says what Smart PBX's full-document POST says by omission.

use serde_json::{json, Map, Value};

/// Call forward's three modes: off, always forward, or forward only when the user's
/// devices fail to answer (`call_failover`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForwardMode {
    Off,
    Always,
    Failover,
}

/// The form behind `call_forward` / `call_failover`.
#[derive(Debug, Clone, PartialEq)]
pub struct CallForward {
    pub mode: ForwardMode,
    /// E.164, unformatted.
    pub number: String,
    pub require_keypress: bool,
    pub keep_caller_id: bool,
    pub direct_calls_only: bool,
}

/// `call_forward` and `call_failover` each get the form's fields, `enabled` per mode; an
/// empty number is deleted (Smart PBX's cleaning drops it).
pub fn call_forward_patch(f: &CallForward) -> Value {
    let block = |enabled: bool| {
        let number = f.number.trim();
        json!({
            "number": if number.is_empty() { Value::Null } else { number.into() },
            "require_keypress": f.require_keypress,
            "keep_caller_id": f.keep_caller_id,
            "direct_calls_only": f.direct_calls_only,
            "enabled": enabled,
        })
    };
    json!({
        "call_forward": block(f.mode == ForwardMode::Always),
        "call_failover": block(f.mode == ForwardMode::Failover),
    })
}

/// The form as stored, read as Smart PBX reads it (`users.js usersFormatCallForwardData`):
/// failover when `call_failover` is on, whatever `call_forward` says, else always
/// when `call_forward` is on.
pub fn call_forward_of(user: &Value) -> CallForward {
    let on = |key: &str| user.pointer(&format!("/{key}/enabled")).and_then(Value::as_bool) == Some(true);
    let mode = if on("call_failover") {
        ForwardMode::Failover
    } else if on("call_forward") {
        ForwardMode::Always
    } else {
        ForwardMode::Off
    };
    let source = if mode == ForwardMode::Failover { "call_failover" } else { "call_forward" };
    let get = |field: &str| user.pointer(&format!("/{source}/{field}"));
    CallForward {
        mode,
        number: get("number").and_then(Value::as_str).unwrap_or_default().to_string(),
        require_keypress: get("require_keypress").and_then(Value::as_bool).unwrap_or(false),
        keep_caller_id: get("keep_caller_id").and_then(Value::as_bool).unwrap_or(true),
        direct_calls_only: get("direct_calls_only").and_then(Value::as_bool).unwrap_or(false),
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hotdesk {
    pub enabled: bool,
    pub id: String,
    pub require_pin: bool,
    pub pin: String,
    pub keep_logged_in_elsewhere: bool,
}

/// `hotdesk = {enabled, id, require_pin, pin, keep_logged_in_elsewhere}`; no pin → no key.
pub fn hotdesk_patch(h: &Hotdesk) -> Value {
    let pin = h.pin.trim();
    json!({"hotdesk": {
        "enabled": h.enabled,
        "id": h.id.trim(),
        "require_pin": h.require_pin,
        "pin": if pin.is_empty() { Value::Null } else { pin.into() },
        "keep_logged_in_elsewhere": h.keep_logged_in_elsewhere,
    }})
}

pub fn hotdesk_of(user: &Value) -> Hotdesk {
    let get = |k: &str| user.pointer(&format!("/hotdesk/{k}"));
    Hotdesk {
        enabled: get("enabled").and_then(Value::as_bool).unwrap_or(false),
        id: get("id").and_then(Value::as_str).unwrap_or_default().to_string(),
        require_pin: get("require_pin").and_then(Value::as_bool).unwrap_or(false),
        pin: get("pin").and_then(Value::as_str).unwrap_or_default().to_string(),
        keep_logged_in_elsewhere: get("keep_logged_in_elsewhere").and_then(Value::as_bool).unwrap_or(false),
    }
}

pub fn do_not_disturb_patch(enabled: bool) -> Value {
    json!({"do_not_disturb": {"enabled": enabled}})
}

/// `music_on_hold = {media_id}`, or `{}` (written as a PATCH deleting `media_id`).
/// The busy lamp that goes with do not disturb (`users.js usersRenderDoNotDisturb`): the
/// body of `POST users/{id}/presence`, `confirmed` (lit) while on, `terminated` when off.
pub fn presence_patch(do_not_disturb: bool) -> Value {
    json!({"action": "set", "state": if do_not_disturb { "confirmed" } else { "terminated" }})
}

pub fn music_on_hold_patch(media_id: Option<&str>) -> Value {
    json!({"music_on_hold": {"media_id": media_id.map_or(Value::Null, Value::from)}})
}

/// `caller_id.external.number`, set or deleted; the rest of `caller_id` is left alone.
pub fn external_caller_id_patch(number: Option<&str>) -> Value {
    json!({"caller_id": {"external": {"number": number.map_or(Value::Null, Value::from)}}})
}

/// Role, timezone and language as Smart PBX's cleaning writes them: `timezone:"inherit"`
/// and language `auto` delete the keys.
pub fn locale_patch(priv_level: &str, timezone: &str, language: &str) -> Value {
    let or_null = |v: &str, inherit: &str| if v.is_empty() || v == inherit { Value::Null } else { v.into() };
    json!({
        "priv_level": priv_level,
        "timezone": or_null(timezone, "inherit"),
        "language": or_null(language, "auto"),
    })
}

/// Voicemail on or off: the main callflow's `voicemail` node gets `data.skip_module =
/// !enabled` and stays in the flow. Returns the whole updated flow (to PATCH as `flow`),
/// or `None` when the callflow has no voicemail node.
pub fn voicemail_flow(flow: &Value, enabled: bool) -> Option<Value> {
    fn walk(node: &mut Value, enabled: bool) -> bool {
        if node.get("module").and_then(Value::as_str) == Some("voicemail") {
            let data = node.as_object_mut().map(|n| n.entry("data").or_insert_with(|| json!({})));
            if let Some(Value::Object(data)) = data {
                data.insert("skip_module".into(), (!enabled).into());
                return true;
            }
        }
        let Some(Value::Object(children)) = node.get_mut("children") else { return false };
        children.values_mut().any(|child| walk(child, enabled))
    }
    let mut flow = flow.clone();
    walk(&mut flow, enabled).then_some(flow)
}

/// The same change as a PATCH of the callflow that names only the voicemail step's
/// `skip_module` (`{"flow": {"children": {"_": {"data": {"skip_module": true}}}}}`):
/// merged onto the stored callflow, it leaves every other step as it is now — also a
/// change made meanwhile from another section (a device leaving the ring group).
pub fn voicemail_patch(flow: &Value, enabled: bool) -> Option<Value> {
    fn path_to(node: &Value, path: &mut Vec<String>) -> bool {
        if node.get("module").and_then(Value::as_str) == Some("voicemail") {
            return true;
        }
        let Some(children) = node.get("children").and_then(Value::as_object) else { return false };
        for (key, child) in children {
            path.push(key.clone());
            if path_to(child, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    if !path_to(flow, &mut path) {
        return None;
    }
    let mut patch = json!({"data": {"skip_module": !enabled}});
    for key in path.iter().rev() {
        patch = json!({"children": {key.clone(): patch}});
    }
    Some(json!({"flow": patch}))
}

/// Whether the main callflow's voicemail node is active (present and not skipped).
pub fn voicemail_enabled(flow: &Value) -> Option<bool> {
    fn find(node: &Value) -> Option<&Value> {
        if node.get("module").and_then(Value::as_str) == Some("voicemail") {
            return Some(node);
        }
        node.get("children")?.as_object()?.values().find_map(find)
    }
    find(flow).map(|n| n.pointer("/data/skip_module").and_then(Value::as_bool) != Some(true))
}

/// Which of a user's voicemail boxes is their main one, as Smart PBX finds it: the box
/// of the voicemail step of their main callflow (`users.js usersGetMainCallflowAndVMBox`,
/// following the default branch `_` from the top, `usersExtractVMBoxIdFromCallflow`), else
/// the owned box whose mailbox is the user's presence id, else the first owned box
/// (`usersGetUserMainVMBoxFromList`). `owned` are listing rows (`id`, `mailbox`).
pub fn main_vmbox_id(main_flow: Option<&Value>, owned: &[Value], presence_id: Option<&str>) -> Option<String> {
    let mut node = main_flow;
    while let Some(n) = node {
        if n.get("module").and_then(Value::as_str) == Some("voicemail") {
            if let Some(id) = n.pointer("/data/id").and_then(Value::as_str).filter(|id| !id.is_empty()) {
                return Some(id.to_string());
            }
        }
        node = n.pointer("/children/_");
    }
    let id_of = |row: &Value| row.get("id").and_then(Value::as_str).map(str::to_string);
    let by_presence = presence_id.filter(|p| !p.is_empty()).and_then(|p| {
        owned.iter().find(|b| match b.get("mailbox") {
            Some(Value::String(m)) => m == p,
            Some(Value::Number(m)) => m.to_string() == p,
            _ => false,
        })
    });
    by_presence.or(owned.first()).and_then(id_of)
}

/// What unassigning devices from a user changes besides the devices, as `users.js
/// usersUpdateDevices` does it: when the user's main callflow starts with their
/// find-me/follow-me ring group, the devices leave its endpoints (a PATCH of the
/// endpoints); when none is left, the step becomes the plain user step again and the
/// user's `smartpbx.find_me_follow_me` is turned off. Returns (callflow PATCH, user
/// PATCH); both `None` when the callflow does not ring those devices.
pub fn unassign_devices_patches(flow: &Value, user_id: &str, removed: &[&str]) -> (Option<Value>, Option<Value>) {
    if flow.get("module").and_then(Value::as_str) != Some("ring_group") {
        return (None, None);
    }
    let current = flow.pointer("/data/endpoints").and_then(Value::as_array).cloned().unwrap_or_default();
    let kept: Vec<Value> = current
        .iter()
        .filter(|e| !e.get("id").and_then(Value::as_str).is_some_and(|id| removed.contains(&id)))
        .cloned()
        .collect();
    if kept.len() == current.len() {
        return (None, None);
    }
    if kept.is_empty() {
        let user_step = json!({"flow": {"module": "user", "data": {
            "can_call_self": false, "endpoints": null, "id": user_id, "timeout": 20}}});
        (Some(user_step), Some(json!({"smartpbx": {"find_me_follow_me": false}})))
    } else {
        (Some(json!({"flow": {"data": {"endpoints": kept}}})), None)
    }
}

/// The vmbox side of the voicemail settings. **Quirk kept on purpose:** Smart PBX fills
/// the box's `vm_to_email_enabled` from the "include the message" checkbox, and forces
/// `delete_after_notify` off unless voicemail-to-email is on.
pub fn vmbox_settings_patch(
    to_email: bool,
    include_message: bool,
    delete_after_notify: bool,
    transcribe: bool,
) -> Value {
    let mut patch = Map::new();
    patch.insert("delete_after_notify".into(), (to_email && delete_after_notify).into());
    patch.insert("transcribe".into(), transcribe.into());
    patch.insert("include_message_on_notify".into(), include_message.into());
    patch.insert("vm_to_email_enabled".into(), include_message.into());
    Value::Object(patch)
}

/// The user side, as `users.js usersRenderVMBox` saves it: with voicemail on, the
/// checkbox as it is — `false` included, which must be written because KAZOO reads a
/// missing `vm_to_email_enabled` as true; with voicemail off, the key is deleted.
pub fn user_vm_to_email_patch(voicemail_on: bool, to_email: bool) -> Value {
    json!({"vm_to_email_enabled": if voicemail_on { Value::Bool(to_email) } else { Value::Null }})
}

/// The "voicemail to email" checkbox as `usersRenderVMBox` shows it: with voicemail on,
/// ticked only when the user says `true` (a missing key shows unticked); with voicemail
/// off, ticked, so that turning voicemail on offers email by default.
pub fn vm_to_email_shown(user: &Value, voicemail_on: bool) -> bool {
    !voicemail_on || user.get("vm_to_email_enabled").and_then(Value::as_bool) == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_forward_modes_enable_exactly_one_block() {
        let form = CallForward {
            mode: ForwardMode::Failover,
            number: " +14155550199 ".into(),
            require_keypress: true,
            keep_caller_id: true,
            direct_calls_only: false,
        };
        let patch = call_forward_patch(&form);
        assert_eq!(patch["call_forward"]["enabled"], false);
        assert_eq!(patch["call_failover"]["enabled"], true);
        assert_eq!(patch["call_failover"]["number"], "+14155550199");
        assert_eq!(patch["call_failover"]["require_keypress"], true);
        let back =
            call_forward_of(&json!({"call_forward": patch["call_forward"], "call_failover": patch["call_failover"]}));
        assert_eq!(back, CallForward { number: "+14155550199".into(), ..form });
        let off = call_forward_patch(&CallForward { mode: ForwardMode::Off, number: String::new(), ..back });
        assert_eq!(off["call_forward"]["number"], Value::Null, "an empty number is deleted");
    }

    #[test]
    fn hotdesk_without_pin_deletes_the_pin() {
        let h = Hotdesk {
            enabled: true,
            id: "2001".into(),
            require_pin: false,
            pin: String::new(),
            keep_logged_in_elsewhere: true,
        };
        assert_eq!(
            hotdesk_patch(&h),
            json!({"hotdesk": {"enabled": true, "id": "2001", "require_pin": false, "pin": null, "keep_logged_in_elsewhere": true}})
        );
    }

    #[test]
    fn inherit_and_auto_delete_timezone_and_language() {
        assert_eq!(
            locale_patch("admin", "inherit", "auto"),
            json!({"priv_level": "admin", "timezone": null, "language": null})
        );
        assert_eq!(locale_patch("user", "Europe/Paris", "fr-FR")["language"], "fr-FR");
        assert_eq!(music_on_hold_patch(None), json!({"music_on_hold": {"media_id": null}}));
        assert_eq!(external_caller_id_patch(Some("+14155550101"))["caller_id"]["external"]["number"], "+14155550101");
    }

    #[test]
    fn voicemail_is_skipped_not_removed() {
        let flow = json!({"module": "user", "data": {"id": "u1"}, "children": {"_": {"module": "voicemail", "data": {"id": "v1"}, "children": {}}}});
        assert_eq!(voicemail_enabled(&flow), Some(true));
        let off = voicemail_flow(&flow, false).unwrap();
        assert_eq!(off["children"]["_"]["data"], json!({"id": "v1", "skip_module": true}));
        assert_eq!(voicemail_enabled(&off), Some(false));
        assert_eq!(voicemail_flow(&json!({"module": "user", "data": {}}), true), None);
        assert_eq!(
            voicemail_patch(&flow, false),
            Some(json!({"flow": {"children": {"_": {"data": {"skip_module": true}}}}}))
        );
        assert_eq!(voicemail_patch(&json!({"module": "user", "data": {}}), true), None);
    }

    #[test]
    fn vmbox_settings_keep_smart_pbx_quirks() {
        let p = vmbox_settings_patch(false, true, true, false);
        assert_eq!(p["delete_after_notify"], false, "only with voicemail to email");
        assert_eq!(p["vm_to_email_enabled"], true, "filled from include-message");
    }

    #[test]
    fn voicemail_to_email_off_is_written_as_false_while_voicemail_is_on() {
        // users.js usersRenderVMBox: `enabled ? vmToEmailEnabled : null`.
        assert_eq!(user_vm_to_email_patch(true, false), json!({"vm_to_email_enabled": false}));
        assert_eq!(user_vm_to_email_patch(true, true), json!({"vm_to_email_enabled": true}));
        assert_eq!(user_vm_to_email_patch(false, true), json!({"vm_to_email_enabled": null}));
        // Shown: the stored flag while voicemail is on (missing = unticked), ticked while off.
        assert!(!vm_to_email_shown(&json!({}), true));
        assert!(!vm_to_email_shown(&json!({"vm_to_email_enabled": false}), true));
        assert!(vm_to_email_shown(&json!({"vm_to_email_enabled": true}), true));
        assert!(vm_to_email_shown(&json!({"vm_to_email_enabled": false}), false));
    }

    #[test]
    fn the_main_box_is_the_main_callflows_then_the_presence_ids_then_the_first() {
        let boxes = [json!({"id": "b1", "mailbox": "3000"}), json!({"id": "b2", "mailbox": "1001"})];
        let flow = json!({"module": "user", "data": {"id": "u"}, "children": {
            "_": {"module": "voicemail", "data": {"id": "shared"}, "children": {}}}});
        // The callflow's box wins, even one the user does not own.
        assert_eq!(main_vmbox_id(Some(&flow), &boxes, Some("1001")).as_deref(), Some("shared"));
        // Without a voicemail step: the box numbered like the user, not the first one.
        let bare = json!({"module": "user", "data": {"id": "u"}, "children": {}});
        assert_eq!(main_vmbox_id(Some(&bare), &boxes, Some("1001")).as_deref(), Some("b2"));
        assert_eq!(main_vmbox_id(None, &boxes, Some("9999")).as_deref(), Some("b1"));
        assert_eq!(main_vmbox_id(None, &[], Some("1001")), None);
        // Only the default branch is followed, as Smart PBX does.
        let keyed = json!({"module": "menu", "data": {}, "children": {
            "1": {"module": "voicemail", "data": {"id": "other"}, "children": {}}}});
        assert_eq!(main_vmbox_id(Some(&keyed), &boxes, None).as_deref(), Some("b1"));
    }

    #[test]
    fn an_unassigned_device_leaves_find_me_follow_me_and_the_last_one_restores_the_user_step() {
        let flow = json!({"module": "ring_group", "data": {"strategy": "simultaneous", "endpoints": [
            {"id": "d1", "endpoint_type": "device", "delay": 0, "timeout": 20},
            {"id": "d2", "endpoint_type": "device", "delay": 5, "timeout": 20}]},
            "children": {"_": {"module": "voicemail", "data": {"id": "v"}, "children": {}}}});
        let (cf, user) = unassign_devices_patches(&flow, "u1", &["d1"]);
        assert_eq!(
            cf,
            Some(json!({"flow": {"data": {"endpoints": [
            {"id": "d2", "endpoint_type": "device", "delay": 5, "timeout": 20}]}}}))
        );
        assert_eq!(user, None);
        let one = json!({"module": "ring_group", "data": {"endpoints": [{"id": "d2"}]}});
        let (cf, user) = unassign_devices_patches(&one, "u1", &["d2"]);
        assert_eq!(
            cf,
            Some(json!({"flow": {"module": "user", "data": {
            "can_call_self": false, "endpoints": null, "id": "u1", "timeout": 20}}}))
        );
        assert_eq!(user, Some(json!({"smartpbx": {"find_me_follow_me": false}})));
        // Nothing to do for a plain user step, or a device the group does not ring.
        assert_eq!(unassign_devices_patches(&json!({"module": "user", "data": {}}), "u1", &["d1"]), (None, None));
        assert_eq!(unassign_devices_patches(&flow, "u1", &["d9"]), (None, None));
    }

    #[test]
    fn do_not_disturb_lights_the_busy_lamp() {
        assert_eq!(presence_patch(true), json!({"action": "set", "state": "confirmed"}));
        assert_eq!(presence_patch(false), json!({"action": "set", "state": "terminated"}));
    }

    #[test]
    fn failover_wins_when_both_forward_blocks_are_on() {
        // users.js usersFormatCallForwardData checks `call_failover` first.
        let user = json!({"call_forward": {"enabled": true, "number": "+14155550111"},
                          "call_failover": {"enabled": true, "number": "+14155550122"}});
        let f = call_forward_of(&user);
        assert_eq!(f.mode, ForwardMode::Failover);
        assert_eq!(f.number, "+14155550122");
        assert_eq!(call_forward_of(&json!({"call_forward": {"enabled": true}})).mode, ForwardMode::Always);
    }
}
