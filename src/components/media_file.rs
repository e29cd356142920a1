//! The browser's side of a media file: reading a chosen file as the `data:` URI Monster
//! uploads (`FileReader.readAsDataURL`), and playing what Crossbar serves through an
//! object URL (an `<audio>` cannot send the session's token itself).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The file as a `data:<type>;base64,…` URI.
pub async fn data_url(file: &web_sys::File) -> Result<String, String> {
    let reader = web_sys::FileReader::new().map_err(|e| format!("{e:?}"))?;
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move |_: JsValue| {
            let _ = reject.call0(&JsValue::NULL);
        });
        reader.set_onload(Some(ok.unchecked_ref()));
        reader.set_onerror(Some(failed.unchecked_ref()));
    });
    reader.read_as_data_url(file).map_err(|e| format!("{e:?}"))?;
    wasm_bindgen_futures::JsFuture::from(done).await.map_err(|_| "the file could not be read".to_string())?;
    reader.result().ok().and_then(|r| r.as_string()).ok_or_else(|| "the file could not be read".to_string())
}

/// Sends a chosen file as a media's sound (`POST <media>/raw`, the `data:` URI Monster
/// sends). When it is refused and the media document was made for it (`made_for_it`,
/// with the stamp to delete it under), the document goes again, so no silent media is
/// left behind (monster-ui-callflows `submodules/media/media.js`, monster-ui-voip
/// `myOffice.js` "upload-submit"). The error says, in words, that nothing was kept.
pub async fn send_sound(
    call: &crate::api::ActionScope,
    media: &str,
    file: &web_sys::File,
    made_for_it: Option<&patchbay_monster::UiMetadata>,
) -> Result<(), String> {
    let sent = match data_url(file).await {
        Ok(text) => call
            .upload(&format!("{media}/raw"), "application/x-base64", &text)
            .await
            .map_err(|e| crate::components::error_notice::error_text(&e)),
        Err(e) => Err(e),
    };
    let Err(why) = sent else { return Ok(()) };
    if let Some(meta) = made_for_it {
        let _ = call.delete_stamped(media, meta).await;
    }
    Err(crate::i18n::t_with("media-upload-failed", &[("why", crate::i18n::arg(why))]))
}

/// An object URL for bytes of `content_type`; the caller revokes it when done.
pub fn object_url(bytes: &[u8], content_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
