//! Finding the prerendered page's parts, and boolean attributes.

use wasm_bindgen::JsCast;

pub use statement_dom::all;

pub fn one<T: JsCast>(root: &web_sys::Element, selector: &str) -> Option<T> {
    root.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

pub fn set_flag(element: &web_sys::Element, name: &str, on: bool) {
    let _ = if on { element.set_attribute(name, "") } else { element.remove_attribute(name) };
}
