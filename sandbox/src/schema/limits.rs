//! schemas/limits.json: flat-rate trunk counts and call caps (integers from 0), the
//! prepay switch and the resource types that skip limits. Nothing is required.

use super::{int_from, opt, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    opt("allow_prepay", Kind::Bool),
    opt("authz_resource_types", Kind::Texts),
    opt("burst_trunks", int_from(0)),
    opt("calls", int_from(0)),
    opt("inbound_trunks", int_from(0)),
    opt("outbound_trunks", int_from(0)),
    opt("resource_consuming_calls", int_from(0)),
    opt("twoway_trunks", int_from(0)),
];

pub fn defaults() -> Value {
    json!({"allow_prepay": true, "authz_resource_types": []})
}
