//! Fetching another statement (`?src=`, the widget's `src`).

use wasm_bindgen::JsCast;

/// Fetches `src` (resolved against the page) for a reader: only `http(s)` addresses, at most
/// [`MAX_EXTRACTED_BYTES`] (refused from `Content-Length` before downloading when it says so).
/// The bytes, the address and the type the server says it sent. Errors are sentences for the
/// reader's alert.
pub async fn fetch_document(src: &str) -> Result<(Vec<u8>, String, String), String> {
    use crate::core::formats::{LoadError, MAX_EXTRACTED_BYTES};
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| format!("“{src}” is not a valid address."))?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err(format!("Only http and https addresses can be loaded, not “{}”.", url.protocol()));
    }
    let href = url.href();
    let failed =
        || format!("Could not fetch {href}: the network failed, or that server does not let this page read it (CORS).");
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(&href))
        .await
        .map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        return Err(format!("The server answered {} {} for {href}.", response.status(), response.status_text()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_EXTRACTED_BYTES) {
        return Err(LoadError::TooLarge { bytes, limit: MAX_EXTRACTED_BYTES }.to_string());
    }
    let buffer = response.array_buffer().map_err(|_| failed())?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer).await.map_err(|_| failed())?;
    let media_type = response.headers().get("content-type").ok().flatten().unwrap_or_default();
    Ok((js_sys::Uint8Array::new(&buffer).to_vec(), href, media_type))
}
