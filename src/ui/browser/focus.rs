//! Focus: a paragraph, the search box, any part of the reader, without a jolt.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::core::ParagraphNumber;

/// Scrolls paragraph `number` of the reader under `root` to the top and focuses it.
pub fn focus_paragraph(root: &NodeRef, number: ParagraphNumber) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) {
        focus_element(&element);
    }
}

/// Scrolls `element` to the top and focuses it without a second scroll. Paragraphs above it may
/// change height as they are first laid out (`content-visibility: auto`), so when the scroll
/// ends it checks and, if the element drifted out of view, scrolls once more.
pub(super) fn focus_element(element: &web_sys::Element) {
    element.scroll_into_view_with_bool(true);
    let again = element.clone();
    let bring_back = move || {
        let rect = again.get_bounding_client_rect();
        let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if rect.bottom() < 0.0 || rect.top() > height {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            again.scroll_into_view_with_scroll_into_view_options(&options);
        }
    };
    let window = gloo::utils::window();
    if js_sys::Reflect::has(&window, &"onscrollend".into()).unwrap_or(false) {
        // Listen for this scroll's end only: if no scroll happens, the listener is dropped shortly,
        // so a later scroll by the user never pulls the page back here.
        let listener = EventListener::once(&window, "scrollend", move |_| bring_back());
        gloo::timers::callback::Timeout::new(1_500, move || drop(listener)).forget();
    } else {
        // No `scrollend` (WebKitGTK, older Safari): check once the scroll has had time to end.
        gloo::timers::callback::Timeout::new(700, bring_back).forget();
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Focuses (and selects) the search box of the reader under `root`.
pub fn focus_search(root: &NodeRef) {
    let input = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector("input[type=search]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Focuses the element `selector` (e.g. `#statement`) of the reader under `root`.
pub fn focus_selector(root: &NodeRef, selector: &str) {
    let found = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        focus_element(&element);
    }
}
