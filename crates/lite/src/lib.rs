//! statement-reader's lite first module. The page arrives prerendered: the statement, its
//! index and every control are on screen before any script runs. This module (no Yew; about a
//! fifth of the full reader's bytes) makes that page searchable at once — marks, the filter,
//! the count, next and previous, `/`, Esc and F3, `?q=` in the address, the colour scheme —
//! and lets the full reader take over once it is loaded (`handover`): ahead of any touch when
//! the page is idle, or at the first touch.
//!
//! The boot script picks this module only when the full reader would show exactly the
//! prerendered page: the address asks for nothing but a search or `#pN`, and nothing saved on this
//! device (highlights, a names switch, an opened file, a comparison) changes what is shown.
//!
//! Files: `attach` (listeners, the first view), `handlers` (each event), `view` (what is shown
//! and said), `widget` (whom it serves), `registry` (listeners and pauses), `page` (the
//! prerendered page's parts; `query` finds them; the marks are drawn by `statement_dom`, as in
//! the full reader), `handover`.

mod attach;
mod handlers;
mod handover;
mod lens;
mod page;
mod query;
mod registry;
mod view;
mod widget;

use std::cell::{Cell, OnceCell, RefCell};

use wasm_bindgen::prelude::*;

use attach::attach;
use handover::Intent;
use lens::LensPreview;
pub use page::Page;
use registry::{Listener, Pauses};
use statement_app::handover::{HandOver, LOAD_FULL_EVENT, PRESSED_ATTRIBUTE, START_FULL_EVENT};
use statement_dom::Identity;
use widget::Host;
#[cfg(feature = "widget")]
pub use widget::{serve_widget, LiteWidget};

/// Where the lite module stands with the full reader: one line, in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// It serves the page; the full reader has not been asked for.
    Serving,
    /// It serves the page; the full reader is loading (asked at a touch) or loaded.
    Loading,
    /// It serves the page; the loader may start the full reader as soon as it is loaded.
    Starting,
    /// The full reader is hydrating: what the user does is kept for it.
    HandedOver,
    /// The full reader is ready; the lite module has stopped.
    Gone,
}

/// The lite reader: the page, what the user asked for that only the full reader serves, and
/// every listener.
struct Lite {
    host: Host,
    page: RefCell<Page>,
    /// In order, each with what its element is (`Identity`): the full reader may redraw it.
    intents: RefCell<Vec<(Intent, Option<Identity>)>>,
    listeners: RefCell<Vec<Listener>>,
    /// Set once, right after the reader is made (each pause calls back into it).
    pauses: OnceCell<Pauses>,
    stage: Cell<Stage>,
    /// Where focus was at the hand-over (see `handover::refocus`).
    focused: RefCell<Option<Identity>>,
    /// Set while a `#pN` link is followed: focusing its paragraph is not a touch.
    following_link: Cell<bool>,
    /// A theme or stance tapped here, shown until the full reader does it.
    lens: RefCell<LensPreview>,
}

#[wasm_bindgen(start)]
pub fn start() {
    // The widgets' build serves only the widgets it is asked to (`serve_widget`): on a page that
    // has its own reader as well, that reader is the page's lite module's (two would each draw
    // it, and the second would put the address's search back over what was typed).
    if cfg!(feature = "widget") {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match Page::find(document.clone()) {
        Some(page) => drop(attach(page, Host::Page, LensPreview::of_page())),
        // A page this module cannot serve: the full reader at once.
        None if document.get_element_by_id("reader-root").is_some() => {
            dispatch_on_window(LOAD_FULL_EVENT);
            dispatch_on_window(START_FULL_EVENT);
        }
        None => {}
    }
}

fn dispatch_on_window(kind: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(kind)) {
        let _ = window.dispatch_event(&event);
    }
}

impl Lite {
    fn serving(&self) -> bool {
        matches!(self.stage.get(), Stage::Serving | Stage::Loading | Stage::Starting)
    }

    fn pauses(&self) -> Option<&Pauses> {
        self.pauses.get()
    }

    /// The reader was touched: the full reader loads (once), and takes over when the reader
    /// has been left alone for a moment.
    fn touched(&self) {
        if !self.serving() {
            return;
        }
        if self.stage.get() == Stage::Serving {
            self.stage.set(Stage::Loading);
            self.signal(LOAD_FULL_EVENT);
        }
        self.wait_for_quiet();
    }

    /// A pointer pressed (or released) in the reader (a selection being dragged, a scroll thumb
    /// held): the take-over redraws the paragraphs' text, so it waits until the pointer is
    /// released. Said on the mount (`PRESSED_ATTRIBUTE`), which the full reader reads too.
    fn press(&self, pressed: bool) {
        let mount = &self.page.borrow().mount;
        let _ = if pressed {
            mount.set_attribute(PRESSED_ATTRIBUTE, "")
        } else {
            mount.remove_attribute(PRESSED_ATTRIBUTE)
        };
    }

    fn pressing(&self) -> bool {
        self.page.borrow().mount.has_attribute(PRESSED_ATTRIBUTE)
    }

    fn wait_for_quiet(&self) {
        if let Some(pauses) = self.pauses() {
            pauses.quiet.restart();
        }
    }

    /// The loader has the full reader (loaded while the page was idle, or since a touch): it
    /// takes over once the reader has been left alone for a moment.
    fn loaded(&self, _: web_sys::Event) {
        if self.stage.get() == Stage::Serving {
            self.stage.set(Stage::Loading);
        }
        if self.serving() {
            self.wait_for_quiet();
        }
    }

    /// Lets the loader start the full reader as soon as it is loaded (once); not while a pointer
    /// is pressed (it is asked again at the release).
    fn start_full(&self) {
        if self.pressing() {
            return;
        }
        if matches!(self.stage.get(), Stage::Serving | Stage::Loading) {
            self.stage.set(Stage::Starting);
            self.signal(START_FULL_EVENT);
        }
    }

    /// Tells the loader: the page's boot script listens on `window`, a widget's script on the
    /// element (these events neither bubble nor leave it).
    fn signal(&self, kind: &str) {
        match self.host.widget() {
            None => dispatch_on_window(kind),
            Some(element) => {
                if let Ok(event) = web_sys::Event::new(kind) {
                    let _ = element.dispatch_event(&event);
                }
            }
        }
    }

    /// The widget was removed: nothing more is done or listened to.
    #[cfg(feature = "widget")]
    fn stop(&self) {
        self.stage.set(Stage::Gone);
        for listener in self.listeners.borrow().iter() {
            listener.detach();
        }
        if let Some(pauses) = self.pauses() {
            pauses.cancel_all();
        }
    }

    /// Keeps what the user asked of something only the full reader serves, shows that the
    /// reader is busy, and lets the full reader take over as soon as it can.
    fn wait_for_full(&self, intent: Intent) {
        let aim = intent.element().and_then(|e| Identity::of(&self.page.borrow().root, e));
        self.intents.borrow_mut().push((intent, aim));
        let _ = self.page.borrow().root.set_attribute("aria-busy", "true");
        self.touched();
        self.start_full();
    }

    /// The full reader is about to hydrate: the address gets the search now, and the full
    /// reader gets it in the answer, so it hydrates the page as the lite module drew it (with
    /// the search: nothing on screen changes). What the user asked for so far, and does until
    /// its `Ready`, is kept for it.
    fn hand_over(&self, event: web_sys::Event) {
        if !self.serving() {
            return;
        }
        self.stage.set(Stage::HandedOver);
        if let Some(pauses) = self.pauses() {
            pauses.cancel_all();
        }
        if matches!(self.host, Host::Page) {
            self.write_url();
        }
        let mut page = self.page.borrow_mut();
        let answer = HandOver { query: page.query.clone(), options: page.options, current: page.current };
        statement_dom::handover::answer(&event, &answer);
        page.leave_for_hydration();
        let _ = page.root.remove_attribute("data-ready");
        let _ = page.mount.remove_attribute("data-lite");
        // What has focus: a part the full reader redraws loses it.
        let focused = statement_dom::focused_in(&page.root).and_then(|e| Identity::of(&page.root, &e));
        *self.focused.borrow_mut() = focused;
    }

    /// The full reader's `Ready` has applied the search: the lite module stops, focus comes
    /// back if the redraw took it, and what the user asked for is done again, in order.
    fn taken_over(&self, _: web_sys::Event) {
        if self.stage.replace(Stage::Gone) != Stage::HandedOver {
            return;
        }
        for listener in self.listeners.borrow().iter() {
            listener.detach();
        }
        let page = self.page.borrow();
        let _ = page.root.remove_attribute("aria-busy");
        handover::refocus(&page.root, self.focused.borrow_mut().take());
        for (intent, aim) in self.intents.borrow_mut().drain(..) {
            handover::replay(intent, &page.root, aim, &page.paragraphs);
        }
        drop(page);
        // The replayed clicks drew the lens (its render runs before the next frame).
        self.end_lens_preview();
    }
}
