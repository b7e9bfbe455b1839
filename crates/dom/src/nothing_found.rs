//! "No paragraph matches …" with its *Clear the search* button, above the statement's first
//! paragraph: drawn by both modules through this (the full reader once it is ready; the lite
//! module takes its box away at the hand-over).

/// Marks the *Clear the search* button; each module's click handler looks for it.
const CLEAR_SEARCH: &str = "data-clear-search";

/// Shows `message` in the box above the paragraph `first` (its wrapper, the `.para`), making
/// the box when `shown` holds none; `None` takes the box away. `shown` keeps the box between
/// calls.
pub fn draw_nothing_found(
    document: &web_sys::Document,
    first: Option<&web_sys::Element>,
    shown: &mut Option<web_sys::Element>,
    message: Option<&str>,
) {
    let Some(message) = message else {
        if let Some(old) = shown.take() {
            old.remove();
        }
        return;
    };
    if shown.is_none() {
        *shown = (|| {
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
        })();
    }
    if let Some(text) = shown.as_ref().and_then(web_sys::Element::first_element_child) {
        text.set_text_content(Some(message));
    }
}

/// Whether `control` is the *Clear the search* button.
pub fn is_clear_search(control: &web_sys::Element) -> bool {
    control.has_attribute(CLEAR_SEARCH)
}
