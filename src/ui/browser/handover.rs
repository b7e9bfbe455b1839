//! The full reader's side of the take-over from the lite first module (protocol:
//! `app::handover`).

use wasm_bindgen::JsCast;

use crate::app::handover::{HandOver, PRESSED_ATTRIBUTE, TAKEN_OVER_EVENT};

/// When the lite module serves the reader in `mount` (`#reader-root` or a widget's frame, with
/// `data-lite`), asks it to leave the page for hydration and to stop, and returns its answer
/// (its search); `None` when it does not serve it.
pub fn take_over_from_lite(mount: &web_sys::Element) -> Option<HandOver> {
    if !mount.has_attribute("data-lite") {
        return None;
    }
    statement_dom::handover::ask(mount)
}

/// Tells the lite module that `Ready` has applied its search (it then does again what the user
/// asked for while the full reader loaded).
pub fn tell_lite_taken_over(mount: &web_sys::Element) {
    if let Ok(event) = web_sys::Event::new(TAKEN_OVER_EVENT) {
        let _ = mount.dispatch_event(&event);
    }
}

/// Where the reader whose root is `root` was mounted (`#reader-root`, a widget's frame).
pub fn mount_of(root: &yew::NodeRef) -> Option<web_sys::Element> {
    root.cast::<web_sys::Element>()?.parent_element()
}

/// What the search box holds now (typing goes on while the full reader hydrates).
pub fn search_box_value(root: &yew::NodeRef) -> Option<String> {
    let root = root.cast::<web_sys::Element>()?;
    let input = root.query_selector("input[type=search]").ok()??;
    Some(input.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
}

/// Start-up's turns (hydration among them) wait while a pointer is pressed: from now on, and
/// for a press the lite module has marked on its `mount`.
pub fn follow_presses_from(mount: &web_sys::Element) {
    super::pointer::follow_presses(mount.has_attribute(PRESSED_ATTRIBUTE));
}
