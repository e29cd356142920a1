//! Reading fields of the documents and listing rows Crossbar sends, in one vocabulary
//! for the whole app. Crossbar leaves unset optional fields out, so a missing (or
//! wrongly typed) field reads as empty rather than failing: screens show a blank and
//! writers skip it.

use serde_json::Value;

/// The string at `key`, or `""`.
pub fn str_at<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The document's (or row's) `id`, owned: it usually goes into a path or a signal that
/// outlives the response it came from. `""` when there is none.
pub fn doc_id(v: &Value) -> String {
    str_at(v, "id").to_string()
}

/// The strings of an array (other items skipped); empty when it is not an array or
/// absent (`v` is a `&Value` or the `Option` a `get` returns).
pub fn strs<'a>(v: impl Into<Option<&'a Value>>) -> impl Iterator<Item = &'a str> {
    v.into().and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
}

/// The strings of an array, owned.
pub fn strings<'a>(v: impl Into<Option<&'a Value>>) -> Vec<String> {
    strs(v).map(str::to_string).collect()
}

/// The `id`s of an array of rows.
pub fn ids(rows: &Value) -> Vec<String> {
    rows.as_array().into_iter().flatten().map(doc_id).filter(|id| !id.is_empty()).collect()
}

/// One step further down a JSON path as people write it in code and in jq:
/// `data.caller_id`, `data.numbers[0]`, `data["key with.dots"]`.
pub fn path_child(parent: &str, key: PathStep<'_>) -> String {
    match key {
        PathStep::Index(i) => format!("{parent}[{i}]"),
        PathStep::Key(k)
            if !k.is_empty()
                && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !k.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            if parent.is_empty() {
                k.to_string()
            } else {
                format!("{parent}.{k}")
            }
        }
        PathStep::Key(k) => format!("{parent}[{}]", Value::from(k)),
    }
}

/// A step in a JSON path: an object's key or an array's index.
#[derive(Debug, Clone, Copy)]
pub enum PathStep<'a> {
    Key(&'a str),
    Index(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths_read_as_code_and_jq_write_them() {
        let data = path_child("", PathStep::Key("data"));
        assert_eq!(data, "data");
        assert_eq!(path_child(&data, PathStep::Key("caller_id")), "data.caller_id");
        assert_eq!(path_child("data.numbers", PathStep::Index(0)), "data.numbers[0]");
        assert_eq!(path_child(&data, PathStep::Key("a.b")), r#"data["a.b"]"#);
        assert_eq!(path_child(&data, PathStep::Key("1st")), r#"data["1st"]"#);
    }
    use serde_json::json;

    #[test]
    fn missing_or_odd_fields_read_as_empty() {
        let v = json!({"id": "abc", "name": "Desk", "enabled": true, "numbers": ["1001", 7, "+1415"]});
        assert_eq!(str_at(&v, "name"), "Desk");
        assert_eq!(str_at(&v, "enabled"), "");
        assert_eq!(str_at(&v, "owner_id"), "");
        assert_eq!(doc_id(&v), "abc");
        assert_eq!(doc_id(&json!(null)), "");
        assert_eq!(strings(v.get("numbers")), ["1001", "+1415"]);
        assert_eq!(strings(v.get("nothing")), Vec::<String>::new());
        assert_eq!(strings(&v["numbers"]), ["1001", "+1415"]);
        assert_eq!(ids(&json!([{"id": "a"}, {"name": "no id"}, {"id": "b"}])), ["a", "b"]);
    }
}
