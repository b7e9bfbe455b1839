//! The user's text selection within one paragraph (for the highlight toolbar), and clearing it.

use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::core::{ParagraphIndex, ParagraphNumber};

/// Text the user selected within one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphSelection {
    pub paragraph: ParagraphIndex,
    /// Byte range in the paragraph's text.
    pub range: std::ops::Range<usize>,
    /// Where to show a toolbar, relative to the reader's root: (left, top) px.
    pub at: (f64, f64),
}

/// The user's text selection, when it lies within one paragraph of the reader under `root`:
/// the paragraph's number, the selection's byte range in its text, and where to show a toolbar
/// (relative to `root`: left, top).
pub fn paragraph_selection(root: &NodeRef) -> Option<ParagraphSelection> {
    let root = root.cast::<web_sys::Element>()?;
    let selection = statement_dom::selection_at(&root)?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    let paragraph_of = |node: &web_sys::Node| -> Option<web_sys::Element> {
        let element = if node.node_type() == web_sys::Node::ELEMENT_NODE {
            node.clone().dyn_into::<web_sys::Element>().ok()?
        } else {
            node.parent_element()?
        };
        element.closest("p[data-paragraph]").ok()?
    };
    let paragraph = paragraph_of(&start_node)?;
    if paragraph_of(&end_node).as_ref() != Some(&paragraph) || !root.contains(Some(&paragraph)) {
        return None;
    }
    let number = ParagraphNumber::new(paragraph.get_attribute("data-paragraph")?.parse().ok()?)?;
    // Byte offsets in the paragraph's text: measure the text before each boundary.
    let offset = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let before = gloo::utils::document().create_range().ok()?;
        before.set_start(&paragraph, 0).ok()?;
        before.set_end(node, offset).ok()?;
        Some(String::from(before.to_string()).len())
    };
    let start = offset(&start_node, range.start_offset().ok()?)?;
    let end = offset(&end_node, range.end_offset().ok()?)?;
    if start >= end {
        return None;
    }
    let rect = range.get_bounding_client_rect();
    let origin = root.get_bounding_client_rect();
    Some(ParagraphSelection {
        paragraph: number.index(),
        range: start..end,
        at: (rect.left() - origin.left(), rect.bottom() - origin.top()),
    })
}

/// Clears the user's text selection.
pub fn clear_selection() {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}
