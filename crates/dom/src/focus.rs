//! Focus: where it is in a reader, giving it back after a redraw, and moving it to a part
//! scrolled into view.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::Identity;

/// Whether `element` is a text field (where typing, keys and pasting are the field's): both
/// modules ask this before a key or a paste is the page's.
pub fn is_text_field(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable())
}

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
        focus_in_place(&element);
    }
}

/// Focuses `element` without scrolling the page to it.
fn focus_in_place(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Scrolls `element` to the top and focuses it without a second scroll. Paragraphs above it may
/// change height as they are first laid out (`content-visibility: auto`), so when the scroll
/// ends it checks and, if the element drifted out of view, scrolls once more.
pub fn scroll_to_and_focus(element: &web_sys::Element) {
    element.scroll_into_view_with_bool(true);
    if let Some(window) = web_sys::window() {
        let again = element.clone();
        let bring_back = Closure::once_into_js(move || {
            let rect = again.get_bounding_client_rect();
            let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
            if rect.bottom() < 0.0 || rect.top() > height {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                again.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
        if js_sys::Reflect::has(&window, &"onscrollend".into()).unwrap_or(false) {
            // This scroll's end only: if no scroll happens, the listener is removed shortly, so
            // a later scroll by the user never pulls the page back here.
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "scrollend",
                bring_back.unchecked_ref(),
                &options,
            );
            let target = window.clone();
            let forget = Closure::once_into_js(move || {
                let _ = target.remove_event_listener_with_callback("scrollend", bring_back.unchecked_ref());
            });
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(forget.unchecked_ref(), 1_500);
        } else {
            // No `scrollend` (WebKitGTK, older Safari): check once the scroll has had time to end.
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(bring_back.unchecked_ref(), 700);
        }
    }
    focus_in_place(element);
}
