//! Text offered as a file to save: a `blob:` URL for a download link (the CSV of calls,
//! the inspector's HAR), so nothing leaves the browser on the way.

use wasm_bindgen::JsValue;

/// A `blob:` URL holding `text` as `mime`.
pub fn text_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
