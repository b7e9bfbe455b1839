//! The full reader's side of the take-over from the lite first module (protocol:
//! `app::handover`).

use wasm_bindgen::JsCast;

use crate::app::handover::{HandOver, HAND_OVER_EVENT, PRESSED_ATTRIBUTE, TAKEN_OVER_EVENT};
use crate::core::{HitIndex, SearchOptions};

/// When the lite module serves the reader in `mount` (`#reader-root` or a widget's frame, with
/// `data-lite`), asks it to leave the page for hydration and to stop, and returns its answer
/// (its search); `None` when it does not serve it.
pub fn take_over_from_lite(mount: &web_sys::Element) -> Option<HandOver> {
    if !mount.has_attribute("data-lite") {
        return None;
    }
    let detail = js_sys::Object::new();
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    let event = web_sys::CustomEvent::new_with_event_init_dict(HAND_OVER_EVENT, &init).ok()?;
    mount.dispatch_event(event.unchecked_ref()).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).ok();
    let flag = |name: &str| field(name).and_then(|v| v.as_bool()).unwrap_or(false);
    let current = field("current").and_then(|v| v.as_f64()).filter(|c| c.is_finite() && *c >= 0.0);
    Some(HandOver {
        query: field("query").and_then(|v| v.as_string()).unwrap_or_default(),
        options: SearchOptions {
            match_case: flag("matchCase"),
            whole_word: flag("wholeWord"),
            highlight_only: flag("highlightOnly"),
        },
        current: HitIndex(current.map_or(0, |c| c as usize)),
    })
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
