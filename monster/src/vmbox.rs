//! Voicemail boxes as Smart PBX's Voicemail Boxes screen writes them (monster-ui-voip `submodules/vmboxes/vmboxes.js`
//! `vmboxesMergeData`). The screen has no owner field: a box made there belongs to no user, and is
//! "shared" when it lists members. Smart PBX builds the saved document by laying the
//! form over the stored box (plus a few defaults) and cleaning the result; [`merged_doc`]
//! does the same, key for key and in the same order, so Patchbay can PUT it for a new
//! box or PATCH the difference for an existing one.

use serde_json::{json, Map, Value};

/// Smart PBX's envelope default (`envelope_type`).
pub const ENVELOPE_DEFAULT: &str = "caller_and_time";

/// The Voicemail Boxes form, as Smart PBX shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VmboxForm {
    pub name: String,
    pub mailbox: String,
    /// Empty: no PIN (the key is removed).
    pub pin: String,
    /// `None` = "inherit" (removed).
    pub timezone: Option<String>,
    /// `None` = "default" (removed); `mp3` or `wav`.
    pub media_extension: Option<String>,
    pub is_setup: bool,
    pub require_pin: bool,
    pub check_if_owner: bool,
    pub skip_greeting: bool,
    /// The user's own "skip instructions" choice. **QUIRK**: with announcement-only on,
    /// Smart PBX shows the box ticked but saves this remembered value.
    pub skip_instructions: bool,
    pub announcement_only: bool,
    pub delete_after_notify: bool,
    pub include_message_on_notify: bool,
    /// Saved inverted as `not_configurable`.
    pub configurable: bool,
    pub skip_envelope: bool,
    pub envelope_type: String,
    pub notify_email_addresses: Vec<String>,
    pub shared: bool,
    /// User ids of a shared box, in the order chosen.
    pub members: Vec<String>,
    /// Greeting media ids (`None` = "none": the key is removed).
    pub media_unavailable: Option<String>,
    pub media_temporary_unavailable: Option<String>,
}

/// The stored box with what Smart PBX lays under it before showing the form: its two
/// defaults first, the legacy single address moved to the list, then the template
/// flags. **QUIRK**: `hasTranscribe` is a template flag that ends up saved (false when the
/// platform offers no transcription, which Patchbay does not use).
fn prepared(original: &Value) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("require_pin".into(), true.into());
    doc.insert("check_if_owner".into(), true.into());
    if let Some(stored) = original.as_object() {
        for (k, v) in stored {
            doc.insert(k.clone(), v.clone());
        }
    }
    if let Some(legacy) = original.get("notify_email_address") {
        doc.insert("notify_email_addresses".into(), legacy.clone());
    }
    doc.insert("hasTranscribe".into(), false.into());
    doc.entry("announcement_only").or_insert(false.into());
    doc.entry("include_message_on_notify").or_insert(true.into());
    doc
}

fn flag(doc: &Map<String, Value>, key: &str) -> bool {
    match doc.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Null) | None => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    }
}

fn text(doc: &Map<String, Value>, key: &str) -> String {
    match doc.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// A list of strings, also when another app stored a single string.
fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        other => patchbay_crossbar::json::strings(other),
    }
}

/// What the form shows for a stored box (`{}` for a new one).
pub fn form_of(original: &Value) -> VmboxForm {
    let doc = prepared(original);
    let media = |k: &str| doc.get("media").and_then(|m| m.get(k)).and_then(Value::as_str).map(str::to_string);
    let media_extension = Some(text(&doc, "media_extension")).filter(|e| e == "mp3" || e == "wav");
    let envelope_type = Some(text(&doc, "envelope_type")).filter(|e| e == "default").unwrap_or(ENVELOPE_DEFAULT.into());
    VmboxForm {
        name: text(&doc, "name"),
        mailbox: text(&doc, "mailbox"),
        pin: text(&doc, "pin"),
        timezone: Some(text(&doc, "timezone")).filter(|t| !t.is_empty() && t != "inherit"),
        media_extension,
        is_setup: flag(&doc, "is_setup"),
        require_pin: flag(&doc, "require_pin"),
        check_if_owner: flag(&doc, "check_if_owner"),
        skip_greeting: flag(&doc, "skip_greeting"),
        skip_instructions: flag(&doc, "skip_instructions"),
        announcement_only: flag(&doc, "announcement_only"),
        delete_after_notify: flag(&doc, "delete_after_notify"),
        include_message_on_notify: flag(&doc, "include_message_on_notify"),
        configurable: !flag(&doc, "not_configurable"),
        skip_envelope: flag(&doc, "skip_envelope"),
        envelope_type,
        notify_email_addresses: strings(doc.get("notify_email_addresses")),
        shared: flag(&doc, "shared_vmbox"),
        members: doc
            .get("members")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|m| m.get("type").and_then(Value::as_str) == Some("user"))
            .filter_map(|m| m.get("id").and_then(Value::as_str).map(str::to_string))
            .collect(),
        media_unavailable: media("unavailable"),
        media_temporary_unavailable: media("temporary_unavailable"),
    }
}

/// The box Smart PBX saves from `form` over `original` (`{}` when creating):
/// `PUT /vmboxes` as is, or the target of a PATCH for an existing box.
pub fn merged_doc(original: &Value, form: &VmboxForm) -> Value {
    let mut doc = prepared(original);
    // The form's fields, in the order they appear on Smart PBX's form.
    let set = |doc: &mut Map<String, Value>, k: &str, v: Value| {
        doc.insert(k.to_string(), v);
    };
    set(&mut doc, "name", form.name.trim().into());
    set(&mut doc, "mailbox", form.mailbox.trim().into());
    set(&mut doc, "pin", form.pin.trim().into());
    set(&mut doc, "timezone", form.timezone.clone().unwrap_or("inherit".into()).into());
    set(&mut doc, "media_extension", form.media_extension.clone().unwrap_or("default".into()).into());
    set(&mut doc, "is_setup", form.is_setup.into());
    set(&mut doc, "require_pin", form.require_pin.into());
    set(&mut doc, "check_if_owner", form.check_if_owner.into());
    set(&mut doc, "skip_greeting", form.skip_greeting.into());
    set(&mut doc, "skip_instructions", (form.skip_instructions || form.announcement_only).into());
    set(&mut doc, "announcement_only", form.announcement_only.into());
    set(&mut doc, "delete_after_notify", form.delete_after_notify.into());
    set(&mut doc, "include_message_on_notify", form.include_message_on_notify.into());
    set(&mut doc, "skip_envelope", form.skip_envelope.into());
    set(&mut doc, "envelope_type", form.envelope_type.clone().into());
    set(&mut doc, "shared_vmbox", form.shared.into());
    // The greeting pickers come last on the form; their value is cleaned below.
    doc.entry("media").or_insert(json!({}));
    let mut media = doc.get("media").and_then(Value::as_object).cloned().unwrap_or_default();
    media.insert("unavailable".into(), form.media_unavailable.clone().unwrap_or("none".into()).into());
    media.insert(
        "temporary_unavailable".into(),
        form.media_temporary_unavailable.clone().unwrap_or("none".into()).into(),
    );
    // Then the clean-up Smart PBX does before saving.
    let emails: Vec<Value> =
        form.notify_email_addresses.iter().map(|e| e.trim()).filter(|e| !e.is_empty()).map(Value::from).collect();
    set(&mut doc, "notify_email_addresses", emails.into());
    let envelope = if form.envelope_type.is_empty() { ENVELOPE_DEFAULT } else { form.envelope_type.as_str() };
    set(&mut doc, "envelope_type", envelope.into());
    set(&mut doc, "not_configurable", (!form.configurable).into());
    if form.pin.trim().is_empty() {
        doc.shift_remove("pin");
    }
    doc.shift_remove("notify_email_address");
    if form.timezone.is_none() {
        doc.shift_remove("timezone");
    }
    for key in ["unavailable", "temporary_unavailable"] {
        if media.get(key).and_then(Value::as_str) == Some("none") {
            media.shift_remove(key);
        }
    }
    set(&mut doc, "media", Value::Object(media));
    if form.media_extension.is_none() {
        doc.shift_remove("media_extension");
    }
    if form.shared {
        let members: Vec<Value> = form.members.iter().map(|id| json!({"id": id, "type": "user"})).collect();
        set(&mut doc, "members", members.into());
    } else {
        doc.shift_remove("members");
    }
    doc.shift_remove("extra");
    if form.announcement_only {
        set(&mut doc, "skip_instructions", form.skip_instructions.into());
    } else {
        doc.shift_remove("announcement_only");
    }
    Value::Object(doc)
}

/// After deleting box `vmbox_id`, its owner's main callflow without the voicemail node
/// that pointed at it (its `_` child takes its place), or `None` if no node did.
pub fn callflow_without_vmbox(callflow: &Value, vmbox_id: &str) -> Option<Value> {
    let is_target = |node: &Value| {
        node["module"] == "voicemail" && node.pointer("/data/id").and_then(Value::as_str) == Some(vmbox_id)
    };
    let mut cf = callflow.clone();
    let mut changed = false;
    if cf.get("flow").is_some_and(is_target) {
        cf["flow"] = cf["flow"].pointer("/children/_").cloned().unwrap_or(json!({}));
        changed = true;
    }
    if let Some(root) = cf.get_mut("flow") {
        changed |= splice_below(root, &is_target);
    }
    changed.then_some(cf)
}

/// Walks the `_` chain below `node`, replacing a matching child by its own `_` child
/// (or emptying `children` when it has none), then carrying on below the replacement.
fn splice_below(node: &mut Value, is_target: &dyn Fn(&Value) -> bool) -> bool {
    let Some(child) = node.pointer("/children/_") else { return false };
    if !is_target(child) {
        return node.pointer_mut("/children/_").is_some_and(|c| splice_below(c, is_target));
    }
    match child.pointer("/children/_").cloned() {
        Some(grandchild) if grandchild.as_object().is_some_and(|o| !o.is_empty()) => {
            node["children"]["_"] = grandchild;
            if let Some(c) = node.pointer_mut("/children/_") {
                splice_below(c, is_target);
            }
        }
        _ => node["children"] = json!({}),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_form() -> VmboxForm {
        VmboxForm { name: "Front Desk".into(), mailbox: "3001".into(), pin: "4321".into(), ..form_of(&json!({})) }
    }

    #[test]
    fn a_new_box_shows_smart_pbx_defaults() {
        let f = form_of(&json!({}));
        assert!(f.require_pin && f.check_if_owner && f.include_message_on_notify && f.configurable);
        assert!(!f.announcement_only && !f.delete_after_notify && !f.shared && !f.skip_envelope);
        assert_eq!(f.envelope_type, "caller_and_time");
        assert_eq!((f.timezone, f.media_extension), (None, None));
    }

    #[test]
    fn a_new_box_is_written_as_smart_pbx_writes_it_key_for_key() {
        let doc = merged_doc(&json!({}), &new_form());
        let expected = json!({
            "require_pin": true, "check_if_owner": true, "hasTranscribe": false,
            "include_message_on_notify": true,
            "name": "Front Desk", "mailbox": "3001", "pin": "4321",
            "is_setup": false, "skip_greeting": false, "skip_instructions": false,
            "delete_after_notify": false, "skip_envelope": false, "envelope_type": "caller_and_time",
            "shared_vmbox": false, "media": {}, "notify_email_addresses": [], "not_configurable": false
        });
        assert_eq!(doc, expected);
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        let expected_keys: Vec<&String> = expected.as_object().unwrap().keys().collect();
        assert_eq!(keys, expected_keys);
    }

    #[test]
    fn a_shared_box_lists_its_members_and_no_owner() {
        let f = VmboxForm {
            shared: true,
            members: vec!["user-ada".into(), "user-bob".into()],
            pin: "".into(),
            ..new_form()
        };
        let doc = merged_doc(&json!({}), &f);
        assert_eq!(doc["shared_vmbox"], true);
        assert_eq!(doc["members"], json!([{"id": "user-ada", "type": "user"}, {"id": "user-bob", "type": "user"}]));
        assert!(doc.get("owner_id").is_none());
        assert!(doc.get("pin").is_none(), "an empty PIN is not written");
        let unshared = merged_doc(&doc, &VmboxForm { shared: false, ..form_of(&doc) });
        assert!(unshared.get("members").is_none());
    }

    #[test]
    fn editing_keeps_unknown_keys_and_cleans_as_smart_pbx_does() {
        let stored = json!({
            "id": "vm-ada", "owner_id": "user-ada", "mailbox": "1001", "name": "Ada Lovelace's VMBox",
            "notify_email_address": "old@example.com", "media_extension": "default", "custom": {"k": 1},
            "timezone": "Europe/Paris", "media": {"unavailable": "media-1"}
        });
        let mut f = form_of(&stored);
        assert_eq!(f.notify_email_addresses, ["old@example.com"], "the legacy address is migrated");
        assert_eq!(f.timezone.as_deref(), Some("Europe/Paris"));
        f.delete_after_notify = true;
        f.configurable = false;
        let doc = merged_doc(&stored, &f);
        assert_eq!(doc["owner_id"], "user-ada");
        assert_eq!(doc["custom"], json!({"k": 1}));
        assert_eq!(doc["notify_email_addresses"], json!(["old@example.com"]));
        assert!(doc.get("notify_email_address").is_none());
        assert!(doc.get("media_extension").is_none());
        assert_eq!(doc["media"], json!({"unavailable": "media-1"}));
        assert_eq!((doc["delete_after_notify"].clone(), doc["not_configurable"].clone()), (json!(true), json!(true)));
        assert_eq!(doc["timezone"], "Europe/Paris");
    }

    #[test]
    fn announcement_only_saves_the_remembered_skip_instructions() {
        let f = VmboxForm { announcement_only: true, skip_instructions: false, ..new_form() };
        let doc = merged_doc(&json!({}), &f);
        assert_eq!((doc["announcement_only"].clone(), doc["skip_instructions"].clone()), (json!(true), json!(false)));
    }

    #[test]
    fn deleting_a_box_splices_its_voicemail_node_out_of_the_owners_callflow() {
        let cf = json!({"id": "cf", "flow": {"module": "user", "data": {"id": "u"},
            "children": {"_": {"module": "voicemail", "data": {"id": "vm-ada"}, "children": {}}}}});
        let out = callflow_without_vmbox(&cf, "vm-ada").unwrap();
        assert_eq!(out["flow"]["children"], json!({}));
        let chained = json!({"flow": {"module": "user", "children": {"_": {"module": "voicemail", "data": {"id": "vm"},
            "children": {"_": {"module": "play", "data": {"id": "m"}, "children": {}}}}}}});
        let out = callflow_without_vmbox(&chained, "vm").unwrap();
        assert_eq!(out["flow"]["children"]["_"]["module"], "play");
        let root = json!({"flow": {"module": "voicemail", "data": {"id": "vm"}, "children": {}}});
        assert_eq!(callflow_without_vmbox(&root, "vm").unwrap()["flow"], json!({}));
        assert!(callflow_without_vmbox(&cf, "other").is_none());
    }
}
