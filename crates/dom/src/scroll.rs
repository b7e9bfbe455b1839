//! Bringing a search match into view, as `statement_app::search_text` plans it.

use std::cell::Cell;

use statement_app::search_text::{comfortably_in_view, scroll_plan, FAR_JUMP_RECHECK_MS};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The latest far jump's next look (a newer jump cancels it).
    static PENDING_RECHECK: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Brings `mark` to the middle of the view, unless it is already comfortably in view.
/// `smoothly` lets the stylesheet animate it (it does not under reduced motion); a far jump is
/// instant and looked at again until the match is on screen.
pub fn bring_into_view(mark: &web_sys::Element, smoothly: bool) {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let rect = mark.get_bounding_client_rect();
    if comfortably_in_view(rect.top(), rect.bottom(), height) {
        return;
    }
    let plan = scroll_plan(rect.top(), height, smoothly);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    if plan.instant {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    mark.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(handle) = PENDING_RECHECK.take() {
        window.clear_timeout_with_handle(handle);
    }
    if plan.rechecks > 0 {
        recheck(window, mark.clone(), options, height, plan.rechecks);
    }
}

/// The paragraphs that came into view are laid out at their real heights only after the jump
/// (their estimated heights placed it): looks again, `tries` times, until `mark` is on screen.
fn recheck(
    window: web_sys::Window,
    mark: web_sys::Element,
    options: web_sys::ScrollIntoViewOptions,
    height: f64,
    tries: u32,
) {
    let next = window.clone();
    let again = Closure::once_into_js(move || {
        PENDING_RECHECK.set(None);
        let rect = mark.get_bounding_client_rect();
        if rect.top() < 0.0 || rect.bottom() > height {
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            if tries > 1 {
                recheck(next, mark, options, height, tries - 1);
            }
        }
    });
    let handle = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(again.unchecked_ref(), FAR_JUMP_RECHECK_MS as i32)
        .ok();
    PENDING_RECHECK.set(handle);
}
