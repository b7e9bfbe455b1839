//! Scrolling and the viewport: bringing a match into view (as `app::search_text` plans it),
//! stepping between passages, where the viewport is in the paragraphs, and when it moves.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use super::focus::focus_element;
use crate::app::passage::{passage_step, LastStep, PlacedParagraph};
use crate::core::{HitIndex, ParagraphIndex, ParagraphNumber};

/// Brings match `k` of the reader under `root` to the middle of the view, unless it is already
/// comfortably in view. `smoothly` lets the stylesheet animate it (it does not under reduced motion).
pub fn scroll_hit_into_view(root: &NodeRef, k: HitIndex, smoothly: bool) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Some(mark) = statement_dom::hit_mark(&root, k.0) {
        statement_dom::bring_into_view(&mark, smoothly);
    }
}

/// The viewport's vertical span in the coordinates of `root`'s top bar and window: the top is
/// below the sticky top bar (when there is one).
fn reading_viewport(root: &web_sys::Element) -> (f64, f64) {
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = root
        .query_selector(".topbar")
        .ok()
        .flatten()
        .map_or(0.0, |bar| bar.get_bounding_client_rect().bottom().max(0.0));
    (top, height)
}

/// The shown paragraphs of the reader under `root`: (index from 0, element), in document order.
fn shown_paragraphs(root: &web_sys::Element) -> Vec<(ParagraphIndex, web_sys::Element)> {
    let Ok(list) = root.query_selector_all("p[data-paragraph]:not([hidden])") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| {
            let number = ParagraphNumber::new(el.get_attribute("data-paragraph")?.parse().ok()?)?;
            Some((number.index(), el))
        })
        .collect()
}

/// Moves to the next (or previous) shown paragraph after the one being read (decided by
/// [`passage_step`] from what is on screen) and focuses it; returns where it went.
pub fn step_paragraph(root: &NodeRef, forward: bool, last: LastStep, now: f64) -> Option<ParagraphIndex> {
    let root = root.cast::<web_sys::Element>()?;
    let shown = shown_paragraphs(&root);
    let focused = gloo::utils::document().active_element();
    let placed: Vec<PlacedParagraph> = shown
        .iter()
        .map(|(index, el)| {
            let rect = el.get_bounding_client_rect();
            PlacedParagraph {
                index: *index,
                top: rect.top(),
                bottom: rect.bottom(),
                focused: focused.as_ref() == Some(el),
            }
        })
        .collect();
    let target = passage_step(&placed, reading_viewport(&root), last, now, forward)?;
    let (_, element) = shown.iter().find(|(index, _)| *index == target)?;
    focus_element(element);
    Some(target)
}

/// Where the viewport is, in paragraph units: `(top, bottom)` where `3.5` means halfway down
/// paragraph index 3. `None` when no paragraph is shown.
pub fn viewport_in_paragraphs(root: &NodeRef) -> Option<(f64, f64)> {
    let root = root.cast::<web_sys::Element>()?;
    let (top, bottom) = reading_viewport(&root);
    let mut span: Option<(f64, f64)> = None;
    for (index, el) in shown_paragraphs(&root) {
        let rect = el.get_bounding_client_rect();
        if rect.height() <= 0.0 || rect.bottom() <= top {
            continue;
        }
        if rect.top() >= bottom {
            break;
        }
        let at = |y: f64| index.0 as f64 + ((y - rect.top()) / rect.height()).clamp(0.0, 1.0);
        let start = span.map_or_else(|| at(top), |(s, _)| s);
        span = Some((start, at(bottom)));
    }
    span
}

/// Calls `on_change` (at most once per frame) when the page scrolls or resizes.
pub fn on_viewport_change(on_change: impl Fn() + 'static) -> Vec<EventListener> {
    let window = gloo::utils::window();
    let pending = std::rc::Rc::new(std::cell::RefCell::new(None::<gloo::render::AnimationFrame>));
    let on_change = std::rc::Rc::new(on_change);
    let schedule = move || {
        let mut slot = pending.borrow_mut();
        if slot.is_none() {
            let pending = pending.clone();
            let on_change = on_change.clone();
            *slot = Some(gloo::render::request_animation_frame(move |_| {
                pending.borrow_mut().take();
                on_change();
            }));
        }
    };
    let passive = gloo::events::EventListenerOptions::default();
    let on_scroll = schedule.clone();
    vec![
        EventListener::new_with_options(&window, "scroll", passive, move |_| on_scroll()),
        EventListener::new(&window, "resize", move |_| schedule()),
    ]
}
