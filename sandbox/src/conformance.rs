//! What `cargo xtask conformance` drives and checks: a scripted list of Crossbar writes
//! covering every resource, the KAZOO schema each stored `pvt_type` must satisfy, and the
//! stored documents as Crossbar would validate them (public fields only).
//!
//! To cover a new resource, add its writes to `script` and its type to `SCHEMAS`.

use crate::doc::is_private_key;
use crate::DemoInfo;
use anyhow::Context;
use serde_json::{json, Map, Value};
use std::path::Path;

/// Who sends a step: each logs in with its account's API key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Demo Co (an ordinary account).
    Admin,
    /// The reseller (superduper) account.
    Reseller,
}

/// One HTTP request and the status Crossbar answers it with.
#[derive(Debug, Clone)]
pub struct Step {
    pub who: Who,
    pub method: &'static str,
    /// Path under `/v2`.
    pub path: String,
    pub body: Option<Value>,
    pub expect: u16,
}

/// KAZOO schema file (without `.json`) for each stored `pvt_type`.
pub const SCHEMAS: &[(&str, &str)] = &[
    ("account", "accounts"),
    ("user", "users"),
    ("device", "devices"),
    ("group", "groups"),
    ("vmbox", "vmboxes"),
    ("conference", "conferences"),
    ("menu", "menus"),
    ("temporal_rule", "temporal_rules"),
    ("temporal_rule_set", "temporal_rules_sets"),
    ("faxbox", "faxbox"),
    ("blacklist", "blacklists"),
    ("directory", "directories"),
    ("callflow", "callflows"),
    ("media", "media"),
    ("app", "app"),
    ("whitelabel", "whitelabel"),
    ("cdr", "cdrs"),
    ("port_request", "port_requests"),
    ("limits", "limits"),
];

pub fn schema_for(pvt_type: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(t, _)| *t == pvt_type).map(|(_, s)| *s)
}

/// Client-chosen ids (PUT honours `id`), so later steps can refer to earlier documents.
const DESK: &str = "c0ffee00000000000000000000000001";
const CELL: &str = "c0ffee00000000000000000000000002";
const VMBOX: &str = "c0ffee00000000000000000000000003";
const RULE: &str = "c0ffee00000000000000000000000004";
const HOLIDAY: &str = "c0ffee00000000000000000000000005";
const CALLFLOW: &str = "c0ffee00000000000000000000000006";
const ACCOUNT: &str = "c0ffee00000000000000000000000007";

/// The writes, in order, as the Smart PBX and Callflows apps send them (`docs/compatibility.md`).
pub fn script(demo: &DemoInfo) -> Vec<Step> {
    let a = format!("accounts/{}", demo.demo_account_id);
    let alice = demo.alice_user_id.as_str();
    let ui = json!({"version": "4.3-140", "ui": "monster-ui", "origin": "voip"});
    let mut steps = vec![
        put(
            &format!("{a}/users"),
            json!({"first_name": "Carol", "last_name": "Cole", "username": "carol",
            "password": "carol-pass", "email": "carol@demo.test", "presence_id": "1003", "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/devices"),
            json!({"id": DESK, "device_type": "softphone", "enabled": true, "name": "Alice laptop",
            "owner_id": alice, "sip": {"username": "user_x8kq2lmp0a", "password": "Qw3rTy7uIo9p"},
            "call_restriction": {"caribbean": {"action": "inherit"}, "international": {"action": "deny"}},
            "media": {"audio": {"codecs": ["PCMU", "PCMA"]}, "video": {"codecs": []},
                "encryption": {"enforce_security": false, "methods": []}, "webrtc": false},
            "suppress_unregister_notifications": true, "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/devices"),
            json!({"id": CELL, "device_type": "cellphone", "enabled": true, "name": "Alice cell",
            "owner_id": alice, "call_forward": {"enabled": true, "number": "+14155550199", "require_keypress": true,
            "keep_caller_id": true}, "contact_list": {"exclude": true}, "call_restriction": {}}),
        ),
        patch(&format!("{a}/devices/{DESK}"), json!({"mac_address": "00:04:f2:aa:bb:cc", "enabled": "false"})),
        put(
            &format!("{a}/groups"),
            json!({"name": "Sales", "endpoints": {alice: {"type": "user"}}, "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/vmboxes"),
            json!({"id": VMBOX, "owner_id": alice, "mailbox": "3902",
            "name": "Alice Liddell's VMBox", "envelope_type": "caller_and_time", "skip_envelope": false, "ui_metadata": ui}),
        ),
        patch(&format!("{a}/vmboxes/{VMBOX}"), json!({"pin": "4321", "notify_email_addresses": ["alice@demo.test"]})),
        put(
            &format!("{a}/conferences"),
            json!({"name": "Alice Liddell SmartPBX Conference", "owner_id": alice,
            "play_name_on_join": true, "member": {"join_muted": false}, "conference_numbers": ["1234"], "video": false}),
        ),
        // A personal conference with video on, as Smart PBX's conferencing feature saves it.
        put(
            &format!("{a}/conferences"),
            json!({"name": "Bob Baker SmartPBX Conference", "owner_id": alice,
            "play_name_on_join": true, "member": {"join_muted": false}, "conference_numbers": ["1235"],
            "markers": {"monster": {"source": "smartpbx"}}, "video": true, "profile_name": "video",
            "caller_controls": "video-participant", "moderator_controls": "video-moderator", "ui_metadata": ui}),
        ),
        // A user's fax box, as Smart PBX's fax box feature makes it.
        put(
            &format!("{a}/faxboxes"),
            json!({"retries": 3, "name": "Alice Liddell's Faxbox", "caller_name": "Alice Liddell",
            "fax_header": "Demo Co Fax Printer", "fax_timezone": "America/Los_Angeles", "owner_id": alice,
            "caller_id": "+14155550105", "fax_identity": "+1 415 555 0105", "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/menus"),
            json!({"name": "MainOpenHoursMenu", "type": "main", "record_pin": "4821",
            "media": {"exit_media": true, "invalid_media": true, "transfer_media": true, "greeting": "media-greet"},
            "retries": 3, "max_extension_length": 4, "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/temporal_rules"),
            json!({"id": RULE, "name": "MainOpenHours", "type": "main_weekdays",
            "cycle": "weekly", "interval": 1, "time_window_start": 32400, "time_window_stop": 61200,
            "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"], "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/temporal_rules"),
            json!({"id": HOLIDAY, "name": "Christmas", "type": "main_holidays",
            "oldType": "rule", "cycle": "yearly", "interval": 1, "month": 12, "days": [25], "ui_metadata": ui}),
        ),
        put(
            &format!("{a}/temporal_rules_sets"),
            json!({"name": "Winter break", "type": "main_holidays",
            "temporal_rules": [HOLIDAY]}),
        ),
        put(
            &format!("{a}/faxboxes"),
            json!({"name": "Main fax", "caller_id": "+14155550188", "fax_identity": "Demo Co",
            "notifications": {"inbound": {"email": {"send_to": ["admin@demo.test"]}}}}),
        ),
        put(&format!("{a}/directories"), json!({"name": "SmartPBX Directory", "sort_by": "last_name"})),
        put(&format!("{a}/blacklists"), json!({"name": "Spam", "numbers": {"+14155550199": {}}})),
        // A port request as Smart PBX's "bring numbers over" form enters it.
        put(
            &format!("{a}/port_requests"),
            json!({"name": "Numbers from Acme Telco", "numbers": {"+12025559000": {}, "+12025559001": {}},
            "bill": {"carrier": "Acme Telco", "name": "Demo Co", "account_number": "A-1009", "btn": "+12025559000",
                "street_address": "1 Main St", "locality": "Washington", "region": "DC", "postal_code": "20001"},
            "transfer_date": 63964000000_i64, "signee_name": "Ada Admin",
            "notifications": {"email": {"send_to": "admin@demo.test"}}, "ui_metadata": ui}),
        ),
        // A soft-deleted document is no longer validated, but the write must succeed.
        Step { who: Who::Admin, method: "DELETE", path: format!("{a}/devices/{CELL}"), body: None, expect: 200 },
    ];
    // Callflows as Smart PBX writes a user's main callflow, and a feature code.
    steps.push(put(
        &format!("{a}/callflows"),
        json!({"id": CALLFLOW, "contact_list": {"exclude": false}, "name": "Alice Liddell SmartPBX's Callflow",
        "numbers": ["3902"], "owner_id": alice, "type": "mainUserCallflow",
        "flow": {"module": "user", "data": {"id": alice, "can_call_self": false, "timeout": 20},
            "children": {"_": {"module": "voicemail", "data": {"id": VMBOX}, "children": {}}}}, "ui_metadata": ui}),
    ));
    steps.push(patch(&format!("{a}/callflows/{CALLFLOW}"), json!({"numbers": ["3902", "4155550142"]})));
    steps.push(put(
        &format!("{a}/callflows"),
        json!({"flow": {"children": {}, "module": "park", "data": {"action": "retrieve"}},
        "featurecode": {"name": "retrieve_test", "number": "59"}, "patterns": ["^\\*59([0-9]*)$"]}),
    ));
    steps.push(put(
        &format!("{a}/media"),
        json!({"streamable": true, "name": "Greeting", "media_source": "upload", "description": "greeting.wav"}),
    ));
    // The reseller creates and edits a sub-account, and brands its domain.
    let r = format!("accounts/{}", demo.reseller_account_id);
    steps.push(Step {
        who: Who::Reseller,
        ..put(&r, json!({"id": ACCOUNT, "name": "Conformance Co", "timezone": "Europe/Paris", "language": "fr-FR"}))
    });
    steps.push(Step {
        who: Who::Reseller,
        ..patch(&format!("accounts/{ACCOUNT}"), json!({"caller_id": {"external": {"number": "+33100000000"}}}))
    });
    steps.push(Step {
        who: Who::Reseller,
        ..put(
            &format!("{r}/whitelabel"),
            json!({"domain": "pbx.example.com", "company_name": "Example Voice", "hide_powered": true}),
        )
    });
    // The reseller sets its customer's trunks (cb_limits lets the reseller POST).
    steps.push(Step {
        who: Who::Reseller,
        method: "POST",
        path: format!("{a}/limits"),
        body: Some(json!({"twoway_trunks": 2, "inbound_trunks": 1, "allow_prepay": false})),
        expect: 200,
    });
    // The superduper admin may change a device's type.
    steps.push(Step {
        who: Who::Reseller,
        ..patch(&format!("{a}/devices/{DESK}"), json!({"device_type": "sip_device"}))
    });
    steps
}

fn put(path: &str, body: Value) -> Step {
    Step { who: Who::Admin, method: "PUT", path: path.to_string(), body: Some(body), expect: 201 }
}

fn patch(path: &str, body: Value) -> Step {
    Step { who: Who::Admin, method: "PATCH", path: path.to_string(), body: Some(body), expect: 200 }
}

/// One live stored document.
pub struct Stored {
    pub account_id: String,
    pub id: String,
    pub pvt_type: String,
    /// The document without `_*` and `pvt_*` keys (`kz_doc:public_fields`).
    pub public: Value,
}

/// Every live document in the database at `db_path` (the server should be stopped).
pub fn stored_documents(db_path: &Path) -> anyhow::Result<Vec<Stored>> {
    let conn = rusqlite::Connection::open(db_path).with_context(|| format!("opening {}", db_path.display()))?;
    let mut stmt =
        conn.prepare("SELECT account_id, id, pvt_type, body FROM docs WHERE deleted = 0 ORDER BY pvt_type, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?)))?;
    let mut docs = Vec::new();
    for row in rows {
        let (account_id, id, pvt_type, body) = row?;
        let body: Value = serde_json::from_str(&body).with_context(|| format!("document {id} is not JSON"))?;
        docs.push(Stored { account_id, id, pvt_type, public: public_fields(&body) });
    }
    Ok(docs)
}

fn public_fields(doc: &Value) -> Value {
    let public: Map<String, Value> = doc
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !is_private_key(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Value::Object(public)
}
