//! What the Dashboard reads (Smart PBX's `myOfficeLoadData`): a handful of requests
//! before it is shown, then the user and device counts in the background; and the main
//! voicemail box it creates when the account has none (`getOrCreateMainVMBox`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::dashboard::{is_unregistered, special_numbers, SpecialNumbers};
use patchbay_monster::main_number::main_vmbox_doc;
use patchbay_monster::UiMetadata;
use serde_json::Value;

use super::super::stamped;
use crate::api::{count_rows, walk_pages, ActionScope, COUNT_PAGE_SIZE};
use crate::routes::smartpbx::json::str_field;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Office {
    pub account: Value,
    pub numbers: usize,
    pub special: SpecialNumbers,
    /// The `mainVMBox` listing row, if the account has one.
    pub main_vmbox: Option<Value>,
    /// Account media offered as music on hold: (id, name).
    pub media: Vec<(String, String)>,
}

/// The figures that take a walk through whole collections, counted after the screen
/// is shown (see [`count_people`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub users: Option<usize>,
    pub devices: Option<usize>,
    pub unregistered: Option<usize>,
}

/// Every row of a short listing, in pages of [`COUNT_PAGE_SIZE`] (usually one request).
async fn all_rows(call: &ActionScope, path: String, query: &str) -> Result<Vec<Value>, CrossbarError> {
    let mut rows = vec![];
    walk_pages(call, &path, query, COUNT_PAGE_SIZE, |page| {
        rows.extend(page);
        true
    })
    .await?;
    Ok(rows)
}

/// What the dashboard needs before it is shown, in parallel, as one inspector action:
/// five requests whatever the size of the account (Smart PBX's `myOfficeLoadData` reads
/// every user and device first; here those are counted afterwards).
pub async fn load(call: &ActionScope, account: &str) -> Result<Office, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let main_vmbox = format!("{base}/vmboxes?filter_type=mainVMBox");
    let (acc, vmboxes, numbers, callflows, media) = futures::join!(
        call.get(&base),
        call.get(&main_vmbox),
        all_rows(call, format!("{base}/phone_numbers"), ""),
        // Owner-less callflows with a type: where MainCallflow, MainConference and MainFaxing live.
        all_rows(call, format!("{base}/callflows"), "has_value=type&key_missing=owner_id&key_missing=group_id"),
        all_rows(call, format!("{base}/media"), "key_missing=type"),
    );
    Ok(Office {
        account: acc?.data,
        numbers: numbers?.len(),
        special: special_numbers(&callflows?),
        main_vmbox: vmboxes?.data.as_array().and_then(|rows| rows.first().cloned()),
        media: media?.iter().map(|m| (str_field(m, "id").to_string(), str_field(m, "name").to_string())).collect(),
    })
}

/// Users, then devices (with their registration status), counted one collection at a
/// time in pages of [`COUNT_PAGE_SIZE`]: 11 requests for 10,000 users with a phone each.
/// Each figure is published as soon as it is known.
pub async fn count_people(call: &ActionScope, account: &str, counts: RwSignal<Counts>) -> Result<(), CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let users = count_rows(call, &format!("{base}/users"), "", || true).await?;
    counts.try_update(|c| c.users = users);
    let (mut devices, mut unregistered) = (0, 0);
    walk_pages(call, &format!("{base}/devices"), "with_status=true", COUNT_PAGE_SIZE, |page| {
        devices += page.len();
        unregistered += page.iter().filter(|d| is_unregistered(d)).count();
        true
    })
    .await?;
    counts.try_update(|c| {
        c.devices = Some(devices);
        c.unregistered = Some(unregistered);
    });
    Ok(())
}
/// `PUT /vmboxes` with the main box exactly as Smart PBX creates it; returns the new doc.
pub async fn create_main_vmbox(call: &ActionScope, meta: &UiMetadata, account: &str) -> Result<Value, CrossbarError> {
    Ok(call.put(&format!("accounts/{}/vmboxes", seg(account)), stamped(main_vmbox_doc(), meta)).await?.data)
}
