//! Sending the device form: `PUT` a new device, `PATCH` only what changed on an
//! existing one, `DELETE`; Crossbar's 400 field errors are mapped onto the form.

use crate::components::error_notice::problem_in_words;
use patchbay_crossbar::order;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::device::{edit_patch, new_device_doc};
use patchbay_monster::{names, UiMetadata};
use serde_json::Value;

use super::fields::{editable, new_device, Fields};
use crate::api::fetch_all_pages;
use crate::api::ActionScope;
use crate::i18n::t;
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::stamped;

pub use crate::components::form::SaveError;

/// Which form field a device validation error belongs to.
fn field_for(path: &str) -> Option<&'static str> {
    match path {
        "name" => Some("name"),
        "owner_id" => Some("owner_id"),
        "sip.username" => Some("sip_username"),
        "sip.password" => Some("sip_password"),
        "mac_address" => Some("mac_address"),
        "call_forward.number" => Some("forward_number"),
        "sip.route" => Some("sip_route"),
        "caller_id.emergency.number" => Some("emergency_number"),
        _ => None,
    }
}

fn to_save_error(error: CrossbarError) -> SaveError {
    let fields = error
        .field_errors()
        .iter()
        .filter_map(|f| {
            let key = field_for(&f.path)?;
            let message = match (key, f.validator.as_str()) {
                ("sip_username", "unique") => t("device-sip-username-taken"),
                ("mac_address", "unique") => t("device-mac-taken"),
                _ => problem_in_words(f),
            };
            Some((key, message))
        })
        .collect();
    SaveError { message: crate::components::error_notice::error_text(&error), fields }
}

pub async fn create(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    f: &Fields,
    classifiers: Vec<String>,
) -> Result<String, SaveError> {
    let doc = new_device_doc(&new_device(f, classifiers));
    let env =
        call.put(&format!("accounts/{}/devices", seg(account)), stamped(doc, meta)).await.map_err(to_save_error)?;
    Ok(doc_id(&env.data))
}

/// `Ok(false)` when nothing changed (nothing is sent).
pub async fn update(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    id: &str,
    before: &Fields,
    after: &Fields,
) -> Result<bool, SaveError> {
    let patch = edit_patch(&after.device_type, &editable(before), &editable(after));
    if patch.is_empty() {
        return Ok(false);
    }
    call.patch(&format!("accounts/{}/devices/{}", seg(account), seg(id)), stamped(Value::Object(patch), meta))
        .await
        .map_err(to_save_error)?;
    Ok(true)
}

pub async fn delete(call: &ActionScope, meta: &UiMetadata, account: &str, id: &str) -> Result<(), CrossbarError> {
    call.delete_stamped(&format!("accounts/{}/devices/{}", seg(account), seg(id)), meta).await.map(|_| ())
}

/// Every user of the account as (id, full name), sorted by name as Smart PBX's
/// "Assign to" list is; fetched page by page.
pub async fn user_choices(call: &ActionScope, account: &str) -> Result<Vec<(String, String)>, CrossbarError> {
    let rows = fetch_all_pages(call, &format!("accounts/{}/users", seg(account)), "").await?;
    let mut users: Vec<(String, String)> = rows
        .iter()
        .map(|u| {
            let s = |k: &str| u.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            (s("id"), names::full_name(&s("first_name"), &s("last_name")))
        })
        .collect();
    order::sort_by_key(&mut users, |(_, name)| name.to_ascii_lowercase());
    Ok(users)
}

/// The account's numbers with E911 set up, the only ones Smart PBX offers as a
/// device's emergency caller ID (the listing is paged, so every page is read).
pub async fn e911_numbers(call: &ActionScope, account: &str) -> Result<Vec<String>, CrossbarError> {
    let rows = fetch_all_pages(call, &format!("accounts/{}/phone_numbers", seg(account)), "").await?;
    Ok(rows
        .into_iter()
        .filter(|n| n.get("features").and_then(Value::as_array).is_some_and(|f| f.iter().any(|f| f == "e911")))
        .filter_map(|n| n.get("id").and_then(Value::as_str).map(str::to_string))
        .collect())
}

/// Classifier names, for the `call_restriction` Smart PBX writes on new devices.
pub async fn classifiers(call: &ActionScope, account: &str) -> Result<Vec<String>, CrossbarError> {
    let env = call.get(&format!("accounts/{}/phone_numbers/classifiers", seg(account))).await?;
    Ok(env.data.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossbar_errors_land_on_the_field_that_caused_them() {
        assert_eq!(field_for("sip.username"), Some("sip_username"));
        assert_eq!(field_for("mac_address"), Some("mac_address"));
        assert_eq!(field_for("call_forward.number"), Some("forward_number"));
        assert_eq!(field_for("media.audio.codecs"), None);
    }
}
