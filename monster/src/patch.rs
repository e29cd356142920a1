//! Writing a replacement through PATCH. Smart PBX `POST`s whole documents; Patchbay
//! PATCHes so that keys it does not know survive (`common` rule). KAZOO's PATCH merges
//! objects and deletes keys sent as `null` (`smartpbx.md` §0.1), so replacing a part
//! of a document means sending the new part with every vanished key set to `null`.

use serde_json::{Map, Value};

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
