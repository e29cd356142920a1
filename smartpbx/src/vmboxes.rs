//! Voicemail boxes as Smart PBX writes them (monster-ui-voip `submodules/vmboxes/vmboxes.js`):
//! PUT a new box, PATCH what changed on a stored one, or delete a box and take it out
//! of its owner's main callflow.

use crate::account_path;
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::patch::patch_between;
use patchbay_monster::vmbox::{callflow_without_vmbox, merged_doc, VmboxForm};
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

use crate::{delete_stamped, stamped};

/// Creates the box; its new id.
pub async fn create(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    form: &VmboxForm,
) -> Result<String, CrossbarError> {
    let doc = stamped(merged_doc(&json!({}), form), meta);
    let env = call.put(&format!("accounts/{}/vmboxes", seg(account)), doc).await?;
    Ok(doc_id(&env.data))
}

/// PATCHes the difference between the stored box and what Smart PBX would save; the
/// stored box after the write (unchanged when there was nothing to send).
pub async fn update(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    stored: &Value,
    form: &VmboxForm,
) -> Result<Value, CrossbarError> {
    let patch = patch_between(stored, &merged_doc(stored, form));
    if patch.is_empty() {
        return Ok(stored.clone());
    }
    let path = format!("accounts/{}/vmboxes/{}", seg(account), seg(&doc_id(stored)));
    Ok(call.patch(&path, stamped(Value::Object(patch), meta)).await?.data)
}

/// Deletes the box, then splices its voicemail node out of the owner's main callflow.
pub async fn delete(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    stored: &Value,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let vm_id = doc_id(stored);
    let deleted = delete_stamped(call, &format!("{base}/vmboxes/{}", seg(&vm_id)), meta).await?;
    let Some(owner) = deleted.data.get("owner_id").or(stored.get("owner_id")).and_then(Value::as_str) else {
        return Ok(());
    };
    let rows =
        call.get(&format!("{base}/callflows?filter_owner_id={}&filter_type=mainUserCallflow", seg(owner))).await?;
    let Some(row) = rows.data.as_array().and_then(|a| a.first()).cloned() else { return Ok(()) };
    let cf = call.get(&format!("{base}/callflows/{}", seg(&doc_id(&row)))).await?.data;
    if let Some(spliced) = callflow_without_vmbox(&cf, &vm_id) {
        let patch = patch_between(&cf, &spliced);
        call.patch(&format!("{base}/callflows/{}", seg(&doc_id(&cf))), stamped(Value::Object(patch), meta)).await?;
    }
    Ok(())
}
