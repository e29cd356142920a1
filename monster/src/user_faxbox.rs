//! A user's fax box, as Smart PBX's "Fax box" feature writes it (monster-ui-voip
//! `submodules/users/users.js` `usersUpdateFaxing`, `usersUpdateCallflowFaxing`,
//! `usersDeleteFaxing`): a faxbox owned by the user, reached by a `faxing` callflow on
//! one of the account's numbers, and `smartpbx.faxing.enabled` on the user.

use serde_json::{json, Map, Value};

use crate::main_number::fax_identity;
use crate::names;

/// The faxbox made the first time (`defaultFaxbox` with the number laid over it).
pub fn faxbox_doc(user: &Value, company_name: &str, number: &str) -> Value {
    let text = |k: &str| user.get(k).and_then(Value::as_str).unwrap_or_default();
    let mut doc = Map::new();
    doc.insert("retries".into(), 3.into());
    doc.insert("name".into(), names::user_faxbox(text("first_name"), text("last_name")).into());
    doc.insert("caller_name".into(), names::full_name(text("first_name"), text("last_name")).into());
    doc.insert("fax_header".into(), names::fax_header(company_name).into());
    // A user without a zone sends none (Monster's JSON drops `undefined`).
    if let Some(tz) = user.get("timezone").filter(|v| !v.is_null()) {
        doc.insert("fax_timezone".into(), tz.clone());
    }
    doc.insert("owner_id".into(), user.get("id").cloned().unwrap_or_default());
    doc.insert("caller_id".into(), number.into());
    doc.insert("fax_identity".into(), fax_identity(number).into());
    Value::Object(doc)
}

/// A later number change: only the number's two keys.
pub fn number_patch(number: &str) -> Value {
    json!({"caller_id": number, "fax_identity": fax_identity(number)})
}

/// The `faxing` callflow ringing the faxbox on `number`.
pub fn faxing_callflow(user_id: &str, number: &str, faxbox_id: &str) -> Value {
    json!({
        "type": "faxing",
        "owner_id": user_id,
        "numbers": [number],
        "flow": {"module": "faxbox", "children": {}, "data": {"id": faxbox_id}},
    })
}

/// The faxbox a `faxing` callflow rings (`faxbox_id` in older callflows).
pub fn faxbox_of(callflow: &Value) -> Option<&str> {
    let data = callflow.pointer("/flow/data")?;
    data.get("faxbox_id").or_else(|| data.get("id")).and_then(Value::as_str).filter(|id| !id.is_empty())
}

/// The user's `smartpbx` flag for the feature.
pub fn user_patch(enabled: bool) -> Value {
    json!({"smartpbx": {"faxing": {"enabled": enabled}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_faxbox_and_its_callflow_are_smart_pbxs() {
        let user = json!({"id": "u1", "first_name": "Alice", "last_name": "Liddell", "timezone": "America/Chicago"});
        assert_eq!(
            faxbox_doc(&user, "Demo Co", "+14155550142"),
            json!({
                "retries": 3, "name": "Alice Liddell's Faxbox", "caller_name": "Alice Liddell",
                "fax_header": "Demo Co Fax Printer", "fax_timezone": "America/Chicago", "owner_id": "u1",
                "caller_id": "+14155550142", "fax_identity": "+1 415 555 0142"
            })
        );
        let cf = faxing_callflow("u1", "+14155550142", "f1");
        assert_eq!(cf["flow"], json!({"module": "faxbox", "children": {}, "data": {"id": "f1"}}));
        assert_eq!(faxbox_of(&cf), Some("f1"));
        assert_eq!(faxbox_of(&json!({"flow": {"data": {"faxbox_id": "f0"}}})), Some("f0"));
    }
}
