//! The actions of the Callflows editor's palette: each one's registry key, module, the
//! `data` a fresh node starts with, which children it takes and its place in the palette
//! (monster-ui-callflows: each submodule's `<name>DefineActions`, and `app.js`
//! `renderTools` for the order). Stored nodes map back to an action the way Monster's
//! `buildFlow` does; a node no action matches is still kept (see `tree`).

use serde_json::Value;

use super::tree::Node;

/// The palette's groups, in the palette's order: Basic, Advanced, then the others in
/// descending alphabetical order of their English names, as Monster sorts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Basic,
    Advanced,
    TimeOfDay,
    RingGroupToggle,
    Hotdesking,
    DoNotDisturb,
    CallerId,
    CallRecording,
    CallForwarding,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Basic,
        Category::Advanced,
        Category::TimeOfDay,
        Category::RingGroupToggle,
        Category::Hotdesking,
        Category::DoNotDisturb,
        Category::CallerId,
        Category::CallRecording,
        Category::CallForwarding,
    ];

    /// A stable word for translation keys.
    pub fn key(self) -> &'static str {
        match self {
            Category::Basic => "basic",
            Category::Advanced => "advanced",
            Category::TimeOfDay => "time-of-day",
            Category::RingGroupToggle => "ring-group-toggle",
            Category::Hotdesking => "hotdesking",
            Category::DoNotDisturb => "do-not-disturb",
            Category::CallerId => "caller-id",
            Category::CallRecording => "call-recording",
            Category::CallForwarding => "call-forwarding",
        }
    }
}

/// The branch keys a branching action offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// `0`–`9`, `*`, `timeout`, `_` (the default action).
    MenuDigits,
    /// Temporal rule and rule-set ids, `_` ("All other times").
    TemporalRules,
    /// Any value the variable may take, `_` (the default).
    AnyValue,
}

/// Which children an action takes (Monster's `rules: [{type: "quantity", maxSize}]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Children {
    /// The call ends here (`maxSize "0"`).
    None,
    /// One `_` child (`maxSize "1"`).
    One,
    /// Keyed branches.
    Keyed(KeyKind),
    /// No limit (no rule, or Monster's `rules: []`): branches under any key, `_` first.
    Any,
}

/// One action of the palette (or, when not `listed`, one Monster only reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    /// Monster's registry key, e.g. `user[id=*]`.
    pub key: &'static str,
    pub module: &'static str,
    pub category: Category,
    /// The `data` of a fresh node, as JSON text.
    pub data: &'static str,
    pub children: Children,
    /// Shown in the palette (`isListed`).
    pub listed: bool,
}

impl Action {
    pub fn default_data(&self) -> Value {
        serde_json::from_str(self.data).unwrap_or(Value::Object(Default::default()))
    }

    /// A fresh node of this action.
    pub fn node(&self) -> Node {
        Node::new(self.module, self.default_data())
    }
}

const fn a(
    key: &'static str,
    module: &'static str,
    category: Category,
    data: &'static str,
    children: Children,
) -> Action {
    Action { key, module, category, data, children, listed: true }
}

const fn hidden(key: &'static str, module: &'static str, category: Category, data: &'static str) -> Action {
    Action { key, module, category, data, children: Children::One, listed: false }
}

use Category::*;
use Children::{Any, Keyed, None as End, One};

/// Every action, in palette order within each category (Monster's `weight`).
pub const ACTIONS: &[Action] = &[
    // Basic
    a("play[id=*]", "play", Basic, r#"{"id":"null"}"#, One),
    a(
        "ring_group[]",
        "ring_group",
        Basic,
        r#"{"name":"","strategy":"simultaneous","timeout":20,"repeats":1,"endpoints":[]}"#,
        One,
    ),
    a("conference[id=*]", "conference", Basic, r#"{"id":"null"}"#, One),
    a("user[id=*]", "user", Basic, r#"{"id":"null","timeout":"20","can_call_self":false}"#, One),
    a("voicemail[id=*]", "voicemail", Basic, r#"{"id":"null"}"#, One),
    hidden("voicemail[id=*,action=compose]", "voicemail", Basic, r#"{"id":"null","action":"compose"}"#),
    a("menu[id=*]", "menu", Basic, r#"{"id":"null"}"#, Keyed(KeyKind::MenuDigits)),
    // Advanced
    a("device[id=*]", "device", Advanced, r#"{"id":"null","timeout":"20","can_call_self":false}"#, One),
    a("callflow[id=*]", "callflow", Advanced, r#"{"id":"null"}"#, One),
    a("set_alert_info[]", "set_alert_info", Advanced, r#"{"alert_info":""}"#, One),
    a("page_group[]", "page_group", Advanced, r#"{"name":"","audio":"one-way","endpoints":[]}"#, One),
    hidden("qubicle[id=*]", "qubicle", Advanced, r#"{"id":"null"}"#),
    a("missed_call_alert[]", "missed_call_alert", Advanced, r#"{"recipients":[]}"#, One),
    a("set_variables[]", "set_variables", Advanced, r#"{"custom_application_vars":{}}"#, Any),
    a("manual_presence[]", "manual_presence", Advanced, r#"{"presence_id":"","status":"busy"}"#, One),
    a("tts[]", "tts", Advanced, r#"{"text":""}"#, One),
    a("sleep[]", "sleep", Advanced, r#"{"duration":"","unit":"s"}"#, One),
    a("language[]", "language", Advanced, r#"{"language":""}"#, One),
    a("group_pickup[]", "group_pickup", Advanced, r#"{}"#, End),
    a("receive_fax[]", "receive_fax", Advanced, r#"{"owner_id":null,"media":{"fax_option":false}}"#, End),
    a("pivot[]", "pivot", Advanced, r#"{"voice_url":"","method":"get","req_format":"twiml","req_timeout":"5"}"#, End),
    a("disa[]", "disa", Advanced, r#"{"pin":"","use_account_caller_id":true}"#, End),
    a("collect_dtmf[]", "collect_dtmf", Advanced, r#"{"pin":"","use_account_caller_id":true,"timeout":"5000"}"#, One),
    a("response[]", "response", Advanced, r#"{"code":"","message":""}"#, End),
    a("conference[]", "conference", Advanced, r#"{}"#, One),
    a("voicemail[action=check]", "voicemail", Advanced, r#"{"action":"check"}"#, One),
    a("faxbox[id=*]", "faxbox", Advanced, r#"{"id":"null"}"#, One),
    a("offnet[]", "offnet", Advanced, r#"{}"#, End),
    a("resources[]", "resources", Advanced, r#"{}"#, End),
    a("directory[id=*]", "directory", Advanced, r#"{"id":"null"}"#, One),
    a("webhook[]", "webhook", Advanced, r#"{"uri":"","http_verb":"post","retries":1,"custom_data":{}}"#, Any),
    a(
        "branch_variable[]",
        "branch_variable",
        Advanced,
        r#"{"scope":"custom_channel_vars","variable":[]}"#,
        Keyed(KeyKind::AnyValue),
    ),
    // Time of Day
    a("temporal_route[]", "temporal_route", TimeOfDay, r#"{}"#, Keyed(KeyKind::TemporalRules)),
    a("temporal_route[action=disable]", "temporal_route", TimeOfDay, r#"{"action":"disable","rules":[]}"#, One),
    a("temporal_route[action=enable]", "temporal_route", TimeOfDay, r#"{"action":"enable","rules":[]}"#, One),
    a("temporal_route[action=reset]", "temporal_route", TimeOfDay, r#"{"action":"reset","rules":[]}"#, One),
    // Ring Group Toggle
    a(
        "ring_group_toggle[action=login]",
        "ring_group_toggle",
        RingGroupToggle,
        r#"{"action":"login","callflow_id":"null"}"#,
        One,
    ),
    a(
        "ring_group_toggle[action=logout]",
        "ring_group_toggle",
        RingGroupToggle,
        r#"{"action":"logout","callflow_id":"null"}"#,
        One,
    ),
    // Hotdesking
    a("hotdesk[action=login]", "hotdesk", Hotdesking, r#"{"action":"login"}"#, One),
    a("hotdesk[action=logout]", "hotdesk", Hotdesking, r#"{"action":"logout"}"#, One),
    a("hotdesk[action=toggle]", "hotdesk", Hotdesking, r#"{"action":"toggle"}"#, One),
    // Do Not Disturb
    a("do_not_disturb[action=activate]", "do_not_disturb", DoNotDisturb, r#"{"action":"activate"}"#, One),
    a("do_not_disturb[action=deactivate]", "do_not_disturb", DoNotDisturb, r#"{"action":"deactivate"}"#, One),
    a("do_not_disturb[action=toggle]", "do_not_disturb", DoNotDisturb, r#"{"action":"toggle"}"#, One),
    // Caller-ID
    a("dynamic_cid[]", "dynamic_cid", CallerId, r#"{}"#, One),
    a(
        "prepend_cid[action=prepend]",
        "prepend_cid",
        CallerId,
        r#"{"action":"prepend","caller_id_name_prefix":"","caller_id_number_prefix":"","apply_to":"original"}"#,
        One,
    ),
    a("prepend_cid[action=reset]", "prepend_cid", CallerId, r#"{"action":"reset"}"#, One),
    a(
        "record_call[action=start]",
        "record_call",
        CallRecording,
        r#"{"action":"start","format":"mp3","time_limit":"600"}"#,
        One,
    ),
    a("record_call[action=stop]", "record_call", CallRecording, r#"{"action":"stop"}"#, One),
    a("call_forward[action=activate]", "call_forward", CallForwarding, r#"{"action":"activate"}"#, One),
    a("call_forward[action=deactivate]", "call_forward", CallForwarding, r#"{"action":"deactivate"}"#, One),
    a("call_forward[action=update]", "call_forward", CallForwarding, r#"{"action":"update"}"#, One),
];

/// Every action of the registry.
pub fn all() -> impl Iterator<Item = &'static Action> {
    ACTIONS.iter()
}

pub fn by_key(key: &str) -> Option<&'static Action> {
    all().find(|a| a.key == key)
}

/// The registry key Monster builds for a stored node: `module[` + `id=*` when `data.id`
/// is present + `action=<data.action>` when present + `]`.
pub fn registry_key(node: &Node) -> String {
    let mut parts = vec![];
    if node.data.get("id").is_some() {
        parts.push("id=*".to_string());
    }
    if let Some(action) = node.data.get("action").and_then(Value::as_str) {
        parts.push(format!("action={action}"));
    }
    format!("{}[{}]", node.module, parts.join(","))
}

/// The action a stored node is edited with: its registry key, else `module[]`, else
/// none (a module the editor has no form for: kept, and edited as JSON).
pub fn action_for(node: &Node) -> Option<&'static Action> {
    if node.raw.is_some() {
        return None;
    }
    by_key(&registry_key(node)).or_else(|| by_key(&format!("{}[]", node.module)))
}

/// Which children a node takes: its action's rule; a node of an unknown module keeps
/// whatever branches it has and may get more under any key.
pub fn children_of(node: &Node) -> Children {
    action_for(node).map_or(Children::Any, |a| a.children)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(module: &str, data: Value) -> Node {
        Node::new(module, data)
    }

    #[test]
    fn every_action_has_json_data_of_its_own_module_and_a_unique_key() {
        let mut keys = std::collections::HashSet::new();
        for action in all() {
            assert!(keys.insert(action.key), "{} twice", action.key);
            assert!(action.key.starts_with(&format!("{}[", action.module)), "{}", action.key);
            assert!(serde_json::from_str::<Value>(action.data).is_ok_and(|d| d.is_object()), "{}", action.key);
        }
        assert_eq!(keys.len(), 52);
    }

    #[test]
    fn stored_nodes_map_to_actions_as_monster_maps_them() {
        let key = |n: &Node| action_for(n).map(|a| a.key);
        assert_eq!(
            key(&node("voicemail", json!({"id": "v", "action": "compose"}))),
            Some("voicemail[id=*,action=compose]")
        );
        assert_eq!(key(&node("voicemail", json!({"id": "v"}))), Some("voicemail[id=*]"));
        assert_eq!(key(&node("voicemail", json!({"action": "check"}))), Some("voicemail[action=check]"));
        assert_eq!(key(&node("dynamic_cid", json!({"action": "list"}))), Some("dynamic_cid[]"));
        assert_eq!(key(&node("temporal_route", json!({"action": "menu"}))), Some("temporal_route[]"));
        assert_eq!(key(&node("branch_variable", json!({"id": "x"}))), Some("branch_variable[]"));
        assert_eq!(key(&node("conference", json!({}))), Some("conference[]"));
        assert_eq!(key(&node("conference", json!({"id": "c"}))), Some("conference[id=*]"));
        // Modules Monster has no editor for (it drops them); Patchbay keeps them.
        assert_eq!(key(&node("call_forward", json!({"action": "toggle"}))), None);
        assert_eq!(key(&node("cidlistmatch", json!({}))), None);
        assert_eq!(children_of(&node("cidlistmatch", json!({}))), Children::Any);
    }

    #[test]
    fn the_palette_runs_basic_advanced_then_the_rest_in_monster_s_order() {
        let mut seen = vec![];
        for action in all().filter(|a| a.listed) {
            if seen.last() != Some(&action.category) {
                seen.push(action.category);
            }
        }
        assert_eq!(seen, Category::ALL.to_vec());
    }
}
