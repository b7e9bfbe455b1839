//! Placing floating elements (a glossary tooltip, the highlight toolbar) through the CSSOM,
//! which a strict Content-Security-Policy allows; where they go is `app::search_text`'s rule.

use crate::core::decimal::decimal;
use yew::NodeRef;

/// Places the tooltip `tip` under (or, without room, above) `anchor`, inside the reader `root`
/// (which is `position: relative`). Uses the CSSOM, which a strict Content-Security-Policy allows.
pub fn place_tooltip(root: &NodeRef, tip: &NodeRef, anchor: &web_sys::Element) {
    let (Some(root), Some(tip)) = (root.cast::<web_sys::Element>(), tip.cast::<web_sys::HtmlElement>()) else {
        return;
    };
    let window = gloo::utils::window();
    let view_width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
    let view_height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let (origin, at) = (root.get_bounding_client_rect(), anchor.get_bounding_client_rect());
    let size = (f64::from(tip.offset_width()), f64::from(tip.offset_height()));
    let (left, top) =
        crate::app::placement::tooltip_position((at.left(), at.top(), at.bottom()), size, (view_width, view_height));
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", decimal(left - origin.left(), 2)));
    let _ = style.set_property("top", &format!("{}px", decimal(top - origin.top(), 2)));
}

/// Moves the absolutely positioned `element` to (`left`, `top`) px (through the CSSOM, which a
/// strict Content-Security-Policy allows).
pub fn place_at(element: &NodeRef, left: f64, top: f64) {
    if let Some(element) = element.cast::<web_sys::HtmlElement>() {
        let style = element.style();
        let _ = style.set_property("left", &format!("{}px", decimal(left.max(0.0), 2)));
        let _ = style.set_property("top", &format!("{}px", decimal(top + 8.0, 2)));
    }
}
