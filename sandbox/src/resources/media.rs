//! `/v2/accounts/{A}/media` (cb_media): the media record (no PATCH) and its binary at
//! `/media/{M}/raw`, uploaded raw with an audio/video type (or base64) and downloaded
//! with the stored content type. `POST /media/{M}` with an audio type uploads too, and
//! `GET /media/{M}` with an audio `Accept` downloads.

use super::collection::{id_of, Kind, Write};
use super::uploads;
use crate::ctx::{Ctx, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::store::Attachment;
use crate::validate::Validator;
use serde_json::{json, Map, Value};

pub struct Media;

const RAW_VERBS: &[Verb] = &[Verb::Get, Verb::Post];
/// `MEDIA_MIME_TYPES`, plus octet-stream which Crossbar accepts for every binary.
const UPLOAD_TYPES: &[&str] =
    &["audio/*", "video/*", "application/base64", "application/x-base64", "application/octet-stream"];
const EMPTY_UPLOAD: &str = "please provide an media file";

impl Kind for Media {
    const NOUN: &'static str = "media";
    const TYPE: &'static str = "media";
    const DOC_VERBS: &'static [Verb] = &[Verb::Get, Verb::Post, Verb::Delete];

    fn prepare(&self, write: &Write, m: &mut Map<String, Value>) -> Result<(), CbError> {
        validate(m)?;
        if write.ctx.caller.as_ref().is_some_and(|c| c.self_service()) {
            check_own_greeting(write, m)?;
        }
        Ok(())
    }

    /// The `crossbar_listing` row of the media view.
    fn listing_row(&self, m: &Value) -> Value {
        let mut row = json!({
            "id": m.get("_id"),
            "name": m.get("name"),
            "media_source": m.get("media_source"),
            "language": m.get("language"),
            "is_prompt": m.get("prompt_id").is_some(),
        });
        for key in ["description", "prompt_id", "source_type", "source_id", "content_type", "content_length"] {
            if let Some(v) = m.get(key) {
                row[key] = v.clone();
            }
        }
        row
    }

    fn accepts_id(&self, id: &str) -> bool {
        !id.is_empty()
    }

    fn doc_sub_path(&self, sub: &str) -> Option<&'static [Verb]> {
        (sub == "raw").then_some(RAW_VERBS)
    }

    fn accepts_binary(&self, verb: Verb, args: &[String]) -> bool {
        verb == Verb::Post && !args.is_empty()
    }

    fn handle_doc(&self, ctx: &mut Ctx, account_id: &str, stored: &Value, sub: Option<&str>) -> Option<Outcome> {
        let raw = sub.is_some();
        let binary_body =
            !uploads::content_type(ctx).is_empty() && uploads::is_accepted(&uploads::content_type(ctx), UPLOAD_TYPES);
        let wants_audio = ctx.header("accept").is_some_and(|a| a.starts_with("audio/"));
        let sound = match ctx.verb {
            Verb::Get if raw || wants_audio => Some(Verb::Get),
            Verb::Post if raw || binary_body => Some(Verb::Post),
            _ => None,
        }?;
        // A person's own sounds are theirs to play and replace; nobody else's.
        let owner = stored.get("owner_id").and_then(Value::as_str);
        if ctx.caller.as_ref().is_some_and(|c| c.self_service() && !c.owns(owner)) {
            return Some(Err(CbError::forbidden()));
        }
        Some(match sound {
            Verb::Get => download(ctx, account_id, id_of(stored)),
            _ => upload(ctx, account_id, stored),
        })
    }
}

/// What a person (a `priv_level: user` token) may make in the media: a greeting of a
/// voicemail box they own, owned by them — the shape KAZOO's voicemail application gives
/// a greeting recorded by phone (cf_voicemail `set_recording_media_doc`: `source_type`
/// `voicemail`, `source_id` the box, `owner_id` the box's owner).
fn check_own_greeting(write: &Write, m: &Map<String, Value>) -> Result<(), CbError> {
    let caller = write.ctx.caller.as_ref().ok_or_else(CbError::bad_token)?;
    let text = |key: &str| m.get(key).and_then(Value::as_str);
    let box_owner = match (text("source_type"), text("source_id")) {
        (Some("voicemail"), Some(box_id)) => write
            .ctx
            .state
            .store
            .get_live(write.account_id, box_id)?
            .filter(|b| b.get("pvt_type").and_then(Value::as_str) == Some("vmbox"))
            .and_then(|b| b.get("owner_id").and_then(Value::as_str).map(str::to_string)),
        _ => None,
    };
    if write.existing.is_some() || !caller.owns(text("owner_id")) || !caller.owns(box_owner.as_deref()) {
        return Err(CbError::restricted());
    }
    Ok(())
}

/// The facts of `media.json`: `name` required, enums, lengths, defaults filled in.
fn validate(m: &mut Map<String, Value>) -> Result<(), CbError> {
    m.entry("media_source").or_insert_with(|| "upload".into());
    m.entry("streamable").or_insert(Value::Bool(true));
    let language = m.get("language").and_then(Value::as_str).unwrap_or("en-us").to_lowercase();
    m.insert("language".into(), language.into());
    if let Some(Value::Object(tts)) = m.get_mut("tts") {
        tts.entry("voice").or_insert_with(|| "female/en-US".into());
    }
    let mut v = Validator::new();
    if v.required(m, "name") {
        v.string(m, "name", 1, 128);
    }
    v.string(m, "description", 1, 128);
    v.one_of(m, "media_source", &["recording", "upload", "tts"]);
    v.boolean(m, "streamable");
    v.object(m, "tts");
    v.string(m, "prompt_id", 0, usize::MAX);
    v.string(m, "source_id", 32, 32);
    v.one_of(
        m,
        "content_type",
        &[
            "audio/mp3",
            "audio/mpeg",
            "audio/mpeg3",
            "audio/x-wav",
            "audio/wav",
            "audio/ogg",
            "video/x-flv",
            "video/h264",
            "video/mpeg",
            "video/quicktime",
            "video/mp4",
            "video/webm",
        ],
    );
    if let Some(len) = m.get("content_length") {
        if !len.as_i64().is_some_and(|n| (1..=11_534_336).contains(&n)) {
            v.type_error("content_length", "integer 1..11534336", len);
        }
    }
    v.finish()
}

/// A new upload replaces the previous binary; the record notes the attachment the way
/// CouchDB lists `_attachments` (private, so clients never see it).
fn upload(ctx: &Ctx, account_id: &str, stored: &Value) -> Outcome {
    let (content_type, bytes) = uploads::read(ctx, UPLOAD_TYPES, uploads::AUDIO_VIDEO, EMPTY_UPLOAD)?;
    let mut m = stored.as_object().cloned().unwrap_or_default();
    let id = m.get("_id").and_then(Value::as_str).unwrap_or_default().to_string();
    let extension = content_type.rsplit('/').next().unwrap_or("bin").trim_start_matches("x-").to_string();
    let name =
        ctx.header("x-file-name").map(str::to_string).unwrap_or_else(|| format!("{}.{extension}", doc::new_id()));
    let size = bytes.len();
    let attachment = Attachment { name: name.clone(), content_type: content_type.clone(), bytes };
    ctx.state.store.put_attachment(account_id, &id, &attachment, true)?;
    m.insert("_attachments".into(), json!({ name: {"content_type": content_type, "length": size} }));
    ctx.state.store.save(account_id, &mut m)?;
    let saved = Value::Object(m);
    Ok(Success::doc(doc::public_view(&saved), saved.get("_rev").and_then(Value::as_str)))
}

fn download(ctx: &Ctx, account_id: &str, media_id: &str) -> Outcome {
    let found = ctx.state.store.get_attachment(account_id, media_id, None)?;
    let attachment = found.ok_or_else(|| CbError::bad_identifier(media_id))?;
    let served = uploads::served_type(&attachment.bytes, uploads::AUDIO_VIDEO);
    Ok(Success::binary(served, attachment.bytes, Some(attachment.name)))
}
