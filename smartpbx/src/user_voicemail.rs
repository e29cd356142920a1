//! Giving a user who has none a voicemail box, as Smart PBX's user page does it
//! (monster-ui-voip `submodules/users/users.js` `usersAddMainVMBoxToUser`,
//! `usersNewMainVMBox`): the box is numbered like the user's `presence_id`, else their
//! first extension; the main callflow then rings it after the user — only when Smart
//! PBX made that callflow and nothing follows the user yet, so a routing built in
//! another app is never rewired.

use crate::{account_path, stamped};
use patchbay_crossbar::json::{str_at, strings};
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::names;
use patchbay_monster::user::vmbox_doc;
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

/// What giving a voicemail box came to.
#[derive(Debug, Clone, PartialEq)]
pub enum VmboxAdded {
    /// The box, and the main callflow now ringing it.
    Rung { vmbox: Value, callflow: Value },
    /// The box; the main callflow was left as it is (made elsewhere, or something
    /// already follows the user).
    NotRung { vmbox: Value },
}

#[derive(Debug, Clone, PartialEq)]
pub enum AddVmboxError {
    /// The user has neither a `presence_id` nor an extension to number the box by.
    NoExtension,
    Crossbar(CrossbarError),
}

impl From<CrossbarError> for AddVmboxError {
    fn from(e: CrossbarError) -> Self {
        AddVmboxError::Crossbar(e)
    }
}

/// The mailbox number Smart PBX gives the box.
pub fn mailbox_for(user: &Value, main_callflow: Option<&Value>) -> Option<String> {
    let presence = str_at(user, "presence_id");
    if !presence.is_empty() {
        return Some(presence.to_string());
    }
    main_callflow.and_then(|cf| strings(&cf["numbers"]).into_iter().find(|n| names::is_extension(n)))
}

/// Creates the box and, where Smart PBX would, rings it after the user.
pub async fn add_voicemail_box(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    main_callflow: Option<&Value>,
) -> Result<VmboxAdded, AddVmboxError> {
    let mailbox = mailbox_for(user, main_callflow).ok_or(AddVmboxError::NoExtension)?;
    let mut doc = vmbox_doc(str_at(user, "first_name"), str_at(user, "last_name"), str_at(user, "id"), &mailbox);
    // The dialog's switches at their starting values.
    doc["delete_after_notify"] = false.into();
    doc["include_message_on_notify"] = true.into();
    doc["transcribe"] = false.into();
    let base = account_path(account);
    let vmbox = call.put(&format!("{base}/vmboxes"), stamped(doc, meta)).await?.data;
    let Some(callflow) = main_callflow else {
        return Ok(VmboxAdded::NotRung { vmbox });
    };
    let made_here = callflow.pointer("/ui_metadata/origin").and_then(Value::as_str) == Some("voip");
    let nothing_follows = callflow.pointer("/flow/children").and_then(Value::as_object).is_none_or(|c| c.is_empty());
    if !made_here || !nothing_follows {
        return Ok(VmboxAdded::NotRung { vmbox });
    }
    let node = json!({"children": {}, "data": {"id": str_at(&vmbox, "id")}, "module": "voicemail"});
    let path = format!("{base}/callflows/{}", seg(str_at(callflow, "id")));
    let callflow = call.patch(&path, stamped(json!({"flow": {"children": {"_": node}}}), meta)).await?.data;
    Ok(VmboxAdded::Rung { vmbox, callflow })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_box_is_numbered_like_the_user() {
        let cf = json!({"numbers": ["+14155550100", "2002", "2003"]});
        assert_eq!(mailbox_for(&json!({"presence_id": "2001"}), Some(&cf)).as_deref(), Some("2001"));
        assert_eq!(mailbox_for(&json!({}), Some(&cf)).as_deref(), Some("2002"));
        assert_eq!(mailbox_for(&json!({}), None), None);
    }
}
