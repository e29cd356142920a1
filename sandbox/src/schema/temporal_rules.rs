//! schemas/temporal_rules.json: `name` and `cycle` are required; times are Gregorian seconds
//! and windows are seconds after local midnight.

use super::{int, int_from, opt, req, text, Field, Kind};
use serde_json::{json, Value};

pub const FIELDS: &[Field] = &[
    req("name", text(1, 128)),
    req("cycle", Kind::Enum(&["date", "daily", "weekly", "monthly", "yearly"])),
    opt("interval", int_from(1)),
    opt("days", Kind::Ints { min: 1, max: 31 }),
    // `wensday` is KAZOO's legacy spelling, still accepted.
    opt(
        "wdays",
        Kind::Enums(&["monday", "tuesday", "wednesday", "wensday", "thursday", "friday", "saturday", "sunday"]),
    ),
    opt("ordinal", Kind::Enum(&["every", "first", "second", "third", "fourth", "fifth", "last"])),
    opt("month", int(1, 12)),
    opt("start_date", int_from(i64::MIN)),
    opt("time_window_start", int(0, 86_400)),
    opt("time_window_stop", int(0, 86_400)),
    opt("enabled", Kind::Bool),
];

/// 62586115200 is 1983-04-11, KAZOO's default recurrence anchor.
pub fn defaults() -> Value {
    json!({"interval": 1, "start_date": 62_586_115_200_i64})
}
