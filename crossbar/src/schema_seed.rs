//! A first body for the API console, from the KAZOO schema of the documents an endpoint
//! writes: the envelope with each required field set to its default, its first allowed
//! value or an empty value of its type — something to fill in rather than a blank page.
//! Checking the body is left to Crossbar itself (`PUT /v2/schemas/{name}/validation`,
//! KAZOO's `applications/crossbar/doc/schemas.md`), so the console and the server agree.

use serde_json::{json, Map, Value};

/// `{"data": {…}}` for a schema.
pub fn seed_body(schema: &Value) -> Value {
    let properties = schema.get("properties").and_then(Value::as_object);
    let mut required: Vec<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    // A schema that requires nothing still names most of its documents.
    if required.is_empty() && properties.is_some_and(|p| p.contains_key("name")) {
        required.push("name");
    }
    let mut data = Map::new();
    for key in required {
        let property = properties.and_then(|p| p.get(key)).unwrap_or(&Value::Null);
        data.insert(key.to_string(), starting_value(property));
    }
    json!({"data": data})
}

fn starting_value(property: &Value) -> Value {
    if let Some(default) = property.get("default") {
        return default.clone();
    }
    if let Some(first) = property.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    let kind = match property.get("type") {
        Some(Value::Array(kinds)) => kinds.first().and_then(Value::as_str),
        Some(kind) => kind.as_str(),
        None => None,
    };
    match kind {
        Some("integer") | Some("number") => json!(0),
        Some("boolean") => json!(false),
        Some("array") => json!([]),
        Some("object") => json!({}),
        _ => json!(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_fields_come_first_with_defaults_enums_or_empty_values() {
        let schema = json!({
            "required": ["first_name", "priv_level", "enabled", "numbers"],
            "properties": {
                "first_name": {"type": "string"},
                "priv_level": {"type": "string", "enum": ["user", "admin"]},
                "enabled": {"type": "boolean", "default": true},
                "numbers": {"type": "array"},
            }
        });
        assert_eq!(
            seed_body(&schema),
            json!({"data": {"first_name": "", "priv_level": "user", "enabled": true, "numbers": []}})
        );
    }

    #[test]
    fn a_schema_that_requires_nothing_starts_with_a_name() {
        assert_eq!(seed_body(&json!({"properties": {"name": {"type": "string"}}})), json!({"data": {"name": ""}}));
        assert_eq!(seed_body(&json!({})), json!({"data": {}}));
    }

    #[test]
    fn kazoo_users_schema_seeds_its_required_names() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/kazoo/schemas/users.json");
        let Ok(text) = std::fs::read_to_string(&dir) else { return };
        let schema: Value = serde_json::from_str(&text).unwrap();
        let data = &seed_body(&schema)["data"];
        assert!(data.get("first_name").is_some() && data.get("last_name").is_some(), "{data}");
    }
}
