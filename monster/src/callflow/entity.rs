//! The Callflows app's entity forms (menus, conferences, blocklists, fax boxes,
//! directories) as data: each field's place in the document, how the form shows it and
//! how it is stored — seconds shown where milliseconds are stored, retries shown one
//! below what is stored, comma lists stored as arrays, blocked numbers as an object's
//! keys, empty optional keys removed — as the submodules' `<name>CleanFormData` and
//! `<name>NormalizeData` write them (monster-ui-callflows `submodules/<name>/<name>.js`).
//! A form is written onto the document as loaded, so keys other apps wrote survive.

use serde_json::{Map, Value};

/// How a field is shown and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string; an empty one is removed unless the field is required.
    Text,
    /// A whole number.
    Whole,
    /// A checkbox.
    Flag,
    /// Comma-separated on the form, an array of strings in the document.
    Words,
    /// Comma-separated digits (letters become their keypad digits, as Monster's
    /// `conferenceLettersToNumbers` does), an array of strings.
    Digits,
    /// Comma-separated email addresses, an array of strings.
    Emails,
    /// One number per line or comma on the form, the keys of an object (`{"+1…": {}}`).
    NumberSet,
    /// Seconds on the form, milliseconds in the document.
    Seconds,
    /// Shown one below what is stored (a menu's retries).
    OneMore,
    /// One of these values.
    Choice(&'static [&'static str]),
    /// The id of a document of this collection; empty for none.
    Pick(&'static str),
}

/// One field of a form.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Dotted path in the document (`member.pins`).
    pub path: &'static str,
    /// The field's words (a translation key's last part).
    pub key: &'static str,
    pub shape: Shape,
    /// What a new document holds, as JSON text (in the document's units).
    pub default: &'static str,
    pub required: bool,
    /// Shown under "More settings" (Monster's form puts these on its other tabs).
    pub more: bool,
}

/// A kind of document the Callflows app manages.
#[derive(Debug)]
pub struct Entity {
    /// The Crossbar collection (`menus`).
    pub collection: &'static str,
    /// A stable word for translation keys and addresses (`menus`, `fax-boxes`).
    pub key: &'static str,
    pub fields: &'static [Field],
    /// Document-wide rules applied after the fields are written.
    pub finish: fn(&mut Map<String, Value>),
}

/// What a form field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(String),
    Flag(bool),
}

/// Why a form cannot be written: the field's index and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required(usize),
    Whole(usize),
    Digits(usize),
    Email(usize),
}

const fn field(path: &'static str, key: &'static str, shape: Shape, default: &'static str) -> Field {
    Field { path, key, shape, default, required: false, more: false }
}

/// A field shown under "More settings".
const fn more(path: &'static str, key: &'static str, shape: Shape, default: &'static str) -> Field {
    Field { path, key, shape, default, required: false, more: true }
}

const fn name(key: &'static str) -> Field {
    Field { path: "name", key, shape: Shape::Text, default: "\"\"", required: true, more: false }
}

/// `submodules/menu/menu.js` (`menuEdit` defaults, `menuCleanFormData`, `menuNormalizeData`).
pub const MENU: Entity = Entity {
    collection: "menus",
    key: "menus",
    fields: &[
        name("menu-name"),
        field("media.greeting", "menu-greeting", Shape::Pick("media"), "\"\""),
        field("hunt", "menu-hunt", Shape::Flag, "false"),
        more("branch_extension", "menu-branch-extension", Shape::Flag, "false"),
        more("hunt_allow", "menu-hunt-allow", Shape::Text, "\"\""),
        more("hunt_deny", "menu-hunt-deny", Shape::Text, "\"\""),
        field("retries", "menu-retries", Shape::OneMore, "3"),
        field("timeout", "menu-timeout", Shape::Seconds, "10000"),
        more("interdigit_timeout", "menu-interdigit", Shape::Seconds, "2000"),
        more("max_extension_length", "menu-max-extension", Shape::Whole, "4"),
        more("record_pin", "menu-record-pin", Shape::Text, "\"\""),
        more("allow_record_from_offnet", "menu-record-offnet", Shape::Flag, "false"),
        field("suppress_media", "menu-suppress-media", Shape::Flag, "false"),
    ],
    finish: menu_finish,
};

/// The longest extension a caller may dial is at least as long as the PIN; "suppress
/// media" turns off the invalid-key, transfer and goodbye prompts.
fn menu_finish(doc: &mut Map<String, Value>) {
    let pin = doc.get("record_pin").and_then(Value::as_str).map_or(0, |p| p.chars().count()) as u64;
    let max = doc.get("max_extension_length").and_then(Value::as_u64).unwrap_or(4);
    if pin > max {
        doc.insert("max_extension_length".into(), Value::from(pin));
    }
    let play = !doc.get("suppress_media").and_then(Value::as_bool).unwrap_or(false);
    for prompt in ["invalid_media", "transfer_media", "exit_media"] {
        put(doc, &format!("media.{prompt}"), Some(Value::Bool(play)));
    }
}

/// An emptied list is removed, as the forms' `NormalizeData` do.
fn drop_empty(doc: &mut Map<String, Value>, paths: &[&str]) {
    for path in paths {
        let empty = get_in(doc, path).and_then(Value::as_array).is_some_and(Vec::is_empty);
        if empty {
            put(doc, path, None);
        }
    }
}

fn get_in<'a>(doc: &'a Map<String, Value>, path: &str) -> Option<&'a Value> {
    let (first, rest) = path.split_once('.').unwrap_or((path, ""));
    let top = doc.get(first)?;
    if rest.is_empty() {
        Some(top)
    } else {
        get(top, rest)
    }
}

/// `submodules/conference/conference.js` (`conferenceEdit` defaults, `conferenceCleanFormData`,
/// `conferenceNormalizeData`): no PINs means no `member.pins`; an empty
/// `conference_numbers` stays.
pub const CONFERENCE: Entity = Entity {
    collection: "conferences",
    key: "conferences",
    fields: &[
        name("conference-name"),
        field("owner_id", "conference-owner", Shape::Pick("users"), "\"\""),
        field("member.pins", "conference-pins", Shape::Digits, "[]"),
        field("member.join_muted", "conference-join-muted", Shape::Flag, "false"),
        field("member.join_deaf", "conference-join-deaf", Shape::Flag, "false"),
        field("play_entry_tone", "conference-entry-tone", Shape::Flag, "true"),
        field("play_exit_tone", "conference-exit-tone", Shape::Flag, "true"),
        more("conference_numbers", "conference-numbers", Shape::Digits, "[]"),
    ],
    finish: |doc| drop_empty(doc, &["member.pins"]),
};

/// `submodules/blacklist/blacklist.js`.
pub const BLOCKLIST: Entity = Entity {
    collection: "blacklists",
    key: "blocklists",
    fields: &[
        name("blocklist-name"),
        field("numbers", "blocklist-numbers", Shape::NumberSet, "{}"),
        field("should_block_anonymous", "blocklist-anonymous", Shape::Flag, "false"),
    ],
    finish: |_| {},
};

/// `submodules/faxbox/faxbox.js` (`faxboxGetDefaultSettings`, `faxboxNormalizedData`):
/// emptied notification lists are removed.
pub const FAXBOX: Entity = Entity {
    collection: "faxboxes",
    key: "fax-boxes",
    fields: &[
        name("faxbox-name"),
        field("owner_id", "faxbox-owner", Shape::Pick("users"), "\"\""),
        field("notifications.inbound.email.send_to", "faxbox-inbound-emails", Shape::Emails, "[]"),
        field("notifications.outbound.email.send_to", "faxbox-outbound-emails", Shape::Emails, "[]"),
        field("caller_id", "faxbox-caller-id", Shape::Text, "\"\""),
        field("caller_name", "faxbox-caller-name", Shape::Text, "\"\""),
        more("fax_header", "faxbox-header", Shape::Text, "\"\""),
        more("fax_identity", "faxbox-identity", Shape::Text, "\"\""),
        more("smtp_permission_list", "faxbox-smtp-permission", Shape::Emails, "[]"),
        more("custom_smtp_email_address", "faxbox-custom-smtp", Shape::Text, "\"\""),
        more("retries", "faxbox-retries", Shape::Whole, "3"),
    ],
    finish: |doc| {
        drop_empty(
            doc,
            &["notifications.inbound.email.send_to", "notifications.outbound.email.send_to", "smtp_permission_list"],
        )
    },
};

/// `submodules/directory/directory.js` (`directoryEdit` defaults, `directoryCleanFormData`):
/// no maximum (0) means no `max_dtmf`. Membership is written on users (`user.directories`).
pub const DIRECTORY: Entity = Entity {
    collection: "directories",
    key: "directories",
    fields: &[
        name("directory-name"),
        field("min_dtmf", "directory-min-dtmf", Shape::Whole, "3"),
        field("max_dtmf", "directory-max-dtmf", Shape::Whole, "0"),
        field("sort_by", "directory-sort-by", Shape::Choice(&["last_name", "first_name"]), "\"last_name\""),
        field("confirm_match", "directory-confirm-match", Shape::Flag, "false"),
    ],
    finish: |doc| {
        if doc.get("max_dtmf").and_then(Value::as_u64) == Some(0) {
            doc.remove("max_dtmf");
        }
    },
};

pub const ENTITIES: [&Entity; 5] = [&MENU, &CONFERENCE, &DIRECTORY, &BLOCKLIST, &FAXBOX];

/// The entity with this key.
pub fn entity(key: &str) -> Option<&'static Entity> {
    ENTITIES.into_iter().find(|e| e.key == key)
}

fn get<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, k| v.get(k))
}

fn put(doc: &mut Map<String, Value>, path: &str, value: Option<Value>) {
    let mut keys: Vec<&str> = path.split('.').collect();
    let last = keys.pop().unwrap_or_default();
    let mut here = doc;
    for key in keys {
        if value.is_none() && !here.get(key).is_some_and(Value::is_object) {
            return;
        }
        let next = here.entry(key).or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        here = next.as_object_mut().expect("made an object above");
    }
    match value {
        Some(v) => here.insert(last.to_string(), v),
        None => here.remove(last),
    };
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// What the form shows for `doc` (a new document shows the defaults).
pub fn inputs(entity: &Entity, doc: &Value) -> Vec<Input> {
    entity
        .fields
        .iter()
        .map(|f| {
            let default: Value = serde_json::from_str(f.default).unwrap_or(Value::Null);
            let stored = get(doc, f.path).cloned().unwrap_or(default);
            match f.shape {
                Shape::Flag => Input::Flag(stored.as_bool().unwrap_or(false)),
                Shape::Words | Shape::Digits | Shape::Emails => {
                    Input::Text(patchbay_crossbar::json::strings(&stored).join(", "))
                }
                Shape::NumberSet => Input::Text(
                    stored.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>().join("\n")).unwrap_or_default(),
                ),
                Shape::Seconds => {
                    Input::Text(stored.as_u64().map_or_else(|| text_of(&stored), |ms| (ms / 1000).to_string()))
                }
                Shape::OneMore => {
                    Input::Text(stored.as_u64().map_or_else(|| text_of(&stored), |n| n.saturating_sub(1).to_string()))
                }
                Shape::Text | Shape::Whole | Shape::Choice(_) | Shape::Pick(_) => Input::Text(text_of(&stored)),
            }
        })
        .collect()
}

fn words(text: &str, separators: &[char]) -> Vec<String> {
    text.split(separators).map(str::trim).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// `"1a2B"` → `"1222"`: letters are dialled as the keypad spells them; anything but
/// letters and digits is refused.
fn keypad_digits(word: &str) -> Option<String> {
    const KEYS: [(&str, char); 8] = [
        ("abc", '2'),
        ("def", '3'),
        ("ghi", '4'),
        ("jkl", '5'),
        ("mno", '6'),
        ("pqrs", '7'),
        ("tuv", '8'),
        ("wxyz", '9'),
    ];
    word.chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            _ => {
                let lower = c.to_ascii_lowercase();
                KEYS.iter().find(|(letters, _)| letters.contains(lower) && c.is_ascii_alphabetic()).map(|(_, d)| *d)
            }
        })
        .collect()
}

/// Something `@` something, with a dot after the `@` and no spaces.
fn is_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        }
        None => false,
    }
}

/// The document: the form written onto `loaded` (`{}` for a new one).
pub fn write(entity: &Entity, inputs: &[Input], loaded: &Value) -> Result<Value, Problem> {
    let mut doc: Map<String, Value> = loaded.as_object().cloned().unwrap_or_default();
    doc.remove("metadata");
    doc.remove("id");
    for (i, (f, input)) in entity.fields.iter().zip(inputs).enumerate() {
        let text = match input {
            Input::Text(t) => t.trim(),
            Input::Flag(_) => "",
        };
        let flag = matches!(input, Input::Flag(true));
        let whole = |t: &str| t.parse::<u64>().map_err(|_| Problem::Whole(i));
        let value = match f.shape {
            Shape::Flag => Some(Value::Bool(flag)),
            _ if text.is_empty() && f.required => return Err(Problem::Required(i)),
            Shape::Text | Shape::Choice(_) | Shape::Pick(_) => (!text.is_empty()).then(|| Value::String(text.into())),
            Shape::Whole => Some(Value::from(whole(text)?)),
            Shape::Seconds => Some(Value::from(whole(text)? * 1000)),
            Shape::OneMore => Some(Value::from(whole(text)? + 1)),
            Shape::Words => Some(words(text, &[',']).into_iter().map(Value::String).collect()),
            Shape::Digits => {
                let digits: Option<Vec<Value>> =
                    words(text, &[',']).iter().map(|w| keypad_digits(w).map(Value::String)).collect();
                Some(Value::Array(digits.ok_or(Problem::Digits(i))?))
            }
            Shape::Emails => {
                let emails = words(text, &[',', ';', ' ']);
                if !emails.iter().all(|e| is_email(e)) {
                    return Err(Problem::Email(i));
                }
                Some(emails.into_iter().map(Value::String).collect())
            }
            Shape::NumberSet => Some(Value::Object(
                words(text, &[',', '\n', ';']).into_iter().map(|n| (n, Value::Object(Map::new()))).collect(),
            )),
        };
        put(&mut doc, f.path, value);
    }
    (entity.finish)(&mut doc);
    Ok(Value::Object(doc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(values: &[&str]) -> Vec<Input> {
        values.iter().map(|v| Input::Text(v.to_string())).collect()
    }

    #[test]
    fn a_new_menu_shows_seconds_and_retries_as_the_form_does() {
        let shown = inputs(&MENU, &json!({}));
        assert_eq!(shown[6], Input::Text("2".into()), "retries");
        assert_eq!(shown[7], Input::Text("10".into()), "timeout");
        assert_eq!(shown[8], Input::Text("2".into()), "interdigit timeout");
        assert_eq!(shown[12], Input::Flag(false));
    }

    #[test]
    fn a_menu_is_written_in_milliseconds_with_one_more_retry_and_room_for_the_pin() {
        let mut form = inputs(&MENU, &json!({}));
        form[0] = Input::Text(" Sales menu ".into());
        form[10] = Input::Text("123456".into());
        form[12] = Input::Flag(true);
        let doc = write(&MENU, &form, &json!({"id": "m1", "x_other_app": 1, "media": {"greeting": "old"}})).unwrap();
        assert_eq!(doc["name"], "Sales menu");
        assert_eq!((doc["timeout"].clone(), doc["interdigit_timeout"].clone()), (json!(10000), json!(2000)));
        assert_eq!(doc["retries"], 3);
        assert_eq!(doc["max_extension_length"], 6);
        assert_eq!(doc["suppress_media"], true);
        assert_eq!(doc["x_other_app"], 1, "a key the form does not show survives");
        assert_eq!(
            doc["media"],
            json!({"invalid_media": false, "transfer_media": false, "exit_media": false}),
            "no greeting chosen: the key is removed"
        );
        for gone in ["id", "hunt_allow", "hunt_deny"] {
            assert!(doc.get(gone).is_none(), "{gone}");
        }
        // Read back, the form shows what was typed.
        let back = inputs(&MENU, &doc);
        assert_eq!((back[6].clone(), back[12].clone()), (Input::Text("2".into()), Input::Flag(true)));
    }

    #[test]
    fn conference_numbers_and_pins_are_arrays_from_comma_text() {
        let mut form = inputs(&CONFERENCE, &json!({}));
        form[0] = Input::Text("Standup".into());
        form[7] = Input::Text("3001, 3002,".into());
        let doc = write(&CONFERENCE, &form, &json!({})).unwrap();
        assert_eq!(doc["conference_numbers"], json!(["3001", "3002"]));
        assert_eq!(doc["member"], json!({"join_muted": false, "join_deaf": false}), "no PINs: no key");
        assert_eq!((doc["play_entry_tone"].clone(), doc["play_exit_tone"].clone()), (json!(true), json!(true)));
        assert!(doc.get("owner_id").is_none(), "no owner chosen: no key");
        form[2] = Input::Text("1234, 5678".into());
        form[7] = Input::Text(String::new());
        let doc = write(&CONFERENCE, &form, &json!({})).unwrap();
        assert_eq!(doc["member"]["pins"], json!(["1234", "5678"]));
        assert_eq!(doc["conference_numbers"], json!([]), "kept empty, as Monster keeps it");
    }

    #[test]
    fn blocked_numbers_are_an_objects_keys() {
        let mut form = texts(&["Spam", "+14155550199\n+14155550198, "]);
        form.push(Input::Flag(true));
        let doc = write(&BLOCKLIST, &form, &json!({})).unwrap();
        assert_eq!(doc["numbers"], json!({"+14155550199": {}, "+14155550198": {}}));
        assert_eq!(doc["should_block_anonymous"], true);
        assert_eq!(inputs(&BLOCKLIST, &doc)[1], Input::Text("+14155550199\n+14155550198".into()));
    }

    #[test]
    fn what_a_form_refuses() {
        let mut form = inputs(&DIRECTORY, &json!({}));
        assert_eq!(write(&DIRECTORY, &form, &json!({})), Err(Problem::Required(0)));
        form[0] = Input::Text("Staff".into());
        let doc = write(&DIRECTORY, &form, &json!({})).unwrap();
        assert!(doc.get("max_dtmf").is_none(), "no maximum: no key");
        assert_eq!((doc["min_dtmf"].clone(), doc["confirm_match"].clone()), (json!(3), json!(false)));
        form[1] = Input::Text("three".into());
        assert_eq!(write(&DIRECTORY, &form, &json!({})), Err(Problem::Whole(1)));
    }

    #[test]
    fn fax_notifications_land_deep_and_emptied_ones_go() {
        let mut form = inputs(&FAXBOX, &json!({}));
        form[0] = Input::Text("Office fax".into());
        form[2] = Input::Text("a@demo.test, b@demo.test".into());
        let loaded = json!({"notifications": {"inbound": {"email": {"send_to": ["old@demo.test"]}, "sms": {"x": 1}},
            "outbound": {"email": {"send_to": ["old@demo.test"]}}}});
        let doc = write(&FAXBOX, &form, &loaded).unwrap();
        assert_eq!(
            doc["notifications"]["inbound"],
            json!({"email": {"send_to": ["a@demo.test", "b@demo.test"]}, "sms": {"x": 1}})
        );
        assert_eq!(doc["notifications"]["outbound"], json!({"email": {}}), "emptied: removed");
        assert_eq!(doc["retries"], 3);
    }

    #[test]
    fn pins_are_keypad_digits_and_addresses_are_checked() {
        let mut form = inputs(&CONFERENCE, &json!({}));
        form[0] = Input::Text("Standup".into());
        form[2] = Input::Text("12ab, 9".into());
        assert_eq!(write(&CONFERENCE, &form, &json!({})).unwrap()["member"]["pins"], json!(["1222", "9"]));
        form[2] = Input::Text("12-34".into());
        assert_eq!(write(&CONFERENCE, &form, &json!({})), Err(Problem::Digits(2)));
        let mut fax = inputs(&FAXBOX, &json!({}));
        fax[0] = Input::Text("Fax".into());
        fax[2] = Input::Text("a@demo.test, nobody".into());
        assert_eq!(write(&FAXBOX, &fax, &json!({})), Err(Problem::Email(2)));
    }

    #[test]
    fn every_entity_has_a_unique_key_and_a_required_name_first() {
        for e in ENTITIES {
            assert_eq!((e.fields[0].path, e.fields[0].required), ("name", true), "{}", e.key);
            assert_eq!(ENTITIES.iter().filter(|o| o.key == e.key).count(), 1);
        }
    }
}
