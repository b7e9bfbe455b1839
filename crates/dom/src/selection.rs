//! A text selection kept across a redraw of the paragraphs' text nodes.

#[cfg(feature = "shadow")]
use wasm_bindgen::JsCast;

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

/// The selection where `node` lives. Inside a widget's shadow root Chromium keeps it there
/// (`shadowRoot.getSelection`): the window's is retargeted to the host, its nodes unseen.
#[cfg(feature = "shadow")]
pub fn selection_at(node: &web_sys::Node) -> Option<web_sys::Selection> {
    if let Ok(shadow) = node.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        let get = js_sys::Reflect::get(&shadow, &"getSelection".into()).ok();
        let selection = get.and_then(|get| get.dyn_into::<js_sys::Function>().ok()?.call0(&shadow).ok());
        if let Some(selection) = selection.and_then(|s| s.dyn_into::<web_sys::Selection>().ok()) {
            return Some(selection);
        }
    }
    web_sys::window()?.get_selection().ok()?
}

/// Without shadow roots (the page's lite module), the window's selection: the same code as
/// before shadow roots were read, so that module's first load carries not a byte for them.
#[cfg(not(feature = "shadow"))]
fn window_selection() -> Option<web_sys::Selection> {
    web_sys::window()?.get_selection().ok()?
}

/// The selection where the paragraphs are, when it is not collapsed and both its ends are in them.
pub fn save_selection(paragraphs: &[web_sys::Element]) -> Option<SavedSelection> {
    #[cfg(feature = "shadow")]
    let selection = selection_at(paragraphs.first()?)?;
    #[cfg(not(feature = "shadow"))]
    let selection = window_selection()?;
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
    #[cfg(feature = "shadow")]
    let selection = selection_at(&anchor);
    #[cfg(not(feature = "shadow"))]
    let selection = window_selection();
    if let Some(selection) = selection {
        let _ = selection.set_base_and_extent(&anchor, anchor_at, &focus, focus_at);
    }
}
