//! `/v2/accounts/{A}/vmboxes/{VM}/messages` (cb_vmboxes' message sub-resources, KAZOO's
//! doc/voicemail.md): list a box's messages, leave one (`PUT`, its sound then `PUT` to
//! `…/{MSG}/raw`), move messages between the `new` and `saved` folders (`POST`, one or a
//! list), delete them (`DELETE`, one, a list, a folder or all) and play one (`GET …/raw`).
//!
//! Each message is its own document (KAZOO 4 keeps them in the account's month databases
//! with ids `YYYYMM-<32 hex>`): the answer is its `metadata`, the box is its `source_id`.
//! Deleting moves a message to the `deleted` folder, as KAZOO does before its cleanup
//! job purges it; listings and counts leave deleted messages out.
//!
//! The box's owner may read, file and delete their messages; leaving one is for admins
//! (KAZOO's voicemail application leaves them during calls). Moving or copying messages
//! to other boxes (`source_id` in the body) is not offered here.

use super::collection::id_of;
use super::uploads;
use super::vmboxes::MESSAGE_TYPE;
use super::Resource;
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::store::Attachment;
use serde_json::{json, Map, Value};

pub struct Messages;

const FOLDERS: &[&str] = &["new", "saved", "deleted"];
const LIST_VERBS: &[Verb] = &[Verb::Get, Verb::Put, Verb::Post, Verb::Delete];
const ONE_VERBS: &[Verb] = &[Verb::Get, Verb::Post, Verb::Delete];
const RAW_VERBS: &[Verb] = &[Verb::Get, Verb::Put];
const UPLOAD_TYPES: &[&str] = &["audio/*", "application/base64", "application/x-base64", "application/octet-stream"];

/// The box id and the message arguments of `…/vmboxes/{VM}/messages[/{MSG}[/raw]]`.
fn target(nouns: &[Noun]) -> Option<(&str, &[String])> {
    match nouns {
        [account, vmboxes, messages]
            if account.name == "accounts"
                && account.args.len() == 1
                && vmboxes.name == "vmboxes"
                && vmboxes.args.len() == 1 =>
        {
            Some((vmboxes.args[0].as_str(), messages.args.as_slice()))
        }
        _ => None,
    }
}

impl Resource for Messages {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match target(nouns)?.1 {
            [] => Some(LIST_VERBS),
            [_] => Some(ONE_VERBS),
            [_, raw] if raw == "raw" => Some(RAW_VERBS),
            _ => None,
        }
    }

    fn accepts_binary(&self, verb: Verb, nouns: &[Noun]) -> bool {
        verb == Verb::Put && target(nouns).is_some_and(|(_, args)| args.len() == 2)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let (box_id, args) = target(&ctx.nouns).ok_or_else(CbError::not_found)?;
        let (box_id, args) = (box_id.to_string(), args.to_vec());
        let account_id = ctx.account_id().ok_or_else(CbError::not_found)?.to_string();
        let vmbox = ctx
            .state
            .store
            .get_live(&account_id, &box_id)?
            .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some("vmbox"))
            .ok_or_else(|| CbError::bad_identifier(&box_id))?;
        let caller = ctx.caller.as_ref().ok_or_else(CbError::bad_token)?;
        if !caller.is_admin() && !caller.owns(vmbox.get("owner_id").and_then(Value::as_str)) {
            return Err(CbError::forbidden());
        }
        let mailbox = Mailbox { account_id: &account_id, id: &box_id, vmbox: &vmbox };
        match (ctx.verb, args.as_slice()) {
            (Verb::Get, []) => mailbox.list(ctx),
            (Verb::Put, []) => mailbox.leave(ctx),
            (Verb::Post, []) => mailbox.file_many(ctx, false),
            (Verb::Delete, []) => mailbox.file_many(ctx, true),
            (verb, [id]) => {
                let message = mailbox.message(ctx, id)?;
                match verb {
                    Verb::Get => Ok(Success::ok(present(&message))),
                    Verb::Post => mailbox.file_one(ctx, message, requested_folder(ctx)?),
                    _ => mailbox.file_one(ctx, message, Some("deleted".into())),
                }
            }
            (Verb::Get, [id, _]) => {
                let message = mailbox.message(ctx, id)?;
                let found = ctx.state.store.get_attachment(&account_id, id_of(&message), None)?;
                let sound = found.ok_or_else(|| CbError::bad_identifier(id))?;
                let served = uploads::served_type(&sound.bytes, uploads::AUDIO_VIDEO);
                Ok(Success::binary(served, sound.bytes, Some(sound.name)))
            }
            (_, [id, _]) => {
                let message = mailbox.message(ctx, id)?;
                mailbox.record(ctx, message)
            }
            _ => Err(CbError::not_found()),
        }
    }
}

struct Mailbox<'a> {
    account_id: &'a str,
    id: &'a str,
    vmbox: &'a Value,
}

impl Mailbox<'_> {
    /// This box's messages, deleted ones included.
    fn all(&self, ctx: &Ctx) -> Result<Vec<Value>, CbError> {
        Ok(ctx
            .state
            .store
            .list(self.account_id, MESSAGE_TYPE)?
            .iter()
            .filter(|m| m.get("source_id").and_then(Value::as_str) == Some(self.id))
            .cloned()
            .collect())
    }

    fn message(&self, ctx: &Ctx, id: &str) -> Result<Value, CbError> {
        ctx.state
            .store
            .get_live(self.account_id, id)?
            .filter(|m| m.get("pvt_type").and_then(Value::as_str) == Some(MESSAGE_TYPE))
            .filter(|m| m.get("source_id").and_then(Value::as_str) == Some(self.id))
            .ok_or_else(|| CbError::bad_identifier(id))
    }

    /// Newest first; `?folder=` keeps one folder.
    fn list(&self, ctx: &Ctx) -> Outcome {
        let folder = ctx.query("folder");
        let mut rows: Vec<Value> = self
            .all(ctx)?
            .iter()
            .map(present)
            .filter(|m| match folder {
                Some(f) => m["folder"] == f,
                None => m["folder"] != "deleted",
            })
            .collect();
        rows.sort_by_key(|m| std::cmp::Reverse(m["timestamp"].as_i64().unwrap_or(0)));
        Ok(Success::ok(Value::Array(rows)))
    }

    /// A new message from the caller-id facts in the body; its sound follows at `raw`.
    fn leave(&self, ctx: &Ctx) -> Outcome {
        if ctx.caller.as_ref().is_some_and(|c| !c.is_admin()) {
            return Err(CbError::restricted());
        }
        let data = ctx.data_object();
        let folder = match data.get("folder") {
            None => "new".to_string(),
            Some(f) => folder_of(f)?,
        };
        let text = |key: &str| data.get(key).and_then(Value::as_str).map(str::to_string);
        // schemas/mailbox_message.json: caller-id facts are at most 35 characters.
        for key in ["caller_id_name", "caller_id_number"] {
            if text(key).is_some_and(|t| t.chars().count() > 35) {
                return Err(CbError::field(
                    key,
                    "maxLength",
                    json!({"message": "String must not be more than 35 characters", "target": 35}),
                ));
            }
        }
        let now = doc::now_gregorian();
        let id = new_message_id(now);
        let mailbox = self.vmbox.get("mailbox").and_then(Value::as_str).unwrap_or_default();
        let realm = ctx.account.as_ref().and_then(|a| a.get("realm")).and_then(Value::as_str).unwrap_or_default();
        let metadata = json!({
            "timestamp": now,
            "from": text("from").unwrap_or_default(),
            "to": text("to").unwrap_or_else(|| format!("{mailbox}@{realm}")),
            "caller_id_number": text("caller_id_number").unwrap_or_default(),
            "caller_id_name": text("caller_id_name").unwrap_or_default(),
            "call_id": text("call_id").unwrap_or_else(doc::new_id),
            "folder": folder,
            "length": data.get("length").and_then(Value::as_u64).unwrap_or(0),
            "media_id": id,
        });
        let mut stored = message_doc(&id, self.id, mailbox, metadata);
        ctx.state.store.save(self.account_id, &mut stored)?;
        Ok(Success { created: true, ..Success::ok(present(&Value::Object(stored))) })
    }

    /// `POST` (file) or `DELETE` (delete) of several messages: the ids in the body, else
    /// the `folder` asked for (a `DELETE` of every saved message), else all of them.
    fn file_many(&self, ctx: &Ctx, deleting: bool) -> Outcome {
        let data = ctx.data_object();
        let to = if deleting { Some("deleted".to_string()) } else { requested_folder(ctx)? };
        let Some(to) = to else {
            return Err(folder_required());
        };
        let messages = self.all(ctx)?;
        let chosen: Vec<String> = match data.get("messages").and_then(Value::as_array) {
            Some(ids) => ids.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            None => {
                let only = deleting.then(|| requested_folder(ctx)).transpose()?.flatten();
                messages
                    .iter()
                    .filter(|m| {
                        only.is_none() || m.pointer("/metadata/folder").and_then(Value::as_str) == only.as_deref()
                    })
                    .map(|m| id_of(m).to_string())
                    .collect()
            }
        };
        let (mut succeeded, mut failed) = (Vec::new(), Vec::new());
        for id in chosen {
            match messages.iter().find(|m| id_of(m) == id) {
                Some(m) => {
                    self.save_folder(ctx, m.clone(), &to)?;
                    succeeded.push(Value::String(id));
                }
                None => failed.push(json!({ id: "not_found" })),
            }
        }
        Ok(Success::ok(json!({"succeeded": succeeded, "failed": failed})))
    }

    fn file_one(&self, ctx: &Ctx, message: Value, to: Option<String>) -> Outcome {
        let to = to.ok_or_else(folder_required)?;
        let saved = self.save_folder(ctx, message, &to)?;
        Ok(Success::ok(present(&saved)))
    }

    fn save_folder(&self, ctx: &Ctx, message: Value, folder: &str) -> Result<Value, CbError> {
        let mut m = message.as_object().cloned().unwrap_or_default();
        if let Some(Value::Object(meta)) = m.get_mut("metadata") {
            meta.insert("folder".into(), folder.into());
        }
        ctx.state.store.save(self.account_id, &mut m)?;
        Ok(Value::Object(m))
    }

    /// `PUT …/{MSG}/raw`: the message's sound (replacing any earlier one).
    fn record(&self, ctx: &Ctx, message: Value) -> Outcome {
        if ctx.caller.as_ref().is_some_and(|c| !c.is_admin()) {
            return Err(CbError::restricted());
        }
        let (content_type, bytes) = uploads::read(ctx, UPLOAD_TYPES, &["audio/*"], "please provide a media file")?;
        let id = id_of(&message).to_string();
        let extension = content_type.rsplit('/').next().unwrap_or("bin").trim_start_matches("x-").to_string();
        let attachment = Attachment { name: format!("{id}.{extension}"), content_type, bytes };
        ctx.state.store.put_attachment(self.account_id, &id, &attachment, true)?;
        Ok(Success::ok(present(&message)))
    }
}

/// What Crossbar answers for a message: its metadata, with a folder (`new` when it has none).
fn present(message: &Value) -> Value {
    let mut meta = message.get("metadata").cloned().unwrap_or_else(|| json!({}));
    if meta.get("folder").is_none() {
        meta["folder"] = "new".into();
    }
    meta["media_id"] = id_of(message).into();
    meta
}

/// The folder asked for in `?folder=` or the body; `None` when neither says.
fn requested_folder(ctx: &Ctx) -> Result<Option<String>, CbError> {
    match ctx.query("folder").map(Value::from).or_else(|| ctx.data.get("folder").cloned()) {
        Some(f) => folder_of(&f).map(Some),
        None => Ok(None),
    }
}

fn folder_of(value: &Value) -> Result<String, CbError> {
    match value.as_str().filter(|f| FOLDERS.contains(f)) {
        Some(f) => Ok(f.to_string()),
        None => Err(CbError::field(
            "folder",
            "enum",
            json!({"message": "Value not found in enumerated list of values", "target": FOLDERS, "value": value}),
        )),
    }
}

fn folder_required() -> CbError {
    CbError::field("folder", "required", json!({"message": "Field is required but missing"}))
}

/// `YYYYMM-<32 hex>`, the month of `gregorian` (KAZOO's `kazoo_modb_util:modb_id/3`).
pub fn new_message_id(gregorian: i64) -> String {
    let month = doc::iso8601(gregorian - doc::UNIX_EPOCH_IN_GREGORIAN)[..7].replace('-', "");
    format!("{month}-{}", doc::new_id())
}

/// A message document as KAZOO's voicemail application stores one (`kvm_message`'s
/// `new_message_doc`): a media record of the box with the message facts in `metadata`.
pub fn message_doc(id: &str, box_id: &str, mailbox: &str, metadata: Value) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("_id".into(), id.into());
    m.insert("pvt_type".into(), MESSAGE_TYPE.into());
    m.insert("name".into(), format!("mailbox {mailbox} message").into());
    m.insert("description".into(), "mailbox message media".into());
    m.insert("source_type".into(), "voicemail".into());
    m.insert("source_id".into(), box_id.into());
    m.insert("media_source".into(), "recording".into());
    m.insert("streamable".into(), true.into());
    m.insert("metadata".into(), metadata);
    m
}
