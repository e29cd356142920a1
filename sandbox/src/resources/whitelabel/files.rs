//! Whitelabel logo and icon: attachments on the account's `whitelabel` document,
//! uploaded raw (`POST …/whitelabel/logo`) and served with their stored content type,
//! also without a token through `GET /v2/whitelabel/{domain}/logo`.

use crate::ctx::Ctx;
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::resources::uploads;
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

/// The whitelabel document whose `domain` matches, compared without letter case as the
/// `list_by_whitelabel_domain` view keys it (lower-cased). Domains are unique, but should
/// two documents claim one anyway (data written before that rule), the earliest claim
/// keeps it: a later document can never take over another account's sign-in page.
pub fn doc_for_domain(store: &Store, domain: &str) -> anyhow::Result<Option<Value>> {
    let mut claims: Vec<Value> = store
        .list_all(DOC_ID)?
        .into_iter()
        .filter(|d| d.get("domain").and_then(Value::as_str).is_some_and(|x| x.eq_ignore_ascii_case(domain)))
        .collect();
    claims.sort_by_key(|d| d.get("pvt_created").and_then(Value::as_i64).unwrap_or(i64::MAX));
    Ok(claims.into_iter().next())
}

/// What a logo or icon's bytes may be.
fn stored_types(file: &str) -> &'static [&'static str] {
    if file == "icon" {
        uploads::ICONS
    } else {
        uploads::IMAGES
    }
}

/// The account whose whitelabel `domain` matches (see `doc_for_domain`).
pub fn account_for_domain(store: &Store, domain: &str) -> anyhow::Result<Option<String>> {
    Ok(doc_for_domain(store, domain)?.and_then(|d| d.get("pvt_account_id").and_then(Value::as_str).map(str::to_string)))
}

/// `GET`: the stored file with `content-disposition: attachment`; 404 when missing.
pub fn download(store: &Store, account_id: &str, file: &str) -> Outcome {
    let found = store.get_attachment(account_id, DOC_ID, Some(file))?;
    let attachment = found.ok_or_else(|| CbError::bad_identifier_list(file))?;
    let served = uploads::served_type(&attachment.bytes, stored_types(file));
    Ok(Success::binary(served, attachment.bytes, Some(attachment.name)))
}

/// `POST`: stores the file on an existing whitelabel document and answers the document.
pub fn upload(ctx: &Ctx, account_id: &str, file: &str) -> Outcome {
    let store = &ctx.state.store;
    let whitelabel = store.get_live(account_id, DOC_ID)?.ok_or_else(|| CbError::bad_identifier(DOC_ID))?;
    let (content_type, bytes) = uploads::read(ctx, accepted(file), stored_types(file), "please provide an image file")?;
    let attachment = Attachment { name: file.to_string(), content_type, bytes };
    store.put_attachment(account_id, DOC_ID, &attachment, false)?;
    Ok(Success::doc(doc::public_view(&whitelabel), whitelabel.get("_rev").and_then(Value::as_str)))
}
