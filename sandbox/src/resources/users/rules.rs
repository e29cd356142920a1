//! Validation and credential rules for user documents (schemas/users.json, kzd_users).

use crate::doc;
use crate::reply::CbError;
use crate::store::Store;
use crate::validate::{is_word_char, Validator};
use serde_json::{json, Map, Value};

pub const USERNAME_PATTERN: &str = r"^([+@.\w_-]+)$";

/// Schema defaults Crossbar fills on every save (see the create example in doc/users.md).
fn fill_defaults(user: &mut Map<String, Value>) {
    let defaults = json!({
        "call_restriction": {},
        "caller_id": {},
        "contact_list": {},
        "dial_plan": {},
        "enabled": true,
        "hotdesk": {"enabled": false, "keep_logged_in_elsewhere": false, "require_pin": false},
        "media": {"audio": {"codecs": []}, "encryption": {"enforce_security": false, "methods": []}, "video": {"codecs": []}},
        "music_on_hold": {},
        "priv_level": "user",
        "profile": {},
        "require_password_update": false,
        "ringtones": {},
        "verified": false,
        "vm_to_email_enabled": true,
    });
    if let Value::Object(defaults) = defaults {
        for (k, v) in defaults {
            user.entry(k).or_insert(v);
        }
    }
}

/// Validates `user` (the full document about to be saved), lower-cases the username,
/// enforces uniqueness and turns `password` into `pvt_md5_auth`/`pvt_sha1_auth`.
pub fn prepare(
    store: &Store,
    account_id: &str,
    user_id: &str,
    user: &mut Map<String, Value>,
    existing: Option<&Map<String, Value>>,
) -> Result<(), CbError> {
    fill_defaults(user);
    let mut v = Validator::new();
    for field in ["first_name", "last_name"] {
        if v.required(user, field) {
            v.string(user, field, 1, 128);
        }
    }
    if let Some(Value::String(name)) = user.get_mut("username") {
        *name = name.to_lowercase();
    }
    let username = v.string(user, "username", 1, 256).map(str::to_string);
    if let Some(name) = &username {
        let ok = name.chars().all(|c| is_word_char(c) || matches!(c, '+' | '@' | '.' | '-'));
        v.pattern("username", name, USERNAME_PATTERN, ok);
        let taken = store.list(account_id, "user")?.iter().any(|u| {
            u.get("_id").and_then(Value::as_str) != Some(user_id)
                && u.get("username").and_then(Value::as_str) == Some(name.as_str())
        });
        if ok && taken {
            v.unique("username", "Username is not unique for this account", name);
        }
    }
    if let Some(email) = v.string(user, "email", 3, 254) {
        if !email.contains('@') {
            v.add("email", "format", json!({"message": "Value did not match the email format", "value": email}));
        }
    }
    v.one_of(user, "priv_level", &["user", "admin"]);
    for field in ["enabled", "vm_to_email_enabled", "require_password_update", "verified"] {
        v.boolean(user, field);
    }
    for field in ["timezone", "language", "presence_id"] {
        v.string(user, field, 0, 256);
    }
    for field in ["caller_id", "hotdesk", "call_forward", "music_on_hold", "do_not_disturb"] {
        v.object(user, field);
    }
    v.string_array(user, "flags");
    let password = user.remove("password");
    if let Some(p) = &password {
        if !p.is_string() {
            v.type_error("password", "string", p);
        }
    }
    apply_credentials(&mut v, user, username.as_deref(), password, existing);
    v.finish()
}

/// kzd_users `maybe_rehash_creds`: a new username needs the password with it, and a
/// password needs a username to hash against.
fn apply_credentials(
    v: &mut Validator,
    user: &mut Map<String, Value>,
    username: Option<&str>,
    password: Option<Value>,
    existing: Option<&Map<String, Value>>,
) {
    // A bare md5 hash of `username:password` (what a sign-in sends) replaces the
    // password: the SHA-1 hash of the old one must not keep working beside it.
    if let Some(Value::String(md5)) = user.remove("credentials") {
        user.insert("pvt_md5_auth".into(), md5.to_lowercase().into());
        user.remove("pvt_sha1_auth");
    }
    let old_username = existing.and_then(|e| e.get("username")).and_then(Value::as_str);
    let password = password.as_ref().and_then(Value::as_str);
    match (username, password) {
        (Some(name), Some(pass)) => {
            let creds = format!("{name}:{pass}");
            user.insert("pvt_md5_auth".into(), doc::md5_hex(&creds).into());
            user.insert("pvt_sha1_auth".into(), doc::sha1_hex(&creds).into());
        }
        (None, Some(_)) if !v.has_error("username") => v.add(
            "username",
            "required",
            json!({"message": "The username must be provided when updating the password", "value": "username"}),
        ),
        (Some(name), None) if existing.is_some() && old_username != Some(name) => v.add(
            "password",
            "required",
            json!({"message": "The password must be provided when updating the username", "value": "password"}),
        ),
        _ => {}
    }
}

/// The `users/crossbar_listing` view row.
pub fn listing_row(user: &Value) -> Value {
    let mut row = Map::new();
    row.insert("id".into(), user.get("_id").cloned().unwrap_or(Value::Null));
    for key in [
        "username",
        "email",
        "first_name",
        "last_name",
        "priv_level",
        "feature_level",
        "presence_id",
        "timezone",
        "call_recording",
        "service",
    ] {
        if let Some(v) = user.get(key) {
            row.insert(key.into(), v.clone());
        }
    }
    row.insert("flags".into(), user.get("flags").cloned().unwrap_or_else(|| json!([])));
    row.insert("features".into(), json!(features(user)));
    Value::Object(row)
}

/// The view's `features`: the document's own list, every `smartpbx.<feature>` that is
/// enabled (find-me/follow-me, call recording, conferencing, faxing …), then the ones
/// read from settings — as KAZOO's `users/crossbar_listing` view computes them
/// (core/kazoo_apps/priv/couchdb/account/users.json), JavaScript truthiness included.
fn features(user: &Value) -> Vec<String> {
    let truthy = |path: &str| match doc::get_path(user, path) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::Null) | None => false,
        Some(_) => true,
    };
    let mut out: Vec<String> = user
        .get("features")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect();
    if let Some(smartpbx) = user.get("smartpbx").and_then(Value::as_object) {
        out.extend(smartpbx.keys().filter(|k| truthy(&format!("smartpbx.{k}.enabled"))).cloned());
    }
    let forward_only_on_failure = truthy("call_forward.failover") && !truthy("call_forward.enabled");
    for (on, name) in [
        (truthy("hotdesk.enabled"), "hotdesk"),
        (truthy("call_forward.enabled"), "call_forward"),
        (forward_only_on_failure, "call_forward_failover"),
        (truthy("caller_id.external.number"), "caller_id"),
        (truthy("vm_to_email_enabled"), "vm_to_email"),
        (truthy("music_on_hold.media_id"), "music_on_hold"),
        (truthy("do_not_disturb.enabled"), "do_not_disturb"),
        (truthy("ctu.enabled"), "ctu"),
        (truthy("desktop.enabled"), "desktop"),
    ] {
        if on {
            out.push(name.to_string());
        }
    }
    out
}

/// The view key: `"last_name first_name"`, case-folded like CouchDB's collation.
pub fn sort_key(user: &Value) -> String {
    let get = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default();
    format!("{} {}", get("last_name"), get("first_name")).to_lowercase()
}
