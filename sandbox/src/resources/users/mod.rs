//! `/v2/accounts/{A}/users` (cb_users).

use super::collection::{Kind, Write};
pub(crate) mod rules;

use crate::auth::self_service;
use crate::doc;
use crate::reply::CbError;
use rules as users_rules;
use serde_json::{Map, Value};

pub struct Users;

impl Kind for Users {
    const NOUN: &'static str = "users";
    const TYPE: &'static str = "user";
    /// The user template reaches only the caller's own user document.
    fn self_service(&self) -> Option<&'static self_service::Rules> {
        Some(&self_service::USER)
    }

    fn prepare(&self, write: &Write, user: &mut Map<String, Value>) -> Result<(), CbError> {
        users_rules::prepare(&write.ctx.state.store, write.account_id, write.id, user, write.existing)
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
