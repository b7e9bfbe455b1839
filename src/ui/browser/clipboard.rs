//! Files and the clipboard: copying text, offering a download, reading a picked file.

use wasm_bindgen::JsCast;

/// Copies `text` to the clipboard; `done` learns whether it worked.
/// Outside a secure context (a page served over plain http) there is no `navigator.clipboard`:
/// then `done(false)` at once, and the caller shows the text to copy by hand.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| c.is_object());
    let Some(clipboard) = clipboard.map(JsCast::unchecked_into::<web_sys::Clipboard>) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Offers `contents` as a file download named `name` (Blob + object URL + a temporary link).
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a file the user opened (picked or dropped) as bytes, refusing one over
/// [`MAX_EXTRACTED_BYTES`](crate::core::formats::MAX_EXTRACTED_BYTES) before reading it; `done`
/// gets the bytes or an error sentence.
pub fn read_file_bytes(file: web_sys::File, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(file_bytes(file).await) });
}

/// A file's bytes, as [`read_file_bytes`] reads them.
pub async fn file_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    use crate::core::formats::{LoadError, MAX_EXTRACTED_BYTES};
    let size = file.size() as usize;
    if size > MAX_EXTRACTED_BYTES {
        return Err(LoadError::TooLarge { bytes: size, limit: MAX_EXTRACTED_BYTES }.to_string());
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec()).map_err(|_| "The file could not be read.".to_owned())
}

/// Reads a file the user picked as text; `done` gets it, or an error sentence.
pub fn read_file_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        done(text.ok().and_then(|t| t.as_string()).ok_or_else(|| "The file could not be read.".to_owned()));
    });
}
