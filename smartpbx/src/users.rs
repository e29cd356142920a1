//! Adding, editing and deleting a user as Smart PBX does (monster-ui-voip
//! `submodules/users/users.js`; deleting goes through Monster's shared delete widget,
//! see `patchbay_monster::user_delete`):
//! - adding writes the user, its voicemail box, its main callflow, the directory entry
//!   and the optional desk phone one after another, and removes again what it made,
//!   newest first, when a later step fails;
//! - editing PATCHes only what changed, keeping the voicemail box and the main
//!   callflow in step with a new name or extension;
//! - deleting handles what the user owns first (devices, conferences, callflows,
//!   voicemail boxes), then deletes the user.

use futures::future::join_all;
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{CrossbarError, Envelope, Transport};
use patchbay_monster::classify::is_smartpbx_directory;
use patchbay_monster::device::{stored_mac, SipCredentials};
use patchbay_monster::directory::{smartpbx_directory_doc, user_directory_patch};
use patchbay_monster::provisioned_phone::{provisioned_phone_doc, ProvisionedPhone};
use patchbay_monster::user::{main_callflow_doc, user_doc, vmbox_doc, NewUser};
use patchbay_monster::user_delete::{mobile_mdn, steps, DeleteChoices, Step as DeleteStep};
use patchbay_monster::{names, UiMetadata};
use serde_json::{json, Map, Value};

use crate::{account_path, delete_stamped, realm, stamped};

/// Which document a failed write was about, so a form can put Crossbar's field
/// errors beside the right field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    User,
    Vmbox,
    Callflow,
    Phone,
}

/// Why adding a user failed. Nothing it wrote is left behind.
#[derive(Debug, Clone, PartialEq)]
pub enum AddError {
    /// The extension is already a number of a callflow or a voicemail box's mailbox
    /// (found before anything was written).
    ExtensionTaken,
    /// Another device of the account already has the desk phone's MAC address
    /// (found before anything was written).
    MacTaken,
    At(Step, CrossbarError),
}

fn at(step: Step) -> impl Fn(CrossbarError) -> AddError {
    move |error| AddError::At(step, error)
}

/// A desk phone to provision with the new user, and the SIP credentials it gets.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPhone {
    pub phone: ProvisionedPhone,
    pub sip: SipCredentials,
}

/// Whether another device of the account already has this MAC address. Asked before
/// anything is written: the device is the last document made, and finding the clash
/// only then would create and delete the user again (and send any welcome email).
/// Crossbar keeps MACs as bare lower-case hex, so that is what is compared; a clash in
/// another account still comes back from the device PUT and is rolled back.
async fn mac_taken(call: &impl Transport, base: &str, mac: &str) -> Result<bool, CrossbarError> {
    let found = call.get(&format!("{base}/devices?filter_mac_address={}", seg(&stored_mac(mac)))).await?;
    Ok(found.data.as_array().is_some_and(|rows| !rows.is_empty()))
}

/// The account's extensions in use: the short numbers (< 7 characters) of every
/// callflow and every voicemail box's mailbox, sorted — what Smart PBX reads before
/// "Add user" to suggest the next one and to refuse one in use.
pub async fn taken_extensions(call: &impl Transport, account: &str) -> Result<Vec<String>, CrossbarError> {
    let base = account_path(account);
    let (callflows_path, vmboxes_path) = (format!("{base}/callflows"), format!("{base}/vmboxes"));
    let (callflows, vmboxes) =
        futures::join!(fetch_all_pages(call, &callflows_path, ""), fetch_all_pages(call, &vmboxes_path, ""));
    let numbers = callflows?.iter().flat_map(|cf| patchbay_crossbar::json::strings(&cf["numbers"])).collect::<Vec<_>>();
    let mailboxes =
        vmboxes?.iter().map(|vm| patchbay_crossbar::json::str_at(vm, "/mailbox").to_string()).collect::<Vec<_>>();
    let mut taken: Vec<String> =
        numbers.into_iter().chain(mailboxes).filter(|n| !n.is_empty() && names::is_extension(n)).collect();
    patchbay_crossbar::order::sort(&mut taken);
    taken.dedup();
    Ok(taken)
}

/// Adds the user and what Smart PBX makes with it; the new user's id.
pub async fn add(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    new: &NewUser,
    in_directory: bool,
    phone: Option<NewPhone>,
) -> Result<String, AddError> {
    let base = account_path(account);
    // Nothing is written for an extension in use: found now, not from a 400 on the
    // callflow after the user and its box were made (and had to be deleted again).
    if taken_extensions(call, account).await.map_err(at(Step::Callflow))?.contains(&new.extension) {
        return Err(AddError::ExtensionTaken);
    }
    // What the phone needs is read before anything is written, both at once: whether
    // its MAC is free, and the account realm it will register in.
    let phone = match phone {
        Some(p) => {
            let (taken, realm) = futures::join!(mac_taken(call, &base, &p.phone.mac_address), realm(call, account));
            if taken.map_err(at(Step::Phone))? {
                return Err(AddError::MacTaken);
            }
            Some((p, realm.map_err(at(Step::Phone))?))
        }
        None => None,
    };
    let user = call.put(&format!("{base}/users"), stamped(user_doc(new), meta)).await.map_err(at(Step::User))?;
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
        if in_directory {
            let directory = smartpbx_directory(call, meta, &base).await.map_err(at(Step::User))?;
            let patch = user_directory_patch(&directory, &doc_id(&cf.data));
            call.patch(&format!("{base}/users/{}", seg(&user_id)), stamped(patch, meta))
                .await
                .map_err(at(Step::User))?;
        }
        if let Some((p, realm)) = &phone {
            let doc = provisioned_phone_doc(&p.phone, &user_id, &p.sip, realm);
            call.put(&format!("{base}/devices"), stamped(doc, meta)).await.map_err(at(Step::Phone))?;
        }
        Ok::<(), AddError>(())
    };
    let outcome = rest.await;
    if let Err(e) = outcome {
        for path in made.iter().rev() {
            let _ = delete_stamped(call, path, meta).await;
        }
        let _ = delete_stamped(call, &format!("{base}/users/{}", seg(&user_id)), meta).await;
        return Err(e);
    }
    Ok(user_id)
}

/// Lists the user in the company directory, or takes them out of it, as Smart PBX's
/// user page does (`users.js usersAddUserToMainDirectory`): the user's
/// `directories.<SmartPBX Directory id>` is their main callflow's id, or removed. The
/// directory is made on first use. Returns the directory's id.
pub async fn set_in_directory(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user_id: &str,
    main_callflow_id: &str,
    listed: bool,
) -> Result<Option<String>, CrossbarError> {
    let base = account_path(account);
    let directory = if listed {
        Some(smartpbx_directory(call, meta, &base).await?)
    } else {
        let existing = fetch_all_pages(call, &format!("{base}/directories"), "").await?;
        existing.iter().find(|d| is_smartpbx_directory(d)).map(doc_id)
    };
    let Some(dir) = &directory else { return Ok(None) };
    let patch = if listed {
        user_directory_patch(dir, main_callflow_id)
    } else {
        serde_json::json!({"directories": {dir.as_str(): null}})
    };
    call.patch(&format!("{base}/users/{}", seg(user_id)), stamped(patch, meta)).await?;
    Ok(directory)
}

/// The account's "SmartPBX Directory", created on first use as Smart PBX does.
async fn smartpbx_directory(call: &impl Transport, meta: &UiMetadata, base: &str) -> Result<String, CrossbarError> {
    let path = format!("{base}/directories");
    let existing = fetch_all_pages(call, &path, "").await?;
    if let Some(dir) = existing.iter().find(|d| is_smartpbx_directory(d)) {
        return Ok(doc_id(dir));
    }
    let created = call.put(&path, stamped(smartpbx_directory_doc(), meta)).await?;
    Ok(doc_id(&created.data))
}

/// The user's main callflow and voicemail box, found the way Smart PBX finds them.
async fn main_callflow_and_vmbox(
    call: &impl Transport,
    base: &str,
    user_id: &str,
) -> Result<(Option<Value>, Option<Value>), CrossbarError> {
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

/// What the user form edits on a stored user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserEdit {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// Empty: unchanged.
    pub password: String,
    pub extension: String,
    /// The sign-in name; empty keeps the stored one. Sent only with a new password:
    /// Crossbar hashes the credentials from both.
    pub username: String,
}

/// PATCHes only what changed, on the user and (for a new name or extension) on its
/// voicemail box and main callflow, keeping them in step as Smart PBX does.
pub async fn update(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user: &Value,
    before: &UserEdit,
    after: &UserEdit,
) -> Result<(), (Step, CrossbarError)> {
    let at = |step: Step| move |e: CrossbarError| (step, e);
    let base = account_path(account);
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
        // Crossbar wants the username with a new password (users.js's change-username
        // dialog sends both).
        let new_username = after.username.trim().to_ascii_lowercase();
        let username = if new_username.is_empty() {
            user.get("username").cloned().unwrap_or_else(|| after.email.trim().into())
        } else {
            new_username.into()
        };
        patch.insert("username".into(), username);
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
    // at the user (the app's client writes conditionally) before the callflow and
    // voicemail box are renamed.
    if !ext_changed {
        call.patch(&user_path, stamped(Value::Object(patch.clone()), meta)).await.map_err(at(Step::User))?;
    }
    if renamed || ext_changed {
        let (cf, vm) = main_callflow_and_vmbox(call, &base, &user_id).await.map_err(at(Step::User))?;
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

/// What a user owns, as the listings filtered by `owner_id` show it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Belongings {
    pub devices: Vec<Value>,
    pub vmboxes: Vec<Value>,
    pub callflows: Vec<Value>,
    pub conferences: Vec<Value>,
}

/// What deleting the user would take with it (asked for before the confirmation).
pub async fn belongings(call: &impl Transport, account: &str, user_id: &str) -> Result<Belongings, CrossbarError> {
    let path = |collection: &str| format!("{}/{collection}?filter_owner_id={}", account_path(account), seg(user_id));
    let (d, v, c, k) = futures::join!(
        call.get_owned(path("devices")),
        call.get_owned(path("vmboxes")),
        call.get_owned(path("callflows")),
        call.get_owned(path("conferences")),
    );
    let rows = |e: Result<Envelope, CrossbarError>| e.map(|e| e.data.as_array().cloned().unwrap_or_default());
    Ok(Belongings { devices: rows(d)?, vmboxes: rows(v)?, callflows: rows(c)?, conferences: rows(k)? })
}

/// Deletes the user as Monster's delete widget does, with the widget's two choices.
/// Only a user whose belongings were all handled is deleted: a retry then finds the rest.
pub async fn delete(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    user_id: &str,
    choices: DeleteChoices,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let o = belongings(call, account, user_id).await?;
    // A mobile callflow goes back to its mobile device, found by number.
    let mobiles: Vec<&Value> = o.callflows.iter().filter(|c| c["type"] == "mobile").collect();
    let lookups = mobiles.iter().map(|cf| {
        let mdn = mobile_mdn(cf).unwrap_or_default();
        call.get_owned(format!("{base}/devices?filter_mobile.mdn={}", seg(&mdn)))
    });
    let found: Vec<(String, String)> = join_all(lookups)
        .await
        .into_iter()
        .zip(&mobiles)
        .filter_map(|(r, cf)| {
            let device = r.ok()?.data.as_array()?.first().map(doc_id)?;
            Some((doc_id(cf), device))
        })
        .collect();
    let plan = steps(choices, &o.devices, &o.vmboxes, &o.callflows, &o.conferences, |cf| {
        found.iter().find(|(c, _)| *c == doc_id(cf)).map(|(_, d)| d.clone())
    });
    let writes = plan.into_iter().map(|step| {
        let base = base.clone();
        async move {
            match step {
                DeleteStep::Delete(path) => delete_stamped(call, &format!("{base}/{path}"), meta).await.map(|_| ()),
                DeleteStep::Patch(path, body) => {
                    call.patch(&format!("{base}/{path}"), stamped(body, meta)).await.map(|_| ())
                }
            }
        }
    });
    join_all(writes).await.into_iter().collect::<Result<Vec<()>, _>>()?;
    delete_stamped(call, &format!("{base}/users/{}", seg(user_id)), meta).await?;
    Ok(())
}
