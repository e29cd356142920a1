//! Reading fields of the documents and listing rows Crossbar sends. Crossbar leaves
//! unset optional fields out, so a missing (or non-string) field reads as empty
//! rather than failing: the screens show a blank and the writers skip it.

use serde_json::Value;

/// The string at `key`, or `""`.
pub fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The document's (or row's) `id`, owned: it usually goes into a path or a signal
/// that outlives the response it came from. `""` when there is none.
pub fn doc_id(v: &Value) -> String {
    str_field(v, "id").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_or_odd_fields_read_as_empty() {
        let v = json!({"id": "abc", "name": "Desk", "enabled": true});
        assert_eq!(str_field(&v, "name"), "Desk");
        assert_eq!(str_field(&v, "enabled"), "");
        assert_eq!(str_field(&v, "owner_id"), "");
        assert_eq!(doc_id(&v), "abc");
        assert_eq!(doc_id(&json!(null)), "");
    }
}
