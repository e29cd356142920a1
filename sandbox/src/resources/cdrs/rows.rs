//! The CDR listing row: kzd_cdrs' `COLUMNS`, computed from the stored CDR. Values are
//! strings (empty when unknown) like Crossbar's column functions produce, and the row
//! `timestamp` is the call start (CDR timestamp minus duration).

use crate::doc;
use serde_json::{Map, Value};

/// Column order of the listing and of the CSV export.
pub const COLUMNS: &[&str] = &[
    "id",
    "call_id",
    "caller_id_number",
    "caller_id_name",
    "callee_id_number",
    "callee_id_name",
    "duration_seconds",
    "billing_seconds",
    "timestamp",
    "hangup_cause",
    "other_leg_call_id",
    "owner_id",
    "to",
    "from",
    "direction",
    "request",
    "authorizing_id",
    "cost",
    "dialed_number",
    "calling_from",
    "datetime",
    "unix_timestamp",
    "unix_timestamp_micro",
    "rfc_1036",
    "iso_8601",
    "iso_8601_combined",
    "call_type",
    "rate",
    "rate_name",
    "bridge_id",
    "recording_url",
    "media_recordings",
    "media_server",
    "call_priority",
    "interaction_id",
];

fn text(v: Option<&Value>) -> String {
    v.and_then(doc::as_binary).unwrap_or_default()
}

/// English month and weekday names for RFC 1036 dates.
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

fn rfc_1036(unix: i64) -> String {
    let iso = doc::iso8601(unix);
    let month = iso[5..7].parse::<usize>().unwrap_or(1);
    let weekday = WEEKDAYS[unix.div_euclid(86_400).rem_euclid(7) as usize];
    format!("{weekday}, {} {} {} {} GMT", &iso[8..10], MONTHS[month - 1], &iso[2..4], &iso[11..19])
}

pub fn row(cdr: &Value) -> Value {
    let field = |k: &str| text(cdr.get(k));
    let ccv = |k: &str| text(cdr.get("custom_channel_vars").and_then(|v| v.get(k)));
    let duration = cdr.get("duration_seconds").and_then(Value::as_i64).unwrap_or(0);
    let greg = cdr.get("timestamp").and_then(Value::as_i64).unwrap_or(0);
    let start = greg - duration;
    let unix = start - doc::UNIX_EPOCH_IN_GREGORIAN;
    let iso = doc::iso8601(unix);
    let mut out = Map::new();
    for column in COLUMNS {
        let value = match *column {
            "id" => field("_id"),
            "timestamp" => start.to_string(),
            "owner_id" | "authorizing_id" | "media_server" | "call_priority" | "interaction_id" | "bridge_id" => {
                ccv(column)
            }
            "direction" => field("call_direction"),
            "dialed_number" => {
                let request = field("request");
                request.split('@').next().unwrap_or_default().to_string()
            }
            "calling_from" => field("caller_id_number"),
            "datetime" => iso.replace('T', " "),
            "unix_timestamp" => unix.to_string(),
            "unix_timestamp_micro" => (unix * 1_000_000).to_string(),
            "rfc_1036" => rfc_1036(unix),
            "iso_8601" => iso[..10].to_string(),
            "iso_8601_combined" => format!("{iso}Z"),
            "call_type" => ccv("account_billing"),
            "cost" | "rate" | "rate_name" => ccv(column),
            "recording_url" => field("recording_url"),
            "media_recordings" => ccv("media_recordings"),
            other => field(other),
        };
        out.insert((*column).to_string(), Value::String(value));
    }
    Value::Object(out)
}

/// RFC 4180 CSV of listing rows, header first.
pub fn csv(rows: &[Value]) -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = COLUMNS.iter().map(|c| text(row.get(*c))).collect();
        // Cells are neutralised: a caller ID name is whatever the far end sent.
        out.push_str(&patchbay_crossbar::csv::line(cells.iter().map(String::as_str)));
        out.push_str("\r\n");
    }
    out
}
