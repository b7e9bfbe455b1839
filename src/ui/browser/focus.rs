//! Focus: a paragraph, the search box, any part of the reader, without a jolt.

use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::core::ParagraphNumber;

/// Scrolls paragraph `number` of the reader under `root` to the top and focuses it.
pub fn focus_paragraph(root: &NodeRef, number: ParagraphNumber) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) {
        focus_element(&element);
    }
}

/// Scrolls `element` to the top and focuses it (`statement_dom`, shared with the lite module).
pub(super) fn focus_element(element: &web_sys::Element) {
    statement_dom::scroll_to_and_focus(element);
}

/// Focuses (and selects) the search box of the reader under `root`.
pub fn focus_search(root: &NodeRef) {
    let input = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector("input[type=search]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Focuses the element `selector` (e.g. `#statement`) of the reader under `root`.
pub fn focus_selector(root: &NodeRef, selector: &str) {
    let found = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        focus_element(&element);
    }
}
