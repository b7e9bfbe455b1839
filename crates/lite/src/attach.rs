//! The lite module takes a page (or a prerendered widget): its pauses, every listener, and
//! what the address (or the element's attributes) asks for, shown at once.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use statement_app::handover::{FULL_LOADED_EVENT, HAND_OVER_EVENT, TAKEN_OVER_EVENT};
use statement_app::search_text::{ADDRESS_AFTER_MS, ANNOUNCE_AFTER_MS};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::handlers::carries_files;
use crate::registry::{Listener, Pause, Pauses};
use crate::widget::Host;
#[cfg(feature = "widget")]
use crate::widget::{report, widget_view};
use crate::{LensPreview, Lite, Page, Stage};

/// How long the reader must be left alone before the full reader takes over, when nothing waits
/// for it (ms): the take-over redraws the page, never under the user's fingers.
const QUIET_MS: i32 = 300;

pub fn attach(page: Page, host: Host, lens: LensPreview) -> Option<Rc<Lite>> {
    let lite = Rc::new(Lite {
        host,
        page: RefCell::new(page),
        intents: RefCell::new(Vec::new()),
        listeners: RefCell::new(Vec::new()),
        pauses: OnceCell::new(),
        stage: Cell::new(Stage::Serving),
        focused: RefCell::new(None),
        following_link: Cell::new(false),
        lens: RefCell::new(lens),
    });
    let (a, b, c) = (lite.clone(), lite.clone(), lite.clone());
    let _ = lite.pauses.set(Pauses {
        url_sync: Pause::new(ADDRESS_AFTER_MS as i32, move || a.report_search()),
        announce: Pause::new(ANNOUNCE_AFTER_MS as i32, move || b.speak()),
        quiet: Pause::new(QUIET_MS, move || c.start_full()),
    });
    let (window, scope, mount, root, input, form, statement) = {
        let page = lite.page.borrow();
        let window: web_sys::EventTarget = page.document.default_view()?.into();
        // The page listens on its document; a widget only inside itself.
        let scope: web_sys::EventTarget = match lite.host.widget() {
            None => page.document.clone().into(),
            Some(_) => page.mount.clone().into(),
        };
        (
            window,
            scope,
            page.mount.clone(),
            page.root.clone(),
            page.input.clone(),
            page.form.clone(),
            page.statement.clone(),
        )
    };
    let on = |target: &web_sys::EventTarget, kind: &'static str, capture: bool, run: fn(&Lite, web_sys::Event)| {
        let me = lite.clone();
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event| {
            if me.stage.get() != Stage::Gone {
                run(&me, event)
            }
        });
        let _ = target.add_event_listener_with_callback_and_bool(kind, closure.as_ref().unchecked_ref(), capture);
        lite.listeners.borrow_mut().push(Listener { target: target.clone(), kind, capture, closure });
    };
    // Any touch loads the full reader; it takes over once the reader is left alone.
    on(&scope, "pointerdown", true, |lite, _| {
        lite.press(true);
        lite.touched();
    });
    on(&scope, "dragenter", true, |lite, _| lite.touched());
    // Released anywhere (a selection dragged out of a widget ends on its host page).
    for kind in ["pointerup", "pointercancel"] {
        on(&window, kind, true, |lite, _| {
            if lite.pressing() {
                lite.press(false);
                lite.touched();
            }
        });
    }
    // Loaded ahead of any touch (the page was idle): it takes over once the reader is left alone.
    let loader: web_sys::EventTarget = match lite.host.widget() {
        None => window.clone(),
        Some(element) => element.clone().into(),
    };
    on(&loader, FULL_LOADED_EVENT, false, Lite::loaded);
    // Focus moved by the user, not by a `#pN` link followed.
    on(&scope, "focusin", true, |lite, _| {
        if !lite.following_link.get() {
            lite.touched()
        }
    });
    // Capturing: before the full reader's own listeners while it hydrates.
    on(&scope, "keydown", true, Lite::on_key);
    on(&scope, "click", true, Lite::on_click);
    on(&scope, "change", true, Lite::on_change);
    on(&scope, "drop", true, Lite::on_drop);
    on(&root.into(), "dragover", true, |_, event| {
        if carries_files(&event) {
            event.prevent_default();
        }
    });
    on(&input.into(), "input", false, Lite::on_input);
    on(&form.into(), "submit", false, |_, event| event.prevent_default());
    for kind in ["mouseup", "keyup", "touchend"] {
        on(&statement.clone().into(), kind, false, Lite::on_selection_end);
    }
    on(&statement.into(), "mouseover", false, Lite::on_hover);
    if matches!(lite.host, Host::Page) {
        on(&window, "hashchange", false, |lite, _| lite.follow_fragment());
    }
    // Another tab saved highlights or a setting: the full reader shows them.
    on(&window, "storage", false, |lite, _| lite.touched());
    on(&mount.clone().into(), HAND_OVER_EVENT, false, Lite::hand_over);
    on(&mount.clone().into(), TAKEN_OVER_EVENT, false, Lite::taken_over);

    match &lite.host {
        Host::Page => {
            lite.show_view(statement_dom::read_url_state());
            lite.follow_fragment();
            let page = lite.page.borrow();
            let shown = page.document.document_element().and_then(|html| html.get_attribute("data-color-scheme"));
            page.press_scheme(shown.as_deref().unwrap_or("auto"));
            drop(page);
            ready(&lite);
        }
        // A widget starts in the host page's tasks, next to its own work: the listeners in this
        // task, the first view and "ready" in the next (each half stays short on a slow phone).
        #[cfg(feature = "widget")]
        Host::Widget(element) => {
            let (later, element) = (lite.clone(), element.clone());
            soon(move || {
                if later.stage.get() == Stage::Gone {
                    return;
                }
                later.show_view(widget_view(&element).unwrap_or_default());
                let page = later.page.borrow();
                let (title, paragraphs) = (page.title(), page.paragraphs.len());
                report(&element, "ready", &[("title", title.into()), ("paragraphs", (paragraphs as u32).into())]);
                drop(page);
                ready(&later);
            });
        }
    }
    Some(lite)
}

/// The reader is served: marked so (`data-lite` on its mount, `data-ready` on the reader), and
/// its search index made in a task of its own, soon (start-up stays short, and the first
/// keystroke finds it made).
fn ready(lite: &Rc<Lite>) {
    {
        let page = lite.page.borrow();
        let _ = page.mount.set_attribute("data-lite", "");
        let _ = page.root.set_attribute("data-ready", "");
    }
    let warm = lite.clone();
    soon(move || {
        warm.page.borrow().index();
    });
}

/// Runs `run` in a task of its own, after the tasks already queued.
fn soon(run: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(run);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}
