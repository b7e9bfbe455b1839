//! Landmarks belong to the page. On the standalone page the reader's parts are `header`, `nav`,
//! `main`, `aside`, `footer` and named `section`s; embedded in someone else's page they become
//! plain `div`s (named ones `role=group`), so the host keeps one `main` and its own landmark map.

use yew::prelude::*;

/// Provided by a reader embedded as a widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Embedded(pub bool);

/// Whether the reader rendering this component is embedded.
#[hook]
pub fn use_embedded() -> bool {
    use_context::<Embedded>().is_some_and(|e| e.0)
}

/// The element for a landmark `tag`.
pub fn tag(embedded: bool, tag: &'static str) -> &'static str {
    if embedded {
        "div"
    } else {
        tag
    }
}

/// The role of a named landmark when embedded (`group`); none on the page (the element says it).
pub fn named_role(embedded: bool) -> Option<&'static str> {
    embedded.then_some("group")
}
