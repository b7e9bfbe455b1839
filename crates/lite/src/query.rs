//! Finding the prerendered page's parts, and boolean attributes.

use wasm_bindgen::JsCast;

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

pub fn one<T: JsCast>(root: &web_sys::Element, selector: &str) -> Option<T> {
    root.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

pub fn set_flag(element: &web_sys::Element, name: &str, on: bool) {
    let _ = if on { element.set_attribute(name, "") } else { element.remove_attribute(name) };
}
