//! Loading a ring group's three documents and writing an edit or a deletion the way
//! Smart PBX does: the group, its `baseGroup` callflow and its `userGroup` callflow,
//! each PATCHed with only what changed.

use futures::future::join_all;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::patch::patch_between;
use patchbay_monster::ring_group::{edited_base_callflow, edited_group, edited_ring_callflow, Member};
use patchbay_monster::UiMetadata;
use serde_json::Value;

use crate::api::ActionScope;
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::stamped;

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
}

fn missing(kind: &str) -> CrossbarError {
    CrossbarError::NotFound { tag: "ring_group_missing".into(), cause: kind.into() }
}

/// The group's callflow of `kind` (`baseGroup` / `userGroup`), read in full.
async fn group_callflow(call: &ActionScope, account: &str, group_id: &str, kind: &str) -> Result<Value, CrossbarError> {
    let base = format!("accounts/{}/callflows", seg(account));
    let rows = call.get(&format!("{base}?filter_group_id={}&filter_type={}", seg(group_id), seg(kind))).await?;
    let id = rows.data.as_array().and_then(|a| a.first()).map(doc_id).ok_or_else(|| missing(kind))?;
    Ok(call.get(&format!("{base}/{}", seg(&id))).await?.data)
}

pub async fn load(call: &ActionScope, account: &str, group_id: &str) -> Result<Stored, CrossbarError> {
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
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    s: &Stored,
    e: &Edit,
) -> Result<Stored, CrossbarError> {
    let targets = [
        ("groups", &s.group, edited_group(&s.group, &e.name, &e.members)),
        ("callflows", &s.base, edited_base_callflow(&s.base, &e.name, &e.members, &e.strategy)),
        ("callflows", &s.ring, edited_ring_callflow(&s.ring, &e.name, &e.extensions, &e.phone_numbers)),
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
pub async fn delete(call: &ActionScope, meta: &UiMetadata, account: &str, group_id: &str) -> Result<(), CrossbarError> {
    let delete_callflow = |kind: &'static str| async move {
        match group_callflow(call, account, group_id, kind).await {
            Ok(cf) => call
                .delete_stamped(&format!("accounts/{}/callflows/{}", seg(account), seg(&doc_id(&cf))), meta)
                .await
                .map(|_| ()),
            Err(e) if e == missing(kind) => Ok(()),
            Err(e) => Err(e),
        }
    };
    let group_path = format!("accounts/{}/groups/{}", seg(account), seg(group_id));
    let (group, base, ring) = futures::join!(
        call.delete_stamped(&group_path, meta),
        delete_callflow("baseGroup"),
        delete_callflow("userGroup"),
    );
    group?;
    base?;
    ring?;
    Ok(())
}
