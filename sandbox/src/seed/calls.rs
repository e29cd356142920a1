//! Call history: CDR legs over the last 30 days, shaped like KAZOO's (the fields of
//! `schemas/cdrs.json`, which allows nothing else; `custom_channel_vars` carrying the
//! owner, device and interaction). Each call is an interaction of two legs: the caller's
//! leg and the leg that rang the callee's device. Ids are `YYYYMM-<call id>` like
//! month-database ids, and `pvt_created` is the call time so `created_from`/`created_to`
//! select them (the layout `resources::cdrs::insert_cdr` uses).

use super::writer::Writer;
use crate::doc::{self, UNIX_EPOCH_IN_GREGORIAN};
use rand::seq::SliceRandom;
use rand::Rng;
use serde_json::{json, Value};

/// A phone someone in the office answers or dials from.
pub struct Line {
    pub user_id: String,
    pub name: String,
    pub extension: String,
    pub device_id: String,
}

const OUTSIDE: &[(&str, &str)] = &[
    ("+12125550143", "ACME SUPPLIES"),
    ("+13105550178", "J SMITH"),
    ("+16175550112", "NORTHWIND"),
    ("+14085550190", "WIRELESS CALLER"),
    ("+17185550135", "CONTOSO LTD"),
    ("+13125550166", "R PATEL"),
];
const CAUSES: &[(&str, &str)] = &[
    ("NORMAL_CLEARING", "sip:200"),
    ("NORMAL_CLEARING", "sip:200"),
    ("NORMAL_CLEARING", "sip:200"),
    ("NO_ANSWER", "sip:480"),
    ("USER_BUSY", "sip:486"),
    ("ORIGINATOR_CANCEL", "sip:487"),
];

/// Writes `calls` interactions (two CDR legs each) between `lines` and outside numbers.
pub fn write_cdrs(w: &Writer, realm: &str, lines: &[Line], calls: usize) -> anyhow::Result<()> {
    let mut rng = rand::thread_rng();
    let now = doc::now_unix();
    for _ in 0..calls {
        let callee = lines.choose(&mut rng).ok_or_else(|| anyhow::anyhow!("no lines to call"))?;
        let (number, name) = *OUTSIDE.choose(&mut rng).unwrap_or(&OUTSIDE[0]);
        // Office hours (local time, ignoring the zone offset: it is demo data) on a past day.
        let day = now / 86_400 - rng.gen_range(0..30);
        let start_unix = day * 86_400 + rng.gen_range(9 * 3600..17 * 3600);
        let (cause, code) = *CAUSES.choose(&mut rng).unwrap_or(&CAUSES[0]);
        let ringing = rng.gen_range(2..20);
        let talk = if cause == "NORMAL_CLEARING" { rng.gen_range(15..900) } else { 0 };
        // Today's office hours may still be ahead (early UTC): such a call is moved back so
        // it has *ended* before now, or the default `created_to = now` window would miss it.
        let start = start_unix.min(now - 60 - ringing - talk);
        let end_greg = start + ringing + talk + UNIX_EPOCH_IN_GREGORIAN;
        let interaction = format!("{}-{}", start + UNIX_EPOCH_IN_GREGORIAN, &doc::new_id()[..8]);
        let (a_leg, b_leg) = (doc::new_id(), doc::new_id());
        let leg = |call_id: &str, other: &str, direction: &str, device: Option<&Line>| {
            let mut ccv = json!({"account_id": w.account_id, "interaction_id": interaction});
            if let Some(l) = device {
                ccv["owner_id"] = l.user_id.clone().into();
                ccv["authorizing_id"] = l.device_id.clone().into();
                ccv["authorizing_type"] = "device".into();
            }
            json!({
                "call_id": call_id, "other_leg_call_id": other, "interaction_id": interaction,
                "call_direction": direction,
                "caller_id_number": number, "caller_id_name": name,
                "callee_id_number": callee.extension, "callee_id_name": callee.name,
                "from": format!("{number}@{realm}"), "to": format!("{}@{realm}", callee.extension),
                "request": format!("{}@{realm}", callee.extension),
                "duration_seconds": ringing + talk, "billing_seconds": talk, "ringing_seconds": ringing,
                "timestamp": end_greg, "channel_created_time": start * 1_000_000,
                "hangup_cause": cause, "hangup_code": code,
                "media_server": "fs1.sandbox.patchbay.test", "presence_id": format!("{}@{realm}", callee.extension),
                "app_name": "callflow", "app_version": "4.3.0",
                "custom_channel_vars": ccv,
            })
        };
        save_leg(w, leg(&a_leg, &b_leg, "inbound", None))?;
        save_leg(w, leg(&b_leg, &a_leg, "outbound", Some(callee)))?;
    }
    Ok(())
}

fn save_leg(w: &Writer, cdr: Value) -> anyhow::Result<()> {
    let mut cdr = cdr.as_object().cloned().unwrap_or_default();
    let call_id = cdr.get("call_id").and_then(Value::as_str).unwrap_or_default().to_string();
    let timestamp = cdr.get("timestamp").and_then(Value::as_i64).unwrap_or_else(doc::now_gregorian);
    let month = doc::iso8601(timestamp - UNIX_EPOCH_IN_GREGORIAN)[..7].replace('-', "");
    cdr.insert("_id".into(), format!("{month}-{call_id}").into());
    cdr.insert("pvt_type".into(), "cdr".into());
    cdr.insert("pvt_created".into(), timestamp.into());
    w.save_raw(&mut cdr)
}
