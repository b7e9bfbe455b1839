//! Finding an element again after a redraw, by what it is.

use wasm_bindgen::JsCast;

/// What an element is, by the hooks it carries (its tag, id, `data-*` and control attributes),
/// and which of the elements carrying the same it is. The full reader redraws some parts (the
/// lens lists, the paragraphs' text) with new elements, maybe elsewhere in the tree: this finds
/// the new one by what it is, not by where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    selector: String,
    nth: u32,
}

/// Attributes that say what an element is, besides any `data-*` one; state that changes
/// (pressed, expanded, checked, classes) and labels the reader may word anew are left out.
const NAMING: [&str; 6] = ["id", "name", "type", "value", "aria-controls", "for"];
/// `data-*` attributes that say where the reader stands, not what the element is.
const STANDING: [&str; 4] = ["data-ready", "data-lite", "data-prerendered", "data-current"];

impl Identity {
    /// `element`'s identity under `root`.
    pub fn of(root: &web_sys::Element, element: &web_sys::Element) -> Option<Identity> {
        if !root.contains(Some(element)) {
            return None;
        }
        let mut selector = element.local_name();
        for name in element.get_attribute_names().iter().filter_map(|n| n.as_string()) {
            let naming =
                NAMING.contains(&name.as_str()) || name.starts_with("data-") && !STANDING.contains(&name.as_str());
            if let (true, Some(value)) = (naming, element.get_attribute(&name)) {
                let value = value.replace('\\', "\\\\").replace('"', "\\\"");
                selector.push_str(&format!("[{name}=\"{value}\"]"));
            }
        }
        let same = root.query_selector_all(&selector).ok()?;
        let nth = (0..same.length())
            .position(|i| same.item(i).is_some_and(|n| &n == element.unchecked_ref::<web_sys::Node>()))?;
        Some(Identity { selector, nth: nth as u32 })
    }

    /// The element under `root` that is what it was.
    pub fn find(&self, root: &web_sys::Element) -> Option<web_sys::Element> {
        root.query_selector_all(&self.selector).ok()?.item(self.nth)?.dyn_into().ok()
    }
}
