//! Turning "the document Smart PBX would POST" into the PATCH that gets there from what
//! is stored. Smart PBX often GETs a document, changes it and POSTs it whole; Patchbay
//! computes that same end state and sends only the difference, so keys written in the
//! meantime by other apps survive.
//!
//! KAZOO's PATCH (`merge_left`, `applications/crossbar/src/crossbar_doc.erl` `patch_the_doc`): `null`
//! removes a key, objects merge key by key except that an empty `{}` replaces, arrays and scalars
//! replace.
//!
//! [`replacing`] is the same idea for one part of a document (a callflow's `flow`):
//! the new part with every vanished key set to `null`.

use serde_json::{Map, Value};

/// The PATCH body turning `before` into `after` (both documents' public fields).
/// Empty when nothing changed.
pub fn patch_between(before: &Value, after: &Value) -> Map<String, Value> {
    let empty = Map::new();
    let before = before.as_object().unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    diff(before, after, true)
}

/// `top`: these are the document's own keys, where Crossbar's read-only ones live. Below
/// the top, `id` (a callflow step's target) and `_` (a step's default branch) are data
/// like any other, and vanish with `null`.
fn diff(before: &Map<String, Value>, after: &Map<String, Value>, top: bool) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, new) in after {
        match (before.get(key), new) {
            (Some(old), new) if old == new => {}
            // Merge into the stored object, key by key (an empty `{}` would replace it instead).
            (Some(Value::Object(old)), Value::Object(new)) if !new.is_empty() => {
                let nested = diff(old, new, false);
                if !nested.is_empty() {
                    out.insert(key.clone(), Value::Object(nested));
                }
            }
            _ => {
                out.insert(key.clone(), new.clone());
            }
        }
    }
    let kept = |k: &str| after.contains_key(k) || (top && is_read_only(k));
    for key in before.keys().filter(|k| !kept(k)) {
        out.insert(key.clone(), Value::Null);
    }
    out
}

/// Keys Crossbar adds to what it returns and does not take back.
fn is_read_only(key: &str) -> bool {
    key.starts_with('_') || key == "id"
}

/// The PATCH value that turns `old` into `new`: objects are merged key by key, keys
/// only in `old` become `null`, anything else (arrays, scalars) is `new` as is.
pub fn replacing(old: &Value, new: &Value) -> Value {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            let mut out = Map::new();
            for (k, v) in n {
                let patched = match o.get(k) {
                    Some(old_v) => replacing(old_v, v),
                    None => v.clone(),
                };
                out.insert(k.clone(), patched);
            }
            for k in o.keys() {
                if !n.contains_key(k) {
                    out.insert(k.clone(), Value::Null);
                }
            }
            Value::Object(out)
        }
        _ => new.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_nested_id_or_default_branch_that_vanishes_is_removed() {
        let before = json!({"id": "cf1", "_read_only": {}, "flow": {"module": "callflow", "data": {"id": "base"},
            "children": {"_": {"module": "play"}}}});
        let after = json!({"flow": {"module": "record_call", "data": {"action": "start"}, "children": {}}});
        let patch = Value::Object(patch_between(&before, &after));
        assert_eq!(patch["flow"]["data"], json!({"action": "start", "id": null}));
        assert_eq!(patch["flow"]["children"], json!({}), "an empty object replaces the branches");
        assert!(patch.get("id").is_none() && patch.get("_read_only").is_none(), "the document's own stay");
        let moved =
            json!({"flow": {"module": "callflow", "data": {"id": "base"}, "children": {"1": {"module": "play"}}}});
        assert_eq!(
            Value::Object(patch_between(&before, &moved))["flow"]["children"],
            json!({"1": {"module": "play"}, "_": null})
        );
    }

    #[test]
    fn only_changes_are_sent_and_removed_keys_become_null() {
        let before =
            json!({"id": "x", "name": "A", "pin": "1234", "media": {"unavailable": "m1", "x": 1}, "keep": true});
        let after = json!({"name": "B", "media": {"x": 1}, "keep": true, "new": [1]});
        assert_eq!(
            Value::Object(patch_between(&before, &after)),
            json!({"name": "B", "media": {"unavailable": null}, "new": [1], "pin": null})
        );
        assert!(patch_between(&before, &before).is_empty());
    }

    #[test]
    fn an_emptied_object_is_sent_empty_because_kazoo_then_replaces_it() {
        let before = json!({"flow": {"children": {"_": {"module": "voicemail"}}}});
        let after = json!({"flow": {"children": {}}});
        assert_eq!(Value::Object(patch_between(&before, &after)), json!({"flow": {"children": {}}}));
    }

    #[test]
    fn arrays_are_replaced_whole() {
        let before = json!({"numbers": ["2001", "+14155550150"]});
        let after = json!({"numbers": ["2002", "+14155550150"]});
        assert_eq!(Value::Object(patch_between(&before, &after)), json!({"numbers": ["2002", "+14155550150"]}));
    }
}

#[cfg(test)]
mod replacing_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn vanished_keys_become_null_at_every_depth() {
        let old = json!({"module": "user", "data": {"id": "u1", "timeout": 20},
                         "children": {"_": {"module": "voicemail", "data": {"id": "vm"}, "children": {}}}});
        let new = json!({"module": "callflow", "data": {"id": "cf"}, "is_main_number_cf": true, "children": {}});
        assert_eq!(
            replacing(&old, &new),
            json!({"module": "callflow", "data": {"id": "cf", "timeout": null}, "is_main_number_cf": true,
                   "children": {"_": null}})
        );
    }

    #[test]
    fn arrays_and_new_objects_are_sent_whole() {
        assert_eq!(replacing(&json!({"a": [1, 2]}), &json!({"a": [3]})), json!({"a": [3]}));
        assert_eq!(replacing(&json!("x"), &json!({"b": 1})), json!({"b": 1}));
    }
}
