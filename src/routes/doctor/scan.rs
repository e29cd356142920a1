//! Reading an account for the doctor: every listing page by page, then each callflow in
//! full (listings carry no `flow`), a few at a time, saying how far it got and stopping
//! when asked.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{paging::fetch_all_pages, CrossbarError};
use patchbay_monster::doctor::Inventory;
use serde_json::Value;

use crate::api::ActionScope;

/// How many callflows are read at once.
const AT_ONCE: usize = 4;

/// How far a scan is: callflows read of all.
#[derive(Clone, Copy)]
pub struct Progress {
    pub read: RwSignal<(usize, usize)>,
    /// Set by "Stop"; the scan ends before its next reads.
    pub stop: RwSignal<bool>,
}

impl Progress {
    pub fn new() -> Self {
        Progress { read: RwSignal::new((0, 0)), stop: RwSignal::new(false) }
    }
}

/// What the scan ended with: the inventory, and whether it was stopped part way.
#[derive(Clone)]
pub struct Scanned {
    pub inventory: Inventory,
    pub stopped: bool,
}

pub async fn scan(call: &ActionScope, account: &str, progress: Progress) -> Result<Scanned, CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let list = |collection: &str| {
        let path = format!("{base}/{collection}");
        async move { fetch_all_pages(call, &path, "").await }
    };
    let (users, vmboxes, devices, media, menus, groups, conferences, rules, sets, listing) = futures::join!(
        list("users"),
        list("vmboxes"),
        list("devices"),
        list("media"),
        list("menus"),
        list("groups"),
        list("conferences"),
        list("temporal_rules"),
        list("temporal_rules_sets"),
        list("callflows"),
    );
    let listing = listing?;
    let _ = progress.read.try_set((0, listing.len()));
    let mut callflows: Vec<Value> = Vec::with_capacity(listing.len());
    let mut stopped = false;
    for chunk in listing.chunks(AT_ONCE) {
        if progress.stop.try_get_untracked().unwrap_or(true) {
            stopped = true;
            break;
        }
        let reads = chunk.iter().map(|row| {
            let path = format!("{base}/callflows/{}", seg(&patchbay_crossbar::json::doc_id(row)));
            async move { call.get(&path).await.map(|env| env.data) }
        });
        for read in futures::future::join_all(reads).await {
            callflows.push(read?);
        }
        let _ = progress.read.try_update(|(read, _)| *read = callflows.len());
    }
    Ok(Scanned {
        inventory: Inventory {
            users: users?,
            vmboxes: vmboxes?,
            devices: devices?,
            media: media?,
            menus: menus?,
            groups: groups?,
            conferences: conferences?,
            temporal_rules: rules?,
            temporal_rules_sets: sets?,
            callflows,
        },
        stopped,
    })
}
