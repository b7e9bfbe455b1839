//! A paragraph's text as the DOM holds it: text nodes and UTF-16 offsets.

use wasm_bindgen::JsCast;

/// `NodeFilter.SHOW_TEXT`.
const SHOW_TEXT: u32 = 4;

/// The text nodes under `paragraph` in document order, each with its UTF-16 offset in the
/// paragraph's text. A comparison's `<del>` (text alone) holds the other statement's words, not
/// this one's: its text is not the paragraph's (the comparing build, feature `compare`).
pub fn text_nodes(document: &web_sys::Document, paragraph: &web_sys::Element) -> Vec<(web_sys::Text, u32)> {
    let mut nodes = Vec::new();
    let Ok(walker) = document.create_tree_walker_with_what_to_show(paragraph, SHOW_TEXT) else {
        return nodes;
    };
    let has_deleted = cfg!(feature = "compare") && paragraph.query_selector("del").ok().flatten().is_some();
    let mut at = 0;
    while let Ok(Some(node)) = walker.next_node() {
        if has_deleted && node.parent_element().is_some_and(|e| e.tag_name() == "DEL") {
            continue;
        }
        let text: web_sys::Text = node.unchecked_into();
        let length = text.length();
        nodes.push((text, at));
        at += length;
    }
    nodes
}
