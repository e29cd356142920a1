//! Incoming call handling per period and the virtual receptionists (monster-ui-voip
//! `submodules/strategy/strategy.js` `strategyCallsBindEvents`, `strategyBindMenuPopupEvents`). Each
//! period's sub-callflow (`MainOpenHours` …) gets a new `flow` of one of four shapes; a period's menu
//! options live on its `<label>Menu` callflow's `flow.children`, keyed by the key pressed.

use patchbay_crossbar::order;
use serde_json::{json, Map, Value};

/// Something a call can ring first, as the sub-callflow's root node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entity {
    User(String),
    Device(String),
    /// A callflow: a group's `baseGroup` callflow, a call queue or an advanced callflow.
    Callflow(String),
    /// A group without a `baseGroup` callflow, rung directly.
    RingGroup(String),
    /// A media file played to the caller.
    Media(String),
}

impl Entity {
    fn node(&self, children: Value) -> Value {
        let (module, data) = match self {
            Entity::User(id) => ("user", json!({"id": id})),
            Entity::Device(id) => ("device", json!({"id": id})),
            Entity::Callflow(id) => ("callflow", json!({"id": id})),
            Entity::Media(id) => ("play", json!({"id": id})),
            Entity::RingGroup(id) => ("ring_group", json!({"endpoints": [{"endpoint_type": "group", "id": id}]})),
        };
        json!({"module": module, "data": data, "children": children})
    }

    fn from_node(node: &Value) -> Option<Entity> {
        let id = || node.pointer("/data/id").and_then(Value::as_str).map(str::to_string);
        match node.get("module")?.as_str()? {
            "user" => id().map(Entity::User),
            "device" => id().map(Entity::Device),
            "callflow" => id().map(Entity::Callflow),
            "play" => id().map(Entity::Media),
            "ring_group" => {
                node.pointer("/data/endpoints/0/id").and_then(Value::as_str).map(|g| Entity::RingGroup(g.into()))
            }
            _ => None,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Entity::User(id)
            | Entity::Device(id)
            | Entity::Callflow(id)
            | Entity::RingGroup(id)
            | Entity::Media(id) => id,
        }
    }
}

/// What a period does with a call (the four options of Smart PBX's tabs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handling {
    /// The period's virtual receptionist answers.
    Menu,
    /// Ring someone; unanswered calls reach the virtual receptionist.
    EntityThenMenu(Entity),
    /// Ring someone (or nobody), then a voicemail box.
    ThenVoicemail { entity: Option<Entity>, vmbox: String },
    /// An advanced callflow listed on the main number (`ui_is_main_number_cf`).
    Advanced(String),
    /// A flow none of the above describes (made elsewhere); shown, not rewritten unasked.
    Other,
}

fn callflow_node(id: &str) -> Value {
    json!({"module": "callflow", "data": {"id": id}, "children": {}})
}

fn voicemail_node(vmbox: &str) -> Value {
    json!({"module": "voicemail", "data": {"id": vmbox}, "children": {}})
}

/// The sub-callflow's new `flow`; `menu_callflow` is the period's `<label>Menu` callflow id.
pub fn flow(handling: &Handling, menu_callflow: &str) -> Option<Value> {
    Some(match handling {
        Handling::Menu => callflow_node(menu_callflow),
        Handling::EntityThenMenu(e) => e.node(json!({"_": callflow_node(menu_callflow)})),
        Handling::ThenVoicemail { entity: None, vmbox } => voicemail_node(vmbox),
        Handling::ThenVoicemail { entity: Some(e), vmbox } => e.node(json!({"_": voicemail_node(vmbox)})),
        Handling::Advanced(id) => {
            json!({"module": "callflow", "data": {"id": id}, "is_main_number_cf": true, "children": {}})
        }
        Handling::Other => return None,
    })
}

/// What a stored sub-callflow `flow` does, read the way Smart PBX's tabs read it.
pub fn read(flow: &Value, menu_callflow: Option<&str>) -> Handling {
    let module = flow.get("module").and_then(Value::as_str);
    let id = flow.pointer("/data/id").and_then(Value::as_str);
    if flow.get("is_main_number_cf").is_some() {
        return id.map(|i| Handling::Advanced(i.into())).unwrap_or(Handling::Other);
    }
    if module == Some("callflow") && id.is_some() && id == menu_callflow {
        return Handling::Menu;
    }
    if module == Some("voicemail") {
        return id.map(|v| Handling::ThenVoicemail { entity: None, vmbox: v.into() }).unwrap_or(Handling::Other);
    }
    let (Some(entity), Some(next)) = (Entity::from_node(flow), flow.pointer("/children/_")) else {
        return Handling::Other;
    };
    let next_id = next.pointer("/data/id").and_then(Value::as_str);
    match next.get("module").and_then(Value::as_str) {
        Some("voicemail") => next_id
            .map(|v| Handling::ThenVoicemail { entity: Some(entity), vmbox: v.into() })
            .unwrap_or(Handling::Other),
        Some("callflow") if next_id.is_some() && next_id == menu_callflow => Handling::EntityThenMenu(entity),
        _ => Handling::Other,
    }
}

/// Keys a menu option can sit on: digits, star, the default (`_`) and no key (`timeout`).
pub const MENU_KEYS: [&str; 13] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "_", "timeout"];

/// Where a key press goes. Users are reached through their `mainUserCallflow` and
/// groups through their `userGroup` callflow, both as [`MenuTarget::Callflow`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuTarget {
    Callflow(String),
    Voicemail(String),
    Directory(String),
    Device(String),
    Media(String),
    /// A group without callflows (`endpoints`), kept as read.
    RingGroup(String),
}

impl MenuTarget {
    fn node(&self) -> Value {
        let (module, data) = match self {
            MenuTarget::Callflow(id) => ("callflow", json!({"id": id})),
            MenuTarget::Voicemail(id) => ("voicemail", json!({"id": id})),
            MenuTarget::Directory(id) => ("directory", json!({"id": id})),
            MenuTarget::Device(id) => ("device", json!({"id": id})),
            MenuTarget::Media(id) => ("play", json!({"id": id})),
            MenuTarget::RingGroup(id) => ("ring_group", json!({"endpoints": [{"endpoint_type": "group", "id": id}]})),
        };
        json!({"module": module, "data": data, "children": {}})
    }

    /// The editor reads `data.id || data.endpoints[0].id` (monster-ui-voip `submodules/strategy/strategy.js`
    /// `strategyShowMenuPopup`).
    fn from_node(node: &Value) -> Option<MenuTarget> {
        let id = node.pointer("/data/id").and_then(Value::as_str).map(str::to_string);
        Some(match (node.get("module")?.as_str()?, id) {
            ("callflow", Some(id)) => MenuTarget::Callflow(id),
            ("voicemail", Some(id)) => MenuTarget::Voicemail(id),
            ("directory", Some(id)) => MenuTarget::Directory(id),
            ("device", Some(id)) => MenuTarget::Device(id),
            ("play", Some(id)) => MenuTarget::Media(id),
            ("ring_group", _) => MenuTarget::RingGroup(node.pointer("/data/endpoints/0/id")?.as_str()?.into()),
            _ => return None,
        })
    }

    pub fn id(&self) -> &str {
        match self {
            MenuTarget::Callflow(id)
            | MenuTarget::Voicemail(id)
            | MenuTarget::Directory(id)
            | MenuTarget::Device(id)
            | MenuTarget::Media(id)
            | MenuTarget::RingGroup(id) => id,
        }
    }
}

/// The menu callflow's `flow.children` for these options, in [`MENU_KEYS`] order.
pub fn menu_children(options: &[(String, MenuTarget)]) -> Map<String, Value> {
    let mut sorted: Vec<&(String, MenuTarget)> = options.iter().collect();
    order::sort_by_key(&mut sorted, |(k, _)| MENU_KEYS.iter().position(|m| m == k).unwrap_or(MENU_KEYS.len()));
    sorted.into_iter().map(|(k, t)| (k.clone(), t.node())).collect()
}

/// The options a menu callflow offers, in [`MENU_KEYS`] order.
pub fn menu_options(menu_callflow_flow: &Value) -> Vec<(String, MenuTarget)> {
    let Some(children) = menu_callflow_flow.get("children").and_then(Value::as_object) else { return vec![] };
    let mut out: Vec<(String, MenuTarget)> = children
        .iter()
        .filter(|(k, _)| MENU_KEYS.contains(&k.as_str()))
        .filter_map(|(k, v)| MenuTarget::from_node(v).map(|t| (k.clone(), t)))
        .collect();
    order::sort_by_key(&mut out, |(k, _)| MENU_KEYS.iter().position(|m| m == k));
    out
}

/// Why a set of menu options cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuError {
    /// The same key twice.
    DuplicateKey(String),
    UnknownKey(String),
}

pub fn validate_menu(options: &[(String, MenuTarget)]) -> Result<(), MenuError> {
    let mut seen: Vec<&str> = vec![];
    for (k, _) in options {
        if !MENU_KEYS.contains(&k.as_str()) {
            return Err(MenuError::UnknownKey(k.clone()));
        }
        if seen.contains(&k.as_str()) {
            return Err(MenuError::DuplicateKey(k.clone()));
        }
        seen.push(k);
    }
    Ok(())
}

/// Monster's default text-to-speech voice.
pub const DEFAULT_TTS_VOICE: &str = "female/en-US";

/// `PUT /media`: a spoken greeting for a label's menu; `epoch_ms` names it uniquely.
pub fn menu_greeting_media(label: &str, text: &str, voice: &str, epoch_ms: u64) -> Value {
    json!({
        "streamable": true,
        "name": format!("{label}MenuTTS_{epoch_ms}"),
        "media_source": "tts",
        "description": "<Text to Speech>",
        "tts": {"voice": voice, "text": text},
    })
}

/// The conference line's spoken greeting, as Monster's media picker makes a
/// text-to-speech media for it (monster-ui `src/apps/common/submodules/mediaSelect/mediaSelect.js`
/// `mediaSelectUpdateTTSMedia`, with monster-ui-voip `strategy.js` `strategyConfGreetingRender`'s
/// name and type). A stored one is replaced whole (media have no PATCH).
pub fn conference_greeting_media(text: &str, voice: &str) -> Value {
    json!({
        "description": "<Text to Speech>",
        "media_source": "tts",
        "name": "MainConferenceGreeting",
        "streamable": true,
        "type": "conferencingCallInNumber",
        "tts": {"text": text, "voice": voice},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conference_greeting_is_the_media_pickers_text_to_speech_media() {
        let m = conference_greeting_media("Enter your conference number", DEFAULT_TTS_VOICE);
        assert_eq!(
            (m["name"].clone(), m["type"].clone()),
            (json!("MainConferenceGreeting"), json!("conferencingCallInNumber"))
        );
        assert_eq!(m["tts"], json!({"text": "Enter your conference number", "voice": "female/en-US"}));
        assert_eq!(m["media_source"], "tts");
    }

    #[test]
    fn the_four_shapes_of_incoming_call_handling() {
        assert_eq!(
            flow(&Handling::Menu, "cf-main-open-menu"),
            Some(json!({"module": "callflow", "data": {"id": "cf-main-open-menu"}, "children": {}}))
        );
        // docs/compatibility.md#incoming-call-handling: "ring a user, then voicemail".
        let ada_then_vm =
            Handling::ThenVoicemail { entity: Some(Entity::User("user-ada".into())), vmbox: "vm-main".into() };
        assert_eq!(
            flow(&ada_then_vm, "m"),
            Some(json!({"module": "user", "data": {"id": "user-ada"},
                        "children": {"_": {"module": "voicemail", "data": {"id": "vm-main"}, "children": {}}}}))
        );
        assert_eq!(
            flow(&Handling::ThenVoicemail { entity: None, vmbox: "vm-main".into() }, "m"),
            Some(json!({"module": "voicemail", "data": {"id": "vm-main"}, "children": {}}))
        );
        // docs/compatibility.md#incoming-call-handling: "after choosing an advanced callflow".
        assert_eq!(
            flow(&Handling::Advanced("cf-ivr-x".into()), "m"),
            Some(json!({"module": "callflow", "data": {"id": "cf-ivr-x"}, "is_main_number_cf": true, "children": {}}))
        );
        let group_then_menu = Handling::EntityThenMenu(Entity::RingGroup("g1".into()));
        assert_eq!(
            flow(&group_then_menu, "m"),
            Some(json!({"module": "ring_group", "data": {"endpoints": [{"endpoint_type": "group", "id": "g1"}]},
                        "children": {"_": {"module": "callflow", "data": {"id": "m"}, "children": {}}}}))
        );
        assert_eq!(flow(&Handling::Other, "m"), None);
    }

    #[test]
    fn stored_flows_read_back_as_what_was_chosen() {
        let cases = [
            Handling::Menu,
            Handling::EntityThenMenu(Entity::Callflow("cf-sales-base".into())),
            Handling::ThenVoicemail { entity: Some(Entity::Device("d1".into())), vmbox: "vm".into() },
            Handling::ThenVoicemail { entity: None, vmbox: "vm".into() },
            Handling::Advanced("cf-ivr".into()),
        ];
        for h in cases {
            assert_eq!(read(&flow(&h, "menu-cf").unwrap(), Some("menu-cf")), h);
        }
        assert_eq!(read(&json!({"module": "pivot", "data": {}}), Some("menu-cf")), Handling::Other);
        // A callflow node that is not the period's menu and has no follow-up is not one of the four.
        assert_eq!(
            read(&json!({"module": "callflow", "data": {"id": "x"}, "children": {}}), Some("m")),
            Handling::Other
        );
    }

    #[test]
    fn the_menu_callflow_children_smart_pbx_writes() {
        let options = vec![
            ("_".to_string(), MenuTarget::Voicemail("vm-main".into())),
            ("0".to_string(), MenuTarget::Directory("dir0001".into())),
            ("2".to_string(), MenuTarget::Callflow("cf-user-ada".into())),
            ("1".to_string(), MenuTarget::Callflow("cf-sales-ring".into())),
        ];
        let children = Value::Object(menu_children(&options));
        assert_eq!(
            children,
            json!({
                "1": {"module": "callflow", "data": {"id": "cf-sales-ring"}, "children": {}},
                "2": {"module": "callflow", "data": {"id": "cf-user-ada"}, "children": {}},
                "0": {"module": "directory", "data": {"id": "dir0001"}, "children": {}},
                "_": {"module": "voicemail", "data": {"id": "vm-main"}, "children": {}}
            })
        );
        let back = menu_options(&json!({"module": "menu", "children": children}));
        assert_eq!(back.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["1", "2", "0", "_"]);
        assert_eq!(back[2].1, MenuTarget::Directory("dir0001".into()));
    }

    #[test]
    fn menu_keys_are_checked() {
        let vm = MenuTarget::Voicemail("v".into());
        assert_eq!(
            validate_menu(&[("1".into(), vm.clone()), ("1".into(), vm.clone())]),
            Err(MenuError::DuplicateKey("1".into()))
        );
        assert_eq!(validate_menu(&[("#".into(), vm.clone())]), Err(MenuError::UnknownKey("#".into())));
        assert_eq!(validate_menu(&[("timeout".into(), vm)]), Ok(()));
    }

    #[test]
    fn a_spoken_greeting_is_a_tts_media_named_after_the_menu() {
        assert_eq!(
            menu_greeting_media("MainOpenHours", "Welcome", DEFAULT_TTS_VOICE, 1_700_000_000_000),
            json!({"streamable": true, "name": "MainOpenHoursMenuTTS_1700000000000", "media_source": "tts",
                   "description": "<Text to Speech>", "tts": {"voice": "female/en-US", "text": "Welcome"}})
        );
    }
}
