//! Whitelabel logo and icon: attachments on the account's `whitelabel` document,
//! uploaded raw (`POST …/whitelabel/logo`) and served with their stored content type,
//! also without a token through `GET /v2/whitelabel/{domain}/logo`.

use super::uploads;
use crate::ctx::Ctx;
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::store::{Attachment, Store};
use serde_json::Value;

pub const DOC_ID: &str = "whitelabel";

/// The file names Crossbar serves under the whitelabel document.
pub fn is_file(name: &str) -> bool {
    name == "logo" || name == "icon"
}

fn accepted(file: &str) -> &'static [&'static str] {
    const LOGO: &[&str] =
        &["image/png", "image/jpeg", "image/jpg", "image/gif", "application/base64", "application/x-base64"];
    const ICON: &[&str] = &[
        "image/png",
        "image/jpeg",
        "image/jpg",
        "image/gif",
        "image/x-icon",
        "image/ico",
        "image/vnd.microsoft.icon",
        "application/base64",
        "application/x-base64",
    ];
    if file == "icon" {
        ICON
    } else {
        LOGO
    }
}

/// The account whose whitelabel `domain` matches (the `list_by_whitelabel_domain` view).
pub fn account_for_domain(store: &Store, domain: &str) -> anyhow::Result<Option<String>> {
    Ok(store
        .list_all(DOC_ID)?
        .into_iter()
        .find(|d| d.get("domain").and_then(Value::as_str).is_some_and(|x| x.eq_ignore_ascii_case(domain)))
        .and_then(|d| d.get("pvt_account_id").and_then(Value::as_str).map(str::to_string)))
}

/// `GET`: the stored file with `content-disposition: attachment`; 404 when missing.
pub fn download(store: &Store, account_id: &str, file: &str) -> Outcome {
    let found = store.get_attachment(account_id, DOC_ID, Some(file))?;
    let attachment = found.ok_or_else(|| CbError::bad_identifier_list(file))?;
    Ok(Success::binary(&attachment.content_type, attachment.bytes, Some(attachment.name)))
}

/// `POST`: stores the file on an existing whitelabel document and answers the document.
pub fn upload(ctx: &Ctx, account_id: &str, file: &str) -> Outcome {
    let store = &ctx.state.store;
    let whitelabel = store.get_live(account_id, DOC_ID)?.ok_or_else(|| CbError::bad_identifier(DOC_ID))?;
    let (content_type, bytes) = uploads::read(ctx, accepted(file), "please provide an image file")?;
    let attachment = Attachment { name: file.to_string(), content_type, bytes };
    store.put_attachment(account_id, DOC_ID, &attachment, false)?;
    Ok(Success::doc(doc::public_view(&whitelabel), whitelabel.get("_rev").and_then(Value::as_str)))
}
