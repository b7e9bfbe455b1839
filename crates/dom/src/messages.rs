//! The reader's two messages about the search, drawn by both modules through this:
//! - "No paragraph matches …" with its *Clear the search* button, above the statement's first
//!   paragraph (the full reader once it is ready; the lite module takes its box away at the
//!   hand-over);
//! - the notice under the search box ("Reached the end; …", "Link copied.", "Only the first …").

use web_sys::Element;

/// Marks the *Clear the search* button; each module's click handler looks for it.
const CLEAR_SEARCH: &str = "data-clear-search";

/// Shows `message` in the box above the paragraph `first` (its wrapper, the `.para`), making
/// the box when `shown` holds none; `None` takes the box away. `shown` keeps the box between
/// calls.
pub fn draw_nothing_found(
    document: &web_sys::Document,
    first: Option<&Element>,
    shown: &mut Option<Element>,
    message: Option<&str>,
) {
    let make = || {
        let made = document.create_element("div").ok()?;
        made.set_class_name("no-results");
        let text = document.create_element("p").ok()?;
        let clear = document.create_element("button").ok()?;
        clear.set_attribute("type", "button").ok()?;
        clear.set_attribute(CLEAR_SEARCH, "").ok()?;
        clear.set_text_content(Some("Clear the search"));
        made.append_child(&text).ok()?;
        made.append_child(&clear).ok()?;
        let wrapper = first?.parent_element()?;
        wrapper.parent_node()?.insert_before(&made, Some(&wrapper)).ok()?;
        Some(made)
    };
    draw_box(shown, message, make, Element::first_element_child);
}

/// Whether `control` is the *Clear the search* button.
pub fn is_clear_search(control: &Element) -> bool {
    control.has_attribute(CLEAR_SEARCH)
}

/// Shows `notice` under the search box: a `p.search-notice` just before the search form's live
/// region `status`, made when `shown` holds none; `None` takes it away. `shown` keeps it between
/// calls.
pub fn draw_search_notice(status: &Element, shown: &mut Option<Element>, notice: Option<&str>) {
    let make = || {
        let made = status.owner_document()?.create_element("p").ok()?;
        made.set_class_name("search-notice");
        status.parent_node()?.insert_before(&made, Some(status)).ok()?;
        Some(made)
    };
    draw_box(shown, notice, make, |made| Some(made.clone()));
}

/// `message` in the part of the box that `text_of` finds, the box made by `make` when `shown`
/// holds none; `None` removes the box.
fn draw_box(
    shown: &mut Option<Element>,
    message: Option<&str>,
    make: impl FnOnce() -> Option<Element>,
    text_of: impl FnOnce(&Element) -> Option<Element>,
) {
    let Some(message) = message else {
        if let Some(old) = shown.take() {
            old.remove();
        }
        return;
    };
    if shown.is_none() {
        *shown = make();
    }
    if let Some(text) = shown.as_ref().and_then(text_of) {
        text.set_text_content(Some(message));
    }
}
