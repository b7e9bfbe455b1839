//! Search marks in a prerendered paragraph: `<mark data-hit="K">` wrapped around each match's
//! text, inside whatever entity and term spans the paragraph already has, and taken out again
//! leaving the paragraph's nodes as they were.

use std::ops::Range;

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
    let nodes = statement_dom::text_nodes(document, paragraph);
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
