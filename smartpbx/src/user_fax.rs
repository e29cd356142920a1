//! Turning a user's fax box on, moving it to another number, and off (monster-ui-voip
//! `submodules/users/users.js` `usersUpdateFaxing`, `usersUpdateCallflowFaxing`,
//! `usersDeleteFaxing`); the documents are `patchbay_monster::user_faxbox`'s.

use crate::{account_path, delete_stamped, stamped};
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::user_faxbox::{faxbox_doc, faxbox_of, faxing_callflow, number_patch, user_patch};
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

/// The user's `faxing` callflow and the faxbox it rings, when they have one.
#[derive(Debug, Clone, PartialEq)]
pub struct FaxLine {
    pub callflow: Value,
    pub faxbox: Option<Value>,
}

impl FaxLine {
    pub fn number(&self) -> String {
        patchbay_crossbar::json::strings(&self.callflow["numbers"]).into_iter().next().unwrap_or_default()
    }
}

pub async fn load(call: &impl Transport, account: &str, user_id: &str) -> Result<Option<FaxLine>, CrossbarError> {
    let base = account_path(account);
    let Some(callflow) =
        crate::first_callflow(call, &base, &format!("filter_owner_id={user_id}&filter_type=faxing")).await?
    else {
        return Ok(None);
    };
    let faxbox = match faxbox_of(&callflow) {
        // A faxbox deleted elsewhere leaves the callflow: shown as such, made again on save.
        Some(id) => call.get(&format!("{base}/faxboxes/{}", seg(id))).await.ok().map(|e| e.data),
        None => None,
    };
    Ok(Some(FaxLine { callflow, faxbox }))
}

/// Gives the user a fax box on `number`, or moves theirs to it; marks the user.
pub async fn save(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    company_name: &str,
    number: &str,
    existing: Option<&FaxLine>,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let user_id = str_at(user, "id");
    let faxbox_id = match existing.and_then(|l| l.faxbox.as_ref()) {
        Some(faxbox) => {
            let path = format!("{base}/faxboxes/{}", seg(str_at(faxbox, "id")));
            call.patch(&path, stamped(number_patch(number), meta)).await?;
            str_at(faxbox, "id").to_string()
        }
        None => {
            let made =
                call.put(&format!("{base}/faxboxes"), stamped(faxbox_doc(user, company_name, number), meta)).await?;
            str_at(&made.data, "id").to_string()
        }
    };
    let wanted = faxing_callflow(user_id, number, &faxbox_id);
    match existing {
        Some(line) => {
            let path = format!("{base}/callflows/{}", seg(str_at(&line.callflow, "id")));
            let body = json!({"numbers": wanted["numbers"], "flow": wanted["flow"]});
            call.patch(&path, stamped(body, meta)).await?;
        }
        None => {
            call.put(&format!("{base}/callflows"), stamped(wanted, meta)).await?;
        }
    }
    if user.pointer("/smartpbx/faxing/enabled") != Some(&Value::Bool(true)) {
        call.patch(&format!("{base}/users/{}", seg(user_id)), stamped(user_patch(true), meta)).await?;
    }
    Ok(())
}

/// Deletes the faxbox (a faxbox already gone is no failure, as Smart PBX goes on) and
/// its callflow, and unmarks the user.
pub async fn remove(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user_id: &str,
    line: &FaxLine,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    if let Some(id) = faxbox_of(&line.callflow) {
        match delete_stamped(call, &format!("{base}/faxboxes/{}", seg(id)), meta).await {
            Ok(_) | Err(CrossbarError::NotFound { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    delete_stamped(call, &format!("{base}/callflows/{}", seg(str_at(&line.callflow, "id"))), meta).await?;
    call.patch(&format!("{base}/users/{}", seg(user_id)), stamped(user_patch(false), meta)).await?;
    Ok(())
}
