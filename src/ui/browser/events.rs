//! What an event happened on, and the reader's page-wide keys.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use crate::app::{global_key, GlobalKey};

/// Listens on `target` (the document, or a widget's root) for the reader's keys (`/`, F3,
/// Shift+F3, `[`, `]`). Dropping the listener removes it.
pub fn on_global_key(target: &web_sys::EventTarget, on_key: impl Fn(GlobalKey) + 'static) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let in_text_field = in_text_field(event);
        let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
        if let Some(key) = global_key(&event.key(), event.shift_key(), modified, in_text_field) {
            event.prevent_default();
            on_key(key);
        }
    })
}

/// Whether an event happened in a text field (where typing and pasting are the field's).
fn in_text_field(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| statement_dom::is_text_field(&el))
}

/// What a `paste` event carries: the clipboard's HTML (empty if none) and plain text, when it
/// has any text at all.
pub fn pasted_text(event: &web_sys::Event) -> Option<(String, String)> {
    let data = event.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
    let (html, text) =
        (data.get_data("text/html").unwrap_or_default(), data.get_data("text/plain").unwrap_or_default());
    (!html.trim().is_empty() || !text.trim().is_empty()).then_some((html, text))
}

/// Listens on `target` (the document, or a widget's root) for text pasted outside any text
/// field: `on_paste` gets the clipboard's HTML (empty if none) and plain text.
pub fn on_paste_outside_fields(
    target: &web_sys::EventTarget,
    on_paste: impl Fn(String, String) + 'static,
) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, "paste", options, move |event| {
        if in_text_field(event) {
            return;
        }
        if let Some((html, text)) = pasted_text(event) {
            event.prevent_default();
            on_paste(html, text);
        }
    })
}

/// The glossary term (`.term`) an event happened on: its entry id and its element.
pub fn term_of(event: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let term = target.closest(".term").ok()??;
    Some((term.get_attribute("data-term")?, term))
}

/// The `data-index` of the element an event happened on (or its nearest ancestor with one).
pub fn data_index_of(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-index]").ok()??.get_attribute("data-index")?.parse().ok()
}

/// The `#fragment` of the in-page link (`<a href="#…">`) a click landed on, if any.
pub fn in_page_link(event: &web_sys::MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let href = target.closest("a[href^='#']").ok()??.get_attribute("href")?;
    Some(href)
}

/// The first file of a drop, if it carried any.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}
