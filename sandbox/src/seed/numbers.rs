//! The account's number inventory, through `resources::number_inventory` (the same
//! helpers the phone_numbers and callflows handlers use): every number `in_service`,
//! then `track_assignment` marks those on seeded callflows `used_by: "callflow"`, as
//! creating the callflows over the API would have. Runs after the seed's batch (these
//! helpers read the store).

use crate::resources::number_inventory;
use crate::store::Store;
use serde_json::Value;

/// `numbers`: `(E.164 number, client fields such as cnam)`; `used`: the numbers that
/// seeded callflows carry.
pub fn add_numbers(store: &Store, account_id: &str, numbers: &[(&str, Value)], used: &[String]) -> anyhow::Result<()> {
    for (number, public) in numbers {
        let public = public.as_object().cloned().unwrap_or_default();
        number_inventory::add_number(store, account_id, number, "in_service", public)?;
    }
    number_inventory::track_assignment(store, account_id, &[], used)
}
