//! The statement's paragraphs on the page, shown or hidden.

use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Hides or shows paragraph `i` (by index, in document order) for each `(i, hidden)` in
/// `changes`; returns the indices done (a paragraph not on the page yet is not).
pub fn hide_paragraphs(root: &NodeRef, changes: &[(usize, bool)]) -> Vec<usize> {
    if changes.is_empty() {
        return Vec::new();
    }
    let Some(paragraphs) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector_all("p[data-paragraph]").ok())
    else {
        return Vec::new();
    };
    changes
        .iter()
        .filter_map(|&(i, hidden)| {
            let paragraph: web_sys::Element = paragraphs.item(i as u32)?.dyn_into().ok()?;
            statement_dom::hide_paragraph(&paragraph, hidden);
            Some(i)
        })
        .collect()
}
