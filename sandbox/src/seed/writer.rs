//! Writes seed documents inside one `Store::batch` transaction, stamped with the `ui_metadata` the
//! writing Monster app would have sent (monster-ui `src/js/lib/monster.apps.js` `app.callApi`), so the
//! real Smart PBX and Callflows apps recognise them as their own.

use crate::doc;
use crate::store::Batch;
use patchbay_monster::{stamp, UiMetadata};
use serde_json::{Map, Value};

/// The Monster build the seeded documents claim to come from (its VERSION file); the
/// value is illustrative, as in `docs/compatibility.md#ui_metadata`.
pub const UI_VERSION: &str = "4.3-140";

pub struct Writer<'b, 'c> {
    batch: &'b Batch<'c>,
    pub account_id: &'b str,
    meta: UiMetadata,
}

impl<'b, 'c> Writer<'b, 'c> {
    /// A writer stamping documents as Smart PBX (`origin: "voip"`) does.
    pub fn smartpbx(batch: &'b Batch<'c>, account_id: &'b str) -> Self {
        Self { batch, account_id, meta: UiMetadata::smartpbx(Some(UI_VERSION)) }
    }

    /// The same account, stamped as another Monster app (`callflows`, `common`…).
    pub fn as_app(&self, origin: &str) -> Writer<'b, 'c> {
        let meta = UiMetadata { version: Some(UI_VERSION.into()), origin: origin.into() };
        Writer { batch: self.batch, account_id: self.account_id, meta }
    }

    /// Stores `body` (a request body as the app sends it) as a new `pvt_type` document
    /// with the given id.
    pub fn put_with_id(&self, id: &str, pvt_type: &str, mut body: Value) -> anyhow::Result<()> {
        stamp(&mut body, &self.meta);
        let mut stored = match body {
            Value::Object(m) => m,
            other => anyhow::bail!("seed document is not an object: {other}"),
        };
        stored.insert("_id".into(), id.into());
        stored.insert("pvt_type".into(), pvt_type.into());
        self.batch.save(self.account_id, &mut stored)
    }

    /// As `put_with_id`, with a fresh id, which it returns.
    pub fn put(&self, pvt_type: &str, body: Value) -> anyhow::Result<String> {
        let id = doc::new_id();
        self.put_with_id(&id, pvt_type, body)?;
        Ok(id)
    }

    /// Stores `body` as written by a script that knew nothing of Monster: no
    /// `ui_metadata`. Returns the new id.
    pub fn put_unstamped(&self, pvt_type: &str, body: Value) -> anyhow::Result<String> {
        let id = doc::new_id();
        let mut stored = match body {
            Value::Object(m) => m,
            other => anyhow::bail!("seed document is not an object: {other}"),
        };
        stored.insert("_id".into(), id.clone().into());
        stored.insert("pvt_type".into(), pvt_type.into());
        self.batch.save(self.account_id, &mut stored)?;
        Ok(id)
    }

    /// Saves an already complete stored document (private keys included) unchanged.
    pub fn save_raw(&self, stored: &mut Map<String, Value>) -> anyhow::Result<()> {
        self.batch.save(self.account_id, stored)
    }

    /// Stamps a stored document being re-saved, as a Smart PBX edit would.
    pub fn restamp(&self, stored: &mut Map<String, Value>) {
        stored.insert("ui_metadata".into(), self.meta.to_json());
    }
}
