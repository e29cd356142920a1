//! Sending the user form: creating the user, its voicemail box and its main callflow
//! (rolled back if a later step fails), or PATCHing what changed on each of them.

use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::classify::is_smartpbx_directory;
use patchbay_monster::device::{generated_credentials, stored_mac};
use patchbay_monster::directory::{smartpbx_directory_doc, user_directory_patch};
use patchbay_monster::provisioned_phone::{provisioned_phone_doc, ProvisionedPhone};
use patchbay_monster::user::{main_callflow_doc, user_doc, vmbox_doc, NewUser};
use patchbay_monster::{names, UiMetadata};
use serde_json::{json, Map, Value};

use super::fields::Fields;
use crate::api::fetch_all_pages;
use crate::api::ActionScope;
use crate::components::error_notice::error_text;
use crate::i18n::t;
use crate::routes::smartpbx::devices::realm;
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::stamped;

/// Which form field a Crossbar validation error belongs to, by the document it came from.
fn field_for(step: Step, path: &str) -> Option<&'static str> {
    match (step, path) {
        (Step::User, "first_name") => Some("first_name"),
        (Step::User, "last_name") => Some("last_name"),
        (Step::User, "username" | "email") => Some("email"),
        (Step::User, "password") => Some("password"),
        (Step::User, "presence_id") | (Step::Vmbox, "mailbox") | (Step::Callflow, "numbers") => Some("extension"),
        (Step::Phone, "mac_address") => Some("phone_mac"),
        (Step::Phone, "name") => Some("phone_name"),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    User,
    Vmbox,
    Callflow,
    Phone,
}

pub use crate::components::form::SaveError;

fn at(step: Step) -> impl Fn(CrossbarError) -> SaveError {
    move |error| {
        let fields = error
            .field_errors()
            .iter()
            .filter_map(|f| {
                let message = if f.validator == "unique" && field_for(step, &f.path) == Some("extension") {
                    t("user-extension-taken")
                } else if f.validator == "unique" && field_for(step, &f.path) == Some("phone_mac") {
                    t("device-mac-taken")
                } else {
                    f.message.clone()
                };
                field_for(step, &f.path).map(|k| (k, message))
            })
            .collect();
        SaveError { message: error_text(&error), fields }
    }
}

/// Whether another device of the account already has this MAC address. Asked before
/// anything is written: the device is the last document made, and finding the clash
/// only then would create and delete the user again (and send any welcome email).
/// Crossbar keeps MACs as bare lower-case hex, so that is what is compared; a clash in
/// another account still comes back from the device PUT and is rolled back.
async fn mac_taken(call: &ActionScope, base: &str, mac: &str) -> Result<bool, SaveError> {
    let found = call
        .get(&format!("{base}/devices?filter_mac_address={}", seg(&stored_mac(mac))))
        .await
        .map_err(at(Step::Phone))?;
    Ok(found.data.as_array().is_some_and(|rows| !rows.is_empty()))
}

pub async fn create(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    f: &Fields,
    phone: Option<ProvisionedPhone>,
) -> Result<String, SaveError> {
    let new = NewUser {
        first_name: f.first_name.trim().into(),
        last_name: f.last_name.trim().into(),
        username: f.email.trim().to_lowercase(),
        password: Some(f.password.clone()).filter(|p| !p.is_empty()),
        extension: f.extension.trim().into(),
        different_email: None,
        create_vmbox: f.create_vmbox,
        send_email_on_creation: f.send_email,
    };
    let base = format!("accounts/{}", seg(account));
    // What the phone needs is read before anything is written, both at once: whether
    // its MAC is free, and the account realm it will register in.
    let phone = match phone {
        Some(phone) => {
            let (taken, realm) = futures::join!(mac_taken(call, &base, &phone.mac_address), realm(call, account));
            if taken? {
                let message = t("device-mac-taken");
                return Err(SaveError { message: message.clone(), fields: vec![("phone_mac", message)] });
            }
            Some((phone, realm.map_err(at(Step::Phone))?))
        }
        None => None,
    };
    let user = call.put(&format!("{base}/users"), stamped(user_doc(&new), meta)).await.map_err(at(Step::User))?;
    let user_id = doc_id(&user.data);
    // Each step's document is removed again if a later step fails, newest first.
    let mut made: Vec<String> = vec![];
    let rest = async {
        let vm_id = if new.create_vmbox {
            let vm = vmbox_doc(&new.first_name, &new.last_name, &user_id, &new.extension);
            let vm = call.put(&format!("{base}/vmboxes"), stamped(vm, meta)).await.map_err(at(Step::Vmbox))?;
            made.push(format!("{base}/vmboxes/{}", seg(&doc_id(&vm.data))));
            Some(doc_id(&vm.data))
        } else {
            None
        };
        let cf = main_callflow_doc(&new.first_name, &new.last_name, &user_id, &new.extension, vm_id.as_deref());
        let cf = call.put(&format!("{base}/callflows"), stamped(cf, meta)).await.map_err(at(Step::Callflow))?;
        made.push(format!("{base}/callflows/{}", seg(&doc_id(&cf.data))));
        if f.in_directory {
            let directory = smartpbx_directory(call, meta, &base).await.map_err(at(Step::User))?;
            let patch = user_directory_patch(&directory, &doc_id(&cf.data));
            call.patch(&format!("{base}/users/{}", seg(&user_id)), stamped(patch, meta))
                .await
                .map_err(at(Step::User))?;
        }
        if let Some((phone, realm)) = &phone {
            let sip = generated_credentials(js_sys::Math::random);
            let doc = provisioned_phone_doc(phone, &user_id, &sip, realm);
            call.put(&format!("{base}/devices"), stamped(doc, meta)).await.map_err(at(Step::Phone))?;
        }
        Ok::<(), SaveError>(())
    };
    let outcome = rest.await;
    if let Err(e) = outcome {
        for path in made.iter().rev() {
            let _ = call.delete_stamped(path, meta).await;
        }
        let _ = call.delete_stamped(&format!("{base}/users/{}", seg(&user_id)), meta).await;
        return Err(e);
    }
    Ok(user_id)
}

/// The account's "SmartPBX Directory", created on first use as Smart PBX does.
async fn smartpbx_directory(call: &ActionScope, meta: &UiMetadata, base: &str) -> Result<String, CrossbarError> {
    let path = format!("{base}/directories");
    let existing = fetch_all_pages(call, &path, "").await?;
    if let Some(dir) = existing.iter().find(|d| is_smartpbx_directory(d)) {
        return Ok(doc_id(dir));
    }
    let created = call.put(&path, stamped(smartpbx_directory_doc(), meta)).await?;
    Ok(doc_id(&created.data))
}
/// The user's main callflow and voicemail box, found the way Smart PBX finds them.
async fn owned(
    call: &ActionScope,
    account: &str,
    user_id: &str,
) -> Result<(Option<Value>, Option<Value>), CrossbarError> {
    let base = format!("accounts/{}", seg(account));
    let cfs =
        call.get(&format!("{base}/callflows?filter_owner_id={}&filter_type=mainUserCallflow", seg(user_id))).await?;
    let vms = call.get(&format!("{base}/vmboxes?filter_owner_id={}", seg(user_id))).await?;
    let first = |v: &Value| v.as_array().and_then(|a| a.first()).cloned();
    let cf = match first(&cfs.data) {
        Some(row) => Some(call.get(&format!("{base}/callflows/{}", seg(&doc_id(&row)))).await?.data),
        None => None,
    };
    let vm = match first(&vms.data) {
        Some(row) => Some(call.get(&format!("{base}/vmboxes/{}", seg(&doc_id(&row)))).await?.data),
        None => None,
    };
    Ok((cf, vm))
}

/// PATCH only what changed, on the user and (for a new name or extension) on its
/// voicemail box and main callflow, keeping them in step as Smart PBX does.
pub async fn update(
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    before: &Fields,
    after: &Fields,
) -> Result<(), SaveError> {
    let base = format!("accounts/{}", seg(account));
    let user_id = doc_id(user);
    let (first, last) = (after.first_name.trim(), after.last_name.trim());
    let renamed = first != before.first_name.trim() || last != before.last_name.trim();
    let new_ext = after.extension.trim();
    let old_ext = before.extension.trim();
    let ext_changed = new_ext != old_ext;

    let mut patch = Map::new();
    if renamed {
        patch.insert("first_name".into(), first.into());
        patch.insert("last_name".into(), last.into());
    }
    if after.email.trim() != before.email.trim() {
        patch.insert("email".into(), after.email.trim().into());
    }
    if !after.password.is_empty() {
        // Crossbar wants the username with a new password.
        patch.insert("username".into(), user.get("username").cloned().unwrap_or_else(|| after.email.trim().into()));
        patch.insert("password".into(), after.password.clone().into());
    }
    if ext_changed || renamed {
        let mut internal = Map::new();
        internal.insert("name".into(), names::internal_caller_id_name(first, last).into());
        internal.insert("number".into(), new_ext.into());
        patch.insert("caller_id".into(), json!({"internal": internal}));
        patch.insert("presence_id".into(), new_ext.into());
    }
    if !(renamed || ext_changed) && patch.is_empty() {
        return Ok(());
    }
    let user_path = format!("{base}/users/{}", seg(&user_id));
    // The user goes first unless the extension moves: then the callflow is written
    // first, so a number already taken stops the save before anything changed. With
    // the user first, a save from a page someone else has changed in the meantime stops
    // at the user (see `api::conditional`) before the callflow and voicemail box are
    // renamed.
    if !ext_changed {
        call.patch(&user_path, stamped(Value::Object(patch.clone()), meta)).await.map_err(at(Step::User))?;
    }
    if renamed || ext_changed {
        let (cf, vm) = owned(call, account, &user_id).await.map_err(at(Step::User))?;
        if let Some(cf) = cf {
            let mut cf_patch = Map::new();
            if renamed {
                cf_patch.insert("name".into(), names::user_callflow(first, last).into());
            }
            if ext_changed {
                let numbers: Vec<Value> = cf["numbers"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|n| if n.as_str() == Some(old_ext) { new_ext.into() } else { n })
                    .collect();
                let numbers = if numbers.iter().any(|n| n.as_str() == Some(new_ext)) {
                    numbers
                } else {
                    [vec![new_ext.into()], numbers].concat()
                };
                cf_patch.insert("numbers".into(), numbers.into());
            }
            call.patch(&format!("{base}/callflows/{}", seg(&doc_id(&cf))), stamped(Value::Object(cf_patch), meta))
                .await
                .map_err(at(Step::Callflow))?;
        }
        if let Some(vm) = vm {
            let mut vm_patch = Map::new();
            if renamed {
                vm_patch.insert("name".into(), names::user_vmbox(first, last).into());
            }
            // Smart PBX moves the mailbox only when it still matched the old extension.
            if ext_changed && vm.get("mailbox").and_then(Value::as_str) == Some(old_ext) {
                vm_patch.insert("mailbox".into(), new_ext.into());
            }
            if !vm_patch.is_empty() {
                call.patch(&format!("{base}/vmboxes/{}", seg(&doc_id(&vm))), stamped(Value::Object(vm_patch), meta))
                    .await
                    .map_err(at(Step::Vmbox))?;
            }
        }
    }
    if ext_changed {
        call.patch(&user_path, stamped(Value::Object(patch), meta)).await.map_err(at(Step::User))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossbar_errors_land_on_the_field_that_caused_them() {
        assert_eq!(field_for(Step::Callflow, "numbers"), Some("extension"));
        assert_eq!(field_for(Step::Vmbox, "mailbox"), Some("extension"));
        assert_eq!(field_for(Step::User, "username"), Some("email"));
        assert_eq!(field_for(Step::Callflow, "name"), None);
        assert_eq!(field_for(Step::Phone, "mac_address"), Some("phone_mac"));
    }
}
