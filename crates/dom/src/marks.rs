//! Search marks in a paragraph, for both modules: `<mark data-hit="K">` wrapped around each
//! match's text, inside whatever elements the paragraph's text already has (entity and term
//! spans, the reader's highlights, a comparison's insertions), and taken out again leaving the
//! paragraph's nodes as they were — the same text node objects, with the same text. The full
//! reader draws its marks with these after Yew renders a paragraph, and takes them out before
//! Yew renders it again, so Yew only ever sees the nodes it made.

use std::ops::Range;

/// The mark's classes (its attribute, `data-hit`, is its match's number from 0).
const HIT_CLASS: &str = "hit";
const CURRENT_CLASS: &str = "hit current";

/// UTF-16 offset of byte offset `byte` in `text` (the DOM counts in UTF-16 units).
fn utf16_offset(text: &str, byte: usize) -> u32 {
    text.get(..byte).map_or(0, |head| head.encode_utf16().count() as u32)
}

/// Takes every search mark out of `paragraph`: its text goes back into its place and is joined
/// to the text around it, into the node it was split from (the first of the run, still the same
/// object). A renderer that made those nodes finds them as it left them.
pub fn clear_marks(paragraph: &web_sys::Element) {
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
    // `normalize` keeps the first node of each run of text and drops empty ones: `draw_marks`
    // never leaves a node it did not make empty.
    paragraph.normalize();
}

/// Wraps `ranges` (byte ranges of `text`, the paragraph's text; sorted, not overlapping) in
/// marks numbered from `first`; a match that crosses an element boundary becomes one mark per
/// piece, all with the same number. Match `current` gets the `current` class.
///
/// A match that starts a node wraps that node itself; otherwise its piece is split off the node,
/// which keeps the text before it. Either way the node never empties, and the rest of its text
/// after the match is split off into a node of its own: [`clear_marks`] joins them back.
pub fn draw_marks(
    document: &web_sys::Document,
    paragraph: &web_sys::Element,
    text: &str,
    ranges: &[Range<usize>],
    first: usize,
    current: Option<usize>,
) {
    if ranges.is_empty() {
        return;
    }
    let nodes = crate::text_nodes(document, paragraph);
    // From the last match backwards: splitting a node never moves the offsets of earlier ones.
    for (k, range) in ranges.iter().enumerate().rev() {
        let (start, end) = (utf16_offset(text, range.start), utf16_offset(text, range.end));
        let hit = first + k;
        for (node, node_start) in nodes.iter().rev() {
            let node_end = node_start + node.length();
            if node_end <= start || *node_start >= end || node.length() == 0 {
                continue;
            }
            let (from, to) = (start.max(*node_start) - node_start, end.min(node_end) - node_start);
            let piece = match from {
                0 => node.clone(),
                _ => match node.split_text(from) {
                    Ok(piece) => piece,
                    Err(_) => continue,
                },
            };
            if to < node_end - node_start {
                let _ = piece.split_text(to - from);
            }
            let (Ok(mark), Some(parent)) = (document.create_element("mark"), piece.parent_node()) else { continue };
            let _ = mark.set_attribute("data-hit", &hit.to_string());
            let _ = mark.set_attribute("class", if Some(hit) == current { CURRENT_CLASS } else { HIT_CLASS });
            let _ = parent.insert_before(&mark, Some(&piece));
            let _ = mark.append_child(&piece);
        }
    }
}

/// The selector of match `hit`'s marks.
#[inline(always)]
fn marks_of(hit: usize) -> String {
    format!("mark[data-hit=\"{hit}\"]")
}

/// The first mark of match `hit` under `root`.
#[inline(always)]
pub fn hit_mark(root: &web_sys::Element, hit: usize) -> Option<web_sys::Element> {
    root.query_selector(&marks_of(hit)).ok().flatten()
}

/// Moves the `current` class to match `hit`'s marks under `root` (none: taken off).
pub fn mark_current(root: &web_sys::Element, hit: Option<usize>) {
    if let Ok(marks) = root.query_selector_all("mark[data-hit].current") {
        for i in 0..marks.length() {
            if let Some(mark) = marks.item(i) {
                let mark: &web_sys::Element = wasm_bindgen::JsCast::unchecked_ref(&mark);
                let _ = mark.set_attribute("class", HIT_CLASS);
            }
        }
    }
    let Some(hit) = hit else { return };
    if let Ok(marks) = root.query_selector_all(&marks_of(hit)) {
        for i in 0..marks.length() {
            if let Some(mark) = marks.item(i) {
                let mark: &web_sys::Element = wasm_bindgen::JsCast::unchecked_ref(&mark);
                let _ = mark.set_attribute("class", CURRENT_CLASS);
            }
        }
    }
}
