//! The hand-over's answer on the page: the lite module writes its `HandOver` into the
//! `hand-over` event's `detail` and the full reader reads it back, both through these two
//! functions, so the detail's field names are written once.

use statement_app::handover::{HandOver, HAND_OVER_EVENT};
use statement_core::{HitIndex, SearchOptions};
use wasm_bindgen::{JsCast, JsValue};

const QUERY: &str = "query";
const CURRENT: &str = "current";
const MATCH_CASE: &str = "matchCase";
const WHOLE_WORD: &str = "wholeWord";
const HIGHLIGHT_ONLY: &str = "highlightOnly";

/// Writes `answer` into the `detail` of `event` (the full reader's `hand-over`).
pub fn answer(event: &web_sys::Event, answer: &HandOver) {
    let Some(detail) = event.dyn_ref::<web_sys::CustomEvent>().map(web_sys::CustomEvent::detail) else {
        return;
    };
    if !detail.is_object() {
        return;
    }
    let options = answer.options;
    let fields: [(&str, JsValue); 5] = [
        (CURRENT, (answer.current.0 as f64).into()),
        (QUERY, answer.query.as_str().into()),
        (MATCH_CASE, options.match_case.into()),
        (WHOLE_WORD, options.whole_word.into()),
        (HIGHLIGHT_ONLY, options.highlight_only.into()),
    ];
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    }
}

/// Dispatches `hand-over` on `mount` and reads the answer the lite module wrote; `None` when
/// the event could not be sent. (No answer written reads as the empty search.)
pub fn ask(mount: &web_sys::Element) -> Option<HandOver> {
    let detail = js_sys::Object::new();
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    let event = web_sys::CustomEvent::new_with_event_init_dict(HAND_OVER_EVENT, &init).ok()?;
    mount.dispatch_event(event.unchecked_ref()).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).ok();
    let flag = |name: &str| field(name).and_then(|v| v.as_bool()).unwrap_or(false);
    let current = field(CURRENT).and_then(|v| v.as_f64()).filter(|c| c.is_finite() && *c >= 0.0);
    Some(HandOver {
        query: field(QUERY).and_then(|v| v.as_string()).unwrap_or_default(),
        options: SearchOptions {
            match_case: flag(MATCH_CASE),
            whole_word: flag(WHOLE_WORD),
            highlight_only: flag(HIGHLIGHT_ONLY),
        },
        current: HitIndex(current.map_or(0, |c| c as usize)),
    })
}
