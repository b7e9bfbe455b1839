//! What a widget tells its host page, the same way from both modules.

use wasm_bindgen::JsValue;

/// Dispatches `statement-reader:NAME` on the widget's `element` (bubbling, and composed: it
/// leaves the shadow root) with `fields` as its detail.
pub fn report(element: &web_sys::Element, name: &str, fields: &[(&str, JsValue)]) {
    let detail = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &(*key).into(), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&format!("statement-reader:{name}"), &init) {
        let _ = element.dispatch_event(&event);
    }
}
