//! What the Dashboard reads, all at once (Smart PBX's `myOfficeLoadData`), and the main
//! voicemail box it creates when the account has none (`getOrCreateMainVMBox`).

use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::dashboard::{is_unregistered, special_numbers, SpecialNumbers};
use patchbay_monster::main_number::main_vmbox_doc;
use patchbay_monster::UiMetadata;
use serde_json::Value;

use super::super::stamped;
use crate::api::fetch_all_pages;
use crate::api::ActionScope;
use crate::routes::smartpbx::json::str_field;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Office {
    pub account: Value,
    pub users: usize,
    pub devices: usize,
    pub unregistered: usize,
    pub numbers: usize,
    pub special: SpecialNumbers,
    /// The `mainVMBox` listing row, if the account has one.
    pub main_vmbox: Option<Value>,
    /// Account media offered as music on hold: (id, name).
    pub media: Vec<(String, String)>,
}

/// Every row of a listing (counts are never cut at a page: Crossbar gives no total).
pub(in crate::routes::smartpbx) async fn all_rows(
    call: &ActionScope,
    path: String,
    query: &str,
) -> Result<Vec<Value>, CrossbarError> {
    fetch_all_pages(call, &path, query).await
}

/// The dashboard's reads, in parallel, as one inspector action.
pub async fn load(call: &ActionScope, account: &str) -> Result<Office, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let (acc, vmboxes, users, devices, numbers, callflows, media) = futures::join!(
        call.get(&base),
        all_rows(call, format!("{base}/vmboxes"), "filter_type=mainVMBox"),
        all_rows(call, format!("{base}/users"), ""),
        all_rows(call, format!("{base}/devices"), "with_status=true"),
        all_rows(call, format!("{base}/phone_numbers"), ""),
        // Owner-less callflows with a type: where MainCallflow, MainConference and MainFaxing live.
        all_rows(call, format!("{base}/callflows"), "has_value=type&key_missing=owner_id&key_missing=group_id"),
        all_rows(call, format!("{base}/media"), "key_missing=type"),
    );
    let devices = devices?;
    Ok(Office {
        account: acc?.data,
        users: users?.len(),
        unregistered: devices.iter().filter(|d| is_unregistered(d)).count(),
        devices: devices.len(),
        numbers: numbers?.len(),
        special: special_numbers(&callflows?),
        main_vmbox: vmboxes?.into_iter().next(),
        media: media?.iter().map(|m| (str_field(m, "id").to_string(), str_field(m, "name").to_string())).collect(),
    })
}

/// `PUT /vmboxes` with the main box exactly as Smart PBX creates it; returns the new doc.
pub async fn create_main_vmbox(call: &ActionScope, meta: &UiMetadata, account: &str) -> Result<Value, CrossbarError> {
    Ok(call.put(&format!("accounts/{}/vmboxes", seg(account)), stamped(main_vmbox_doc(), meta)).await?.data)
}
