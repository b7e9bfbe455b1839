//! The browser edge: storage, the address bar, focus and the document element.
//!
//! Every function degrades to a no-op when the API is missing or fails (private mode,
//! blocked storage, detached nodes): the reader keeps working, it just remembers less.

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::app::ColorScheme;

/// Where the chosen colour scheme is kept. `scheme.js` reads the same key before first paint.
pub const COLOR_SCHEME_KEY: &str = "statement-reader:color-scheme";

/// The saved colour scheme; `Auto` when nothing (or something unreadable) is saved.
pub fn load_color_scheme() -> ColorScheme {
    LocalStorage::get::<String>(COLOR_SCHEME_KEY)
        .ok()
        .and_then(|s| ColorScheme::parse(&s))
        .unwrap_or_default()
}

/// Saves the choice; `Auto` removes the key so the system preference rules again.
pub fn save_color_scheme(scheme: ColorScheme) {
    match scheme {
        ColorScheme::Auto => LocalStorage::delete(COLOR_SCHEME_KEY),
        other => {
            if let Err(error) = LocalStorage::set(COLOR_SCHEME_KEY, other.as_str()) {
                gloo::console::warn!(format!("statement-reader: could not save the colour scheme: {error}"));
            }
        }
    }
}

/// Sets `data-color-scheme` on `<html>`, which the stylesheet follows.
pub fn apply_color_scheme(scheme: ColorScheme) {
    let Some(html) = gloo::utils::document().document_element() else {
        return;
    };
    let _ = match scheme {
        ColorScheme::Auto => html.remove_attribute("data-color-scheme"),
        other => html.set_attribute("data-color-scheme", other.as_str()),
    };
}

/// The address bar's fragment, e.g. `#p9` (empty when there is none).
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes. Dropping the listener removes it.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| on_change(current_fragment()))
}

/// Scrolls paragraph `number` of the reader under `root` to the top and focuses it.
pub fn focus_paragraph(root: &NodeRef, number: usize) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) else {
        return;
    };
    element.scroll_into_view_with_bool(true);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
