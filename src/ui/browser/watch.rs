//! Which paragraphs are near the viewport (an `IntersectionObserver`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Which paragraphs are near the viewport, as the browser reports them (an
/// `IntersectionObserver` on the reader's `p[data-paragraph]` elements, `margin` around the
/// viewport). Dropping it disconnects the observer.
pub struct ParagraphWatch {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for ParagraphWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches the paragraphs under `root`: `on_change` gets (paragraph index, near) pairs, a batch
/// at a time. `None` where the browser has no `IntersectionObserver`.
pub fn watch_paragraphs(
    root: &NodeRef,
    margin: &str,
    on_change: impl Fn(Vec<(usize, bool)>) + 'static,
) -> Option<ParagraphWatch> {
    let root = root.cast::<web_sys::Element>()?;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let changes = entries
            .iter()
            .filter_map(|entry| {
                let entry: web_sys::IntersectionObserverEntry = entry.dyn_into().ok()?;
                let number: usize = entry.target().get_attribute("data-paragraph")?.parse().ok()?;
                Some((number.checked_sub(1)?, entry.is_intersecting()))
            })
            .collect();
        on_change(changes);
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    let paragraphs = root.query_selector_all("p[data-paragraph]").ok()?;
    for i in 0..paragraphs.length() {
        if let Some(element) = paragraphs.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            observer.observe(&element);
        }
    }
    Some(ParagraphWatch { observer, _callback: callback })
}
