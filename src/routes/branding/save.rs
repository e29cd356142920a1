//! One save of the Branding form, as one inspector action ("Save branding"): the
//! document as stored right now (POST replaces it whole, so what is sent is built on
//! it: `doc::body`), then `PUT` when the account has none yet or `POST` over it, then
//! the chosen logo and icon. Pictures go as Monster's SDK sends them, a `data:` URI
//! as `application/x-base64` (monster-ui `src/js/lib/jquery.kazoosdk.js`,
//! `whitelabel.updateLogo` / `updateIcon`); Crossbar keeps the type the URI names.
//! They can only be sent once the document exists, hence after it.

use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use super::doc::{body, BrandForm, Picture};
use super::{missing_is_none, whitelabel_path};
use crate::api::ActionScope;
use crate::components::error_notice::error_text;
use crate::components::media_file::data_url;
use crate::i18n::{arg, t, t_with};

/// What the form sends.
#[derive(Clone)]
pub struct Draft {
    /// The fields as typed.
    pub form: BrandForm,
    /// The fields as they were shown (only what differs is written).
    pub loaded: BrandForm,
    pub logo: Option<web_sys::File>,
    pub icon: Option<web_sys::File>,
}

/// How a save ended when the document itself was saved.
#[derive(Clone)]
pub enum Outcome {
    /// Everything was saved; the document as stored.
    Saved(Value),
    /// The document was saved, but Crossbar refused a picture or both: the document,
    /// and each refused picture with why, in words.
    PicturesRefused { doc: Value, refused: Vec<(Picture, String)> },
}

pub async fn save(call: ActionScope, account: String, draft: Draft) -> Result<Outcome, CrossbarError> {
    let base = whitelabel_path(&account);
    let reading = call.clone().expecting(404, t("inspector-not-branded"));
    let stored = missing_is_none(reading.get(&base).await)?.map(|env| env.data);
    let sent = body(stored.as_ref().unwrap_or(&Value::Object(Default::default())), &draft.loaded, &draft.form);
    let doc = match stored {
        Some(_) => call.post(&base, sent).await?.data,
        None => call.put(&base, sent).await?.data,
    };
    let mut refused = Vec::new();
    for (picture, file) in [(Picture::Logo, draft.logo), (Picture::Icon, draft.icon)] {
        let Some(file) = file else { continue };
        let path = format!("{base}/{}", seg(picture.key()));
        let sent = match data_url(&file).await {
            Ok(text) => call.upload(&path, "application/x-base64", &text).await.map_err(|e| picture_error(picture, &e)),
            Err(_) => Err(t("branding-picture-unreadable")),
        };
        if let Err(why) = sent {
            refused.push((picture, why));
        }
    }
    Ok(match refused.is_empty() {
        true => Outcome::Saved(doc),
        false => Outcome::PicturesRefused { doc, refused },
    })
}

/// Why Crossbar refused a picture, in words.
pub fn picture_error(picture: Picture, error: &CrossbarError) -> String {
    match error.status() {
        Some(415) => picture.problem("", 1.0).unwrap_or_default(),
        Some(413) => t_with("branding-picture-too-big-for-server", &[("what", arg(picture.what()))]),
        _ => error_text(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_picture_is_said_in_words() {
        let unsupported = CrossbarError::Other { status: 415, message: "unsupported media type".into() };
        assert_eq!(picture_error(Picture::Logo, &unsupported), t("branding-logo-type"));
        assert_eq!(picture_error(Picture::Icon, &unsupported), t("branding-icon-type"));
        let too_big = CrossbarError::Other { status: 413, message: "too big".into() };
        assert!(picture_error(Picture::Logo, &too_big).contains("logo"));
        let down = CrossbarError::Server { status: 503, message: "x".into() };
        assert_eq!(picture_error(Picture::Logo, &down), error_text(&down));
    }
}
