//! Search marks in a prerendered paragraph: `<mark data-hit="K">` wrapped around each match's
//! text, inside whatever entity and term spans the paragraph already has, and taken out again
//! leaving the paragraph's nodes as they were.

use std::ops::Range;

use wasm_bindgen::JsCast;

/// `NodeFilter.SHOW_TEXT`.
const SHOW_TEXT: u32 = 4;

/// The text nodes under `paragraph` in document order, each with its UTF-16 offset in the
/// paragraph's text.
pub fn text_nodes(document: &web_sys::Document, paragraph: &web_sys::Element) -> Vec<(web_sys::Text, u32)> {
    let mut nodes = Vec::new();
    let Ok(walker) = document.create_tree_walker_with_what_to_show(paragraph, SHOW_TEXT) else {
        return nodes;
    };
    let mut at = 0;
    while let Ok(Some(node)) = walker.next_node() {
        let text: web_sys::Text = node.unchecked_into();
        let length = text.length();
        nodes.push((text, at));
        at += length;
    }
    nodes
}

/// UTF-16 offset of byte offset `byte` in `text` (the DOM counts in UTF-16 units).
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    text.get(..byte).map_or(0, |head| head.encode_utf16().count() as u32)
}

/// Takes every search mark out of `paragraph`, rejoining the text it split.
pub fn clear(paragraph: &web_sys::Element) {
    let Ok(marks) = paragraph.query_selector_all("mark[data-hit]") else {
        return;
    };
    if marks.length() == 0 {
        return;
    }
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i) else { continue };
        let Some(parent) = mark.parent_node() else { continue };
        while let Some(child) = mark.first_child() {
            let _ = parent.insert_before(&child, Some(&mark));
        }
        let _ = parent.remove_child(&mark);
    }
    paragraph.normalize();
}

/// Wraps `ranges` (byte ranges of `text`, the paragraph's text; sorted, not overlapping) in
/// marks numbered from `first`; a match that crosses an element boundary becomes one mark per
/// piece, all with the same number. `current` gets the `current` class.
pub fn wrap(
    document: &web_sys::Document,
    paragraph: &web_sys::Element,
    text: &str,
    ranges: &[Range<usize>],
    first: usize,
    current: usize,
) {
    let nodes = text_nodes(document, paragraph);
    // From the last match backwards: splitting a node never moves the offsets of earlier ones.
    for (k, range) in ranges.iter().enumerate().rev() {
        let (start, end) = (utf16_offset(text, range.start), utf16_offset(text, range.end));
        let hit = first + k;
        for (node, node_start) in nodes.iter().rev() {
            let node_end = node_start + node.length();
            if node_end <= start || *node_start >= end {
                continue;
            }
            let (from, to) = (start.max(*node_start) - node_start, end.min(node_end) - node_start);
            let Ok(piece) = node.split_text(from) else { continue };
            let _ = piece.split_text(to - from);
            let (Ok(mark), Some(parent)) = (document.create_element("mark"), piece.parent_node()) else { continue };
            let _ = mark.set_attribute("data-hit", &hit.to_string());
            let _ = mark.set_attribute("class", if hit == current { "hit current" } else { "hit" });
            let _ = parent.insert_before(&mark, Some(&piece));
            let _ = mark.append_child(&piece);
        }
    }
}
