//! Raw binary uploads as Crossbar takes them (api_util `handle_file_contents`): the body
//! is the file, `Content-Type` says what it is, and base64 bodies (the `base64` content
//! types, a `data:` URI or `Content-Transfer-Encoding: base64`) are decoded first.

use crate::ctx::Ctx;
use crate::reply::CbError;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::json;

/// What logos may be: PNG, JPEG and GIF (cb_whitelabel's `IMAGE_CONTENT_TYPES`).
pub const IMAGES: &[&str] = &["image/png", "image/jpeg", "image/gif"];
/// What icons may be: the images and `.ico`.
pub const ICONS: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/x-icon"];
/// What media may be: audio and video (cb_media's `MEDIA_MIME_TYPES` families).
pub const AUDIO_VIDEO: &[&str] = &["audio/*", "video/*"];

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

/// What a file's first bytes say it is, for the types the sandbox stores and serves:
/// images for logos and icons, audio and video for media. `None` for anything else
/// (HTML, scripts, SVG, archives …).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    Some(match bytes {
        _ if at(0, b"\x89PNG\r\n\x1a\n") => "image/png",
        _ if at(0, b"\xff\xd8\xff") => "image/jpeg",
        _ if at(0, b"GIF87a") || at(0, b"GIF89a") => "image/gif",
        _ if at(0, b"\x00\x00\x01\x00") => "image/x-icon",
        _ if at(0, b"RIFF") && at(8, b"WAVE") => "audio/wav",
        _ if at(0, b"OggS") => "audio/ogg",
        _ if at(0, b"ID3") => "audio/mpeg",
        [0xff, second, ..] if second & 0xe0 == 0xe0 => "audio/mpeg",
        _ if at(4, b"ftypqt") => "video/quicktime",
        _ if at(4, b"ftyp") => "video/mp4",
        _ if at(0, b"\x1a\x45\xdf\xa3") => "video/webm",
        _ if at(0, b"FLV") => "video/x-flv",
        _ if at(0, b"\x00\x00\x01\xba") || at(0, b"\x00\x00\x01\xb3") => "video/mpeg",
        _ => return None,
    })
}

/// The type to serve stored bytes as: what they are, when that is one of `allowed`,
/// else `application/octet-stream` (files stored before uploads were checked).
pub fn served_type(bytes: &[u8], allowed: &[&str]) -> &'static str {
    sniff(bytes).filter(|t| is_accepted(t, allowed)).unwrap_or("application/octet-stream")
}

/// Reads the uploaded file: 415 for a type outside `accepted`, 400 `file.required`
/// (with `empty_message`) for an empty body, 415 when the bytes are not a file of one of
/// the `stored` types whatever the request called them (KAZOO stores the declared type
/// unchecked, so an HTML page uploaded as a "logo" would be served as HTML). Returns
/// (content type, bytes), the type being what the bytes are.
pub fn read(ctx: &Ctx, accepted: &[&str], stored: &[&str], empty_message: &str) -> Result<(String, Vec<u8>), CbError> {
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
    match sniff(&bytes).filter(|t| is_accepted(t, stored)) {
        Some(actual) => Ok((actual.to_string(), bytes)),
        None => Err(CbError::unsupported_media_type(&content_type)),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_what_files_are_not_what_they_are_called() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"ID3\x03\x00"), Some("audio/mpeg"));
        assert_eq!(sniff(b"RIFF\x00\x00\x00\x00WAVEfmt "), Some("audio/wav"));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), None);
        assert_eq!(served_type(b"<html>", IMAGES), "application/octet-stream");
        assert_eq!(served_type(b"GIF89a..", IMAGES), "image/gif");
    }
}
