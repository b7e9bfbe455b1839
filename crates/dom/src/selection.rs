//! A text selection kept across a redraw of the paragraphs' text nodes.

/// A point in the statement's text: paragraph index and UTF-16 offset in its text.
#[derive(Clone, Copy)]
pub struct TextPoint {
    paragraph: usize,
    offset: u32,
}

/// A selection in the statement's text, kept as text points: it outlives the text nodes it was
/// made in (the full reader redraws a paragraph's text in place, the `<p>` itself stays).
#[derive(Clone, Copy)]
pub struct SavedSelection {
    anchor: TextPoint,
    focus: TextPoint,
}

fn point(paragraphs: &[web_sys::Element], node: &web_sys::Node, offset: u32) -> Option<TextPoint> {
    let paragraph = paragraphs.iter().position(|p| p.contains(Some(node)))?;
    let range = web_sys::Range::new().ok()?;
    range.set_start(&paragraphs[paragraph], 0).ok()?;
    range.set_end(node, offset).ok()?;
    let before: String = range.to_string().into();
    Some(TextPoint { paragraph, offset: before.encode_utf16().count() as u32 })
}

/// The window's selection, when it is not collapsed and both its ends are in paragraphs.
pub fn save_selection(paragraphs: &[web_sys::Element]) -> Option<SavedSelection> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    Some(SavedSelection {
        anchor: point(paragraphs, &selection.anchor_node()?, selection.anchor_offset())?,
        focus: point(paragraphs, &selection.focus_node()?, selection.focus_offset())?,
    })
}

fn node_at(
    document: &web_sys::Document,
    paragraphs: &[web_sys::Element],
    at: TextPoint,
) -> Option<(web_sys::Text, u32)> {
    let nodes = crate::text_nodes(document, paragraphs.get(at.paragraph)?);
    let (node, start) = nodes.into_iter().find(|(node, start)| at.offset <= start + node.length())?;
    Some((node, at.offset - start))
}

/// Selects `saved` again in the paragraphs as they are now.
pub fn restore_selection(document: &web_sys::Document, paragraphs: &[web_sys::Element], saved: SavedSelection) {
    let (Some((anchor, anchor_at)), Some((focus, focus_at))) =
        (node_at(document, paragraphs, saved.anchor), node_at(document, paragraphs, saved.focus))
    else {
        return;
    };
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.set_base_and_extent(&anchor, anchor_at, &focus, focus_at);
    }
}
