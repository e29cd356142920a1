//! `/v2/accounts/{A}/users` (cb_users).

use super::collection::{Kind, Write};
use super::users_rules;
use crate::ctx::Ctx;
use crate::doc;
use crate::reply::CbError;
use serde_json::{json, Map, Value};

pub struct Users;

impl Kind for Users {
    const NOUN: &'static str = "users";
    const TYPE: &'static str = "user";
    /// The default user template reaches only the caller's own user document.
    const SELF_SERVICE: bool = true;

    fn prepare(&self, write: &Write, user: &mut Map<String, Value>) -> Result<(), CbError> {
        users_rules::prepare(&write.ctx.state.store, write.account_id, write.id, user, write.existing)?;
        match write.existing {
            Some(before) => guard_own_priv_level(write.ctx, before, user),
            None => Ok(()),
        }
    }

    fn listing_row(&self, user: &Value) -> Value {
        users_rules::listing_row(user)
    }

    fn sort_key(&self, user: &Value) -> String {
        users_rules::sort_key(user)
    }

    fn accepts_id(&self, id: &str) -> bool {
        doc::is_hex_id(id)
    }

    /// A user owns its own document.
    fn owner<'d>(&self, user: &'d Map<String, Value>) -> Option<&'d str> {
        user.get("_id").and_then(Value::as_str)
    }
}

/// The default user template may edit its own document but never its own `priv_level`.
fn guard_own_priv_level(ctx: &Ctx, before: &Map<String, Value>, after: &Map<String, Value>) -> Result<(), CbError> {
    let restricted = ctx.caller.as_ref().is_some_and(|c| c.under_user_template());
    if restricted
        && before.get("priv_level").unwrap_or(&json!("user")) != after.get("priv_level").unwrap_or(&json!("user"))
    {
        return Err(CbError::restricted());
    }
    Ok(())
}
