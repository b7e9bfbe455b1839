//! The hand-over to the full reader (events: `statement_app::handover`).
//!
//! 1. The first touch (a key, a pointer press, focus, a drag, another tab's saved change, or a
//!    search in the address) dispatches `load-full`: the boot script fetches and compiles the
//!    full reader, but does not start it.
//! 2. Once the reader has been left alone for a moment, or at once when something waits for
//!    the full reader (a lens, an option, a file, a selection, a hidden `#pN`), `start-full`
//!    lets the boot script start it as soon as it is compiled. So the take-over, which walks the
//!    page and redraws parts of it, never lands in the middle of typing.
//! 3. Just before it hydrates, the full reader dispatches `hand-over`: the lite module answers
//!    with its search (query, options, current match) and takes away what the full reader
//!    renders only once ready (a notice, "No paragraph matches"). The full reader starts with
//!    that search, so it hydrates the page as drawn: nothing on screen changes. Yew's hydration
//!    yields to the browser; what the user does meanwhile is kept, not lost.
//! 4. After its `Ready` has applied the search, the full reader dispatches `taken-over`: the
//!    lite module stops, gives focus back if the redraw took it, and does again, in order,
//!    everything the user asked of it that only the full reader serves.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use statement_dom::refocus;
use statement_dom::{restore_selection, Identity, SavedSelection};

/// What the user asked that only the full reader serves, done again once it is ready.
pub enum Intent {
    /// A click on a control (a button, a label, a checkbox, a summary…).
    Click(web_sys::HtmlElement),
    /// A search option ticked (or not) while the full reader hydrates: it ends up so.
    Toggle(web_sys::HtmlInputElement, bool),
    /// A file chosen in a file input (its `files` stay set).
    Change(web_sys::Element),
    /// Files dropped on the reader (copied: a drop's own `DataTransfer` empties after the event).
    Drop(web_sys::Element, web_sys::DataTransfer),
    /// A reader key the lite module does not serve (`[` and `]`), or any of its keys pressed
    /// while the full reader hydrates; pressed in the search box (`target`) or anywhere.
    Key { target: Option<web_sys::Element>, key: String, code: String, shift: bool },
    /// A selection made in the statement, for the highlight toolbar; kept as text offsets,
    /// since the full reader redraws the paragraphs' nodes.
    Selection(web_sys::Element, SavedSelection),
    /// The pointer over a glossary term: its explanation shows once the full reader is there.
    /// The weakest intent: it never replaces another.
    Hover(web_sys::Element),
    /// A `#pN` link to a paragraph the search hides: the full reader reveals it (it follows
    /// the address itself).
    Reveal,
}

impl Intent {
    /// The element the intent was aimed at.
    pub fn element(&self) -> Option<&web_sys::Element> {
        match self {
            Intent::Click(element) => Some(element.unchecked_ref()),
            Intent::Toggle(element, _) => Some(element.unchecked_ref()),
            Intent::Change(element)
            | Intent::Drop(element, _)
            | Intent::Selection(element, _)
            | Intent::Hover(element) => Some(element),
            Intent::Key { target, .. } => target.as_ref(),
            Intent::Reveal => None,
        }
    }
}

/// Does `intent` again, now that the full reader is ready, on the element under `root` that is
/// what it was aimed at (redrawn, or the same one).
pub fn replay(intent: Intent, root: &web_sys::Element, aim: Option<Identity>, paragraphs: &[web_sys::Element]) {
    let now = aim.and_then(|aim| aim.find(root));
    let Some(document) = root.owner_document() else { return };
    match intent {
        Intent::Click(element) => {
            now.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).unwrap_or(element).click()
        }
        Intent::Toggle(element, checked) => {
            let now = now.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).unwrap_or(element);
            if now.checked() != checked {
                now.click();
            }
        }
        Intent::Change(element) => {
            // A redrawn file input has no files: it gets the chosen ones.
            let element = match now {
                Some(now) if now != element => {
                    let files = js_sys::Reflect::get(&element, &"files".into()).unwrap_or(JsValue::NULL);
                    let _ = js_sys::Reflect::set(&now, &"files".into(), &files);
                    now
                }
                _ => element,
            };
            if let Ok(event) = event("change") {
                let _ = element.dispatch_event(&event);
            }
        }
        Intent::Drop(element, files) => {
            let init = web_sys::DragEventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            init.set_data_transfer(Some(&files));
            if let Ok(drop) = web_sys::DragEvent::new_with_event_init_dict("drop", &init) {
                let _ = now.unwrap_or(element).dispatch_event(&drop);
            }
        }
        Intent::Key { target, key, code, shift } => {
            let init = web_sys::KeyboardEventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            init.set_key(&key);
            init.set_code(&code);
            init.set_shift_key(shift);
            if let Ok(press) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
                // A reader key pressed anywhere: on the reader, whence it reaches the page's
                // document as well as a widget's root.
                let _ = now.or(target).unwrap_or_else(|| root.clone()).dispatch_event(&press);
            }
        }
        Intent::Selection(statement, saved) => {
            let statement = now.unwrap_or(statement);
            restore_selection(&document, paragraphs, saved);
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            if let Ok(up) = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseup", &init) {
                let _ = statement.dispatch_event(&up);
            }
        }
        Intent::Hover(term) => {
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            if let Ok(over) = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init) {
                let _ = now.unwrap_or(term).dispatch_event(&over);
            }
        }
        Intent::Reveal => {}
    }
}

fn event(kind: &str) -> Result<web_sys::Event, JsValue> {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init)
}

/// A copy of a drop's files that outlives the event.
pub fn copy_files(transfer: &web_sys::DataTransfer) -> Option<web_sys::DataTransfer> {
    let copy = web_sys::DataTransfer::new().ok()?;
    let files = transfer.files()?;
    for i in 0..files.length() {
        copy.items().add_with_file(&files.item(i)?).ok()?;
    }
    Some(copy)
}
