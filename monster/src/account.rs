//! What the Account Manager (monster-ui-accounts) writes for an account, and the apps
//! store rules that decide who opens which app (monster-ui `src/js/lib/monster.util.js`
//! `isUserPermittedApp`, KAZOO `applications/crossbar/doc/apps_store.md`).

use serde_json::{json, Map, Value};

/// Keys Crossbar adds to an account it answers (`cb_accounts.erl leak_pvt_fields`) and
/// discards on input; Monster strips them before writing (monster-ui-accounts `app.js
/// formatAccountData`), and so does Patchbay, so an edit never sends them back.
pub const LEAKED_KEYS: [&str; 6] =
    ["billing_mode", "superduper_admin", "wnm_allow_additions", "created", "is_reseller", "reseller_id"];

/// The account as it should be written back: every stored field kept (data other apps
/// wrote survives), the answer-only keys left out.
pub fn writable(stored: &Value) -> Value {
    let mut map = stored.as_object().cloned().unwrap_or_default();
    for key in LEAKED_KEYS {
        map.remove(key);
    }
    Value::Object(map)
}

/// What a person types for a new account.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountForm {
    pub name: String,
    pub realm: String,
    pub timezone: String,
    pub language: String,
    /// External caller ID: number and name (empty: not set).
    pub caller_id_number: String,
    pub caller_id_name: String,
    /// Emergency caller ID (what emergency services see and call back; empty: not set).
    pub emergency_number: String,
    pub emergency_name: String,
}

/// The account document as the Account Manager's wizard sends it
/// (monster-ui-accounts `submodules/wizard/wizard.js wizardSubmitGetFormattedAccount`):
/// empty optional fields are left out, so Crossbar generates a realm when none is typed.
pub fn new_account_doc(form: &AccountForm) -> Value {
    let mut doc = Map::new();
    doc.insert("name".into(), form.name.trim().into());
    for (key, value) in [("realm", &form.realm), ("timezone", &form.timezone), ("language", &form.language)] {
        if !value.trim().is_empty() {
            doc.insert(key.into(), value.trim().into());
        }
    }
    let ids: Map<String, Value> = caller_ids(form).filter_map(|(kind, id)| Some((kind.to_string(), id?))).collect();
    if !ids.is_empty() {
        doc.insert("caller_id".into(), Value::Object(ids));
    }
    Value::Object(doc)
}

/// The stored account with the form's fields applied; everything else kept.
pub fn edited_account_doc(stored: &Value, form: &AccountForm) -> Value {
    let mut doc = writable(stored);
    let Some(map) = doc.as_object_mut() else { return doc };
    map.insert("name".into(), form.name.trim().into());
    for (key, value) in [("realm", &form.realm), ("timezone", &form.timezone), ("language", &form.language)] {
        if value.trim().is_empty() {
            map.remove(key);
        } else {
            map.insert(key.into(), value.trim().into());
        }
    }
    // Other kinds of caller ID (internal, and any another app keeps) stay as stored.
    let mut ids = map.get("caller_id").and_then(Value::as_object).cloned().unwrap_or_default();
    for (kind, id) in caller_ids(form) {
        match id {
            Some(id) => ids.insert(kind.into(), id),
            None => ids.remove(kind),
        };
    }
    if ids.is_empty() {
        map.remove("caller_id");
    } else {
        map.insert("caller_id".into(), Value::Object(ids));
    }
    doc
}

/// The form's caller IDs by kind (`external`, `emergency`): `{number, name}` with what
/// was typed, or `None` when both are empty.
fn caller_ids(form: &AccountForm) -> impl Iterator<Item = (&'static str, Option<Value>)> + '_ {
    [
        ("external", &form.caller_id_number, &form.caller_id_name),
        ("emergency", &form.emergency_number, &form.emergency_name),
    ]
    .into_iter()
    .map(|(kind, number, name)| {
        let mut id = Map::new();
        for (key, value) in [("number", number.trim()), ("name", name.trim())] {
            if !value.is_empty() {
                id.insert(key.into(), value.into());
            }
        }
        (kind, (!id.is_empty()).then_some(Value::Object(id)))
    })
}

/// The form a stored account fills.
pub fn form_of(stored: &Value) -> AccountForm {
    let s = |key: &str| stored.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let id = |kind: &str, key: &str| {
        stored.pointer(&format!("/caller_id/{kind}/{key}")).and_then(Value::as_str).unwrap_or_default().to_string()
    };
    AccountForm {
        name: s("name"),
        realm: s("realm"),
        timezone: s("timezone"),
        language: s("language"),
        caller_id_number: id("external", "number"),
        caller_id_name: id("external", "name"),
        emergency_number: id("emergency", "number"),
        emergency_name: id("emergency", "name"),
    }
}

/// A realm for a new account named `name`, under its parent's: the name as a DNS label
/// (`Acme Dental` → `acme-dental`) in front of the parent realm's domain
/// (`reseller.sip.example.com` → `sip.example.com`), so customers of one reseller share
/// its SIP domain. `None` when the name has no letters or digits to make a label of.
pub fn suggest_realm(name: &str, parent_realm: &str) -> Option<String> {
    let mut label = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            label.push(c.to_ascii_lowercase());
        } else if !label.is_empty() && !label.ends_with('-') {
            label.push('-');
        }
    }
    let label: String = label.trim_end_matches('-').chars().take(63).collect();
    let label = label.trim_end_matches('-');
    if label.is_empty() {
        return None;
    }
    let parent = parent_realm.trim().trim_matches('.');
    let domain = match parent.split_once('.') {
        Some((_, rest)) if rest.contains('.') => rest,
        _ => parent,
    };
    Some(if domain.is_empty() { label.to_string() } else { format!("{label}.{domain}") })
}

/// Why Crossbar would refuse this realm (`schemas/accounts.json`: 4 to 253 characters
/// of letters, digits, `_`, `-` and `.`), or `None`. An empty realm is fine: Crossbar
/// makes one up.
pub fn realm_problem(realm: &str) -> Option<RealmProblem> {
    let realm = realm.trim();
    if realm.is_empty() {
        return None;
    }
    if !(4..=253).contains(&realm.len()) {
        return Some(RealmProblem::Length);
    }
    if !realm.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        return Some(RealmProblem::Characters);
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RealmProblem {
    Length,
    Characters,
}

/// A first password for an account's admin, as the Account Manager makes one
/// (monster-ui-accounts `app.js autoGeneratePassword`: four letters without the
/// look-alikes i, l, o, then four digits). `random` gives 8 numbers in `0..u32::MAX`.
pub fn generated_password(random: [u32; 8]) -> String {
    const LETTERS: &[u8] = b"abcdefghjkmnpqrstuvwxyz";
    const DIGITS: &[u8] = b"0123456789";
    random
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let set = if i < 4 { LETTERS } else { DIGITS };
            set[*r as usize % set.len()] as char
        })
        .collect()
}

/// The callflow the Account Manager gives every new account so that calls to numbers
/// no other callflow takes go out through the carriers (monster-ui-accounts `app.js
/// getDataNoMatchCallflow`, "blended" outbound).
pub fn no_match_callflow() -> Value {
    json!({ "numbers": ["no_match"], "flow": { "children": {}, "data": {}, "module": "offnet" } })
}

/// Who may open an app in an account (`apps_store` `allowed_users`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppAccess {
    /// No entry, or an entry without `allowed_users`: not installed.
    NotInstalled,
    All,
    Admins,
    /// Listed users only; an empty list lets nobody in.
    Specific(Vec<String>),
}

impl AppAccess {
    /// The access an apps store entry (a row of `GET …/apps_store`) grants.
    pub fn of_entry(entry: &Value) -> AppAccess {
        match entry.get("allowed_users").and_then(Value::as_str) {
            Some("all") => AppAccess::All,
            Some("admins") => AppAccess::Admins,
            Some("specific") => AppAccess::Specific(
                entry
                    .get("users")
                    .and_then(Value::as_array)
                    .map(|users| {
                        users.iter().filter_map(|u| u.get("id").and_then(Value::as_str)).map(str::to_string).collect()
                    })
                    .unwrap_or_default(),
            ),
            _ => AppAccess::NotInstalled,
        }
    }

    /// The body of `PUT`/`POST …/apps_store/{app}`; `None` means uninstall (`DELETE`).
    pub fn body(&self) -> Option<Value> {
        match self {
            AppAccess::NotInstalled => None,
            AppAccess::All => Some(json!({ "allowed_users": "all" })),
            AppAccess::Admins => Some(json!({ "allowed_users": "admins" })),
            AppAccess::Specific(ids) => Some(json!({
                "allowed_users": "specific",
                "users": ids.iter().map(|id| json!({ "id": id })).collect::<Vec<_>>(),
            })),
        }
    }

    /// Whether a user (its id, and whether an admin) may open the app
    /// (monster-ui `monster.util.js isUserPermittedApp`).
    pub fn permits(&self, user_id: Option<&str>, is_admin: bool) -> bool {
        match self {
            AppAccess::NotInstalled => false,
            AppAccess::All => true,
            AppAccess::Admins => is_admin,
            AppAccess::Specific(ids) => user_id.is_some_and(|u| ids.iter().any(|id| id == u)),
        }
    }
}

/// The apps (by name, `voip`, `callflows`…) an admin from above opens while acting as
/// an account: those the account grants to all users or to its admins. Apps granted to
/// listed users only are theirs, not a visiting reseller's.
pub fn apps_for_visiting_admin(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .filter(|e| AppAccess::of_entry(e).permits(None, true))
        .filter_map(|e| e.get("name").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realm_suggestions_follow_the_parents_domain() {
        assert_eq!(
            suggest_realm("Acme Dental", "reseller.sip.example.com").as_deref(),
            Some("acme-dental.sip.example.com")
        );
        assert_eq!(
            suggest_realm("  O'Brien & Sons, Ltd. ", "example.com").as_deref(),
            Some("o-brien-sons-ltd.example.com")
        );
        assert_eq!(suggest_realm("Café 24", "a.b.c").as_deref(), Some("caf-24.b.c"));
        assert_eq!(suggest_realm("***", "example.com"), None);
        assert_eq!(suggest_realm("Acme", "").as_deref(), Some("acme"));
        let long = "x".repeat(100);
        assert_eq!(suggest_realm(&long, "example.com").map(|r| r.len()), Some(63 + ".example.com".len()));
    }

    #[test]
    fn suggested_realms_are_realms_crossbar_accepts() {
        for name in ["Acme Dental", "Ünïcödé Ltd", "a-b_c", "Zoë's Café"] {
            let realm = suggest_realm(name, "reseller.sip.example.com").expect("a realm");
            assert_eq!(realm_problem(&realm), None, "{realm}");
        }
    }

    #[test]
    fn realm_problems_are_the_schemas() {
        assert_eq!(realm_problem(""), None);
        assert_eq!(realm_problem("a.b"), Some(RealmProblem::Length));
        assert_eq!(realm_problem("acme dental.example.com"), Some(RealmProblem::Characters));
        assert_eq!(realm_problem("<script>.example.com"), Some(RealmProblem::Characters));
        assert_eq!(realm_problem("acme_dental-1.example.com"), None);
    }

    #[test]
    fn a_new_account_leaves_out_what_was_not_typed() {
        let form = AccountForm { name: " Acme ".into(), timezone: "Europe/Paris".into(), ..Default::default() };
        assert_eq!(new_account_doc(&form), json!({"name": "Acme", "timezone": "Europe/Paris"}));
        let form = AccountForm { name: "Acme".into(), caller_id_number: "+14155550100".into(), ..Default::default() };
        assert_eq!(new_account_doc(&form)["caller_id"], json!({"external": {"number": "+14155550100"}}));
        let form = AccountForm { name: "Acme".into(), emergency_number: "+14155550911".into(), ..Default::default() };
        assert_eq!(new_account_doc(&form)["caller_id"], json!({"emergency": {"number": "+14155550911"}}));
    }

    #[test]
    fn an_edit_keeps_other_apps_fields_and_drops_answer_only_keys() {
        let stored = json!({
            "id": "a1", "name": "Acme", "realm": "acme.example.com", "language": "fr-FR",
            "caller_id": {"emergency": {"number": "+15550100"}, "external": {"number": "+1", "name": "Old"}},
            "notifications": {"voicemail_to_email": {"from": "x@example.com"}},
            "created": 63_000_000_000_u64, "is_reseller": false, "billing_mode": "manual", "reseller_id": "r1",
        });
        let mut form = form_of(&stored);
        assert_eq!(form.caller_id_name, "Old");
        form.language = String::new();
        form.caller_id_name = "Acme Front Desk".into();
        let doc = edited_account_doc(&stored, &form);
        assert_eq!(doc["notifications"], stored["notifications"]);
        assert_eq!(doc["caller_id"]["emergency"], stored["caller_id"]["emergency"]);
        assert_eq!(doc["caller_id"]["external"], json!({"number": "+1", "name": "Acme Front Desk"}));
        assert!(doc.get("language").is_none());
        for key in LEAKED_KEYS {
            assert!(doc.get(key).is_none(), "{key}");
        }
        form.caller_id_number = String::new();
        form.caller_id_name = String::new();
        assert_eq!(edited_account_doc(&stored, &form)["caller_id"], json!({"emergency": {"number": "+15550100"}}));
        form.emergency_number = String::new();
        assert!(edited_account_doc(&stored, &form).get("caller_id").is_none(), "no caller ID left");
        form.emergency_number = "+14155550911".into();
        form.emergency_name = "Acme HQ".into();
        let doc = edited_account_doc(&stored, &form);
        assert_eq!(doc["caller_id"], json!({"emergency": {"number": "+14155550911", "name": "Acme HQ"}}));
    }

    #[test]
    fn generated_passwords_are_four_letters_then_four_digits() {
        let p = generated_password([0, 1, 22, 23, 0, 9, 10, u32::MAX]);
        assert_eq!(p, "abza0905");
        assert!(!p[..4].contains(['i', 'l', 'o']));
    }

    #[test]
    fn apps_store_rules_are_monsters() {
        let entry = |v: Value| AppAccess::of_entry(&v);
        assert_eq!(entry(json!({"name": "voip"})), AppAccess::NotInstalled);
        assert!(entry(json!({"allowed_users": "all"})).permits(Some("u"), false));
        assert!(!entry(json!({"allowed_users": "admins"})).permits(Some("u"), false));
        assert!(entry(json!({"allowed_users": "admins"})).permits(Some("u"), true));
        let specific = entry(json!({"allowed_users": "specific", "users": [{"id": "u1"}]}));
        assert!(specific.permits(Some("u1"), false));
        assert!(!specific.permits(Some("u2"), true));
        assert!(!entry(json!({"allowed_users": "specific", "users": []})).permits(Some("u1"), true));
        assert!(!entry(json!({"allowed_users": "everyone"})).permits(Some("u1"), true));
        assert_eq!(
            AppAccess::Specific(vec!["u1".into()]).body(),
            Some(json!({"allowed_users": "specific", "users": [{"id": "u1"}]}))
        );
        assert_eq!(AppAccess::NotInstalled.body(), None);
    }

    #[test]
    fn a_visiting_admin_gets_the_apps_granted_to_all_or_to_admins() {
        let entries = [
            json!({"name": "voip", "allowed_users": "admins"}),
            json!({"name": "callflows", "allowed_users": "specific", "users": [{"id": "u1"}]}),
            json!({"name": "accounts"}),
            json!({"name": "webhooks", "allowed_users": "all"}),
        ];
        assert_eq!(apps_for_visiting_admin(&entries), ["voip", "webhooks"]);
    }
}
