//! The widget's Rust side. `statement-reader.js` defines `<statement-reader>`, gives each
//! element an open shadow root with a container, and calls [`mount_widget`]; attribute changes
//! call [`WidgetHandle::update`], removal calls [`WidgetHandle::unmount`]. An element that came
//! with the reader prerendered in a declarative shadow root is hydrated ([`hydrate_widget`]). Events go to the
//! element as `statement-reader:NAME` (bubbling, composed) `CustomEvent`s.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::Callback;

use super::host::{Host, ReaderEvent};
use super::shell::{Shell, ShellProps};
use crate::app::WidgetSettings;

/// One mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    reader: Rc<RefCell<WidgetReader>>,
    element: web_sys::Element,
}

/// A widget's reader: hydration waits for its turn; unmounted is final.
enum WidgetReader {
    Waiting,
    Running(yew::AppHandle<Shell>),
    Gone,
}

/// The widget's settings, read from the element's attributes.
fn settings_of(element: &web_sys::Element) -> WidgetSettings {
    let present: Vec<(&str, String)> = WidgetSettings::ATTRIBUTES
        .iter()
        .filter_map(|name| element.get_attribute(name).map(|value| (*name, value)))
        .collect();
    WidgetSettings::from_attributes(present.iter().map(|(name, value)| (*name, value.as_str())))
}

fn props_for(element: &web_sys::Element) -> ShellProps {
    let target = element.clone();
    let on_event = Callback::from(move |event: ReaderEvent| dispatch(&target, &event));
    ShellProps { host: Host::Widget { settings: settings_of(element), on_event }, resumed: None }
}

/// Sends `event` to the host page as a `CustomEvent` on the widget's element.
fn dispatch(element: &web_sys::Element, event: &ReaderEvent) {
    let text = |value: &Option<String>| value.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let fields: Vec<(&str, JsValue)> = match event {
        ReaderEvent::Ready { title, paragraphs } => {
            vec![("title", JsValue::from_str(title)), ("paragraphs", JsValue::from(*paragraphs as u32))]
        }
        ReaderEvent::Search { query, total } => {
            vec![("query", JsValue::from_str(query)), ("total", JsValue::from(*total as u32))]
        }
        ReaderEvent::Lens { theme, stance, entity } => {
            vec![("theme", text(theme)), ("stance", text(stance)), ("entity", text(entity))]
        }
        ReaderEvent::Error { message } => vec![("message", JsValue::from_str(message))],
    };
    statement_dom::report(element, event.name(), &fields);
}

/// Mounts a reader for the widget `element` into `container` (inside its shadow root).
#[wasm_bindgen]
pub fn mount_widget(element: web_sys::Element, container: web_sys::Element) -> WidgetHandle {
    let props = props_for(&element);
    let reader = yew::Renderer::<Shell>::with_root_and_props(container, props).render();
    WidgetHandle { reader: Rc::new(RefCell::new(WidgetReader::Running(reader))), element }
}

/// Hydrates the reader prerendered into `container` (the frame of a declarative shadow root, from
/// `statement-reader-snippet.html`): the text already on screen becomes interactive in place.
/// The element must have no `src` (the prerendered reader is the built-in statement). As on the
/// page, hydration comes after the statement's index and analysis, in turns of their own
/// (`prepare_builtin_then`).
#[wasm_bindgen]
pub fn hydrate_widget(element: web_sys::Element, container: web_sys::Element) -> WidgetHandle {
    let reader = Rc::new(RefCell::new(WidgetReader::Waiting));
    {
        let (reader, element) = (reader.clone(), element.clone());
        // No start-up turn runs while a pointer is pressed: hydration redraws the text.
        super::browser::follow_presses_from(&container);
        super::prepare_builtin_then(move || {
            if !matches!(*reader.borrow(), WidgetReader::Waiting) {
                return;
            }
            // The lite module served it until now: it stops and hands over its search, which
            // this reader, hydrating in the next turn, starts with.
            let resumed = super::browser::take_over_from_lite(&container);
            super::browser::in_turn(move || {
                if matches!(*reader.borrow(), WidgetReader::Waiting) {
                    // The attributes as they are now: changes while waiting are already in them.
                    let props = ShellProps { resumed, ..props_for(&element) };
                    let handle = super::deferred::hydrating(|| {
                        yew::Renderer::<Shell>::with_root_and_props(container, props).hydrate()
                    });
                    *reader.borrow_mut() = WidgetReader::Running(handle);
                }
            });
        });
    }
    WidgetHandle { reader, element }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Re-reads the element's attributes (call after one changes).
    pub fn update(&mut self) {
        if let WidgetReader::Running(reader) = &mut *self.reader.borrow_mut() {
            reader.update(props_for(&self.element));
        }
    }

    /// Removes the reader and everything it listens to (or, still waiting, never hydrates it).
    pub fn unmount(&mut self) {
        let reader = std::mem::replace(&mut *self.reader.borrow_mut(), WidgetReader::Gone);
        if let WidgetReader::Running(reader) = reader {
            reader.destroy();
        }
    }
}
