//! Whether a pointer is pressed on the page. Start-up's turns (`tasks`) wait while one is:
//! hydrating the prerendered text, or drawing a section of it live, replaces the text nodes a
//! selection being dragged is anchored in.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};

#[derive(Default)]
struct Presses {
    pressed: bool,
    on_release: Vec<Box<dyn FnOnce()>>,
    listeners: Vec<EventListener>,
}

thread_local! {
    static PRESSES: RefCell<Presses> = RefCell::new(Presses::default());
}

/// Follows presses from now on (once per page). `pressed_now`: a press the page already knows
/// of (the lite module marks its mount while one lasts).
pub fn follow_presses(pressed_now: bool) {
    PRESSES.with(|p| {
        let mut presses = p.borrow_mut();
        presses.pressed |= pressed_now;
        if !presses.listeners.is_empty() {
            return;
        }
        let window = gloo::utils::window();
        let capture = EventListenerOptions::run_in_capture_phase();
        presses.listeners.push(EventListener::new_with_options(&window, "pointerdown", capture, |_| {
            PRESSES.with(|p| p.borrow_mut().pressed = true);
        }));
        // Released, cancelled, or the window left (a release elsewhere is never heard).
        for kind in ["pointerup", "pointercancel", "blur"] {
            presses.listeners.push(EventListener::new_with_options(&window, kind, capture, |_| released()));
        }
    });
}

fn released() {
    let waiting = PRESSES.with(|p| {
        let mut presses = p.borrow_mut();
        presses.pressed = false;
        std::mem::take(&mut presses.on_release)
    });
    for job in waiting {
        job();
    }
}

/// Whether a pointer is pressed now.
pub fn pressed() -> bool {
    PRESSES.with(|p| p.borrow().pressed)
}

/// Runs `job` at the next release.
pub fn on_release(job: impl FnOnce() + 'static) {
    PRESSES.with(|p| p.borrow_mut().on_release.push(Box::new(job)));
}
