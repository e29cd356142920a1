//! Raw binary uploads as Crossbar takes them (api_util `handle_file_contents`): the body
//! is the file, `Content-Type` says what it is, and base64 bodies (the `base64` content
//! types, a `data:` URI or `Content-Transfer-Encoding: base64`) are decoded first.

use crate::ctx::Ctx;
use crate::reply::CbError;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::json;

pub const BASE64_TYPES: &[&str] = &["application/base64", "application/x-base64"];

/// The request's content type without parameters, lower-cased.
pub fn content_type(ctx: &Ctx) -> String {
    ctx.header("content-type").unwrap_or_default().split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// Whether `essence` is in `accepted`, where `audio/*` style entries match a whole family.
pub fn is_accepted(essence: &str, accepted: &[&str]) -> bool {
    accepted.iter().any(|a| match a.strip_suffix("/*") {
        Some(family) => essence.split('/').next() == Some(family),
        None => *a == essence,
    })
}

/// Reads the uploaded file: 415 for a type outside `accepted`, 400 `file.required`
/// (with `empty_message`) for an empty body. Returns (content type, bytes); a base64
/// body takes the type from its `data:` URI when it has one.
pub fn read(ctx: &Ctx, accepted: &[&str], empty_message: &str) -> Result<(String, Vec<u8>), CbError> {
    let essence = content_type(ctx);
    if !is_accepted(&essence, accepted) {
        return Err(CbError::unsupported_media_type(&essence));
    }
    let transfer_base64 = ctx.header("content-transfer-encoding").is_some_and(|e| e.eq_ignore_ascii_case("base64"));
    let (content_type, bytes) = if transfer_base64 || BASE64_TYPES.contains(&essence.as_str()) {
        decode_base64(&essence, ctx.body)?
    } else {
        (essence, ctx.body.to_vec())
    };
    if bytes.is_empty() {
        return Err(CbError::field("file", "required", json!({"message": empty_message})));
    }
    Ok((content_type, bytes))
}

fn decode_base64(essence: &str, body: &[u8]) -> Result<(String, Vec<u8>), CbError> {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let (content_type, payload) = match text.strip_prefix("data:").and_then(|rest| rest.split_once(',')) {
        Some((header, payload)) => (header.trim_end_matches(";base64").to_string(), payload),
        None if BASE64_TYPES.contains(&essence) => ("application/octet-stream".to_string(), text),
        None => (essence.to_string(), text),
    };
    let compact: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = STANDARD
        .decode(compact)
        .map_err(|_| CbError::field("file", "invalid", json!({"message": "the file is not valid base64"})))?;
    Ok((content_type, bytes))
}
