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
