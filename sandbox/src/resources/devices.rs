//! `/v2/accounts/{A}/devices` (cb_devices): SIP credential and MAC uniqueness, the
//! superduper-only `device_type` change, `/devices/status` and `with_status=true`.

use super::collection::{id_of, view_row, Kind, Write};
use super::{ALL_VERBS, GET};
use crate::auth::self_service;
use crate::ctx::{Ctx, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::schema::{self, devices};
use crate::validate::Validator;
use serde_json::{json, Map, Value};

pub struct Devices;

impl Kind for Devices {
    const NOUN: &'static str = "devices";
    const TYPE: &'static str = "device";
    const DOC_VERBS: &'static [Verb] = ALL_VERBS;
    fn self_service(&self) -> Option<&'static self_service::Rules> {
        Some(&self_service::DEVICE)
    }

    fn prepare(&self, write: &Write, device: &mut Map<String, Value>) -> Result<(), CbError> {
        // cb_devices `prepare_device_realm`: the account's own realm is not stored.
        let account_realm = write.ctx.account.as_ref().and_then(|a| a.get("realm")).and_then(Value::as_str);
        if let Some(Value::Object(sip)) = device.get_mut("sip") {
            if account_realm.is_some() && sip.get("realm").and_then(Value::as_str) == account_realm {
                sip.remove("realm");
            }
        }
        let mut v = schema::check(device, devices::FIELDS, &devices::defaults());
        let sip = device.get("sip").cloned().unwrap_or_default();
        if let Some(realm) = sip.get("realm").and_then(Value::as_str) {
            v.pattern("sip.realm", realm, r"^[.\w_-]+$", devices::realm_ok(realm));
        }
        if sip.get("method").and_then(Value::as_str) == Some("ip") {
            let ip = sip.get("ip").and_then(Value::as_str).unwrap_or_default();
            if !devices::is_ipv4(ip) {
                v.add("sip.ip", "type", json!({"message": "Must be a valid IPv4 RFC 791", "cause": ip}));
            } else if write.taken(Self::TYPE, |d| doc::get_path(d, "sip.ip").and_then(Value::as_str) == Some(ip))? {
                v.unique("sip.ip", "SIP IP already in use", ip);
            }
        }
        // cb_devices `is_sip_creds_unique`: the sip_credentials view is keyed by the
        // lower-cased username.
        if let Some(name) = sip.get("username").and_then(Value::as_str).filter(|_| !v.has_error("sip.username")) {
            let wanted = name.to_lowercase();
            let clash = |d: &Value| {
                doc::get_path(d, "sip.username").and_then(Value::as_str).map(str::to_lowercase) == Some(wanted.clone())
            };
            if write.taken(Self::TYPE, clash)? {
                v.unique("sip.username", "SIP credentials already in use", name);
            }
        }
        check_mac_address(write, device, &mut v)?;
        check_type_change(write, device, &mut v);
        v.finish()
    }

    /// devices.json `crossbar_listing`: `username` from `sip`, `mac_address` "" and
    /// `device_type` `sip_device` when absent.
    fn listing_row(&self, device: &Value) -> Value {
        let mut row = view_row(device, &["name", "owner_id", "enabled", "mobile", "call_recording"]);
        if let Some(username) = doc::get_path(device, "sip.username") {
            row["username"] = username.clone();
        }
        row["mac_address"] = device.get("mac_address").cloned().unwrap_or_else(|| json!(""));
        row["device_type"] = device.get("device_type").cloned().unwrap_or_else(|| json!("sip_device"));
        row
    }

    fn listing_rows(&self, ctx: &Ctx, docs: &[&Value]) -> Result<Vec<Value>, CbError> {
        let with_status = ctx.query("with_status") == Some("true");
        Ok(docs
            .iter()
            .map(|d| {
                let mut row = self.listing_row(d);
                if with_status {
                    row["registered"] = registered(d).into();
                }
                row
            })
            .collect())
    }

    fn sub_path(&self, arg: &str) -> Option<&'static [Verb]> {
        (arg == "status").then_some(GET)
    }

    /// `[{device_id, registered: true}]` for the registered devices only.
    fn handle_sub_path(&self, ctx: &mut Ctx, _arg: &str) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let status: Vec<Value> = ctx
            .state
            .store
            .list(&account_id, Self::TYPE)?
            .iter()
            .filter(|d| registered(d))
            .map(|d| json!({"device_id": id_of(d), "registered": true}))
            .collect();
        Ok(Success::ok(Value::Array(status)))
    }

    fn doc_sub_path(&self, sub: &str) -> Option<&'static [Verb]> {
        (sub == "sync").then_some(&[Verb::Post])
    }

    /// `POST /devices/{D}/sync`: KAZOO sends the phone a SIP NOTIFY `check-sync` (it
    /// reboots and fetches its configuration) when it is registered; the sandbox has no
    /// phone to notify and answers as KAZOO does.
    fn handle_doc(&self, _ctx: &mut Ctx, _account_id: &str, _stored: &Value, sub: Option<&str>) -> Option<Outcome> {
        (sub == Some("sync")).then(|| Ok(Success::ok(json!("sync request sent"))))
    }

    /// `PUT /devices/{D}` runs an action (cb_devices `put_action`); only `notify` exists,
    /// and with no phones to NOTIFY the sandbox just acknowledges it.
    fn put_on_doc(&self, ctx: &mut Ctx, _stored: &Value) -> Outcome {
        match ctx.data.get("action").and_then(Value::as_str) {
            Some("notify") => Ok(Success::ok(json!("NOTIFY sent"))),
            None => Err(bad_request("action required")),
            Some(_) => Err(bad_request("invalid action")),
        }
    }
}

/// `crossbar_util:response_400(Message, {})`.
fn bad_request(message: &str) -> CbError {
    CbError { status: axum::http::StatusCode::BAD_REQUEST, message: message.into(), data: json!({}) }
}

/// The sandbox has no registrar: every enabled device that authenticates with SIP
/// credentials counts as registered, so status icons look like a working office.
/// Call-forward devices (cell phones, landlines) never register, as in KAZOO.
fn registered(device: &Value) -> bool {
    let sip_type = matches!(
        device.get("device_type").and_then(Value::as_str).unwrap_or("sip_device"),
        "sip_device" | "softphone" | "fax" | "ata" | "smartphone"
    );
    let enabled = device.get("enabled").and_then(Value::as_bool).unwrap_or(true);
    let has_creds = doc::get_path(device, "sip.username").and_then(Value::as_str).is_some_and(|u| !u.is_empty());
    sip_type && enabled && has_creds
}

/// `provisioner_util:cleanse_mac_address`: hex digits only, lower case; stored that way.
pub(crate) fn cleanse_mac(mac: &str) -> String {
    mac.chars().filter(char::is_ascii_hexdigit).collect::<String>().to_lowercase()
}

/// cb_devices `validate_mac_address`: a changed MAC must not be on another device.
fn check_mac_address(write: &Write, device: &mut Map<String, Value>, v: &mut Validator) -> Result<(), CbError> {
    let Some(Value::String(raw)) = device.get("mac_address") else { return Ok(()) };
    let mac = cleanse_mac(raw);
    device.insert("mac_address".into(), mac.clone().into());
    let current = write.existing.and_then(|e| e.get("mac_address")).and_then(Value::as_str);
    if mac.is_empty() || current == Some(mac.as_str()) {
        return Ok(());
    }
    if write
        .taken(Devices::TYPE, |d| d.get("mac_address").and_then(Value::as_str).map(cleanse_mac) == Some(mac.clone()))?
    {
        v.unique("mac_address", "MAC address already in use", &mac);
    }
    Ok(())
}

/// cb_devices `check_device_type_change`: the saved type must equal the stored one (a
/// POST without `device_type` changes it too) unless the caller is a superduper admin.
fn check_type_change(write: &Write, device: &Map<String, Value>, v: &mut Validator) {
    let Some(existing) = write.existing else { return };
    let after = device.get("device_type");
    if existing.get("device_type") == after {
        return;
    }
    let superduper = write
        .ctx
        .caller
        .as_ref()
        .is_some_and(|c| c.account.get("pvt_superduper_admin").and_then(Value::as_bool).unwrap_or(false));
    if !superduper {
        let cause = after.cloned().unwrap_or_else(|| json!(""));
        v.add("device_type", "invalid", json!({"message": "Not authorized to change type of device", "cause": cause}));
    }
}
