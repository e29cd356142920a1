//! `/v2/accounts/{A}/callflows` (cb_callflows): CRUD with E.164 numbers, uniqueness,
//! number assignment tracking, view-row listings and `metadata` on single GETs.

mod rules;

use super::collection::{Kind, Write};
use super::number_inventory;
use crate::ctx::Ctx;
use crate::reply::CbError;
use rules::{self as callflows_rules, TYPE};
use serde_json::{Map, Value};

pub struct Callflows;

impl Kind for Callflows {
    const NOUN: &'static str = "callflows";
    const TYPE: &'static str = TYPE;

    fn prepare(&self, write: &Write, cf: &mut Map<String, Value>) -> Result<(), CbError> {
        callflows_rules::prepare(&write.ctx.state.store, write.account_id, write.id, cf)
    }

    fn listing_row(&self, cf: &Value) -> Value {
        callflows_rules::listing_row(cf)
    }

    fn accepts_id(&self, id: &str) -> bool {
        !id.is_empty()
    }

    /// Numbers a callflow gains or drops are marked assigned or unassigned.
    fn saved(&self, ctx: &Ctx, account_id: &str, before: Option<&Value>, after: Option<&Value>) -> Result<(), CbError> {
        let before = before.map(numbers_of).unwrap_or_default();
        let after = after.map(numbers_of).unwrap_or_default();
        Ok(number_inventory::track_assignment(&ctx.state.store, account_id, &before, &after)?)
    }

    fn decorate_get(&self, ctx: &Ctx, account_id: &str, stored: &Value, data: &mut Value) -> Result<(), CbError> {
        data["metadata"] = callflows_rules::metadata(&ctx.state.store, account_id, stored.get("flow"))?;
        Ok(())
    }
}

fn numbers_of(cf: &Value) -> Vec<String> {
    cf.get("numbers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}
