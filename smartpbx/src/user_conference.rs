//! Turning a user's personal conference on, changing it, and off (monster-ui-voip
//! `submodules/users/users.js` `usersGetConferenceFeature`, `usersUpdateConferencing`,
//! `usersDeleteConferencing`); the documents are `patchbay_monster::user_conference`'s.

use crate::{account_path, delete_stamped, stamped};
use patchbay_crossbar::json::{str_at, strings};
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Transport};
use patchbay_monster::patch::patch_between;
use patchbay_monster::user_conference::{conference_doc, is_smartpbx_conference, user_patch};
use patchbay_monster::{names, UiMetadata};
use serde_json::Value;

/// What the feature shows: the account's conference line numbers (none: the feature
/// cannot be used yet) and the user's Smart PBX conference, if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Conferencing {
    pub line_numbers: Vec<String>,
    pub conference: Option<Value>,
}

pub async fn load(call: &impl Transport, account: &str, user_id: &str) -> Result<Conferencing, CrossbarError> {
    let base = account_path(account);
    let lines = format!("{base}/callflows?filter_type=conference&paginate=false");
    let owned = format!("{base}/conferences?filter_owner_id={user_id}");
    let (lines, owned) = futures::join!(call.get(&lines), call.get(&owned));
    let line_numbers = lines?
        .data
        .as_array()
        .into_iter()
        .flatten()
        .filter(|cf| str_at(cf, "name") == names::MAIN_CONFERENCE)
        .flat_map(|cf| strings(&cf["numbers"]))
        .filter(|n| n != names::NO_CONFERENCE_NUMBER)
        .collect();
    let row = owned?.data.as_array().and_then(|rows| rows.iter().find(|c| is_smartpbx_conference(c)).cloned());
    let conference = match row {
        Some(row) => Some(call.get(&format!("{base}/conferences/{}", seg(str_at(&row, "id")))).await?.data),
        None => None,
    };
    Ok(Conferencing { line_numbers, conference })
}

/// Makes or updates the conference (only what changed is sent) and marks the user.
pub async fn save(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    number: &str,
    video: bool,
    stored: Option<&Value>,
) -> Result<Value, CrossbarError> {
    let base = account_path(account);
    let user_id = str_at(user, "id");
    let wanted = conference_doc(str_at(user, "first_name"), str_at(user, "last_name"), user_id, number, video, stored);
    let saved = match stored {
        None => call.put(&format!("{base}/conferences"), stamped(wanted, meta)).await?.data,
        Some(old) => {
            let path = format!("{base}/conferences/{}", seg(str_at(old, "id")));
            call.patch(&path, stamped(Value::Object(patch_between(old, &wanted)), meta)).await?.data
        }
    };
    if user.pointer("/smartpbx/conferencing/enabled") != Some(&Value::Bool(true)) {
        call.patch(&format!("{base}/users/{}", seg(user_id)), stamped(user_patch(true), meta)).await?;
    }
    Ok(saved)
}

/// Deletes the user's Smart PBX conferences (others they own stay) and unmarks the user.
pub async fn remove(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user_id: &str,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let owned = call.get(&format!("{base}/conferences?filter_owner_id={user_id}")).await?.data;
    for conference in owned.as_array().into_iter().flatten().filter(|c| is_smartpbx_conference(c)) {
        delete_stamped(call, &format!("{base}/conferences/{}", seg(str_at(conference, "id"))), meta).await?;
    }
    call.patch(&format!("{base}/users/{}", seg(user_id)), stamped(user_patch(false), meta)).await?;
    Ok(())
}
