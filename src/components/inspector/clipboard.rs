//! Copying text for the person, saying whether it worked.

/// Puts `text` on the clipboard; false when the browser refused.
pub async fn copy_to_clipboard(text: String) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}
