//! Users as Smart PBX creates them (monster-ui-voip `submodules/users/users.js`
//! `usersFormatCreationData`, `usersCreate`): the user, its "<first> <last>'s VMBox" and its "<first>
//! <last> SmartPBX's Callflow"; and devices with the defaults Smart PBX's Devices page writes per type
//! (monster-ui-voip `submodules/devices/devices.js` `devicesGetDefaultsForType`).

use super::writer::Writer;
use crate::doc;
use crate::resources::devices::cleanse_mac;
use crate::resources::users::rules as users_rules;
use crate::store::Store;
use patchbay_monster::user as smartpbx_user;
use rand::distributions::Alphanumeric;
use rand::Rng;
use serde_json::{json, Map, Value};

/// One office member.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub first: String,
    pub last: String,
    pub extension: String,
    /// Phone numbers (E.164) on the user's main callflow besides the extension.
    pub dids: Vec<String>,
    pub vmbox_id: String,
    pub callflow_id: String,
}

impl Person {
    pub fn new(first: &str, last: &str, extension: String) -> Self {
        Self {
            id: doc::new_id(),
            first: first.into(),
            last: last.into(),
            extension,
            dids: Vec::new(),
            vmbox_id: doc::new_id(),
            callflow_id: doc::new_id(),
        }
    }
}

/// The user document Crossbar would store for Smart PBX's "Add user" body: validated,
/// defaults filled and the password hashed by the same rules as `PUT /users`. Reads the
/// store (username uniqueness), so call it before opening the seed's batch.
pub fn new_user_doc(
    store: &Store,
    account_id: &str,
    p: &Person,
    username: &str,
    password: Option<&str>,
) -> anyhow::Result<Map<String, Value>> {
    let form = smartpbx_user::NewUser {
        first_name: p.first.clone(),
        last_name: p.last.clone(),
        username: username.into(),
        password: password.map(str::to_string),
        extension: p.extension.clone(),
        different_email: None,
        create_vmbox: true,
        send_email_on_creation: false,
    };
    let mut user = match smartpbx_user::user_doc(&form) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    users_rules::prepare(store, account_id, &p.id, &mut user, None)
        .map_err(|e| anyhow::anyhow!("seed user {username} is invalid: {:?}", e.data))?;
    user.insert("_id".into(), p.id.clone().into());
    user.insert("pvt_type".into(), "user".into());
    Ok(user)
}

/// What a Smart PBX "Name" tab save does to a user made elsewhere (admin, alice): the
/// main extension becomes `presence_id` and the internal caller ID.
pub fn adopt_user(stored: &mut Map<String, Value>, p: &Person) {
    stored.insert("presence_id".into(), p.extension.clone().into());
    let name = patchbay_monster::names::internal_caller_id_name(&p.first, &p.last);
    stored.insert("caller_id".into(), json!({"internal": {"name": name, "number": p.extension}}));
}

/// Saves the user's vmbox and main user callflow (the user itself is saved by the caller).
pub fn write_vmbox_and_callflow(w: &Writer, p: &Person) -> anyhow::Result<()> {
    let vmbox = smartpbx_user::vmbox_doc(&p.first, &p.last, &p.id, &p.extension);
    w.put_with_id(&p.vmbox_id, "vmbox", vmbox)?;
    let mut callflow = smartpbx_user::main_callflow_doc(&p.first, &p.last, &p.id, &p.extension, Some(&p.vmbox_id));
    if let Some(numbers) = callflow["numbers"].as_array_mut() {
        numbers.extend(p.dids.iter().map(|d| Value::from(d.as_str())));
    }
    w.put_with_id(&p.callflow_id, "callflow", callflow)
}

/// Device kinds the demo office uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A provisioned desk phone.
    DeskPhone,
    Softphone,
    Cellphone,
    Landline,
    Fax,
    Ata,
}

fn random_text(len: usize) -> String {
    rand::thread_rng().sample_iter(&Alphanumeric).take(len).map(char::from).collect()
}

/// Smart PBX's generated SIP credentials: `user_<10 random>` and 12 random characters.
fn sip_credentials() -> Value {
    json!({"username": format!("user_{}", random_text(10)), "password": random_text(12)})
}

/// A device body as Smart PBX's Devices page sends it (`devicesGetBaseDefaults` +
/// `devicesGetDefaultsForType`, then the form). `forward_to` is the number a cellphone
/// or landline forwards to; `mac` is a desk phone's MAC address.
pub fn device_doc(kind: Kind, name: &str, owner_id: &str, forward_to: &str, mac: &str) -> Value {
    let device_type = match kind {
        Kind::DeskPhone => "sip_device",
        Kind::Softphone => "softphone",
        Kind::Cellphone => "cellphone",
        Kind::Landline => "landline",
        Kind::Fax => "fax",
        Kind::Ata => "ata",
    };
    let mut d = json!({
        "call_restriction": {},
        "device_type": device_type,
        "enabled": true,
        "media": {"audio": {"codecs": ["PCMU", "PCMA"]}, "encryption": {"enforce_security": false, "methods": []},
                  "video": {"codecs": []}},
        "suppress_unregister_notifications": true,
        "name": name,
        "owner_id": owner_id,
    });
    match kind {
        Kind::DeskPhone => {
            // Stored as KAZOO keeps what Smart PBX sent: the account's own realm dropped
            // (cb_devices `prepare_device_realm`), the MAC cleansed to hex digits.
            d["sip"] = sip_credentials();
            d["mac_address"] = cleanse_mac(mac).into();
            d["provision"] = json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s"});
            d["suppress_unregister_notifications"] = false.into();
        }
        Kind::Softphone => {
            d["sip"] = sip_credentials();
            d["media"]["webrtc"] = false.into();
        }
        Kind::Ata => d["sip"] = sip_credentials(),
        Kind::Fax => {
            d["sip"] = sip_credentials();
            d["media"]["fax_option"] = false.into();
            d["outbound_flags"] = json!(["fax"]);
        }
        Kind::Cellphone | Kind::Landline => {
            d["call_forward"] =
                json!({"enabled": true, "number": forward_to, "require_keypress": true, "keep_caller_id": true});
            d["contact_list"] = json!({"exclude": true});
        }
    }
    d
}

/// A ring group as Smart PBX creates it (monster-ui-voip `submodules/groups/groups.js`
/// `groupsCreationMergeData`): the group, its `baseGroup` callflow (25 random characters as its number)
/// and the dialable `userGroup` callflow `ring_callflow_id` with `numbers`. The base endpoints use the
/// integer form Smart PBX writes after any members edit (the creation-time strings break KAZOO's
/// schema).
pub fn write_ring_group(
    w: &Writer,
    name: &str,
    members: &[&Person],
    numbers: &[String],
    ring_callflow_id: &str,
) -> anyhow::Result<()> {
    use patchbay_monster::ring_group::{self, Member};
    let members: Vec<Member> = members.iter().map(|p| Member::new(p.id.clone())).collect();
    let group_id = w.put("group", ring_group::group_doc(name, &members))?;
    let mut base = ring_group::base_callflow_doc(name, &group_id, &members, &random_text(25));
    let (endpoints, timeout) = ring_group::edited_ring_data(&members);
    base["flow"]["data"]["endpoints"] = endpoints;
    base["flow"]["data"]["timeout"] = timeout.into();
    let base_id = w.put("callflow", base)?;
    w.put_with_id(ring_callflow_id, "callflow", ring_group::ring_callflow_doc(name, &group_id, &base_id, numbers))
}
