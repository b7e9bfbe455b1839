//! Hidden paragraphs: the one place either module shows or hides a statement paragraph.

/// Hides (or shows) the paragraph `p[data-paragraph]` and its `.para` wrapper (which holds its
/// number and tools), as the filter asks: `hidden` on both, the hook tests and hosts read on the
/// paragraph and the one the stylesheet acts on on the wrapper.
pub fn hide_paragraph(paragraph: &web_sys::Element, hidden: bool) {
    set_hidden(paragraph, hidden);
    if let Some(wrapper) = paragraph.parent_element() {
        set_hidden(&wrapper, hidden);
    }
}

fn set_hidden(element: &web_sys::Element, hidden: bool) {
    let _ = if hidden { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
}
