//! What the lite module holds on to: its event listeners (removed once the full reader has
//! taken over) and its pauses (timers a new start restarts).

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// One event listener, removed once the full reader has taken over. Its closure is kept, not
/// dropped: the removal runs inside one of them.
pub struct Listener {
    pub target: web_sys::EventTarget,
    pub kind: &'static str,
    pub capture: bool,
    pub closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn detach(&self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

/// A callback run once a pause is long enough; a new start restarts the wait.
pub struct Pause {
    handle: Cell<Option<i32>>,
    run: Closure<dyn FnMut()>,
    millis: i32,
}

impl Pause {
    pub fn new(millis: i32, run: impl FnMut() + 'static) -> Self {
        Pause { handle: Cell::new(None), run: Closure::new(run), millis }
    }

    pub fn restart(&self) {
        self.cancel();
        let Some(window) = web_sys::window() else { return };
        self.handle.set(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(self.run.as_ref().unchecked_ref(), self.millis)
                .ok(),
        );
    }

    pub fn cancel(&self) {
        if let (Some(handle), Some(window)) = (self.handle.take(), web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// The lite module's pauses, by what they wait for.
pub struct Pauses {
    /// Typing paused long enough for the address bar (or a widget's host) to follow.
    pub url_sync: Pause,
    /// Typing paused long enough for the count to be announced.
    pub announce: Pause,
    /// The reader left alone long enough for the full reader to take over.
    pub quiet: Pause,
}

impl Pauses {
    pub fn cancel_all(&self) {
        for pause in [&self.url_sync, &self.announce, &self.quiet] {
            pause.cancel();
        }
    }
}
