//! The typed fields of the callflow modules Smart PBX and Callflows write most
//! (`schemas/callflows.<module>.json`): integers and booleans.
//!
//! Crossbar validates each flow node's `data` against its module's schema with
//! `fix_js_types`, so `"timeout": "20"` passes (Monster UI sends ring-group endpoint
//! timeouts as strings). But cb_callflows then keeps the callflow *as sent*: the fixed
//! copy is thrown away and the strings are stored. This module does the same — it checks
//! a coerced copy and leaves the document alone. Errors are keyed relative to the
//! module's `data`, as Crossbar reports them.

use super::{check, int_from, opt, Field, Kind};
use crate::validate::Validator;
use serde_json::{Map, Value};

const INT: Kind = int_from(i64::MIN);
const COUNT: Kind = int_from(0);

fn fields_of(module: &str) -> &'static [Field] {
    const RING_GROUP: &[Field] = &[
        opt("timeout", COUNT),
        opt("repeats", int_from(1)),
        opt("fail_on_single_reject", Kind::Bool),
        opt("ignore_forward", Kind::Bool),
        opt("skip_module", Kind::Bool),
    ];
    const USER_OR_DEVICE: &[Field] = &[
        opt("timeout", COUNT),
        opt("delay", COUNT),
        opt("can_call_self", Kind::Bool),
        opt("can_text_self", Kind::Bool),
        opt("suppress_clid", Kind::Bool),
        opt("fail_on_single_reject", Kind::Bool),
        opt("skip_module", Kind::Bool),
    ];
    const VOICEMAIL: &[Field] = &[
        opt("interdigit_timeout", COUNT),
        opt("max_message_length", COUNT),
        opt("callerid_match_login", Kind::Bool),
        opt("single_mailbox_login", Kind::Bool),
        opt("skip_module", Kind::Bool),
    ];
    const ROUTE_OR_MENU: &[Field] = &[opt("interdigit_timeout", COUNT), opt("skip_module", Kind::Bool)];
    const CONFERENCE: &[Field] =
        &[opt("moderator", Kind::Bool), opt("welcome_prompt.play", Kind::Bool), opt("skip_module", Kind::Bool)];
    const ANY: &[Field] = &[opt("skip_module", Kind::Bool)];
    match module {
        "ring_group" => RING_GROUP,
        "user" | "device" => USER_OR_DEVICE,
        "voicemail" => VOICEMAIL,
        "temporal_route" | "menu" => ROUTE_OR_MENU,
        "conference" => CONFERENCE,
        _ => ANY,
    }
}

/// `ring_group` endpoints: `timeout`, `delay` and `weight` are integers.
const ENDPOINT: &[Field] = &[opt("timeout", COUNT), opt("delay", COUNT), opt("weight", INT)];

/// Checks one node's `data` (a copy of it: the stored document keeps what was sent).
pub fn check_data(module: &str, data: &Map<String, Value>) -> Validator {
    let mut copy = data.clone();
    let mut v = check(&mut copy, fields_of(module), &Value::Null);
    if module == "ring_group" {
        let endpoints = copy.get_mut("endpoints").and_then(Value::as_array_mut);
        for (i, endpoint) in endpoints.into_iter().flatten().enumerate() {
            let Some(endpoint) = endpoint.as_object_mut() else { continue };
            if let Err(err) = check(endpoint, ENDPOINT, &Value::Null).finish() {
                for (field, errors) in err.data.as_object().into_iter().flatten() {
                    for (validator, detail) in errors.as_object().into_iter().flatten() {
                        v.add(&format!("endpoints.{i}.{field}"), validator, detail.clone());
                    }
                }
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(module: &str, data: Value) -> Option<Value> {
        check_data(module, data.as_object().unwrap()).finish().err().map(|e| e.data)
    }

    #[test]
    fn string_numbers_pass_as_crossbar_fixes_js_types() {
        let data =
            json!({"name": "Sales", "endpoints": [{"id": "u1", "timeout": "20", "delay": "0"}], "timeout": "20"});
        assert_eq!(errors("ring_group", data), None);
        assert_eq!(errors("user", json!({"id": "u1", "timeout": "20", "can_call_self": "false"})), None);
    }

    #[test]
    fn values_that_are_not_numbers_are_refused_where_crossbar_refuses_them() {
        let err = errors("ring_group", json!({"endpoints": [{"id": "u1"}, {"id": "u2", "timeout": "soon"}]})).unwrap();
        assert!(err.get("endpoints.1.timeout").is_some(), "{err}");
        let err = errors("user", json!({"id": "u1", "skip_module": "maybe"})).unwrap();
        assert!(err.get("skip_module").is_some(), "{err}");
        assert_eq!(errors("callflow", json!({"id": "x", "anything": "goes"})), None);
    }
}
