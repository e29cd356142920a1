//! The reseller's service plan and its assignment (`core/kazoo_services/doc/README.md`):
//! "Patchbay Standard", a `service_plan` document in the reseller's account pricing
//! seats by role, phones by kind, voicemail boxes, numbers and trunks. Every seeded
//! customer account has it assigned, so `GET /services/summary` has an invoice to show,
//! priced from the account's own documents.

use super::base::obj;
use crate::resources::services::{self, PLAN_TYPE};
use crate::store::Store;
use serde_json::json;

pub const PLAN_ID: &str = "patchbay_standard";

/// Writes the plan into the reseller's account.
pub fn seed_plan(store: &Store, reseller_id: &str) -> anyhow::Result<()> {
    let item = |name: &str, rate: f64| json!({"name": name, "rate": rate});
    let mut plan = obj(json!({
        "_id": PLAN_ID,
        "pvt_type": PLAN_TYPE,
        "name": "Patchbay Standard",
        "description": "Hosted PBX priced per seat, phone, voicemail box and number",
        "category": "Base Plan",
        "plan": {
            "users": {"admin": item("Admin seat", 24.99), "user": item("User seat", 19.99)},
            "devices": {"sip_device": item("Desk phone", 4.99), "softphone": item("Softphone", 2.99)},
            "voicemails": {"mailbox": item("Voicemail box", 0.99)},
            "phone_numbers": {"did_us": item("US DID", 1.5), "tollfree_us": item("US toll-free number", 4.99)},
            "limits": {"twoway_trunks": item("Two-way trunk", 24.99)},
        },
    }));
    store.save(reseller_id, &mut plan)
}

/// Assigns the plan, sold by the reseller, to one of its customers.
pub fn assign(store: &Store, account_id: &str, reseller_id: &str) -> anyhow::Result<()> {
    services::assign_plan(store, account_id, PLAN_ID, reseller_id)
}
