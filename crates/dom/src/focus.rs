//! Focus across a redraw: where it is in a reader, and giving it back.

use wasm_bindgen::JsCast;

use crate::Identity;

/// The element that has focus inside `root` (in a widget, its shadow root's focus), if any.
pub fn focused_in(root: &web_sys::Element) -> Option<web_sys::Element> {
    let tree = root.get_root_node();
    let active = match tree.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.owner_document()?.active_element(),
    };
    active.filter(|active| root.contains(Some(active)))
}

/// Focuses the element that is now what had focus, if focus was lost (the element that had it
/// was redrawn): keyboard users keep their place, and a glossary term keeps its explanation.
pub fn refocus(root: &web_sys::Element, focused: Option<Identity>) {
    if focused_in(root).is_some() {
        return;
    }
    if let Some(element) = focused.and_then(|focused| focused.find(root)) {
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}
