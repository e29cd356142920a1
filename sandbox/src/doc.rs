//! Document helpers shared by every resource: ids, revisions, KAZOO's Gregorian clock,
//! the private/public split and Crossbar's PATCH merge.

use serde_json::{Map, Value};
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds between 0000-01-01 and 1970-01-01: KAZOO stores `pvt_created`/`pvt_modified`
/// and takes `created_from`/`created_to` in Gregorian seconds.
pub const UNIX_EPOCH_IN_GREGORIAN: i64 = 62_167_219_200;

pub fn now_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

pub fn now_gregorian() -> i64 {
    now_unix() + UNIX_EPOCH_IN_GREGORIAN
}

/// A new document id: 32 lowercase hex characters, like a CouchDB uuid.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// 64 lowercase hex characters, the length Crossbar requires for account API keys.
pub fn new_api_key() -> String {
    format!("{}{}", new_id(), new_id())
}

pub fn is_hex_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The next CouchDB-style revision `N-<32 hex>` after `previous`.
pub fn next_rev(previous: Option<&str>) -> String {
    let n = previous.and_then(|r| r.split('-').next()).and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
    format!("{}-{}", n + 1, new_id())
}

/// Keys starting with `_` or `pvt_` belong to the server and are never shown to clients.
pub fn is_private_key(key: &str) -> bool {
    key.starts_with('_') || key.starts_with("pvt_")
}

/// What a client may send: private keys are dropped, as Crossbar does before validation.
/// `id` is dropped too; it only selects the id on create.
pub fn public_input(data: &Map<String, Value>) -> Map<String, Value> {
    data.iter()
        .filter(|(k, _)| !is_private_key(k) && k.as_str() != "id" && k.as_str() != "auth_token")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// What a client sees of a stored document: public keys, `_id` as `id`, and a `_read_only`
/// object passed through (Crossbar's `public_and_read_only`).
pub fn public_view(doc: &Value) -> Value {
    let mut out = Map::new();
    if let Some(obj) = doc.as_object() {
        if let Some(id) = obj.get("_id") {
            out.insert("id".into(), id.clone());
        }
        for (k, v) in obj {
            if !is_private_key(k) || k == "_read_only" {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// Keeps the private keys of `stored` and takes every public key from `public`:
/// that is POST's "replace all public fields".
pub fn replace_public(stored: &Map<String, Value>, public: Map<String, Value>) -> Map<String, Value> {
    let mut out: Map<String, Value> =
        stored.iter().filter(|(k, _)| is_private_key(k)).map(|(k, v)| (k.clone(), v.clone())).collect();
    out.extend(public);
    out
}

/// KAZOO's `merge_left` as used by PATCH: `null` removes a key, objects merge key by key
/// except that an empty `{}` replaces, and arrays/scalars replace.
pub fn merge_patch(target: &mut Map<String, Value>, patch: &Map<String, Value>) {
    for (key, value) in patch {
        match value {
            Value::Null => {
                target.remove(key);
            }
            Value::Object(p) if !p.is_empty() => match target.get_mut(key) {
                Some(Value::Object(t)) => merge_patch(t, p),
                _ => {
                    let mut fresh = Map::new();
                    merge_patch(&mut fresh, p);
                    target.insert(key.clone(), Value::Object(fresh));
                }
            },
            other => {
                target.insert(key.clone(), other.clone());
            }
        }
    }
}

/// Value at a dot path (`caller_id.external.number`).
pub fn get_path<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, key| v.as_object()?.get(key))
}

/// `kz_json:get_binary_value`: how filters compare values, as strings.
pub fn as_binary(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// `YYYY-MM-DDTHH:MM:SS` in UTC, the envelope's `timestamp` format.
pub fn iso8601(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", secs / 3600, (secs % 3600) / 60, secs % 60)
}

/// The Gregorian seconds of the first instant of the month after the one `unix` falls
/// in (UTC): when a monthly billing cycle next starts.
pub fn next_month_gregorian(unix: i64) -> i64 {
    let (y, m, _) = civil_from_days(unix.div_euclid(86_400));
    let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    days_from_civil(y, m, 1) * 86_400 + UNIX_EPOCH_IN_GREGORIAN
}

/// Howard Hinnant's civil-to-days algorithm: days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from(if m > 2 { m - 3 } else { m + 9 });
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

pub fn md5_hex(input: &str) -> String {
    use md5::{Digest, Md5};
    hex::encode(Md5::digest(input.as_bytes()))
}

pub fn sha1_hex(input: &str) -> String {
    use sha1::{Digest, Sha1};
    hex::encode(Sha1::digest(input.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn iso8601_formats_known_instants() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00");
        assert_eq!(iso8601(1_710_237_600), "2024-03-12T10:00:00");
    }

    #[test]
    fn the_next_month_starts_on_its_first_day() {
        // 2024-03-12 → 2024-04-01, 2024-12-31 → 2025-01-01 (as Unix seconds, then Gregorian).
        assert_eq!(next_month_gregorian(1_710_237_600) - UNIX_EPOCH_IN_GREGORIAN, 1_711_929_600);
        assert_eq!(next_month_gregorian(1_735_603_200) - UNIX_EPOCH_IN_GREGORIAN, 1_735_689_600);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }

    #[test]
    fn merge_patch_follows_merge_left() {
        let mut doc =
            json!({"a": {"b": 1, "c": 2}, "d": [1, 2], "e": {"x": 1}, "f": 1}).as_object().cloned().unwrap_or_default();
        let patch = json!({"a": {"b": 9}, "d": [3], "e": {}, "f": null});
        merge_patch(&mut doc, patch.as_object().unwrap_or(&Map::new()));
        assert_eq!(Value::Object(doc), json!({"a": {"b": 9, "c": 2}, "d": [3], "e": {}}));
    }

    #[test]
    fn md5_matches_kazoo_doc_example() {
        assert_eq!(md5_hex("john@example.com:m32c6NfqYEt"), "82a2dc91686ec828a67152d45a5c5ef7");
    }
}
