//! Ring groups as Smart PBX keeps them (monster-ui-voip `submodules/groups/groups.js`):
//! the group, its `baseGroup` callflow (the members, rung as the strategy says) and its
//! dialable `userGroup` callflow. Adding makes all three and rolls back on failure;
//! editing PATCHes only what changed on each; deleting removes all three.

use crate::account_path;
use futures::future::join_all;
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::patch::patch_between;
use patchbay_monster::ring_group::{
    base_callflow_doc, edited_base_callflow, edited_group, edited_ring_callflow, group_doc, group_with_next_action,
    next_action_of, ring_callflow_doc, with_next_action, Member, NextAction,
};
use patchbay_monster::ring_group_features::{base_with, group_with, ring_with, Features};
use patchbay_monster::UiMetadata;
use serde_json::Value;

use crate::{delete_stamped, stamped};

/// Smart PBX gives the base callflow 25 random characters as its (unused) number;
/// `random` answers in `[0, 1)`.
fn random_number(mut random: impl FnMut() -> f64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..25).map(|_| ALPHABET[(random() * ALPHABET.len() as f64) as usize % ALPHABET.len()] as char).collect()
}

/// Creates the group, its `baseGroup` callflow ringing the members at once and the
/// dialable `userGroup` callflow on `ext`; what was made is deleted again, newest
/// first, when a later step fails. The new group's id.
pub async fn create(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    new: &Edit,
    random: impl FnMut() -> f64,
) -> Result<String, CrossbarError> {
    let (name, members) = (new.name.as_str(), new.members.as_slice());
    let base = account_path(account);
    let group_doc = group_with_next_action(&group_doc(name, members), new.next_action.as_ref());
    // Features chosen at creation are flagged as the group page flags them later.
    let group_doc = group_with(&group_doc, &Features::default(), &new.features);
    let group = call.put(&format!("{base}/groups"), stamped(group_doc, meta)).await?;
    let group_id = doc_id(&group.data);
    let mut base_cf = base_callflow_doc(name, &group_id, members, &random_number(random));
    // The ring order, delays and strategy chosen at creation (Smart PBX's creation
    // dialog fixes them at 0 s, 20 s and all at once, which is what the defaults give);
    // the group rings as long as its last member does.
    base_cf["flow"]["data"]["strategy"] = new.strategy.clone().into();
    base_cf["flow"]["data"]["timeout"] = members.iter().map(|m| m.delay + m.timeout).max().unwrap_or(20).into();
    let base_cf = base_with(&base_cf, &new.features);
    let base_cf = match call.put(&format!("{base}/callflows"), stamped(base_cf, meta)).await {
        Ok(env) => doc_id(&env.data),
        Err(e) => {
            let _ = delete_stamped(call, &format!("{base}/groups/{}", seg(&group_id)), meta).await;
            return Err(e);
        }
    };
    let numbers: Vec<String> = new.extensions.iter().chain(&new.phone_numbers).cloned().collect();
    let ring = with_next_action(&ring_callflow_doc(name, &group_id, &base_cf, &numbers), new.next_action.as_ref());
    let ring = ring_with(&ring, &new.features);
    if let Err(e) = call.put(&format!("{base}/callflows"), stamped(ring, meta)).await {
        let _ = delete_stamped(call, &format!("{base}/callflows/{}", seg(&base_cf)), meta).await;
        let _ = delete_stamped(call, &format!("{base}/groups/{}", seg(&group_id)), meta).await;
        return Err(e);
    }
    Ok(group_id)
}

/// A group as Smart PBX edits it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub group: Value,
    pub base: Value,
    pub ring: Value,
}

/// The edit form's values.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub name: String,
    pub members: Vec<Member>,
    pub strategy: String,
    pub extensions: Vec<String>,
    pub phone_numbers: Vec<String>,
    /// Where unanswered calls go next (`None`: the "nobody is available" message).
    pub next_action: Option<NextAction>,
    /// Repeats, ringback, forwarded phones, call recording.
    pub features: Features,
}

fn missing(kind: &str) -> CrossbarError {
    CrossbarError::NotFound { tag: "ring_group_missing".into(), cause: kind.into() }
}

/// The group's callflow of `kind` (`baseGroup` / `userGroup`), read in full.
async fn group_callflow(
    call: &impl Transport,
    account: &str,
    group_id: &str,
    kind: &str,
) -> Result<Value, CrossbarError> {
    let query = format!("filter_group_id={}&filter_type={}", seg(group_id), seg(kind));
    crate::first_callflow(call, &account_path(account), &query).await?.ok_or_else(|| missing(kind))
}

/// The features a stored group has.
pub fn features_of(stored: &Stored) -> Features {
    patchbay_monster::ring_group_features::features_of(&stored.base, &stored.ring)
}

pub async fn load(call: &impl Transport, account: &str, group_id: &str) -> Result<Stored, CrossbarError> {
    let path = format!("accounts/{}/groups/{}", seg(account), seg(group_id));
    let (group, base, ring) = futures::join!(
        call.get(&path),
        group_callflow(call, account, group_id, "baseGroup"),
        group_callflow(call, account, group_id, "userGroup"),
    );
    Ok(Stored { group: group?.data, base: base?, ring: ring? })
}

/// PATCHes what changed on each of the three documents, at once; the stored documents after.
pub async fn save(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    s: &Stored,
    e: &Edit,
) -> Result<Stored, CrossbarError> {
    // The next action is written only when it changed, so a save of anything else
    // leaves a next step another app wrote exactly as it was.
    let next_changed = next_action_of(&s.ring) != e.next_action;
    let next_on_group = |g: Value| if next_changed { group_with_next_action(&g, e.next_action.as_ref()) } else { g };
    let next_on_ring = |r: Value| if next_changed { with_next_action(&r, e.next_action.as_ref()) } else { r };
    let now = features_of(s);
    let targets = [
        (
            "groups",
            &s.group,
            group_with(&next_on_group(edited_group(&s.group, &e.name, &e.members)), &now, &e.features),
        ),
        (
            "callflows",
            &s.base,
            base_with(&edited_base_callflow(&s.base, &e.name, &e.members, &e.strategy), &e.features),
        ),
        (
            "callflows",
            &s.ring,
            ring_with(
                &next_on_ring(edited_ring_callflow(&s.ring, &e.name, &e.extensions, &e.phone_numbers)),
                &e.features,
            ),
        ),
    ];
    let writes = targets.into_iter().map(|(collection, before, after)| async move {
        let patch = patch_between(before, &after);
        if patch.is_empty() {
            return Ok(before.clone());
        }
        let path = format!("accounts/{}/{collection}/{}", seg(account), seg(&doc_id(before)));
        call.patch(&path, stamped(Value::Object(patch), meta)).await.map(|env| env.data)
    });
    let mut out = join_all(writes).await.into_iter();
    let mut next = || out.next().unwrap_or(Ok(Value::Null));
    Ok(Stored { group: next()?, base: next()?, ring: next()? })
}

/// Deletes the group and, found again as Smart PBX finds them, both its callflows (a
/// callflow already gone is no reason to stop, as in Smart PBX).
pub async fn delete(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    group_id: &str,
) -> Result<(), CrossbarError> {
    let delete_callflow = |kind: &'static str| async move {
        match group_callflow(call, account, group_id, kind).await {
            Ok(cf) => delete_stamped(call, &format!("accounts/{}/callflows/{}", seg(account), seg(&doc_id(&cf))), meta)
                .await
                .map(|_| ()),
            Err(e) if e == missing(kind) => Ok(()),
            Err(e) => Err(e),
        }
    };
    let group_path = format!("accounts/{}/groups/{}", seg(account), seg(group_id));
    let (group, base, ring) = futures::join!(
        delete_stamped(call, &group_path, meta),
        delete_callflow("baseGroup"),
        delete_callflow("userGroup"),
    );
    group?;
    base?;
    ring?;
    Ok(())
}
