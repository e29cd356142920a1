//! `/v2/accounts/{A}/vmboxes` (cb_vmboxes): mailbox numbers are unique in the account;
//! listing rows carry the message count.

use super::collection::{id_of, view_row, Kind, Write};
use crate::auth::self_service;
use crate::ctx::Ctx;
use crate::reply::CbError;
use crate::schema::{self, vmboxes};
use serde_json::{Map, Value};
use std::collections::HashMap;

pub struct Vmboxes;

/// Voicemail messages are stored as their own documents (KAZOO 4 keeps them in the
/// account's month databases), pointing at their box with `source_id`.
pub const MESSAGE_TYPE: &str = "mailbox_message";

impl Kind for Vmboxes {
    const NOUN: &'static str = "vmboxes";
    const TYPE: &'static str = "vmbox";
    fn self_service(&self) -> Option<&'static self_service::Rules> {
        Some(&self_service::VMBOX)
    }

    fn prepare(&self, write: &Write, vmbox: &mut Map<String, Value>) -> Result<(), CbError> {
        let mut v = schema::check(vmbox, vmboxes::FIELDS, &vmboxes::defaults());
        if let Some(mailbox) = vmbox.get("mailbox").and_then(Value::as_str).filter(|_| !v.has_error("mailbox")) {
            if write.taken(Self::TYPE, |d| d.get("mailbox").and_then(Value::as_str) == Some(mailbox))? {
                v.unique("mailbox", "Invalid mailbox number or already exists", mailbox);
            }
        }
        v.finish()
    }

    fn listing_row(&self, vmbox: &Value) -> Value {
        view_row(vmbox, &["name", "mailbox", "owner_id"])
    }

    /// Messages in the `deleted` folder are not counted.
    fn listing_rows(&self, ctx: &Ctx, docs: &[&Value]) -> Result<Vec<Value>, CbError> {
        let account_id = ctx.account_id().unwrap_or_default();
        let mut counts: HashMap<String, usize> = HashMap::new();
        for message in ctx.state.store.list(account_id, MESSAGE_TYPE)?.iter() {
            let folder = message.pointer("/metadata/folder").and_then(Value::as_str);
            if let (Some(box_id), false) = (message.get("source_id").and_then(Value::as_str), folder == Some("deleted"))
            {
                *counts.entry(box_id.to_string()).or_default() += 1;
            }
        }
        Ok(docs
            .iter()
            .map(|d| {
                let mut row = self.listing_row(d);
                row["messages"] = counts.get(id_of(d)).copied().unwrap_or(0).into();
                row
            })
            .collect())
    }

    /// The vmboxes view is keyed by name.
    fn sort_key(&self, vmbox: &Value) -> String {
        vmbox.get("name").and_then(Value::as_str).unwrap_or_default().to_lowercase()
    }
}
