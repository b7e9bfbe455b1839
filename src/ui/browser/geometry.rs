//! Geometry and scrolling: focusing and scrolling to paragraphs and matches, where the
//! viewport is, placing floating elements, and the user's text selection.

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::app::passage::{passage_step, LastStep, PlacedParagraph};
use crate::core::decimal::decimal;
use crate::core::{HitIndex, ParagraphIndex, ParagraphNumber};

/// Scrolls paragraph `number` of the reader under `root` to the top and focuses it.
pub fn focus_paragraph(root: &NodeRef, number: ParagraphNumber) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) {
        focus_element(&element);
    }
}

/// Scrolls `element` to the top and focuses it without a second scroll. Paragraphs above it may
/// change height as they are first laid out (`content-visibility: auto`), so when the scroll
/// ends it checks and, if the element drifted out of view, scrolls once more.
fn focus_element(element: &web_sys::Element) {
    element.scroll_into_view_with_bool(true);
    let again = element.clone();
    let bring_back = move || {
        let rect = again.get_bounding_client_rect();
        let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if rect.bottom() < 0.0 || rect.top() > height {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            again.scroll_into_view_with_scroll_into_view_options(&options);
        }
    };
    let window = gloo::utils::window();
    if js_sys::Reflect::has(&window, &"onscrollend".into()).unwrap_or(false) {
        // Listen for this scroll's end only: if no scroll happens, the listener is dropped shortly,
        // so a later scroll by the user never pulls the page back here.
        let listener = EventListener::once(&window, "scrollend", move |_| bring_back());
        gloo::timers::callback::Timeout::new(1_500, move || drop(listener)).forget();
    } else {
        // No `scrollend` (WebKitGTK, older Safari): check once the scroll has had time to end.
        gloo::timers::callback::Timeout::new(700, bring_back).forget();
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Focuses (and selects) the search box of the reader under `root`.
pub fn focus_search(root: &NodeRef) {
    let input = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector("input[type=search]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Brings match `k` of the reader under `root` to the middle of the view, unless it is already
/// comfortably in view. `smoothly` lets the stylesheet animate it (it does not under reduced motion).
pub fn scroll_hit_into_view(root: &NodeRef, k: HitIndex, smoothly: bool) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(mark)) = root.query_selector(&format!("mark[data-hit=\"{k}\"]")) else {
        return;
    };
    let rect = mark.get_bounding_client_rect();
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if crate::app::search_text::comfortably_in_view(rect.top(), rect.bottom(), height) {
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    // A jump of more than a few screens is instant: a smooth scroll across paragraphs whose
    // layout is skipped (`content-visibility: auto`) aims at estimated positions and misses.
    let far = rect.top().abs() > height * 3.0;
    if !smoothly || far {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    mark.scroll_into_view_with_scroll_into_view_options(&options);
    if far {
        // The paragraphs that came into view are laid out at their real heights only after the
        // jump (their estimated heights placed it): look again until the match is on screen.
        recheck_far_jump(mark, options, height, 3);
    }
}

fn recheck_far_jump(mark: web_sys::Element, options: web_sys::ScrollIntoViewOptions, height: f64, tries: u32) {
    let again = gloo::timers::callback::Timeout::new(120, move || {
        let rect = mark.get_bounding_client_rect();
        if rect.top() < 0.0 || rect.bottom() > height {
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            if tries > 1 {
                recheck_far_jump(mark, options, height, tries - 1);
            }
        }
    });
    PENDING_RECHECK.with(|slot| *slot.borrow_mut() = Some(again));
}

thread_local! {
    /// The latest far jump's second look (a newer jump cancels it).
    static PENDING_RECHECK: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> = const { std::cell::RefCell::new(None) };
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
    let (width, height) = (f64::from(tip.offset_width()), f64::from(tip.offset_height()));
    let left = at.left().min(view_width - width - 8.0).max(8.0);
    let below = at.bottom() + 6.0;
    let top =
        if below + height > view_height && at.top() - height - 6.0 > 0.0 { at.top() - height - 6.0 } else { below };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", decimal(left - origin.left(), 2)));
    let _ = style.set_property("top", &format!("{}px", decimal(top - origin.top(), 2)));
}

/// Focuses the element `selector` (e.g. `#statement`) of the reader under `root`.
pub fn focus_selector(root: &NodeRef, selector: &str) {
    let found = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        focus_element(&element);
    }
}

/// Text the user selected within one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphSelection {
    pub paragraph: ParagraphIndex,
    /// Byte range in the paragraph's text.
    pub range: std::ops::Range<usize>,
    /// Where to show a toolbar, relative to the reader's root: (left, top) px.
    pub at: (f64, f64),
}

/// The user's text selection, when it lies within one paragraph of the reader under `root`:
/// the paragraph's number, the selection's byte range in its text, and where to show a toolbar
/// (relative to `root`: left, top).
pub fn paragraph_selection(root: &NodeRef) -> Option<ParagraphSelection> {
    let root = root.cast::<web_sys::Element>()?;
    // Inside a widget's shadow root, Chromium reports the selection there (`shadowRoot.getSelection`).
    let in_shadow = root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().and_then(|shadow| {
        let get = js_sys::Reflect::get(&shadow, &"getSelection".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        get.call0(&shadow).ok()?.dyn_into::<web_sys::Selection>().ok()
    });
    let selection = in_shadow.or_else(|| gloo::utils::window().get_selection().ok().flatten())?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    let paragraph_of = |node: &web_sys::Node| -> Option<web_sys::Element> {
        let element = if node.node_type() == web_sys::Node::ELEMENT_NODE {
            node.clone().dyn_into::<web_sys::Element>().ok()?
        } else {
            node.parent_element()?
        };
        element.closest("p[data-paragraph]").ok()?
    };
    let paragraph = paragraph_of(&start_node)?;
    if paragraph_of(&end_node).as_ref() != Some(&paragraph) || !root.contains(Some(&paragraph)) {
        return None;
    }
    let number = ParagraphNumber::new(paragraph.get_attribute("data-paragraph")?.parse().ok()?)?;
    // Byte offsets in the paragraph's text: measure the text before each boundary.
    let offset = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let before = gloo::utils::document().create_range().ok()?;
        before.set_start(&paragraph, 0).ok()?;
        before.set_end(node, offset).ok()?;
        Some(String::from(before.to_string()).len())
    };
    let start = offset(&start_node, range.start_offset().ok()?)?;
    let end = offset(&end_node, range.end_offset().ok()?)?;
    if start >= end {
        return None;
    }
    let rect = range.get_bounding_client_rect();
    let origin = root.get_bounding_client_rect();
    Some(ParagraphSelection {
        paragraph: number.index(),
        range: start..end,
        at: (rect.left() - origin.left(), rect.bottom() - origin.top()),
    })
}

/// Clears the user's text selection.
pub fn clear_selection() {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
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
