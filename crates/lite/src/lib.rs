//! statement-reader's light first module. The page arrives prerendered: the statement, its
//! index and every control are on screen before any script runs. This module (no Yew; about a
//! fifth of the full reader's bytes) makes that page searchable at once — marks, the filter,
//! the count, next and previous, `/`, Esc and F3, `?q=` in the address, the colour scheme —
//! and brings in the full reader once the page is touched (`handover`).
//!
//! The boot script picks this module only when the full reader would show exactly the
//! prerendered page: the address asks for nothing but a search or `#pN`, and nothing saved on this
//! device (highlights, a names switch, an opened file, a comparison) changes what is shown.

mod handover;
pub mod marks;
mod page;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use statement_app::scheme::COLOR_SCHEME_KEY;
use statement_app::search_text::{announcement, comfortably_in_view};
use statement_app::{global_key, paragraph_from_fragment, ColorScheme, GlobalKey, UrlState, WidgetSettings};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use handover::Intent;
pub use page::Page;
use statement_app::handover::{HAND_OVER_EVENT, LOAD_FULL_EVENT, START_FULL_EVENT, TAKEN_OVER_EVENT};

/// How long typing must pause before the address bar follows (ms), as in the full reader.
const URL_SYNC_MS: i32 = 300;
/// How long typing must pause before the count is announced (ms), as in the full reader.
const ANNOUNCE_AFTER_MS: i32 = 400;
/// How long the reader must be left alone before the full reader takes over, when nothing waits
/// for it (ms): the take-over redraws the page, never under the user's fingers.
const QUIET_MS: i32 = 300;
/// Controls that do something when clicked; only the full reader serves them (but the step and
/// colour scheme buttons, which this module serves).
const CONTROLS: &str = "button, input, select, textarea, label, summary, [role=button], [role=tab], [role=switch]";

/// One event listener, removed once the full reader has taken over. Its closure is kept, not
/// dropped: the removal runs inside one of them.
struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    capture: bool,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    fn detach(&self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

/// A callback run once a pause is long enough; a new start restarts the wait.
struct Pause {
    handle: Cell<Option<i32>>,
    run: Closure<dyn FnMut()>,
    millis: i32,
}

impl Pause {
    fn new(millis: i32, run: impl FnMut() + 'static) -> Self {
        Pause { handle: Cell::new(None), run: Closure::new(run), millis }
    }

    fn restart(&self) {
        self.cancel();
        let window = web_sys::window().expect("a window");
        self.handle.set(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(self.run.as_ref().unchecked_ref(), self.millis)
                .ok(),
        );
    }

    fn cancel(&self) {
        if let (Some(handle), Some(window)) = (self.handle.take(), web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// Whom the light module serves.
enum Host {
    /// The standalone page: the address bar, the saved colour scheme, page-wide keys.
    Page,
    /// A prerendered `<statement-reader>` (the element): keys only inside it, events to the host
    /// page, nothing saved, the host's address untouched.
    Widget(web_sys::Element),
}

/// Where the light module stands with the full reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// It serves the page.
    Serving,
    /// The full reader is hydrating: what the user does is kept for it.
    HandedOver,
    /// The full reader is ready; the light module has stopped.
    Gone,
}

/// The light reader: the page, what the user asked for that only the full reader serves, and
/// every listener.
struct Lite {
    host: Host,
    page: RefCell<Page>,
    /// In order, each with where its element is under the reader's root (filled in at the
    /// hand-over for what was asked before it).
    intents: RefCell<Vec<(Intent, Option<Vec<u32>>)>>,
    listeners: RefCell<Vec<Listener>>,
    pauses: RefCell<Vec<Pause>>,
    stage: Cell<Stage>,
    /// Where focus was at the hand-over (see `handover::refocus`).
    focused: RefCell<Option<Vec<u32>>>,
    asked: Cell<bool>,
    started: Cell<bool>,
    /// Set while a `#pN` link is followed: focusing its paragraph is not a touch.
    following_link: Cell<bool>,
}

/// The pauses, by position in `Lite::pauses`.
const URL_SYNC: usize = 0;
const ANNOUNCE: usize = 1;
const QUIET: usize = 2;

#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match Page::find(document.clone()) {
        Some(page) => drop(attach(page, Host::Page)),
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

/// The widget's attributes this module serves; any other (a lens, a scheme, names, another
/// statement, a comparison, opening files) is the full reader's.
const WIDGET_ATTRIBUTES_SERVED: [&str; 4] = ["q", "match-case", "whole-word", "mode"];

/// What the element's attributes ask for, when this module can serve all of it.
fn widget_view(element: &web_sys::Element) -> Option<UrlState> {
    let mut present = Vec::new();
    for name in WidgetSettings::ATTRIBUTES {
        if let Some(value) = element.get_attribute(name) {
            if !WIDGET_ATTRIBUTES_SERVED.contains(&name) {
                return None;
            }
            present.push((name, value));
        }
    }
    Some(WidgetSettings::from_attributes(present.iter().map(|(n, v)| (*n, v.as_str()))).view)
}

/// Whether this device keeps highlights (the full reader shows them on the text).
fn keeps_highlights() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).any(|key| key.starts_with("statement-reader:highlights:"))
}

/// Serves the reader prerendered into a widget's `frame` (`statement-reader.js` calls it for
/// each prerendered element). `None` when the light module cannot show what the full reader
/// would — the element asks for more than a search, or this device keeps highlights — or the
/// frame lacks what a search needs: the element then starts the full reader at once.
#[wasm_bindgen]
pub fn serve_widget(element: web_sys::Element, frame: web_sys::Element) -> Option<LiteWidget> {
    widget_view(&element)?;
    if keeps_highlights() {
        return None;
    }
    let page = Page::find_in(frame)?;
    Some(LiteWidget { lite: attach(page, Host::Widget(element)) })
}

/// A widget the light module serves.
#[wasm_bindgen]
pub struct LiteWidget {
    lite: Rc<Lite>,
}

#[wasm_bindgen]
impl LiteWidget {
    /// The element's attributes changed: a search is applied at once; anything else starts the
    /// full reader, which reads them.
    pub fn update(&self) {
        self.lite.apply_attributes();
    }

    /// The element was removed: the light module stops listening.
    pub fn unmount(&self) {
        self.lite.stop();
    }
}

fn attach(page: Page, host: Host) -> Rc<Lite> {
    let lite = Rc::new(Lite {
        host,
        page: RefCell::new(page),
        intents: RefCell::new(Vec::new()),
        listeners: RefCell::new(Vec::new()),
        pauses: RefCell::new(Vec::new()),
        stage: Cell::new(Stage::Serving),
        focused: RefCell::new(None),
        asked: Cell::new(false),
        started: Cell::new(false),
        following_link: Cell::new(false),
    });
    {
        let (a, b, c) = (lite.clone(), lite.clone(), lite.clone());
        *lite.pauses.borrow_mut() = vec![
            Pause::new(URL_SYNC_MS, move || a.report_search()),
            Pause::new(ANNOUNCE_AFTER_MS, move || b.speak()),
            Pause::new(QUIET_MS, move || c.start_full()),
        ];
    }
    let (window, scope, mount, root, input, form, statement) = {
        let page = lite.page.borrow();
        let window: web_sys::EventTarget = web_sys::window().expect("a window").into();
        // The page listens on its document; a widget only inside itself.
        let scope: web_sys::EventTarget = match &lite.host {
            Host::Page => page.document.clone().into(),
            Host::Widget(_) => page.mount.clone().into(),
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
    for kind in ["pointerdown", "dragenter"] {
        on(&scope, kind, true, |lite, _| lite.touched());
    }
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
            lite.show_view(current_url_state());
            lite.follow_fragment();
            let page = lite.page.borrow();
            let shown = page.document.document_element().and_then(|html| html.get_attribute("data-color-scheme"));
            page.press_scheme(shown.as_deref().unwrap_or("auto"));
        }
        Host::Widget(element) => {
            lite.show_view(widget_view(element).unwrap_or_default());
            let page = lite.page.borrow();
            let (title, paragraphs) = (page.title(), page.paragraphs.len());
            report(element, "ready", &[("title", title.into()), ("paragraphs", (paragraphs as u32).into())]);
        }
    }
    let _ = mount.set_attribute("data-lite", "");
    let _ = lite.page.borrow().root.set_attribute("data-ready", "");
    lite
}

/// Tells the host page what happened in a widget, as the full reader does: a
/// `statement-reader:NAME` event on the element (bubbling, composed) with `fields` as detail.
fn report(element: &web_sys::Element, name: &str, fields: &[(&str, JsValue)]) {
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

/// The address's search (`q`, `case`, `word`, `mode`), as the full reader reads it.
fn current_url_state() -> UrlState {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return UrlState::default();
    };
    let values: Vec<(&str, String)> =
        UrlState::NAMES.iter().filter_map(|name| params.get(name).map(|v| (*name, v))).collect();
    UrlState::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
}

fn carries_files(event: &web_sys::Event) -> bool {
    let types = event.dyn_ref::<web_sys::DragEvent>().and_then(|e| e.data_transfer()).map(|t| t.types());
    types.is_some_and(|types| types.includes(&"Files".into(), 0))
}

fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The colour scheme buttons work at once, as in the full reader: the page shows the scheme
/// and remembers it (`Auto` forgets).
fn choose_scheme(page: &Page, scheme: ColorScheme) {
    if let Some(html) = page.document.document_element() {
        let _ = match scheme {
            ColorScheme::Auto => html.remove_attribute("data-color-scheme"),
            other => html.set_attribute("data-color-scheme", other.as_str()),
        };
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = match scheme {
            ColorScheme::Auto => storage.remove_item(COLOR_SCHEME_KEY),
            other => storage.set_item(COLOR_SCHEME_KEY, &format!("\"{}\"", other.as_str())),
        };
    }
    page.press_scheme(scheme.as_str());
}

impl Lite {
    fn serving(&self) -> bool {
        self.stage.get() == Stage::Serving
    }

    fn restart(&self, pause: usize) {
        if let Some(pause) = self.pauses.borrow().get(pause) {
            pause.restart();
        }
    }

    /// The reader was touched: the full reader loads (once), and takes over when the reader
    /// has been left alone for a moment.
    fn touched(&self) {
        if !self.serving() {
            return;
        }
        if !self.asked.replace(true) {
            self.signal(LOAD_FULL_EVENT);
        }
        self.restart(QUIET);
    }

    /// Lets the loader start the full reader as soon as it is loaded (once).
    fn start_full(&self) {
        if self.serving() && !self.started.replace(true) {
            self.signal(START_FULL_EVENT);
        }
    }

    /// Tells the loader: the page's boot script listens on `window`, a widget's script on the
    /// element (these events neither bubble nor leave it).
    fn signal(&self, kind: &str) {
        match &self.host {
            Host::Page => dispatch_on_window(kind),
            Host::Widget(element) => {
                if let Ok(event) = web_sys::Event::new(kind) {
                    let _ = element.dispatch_event(&event);
                }
            }
        }
    }

    /// Shows what the address (or the widget's attributes) asks for: the options ticked, the
    /// query searched. A search asked for brings the full reader (its keyword-in-context list).
    fn show_view(&self, view: UrlState) {
        let mut page = self.page.borrow_mut();
        page.set_options(view.options);
        page.input.set_value(&view.query);
        drop(page);
        self.search(matches!(self.host, Host::Page));
        if !view.query.trim().is_empty() {
            self.touched();
        }
    }

    /// A widget's attributes changed: a search is shown at once; anything else is for the full
    /// reader, which reads the attributes when it starts.
    fn apply_attributes(&self) {
        let Host::Widget(element) = &self.host else { return };
        if !self.serving() {
            return;
        }
        match widget_view(element) {
            Some(view) => self.show_view(view),
            None => {
                self.touched();
                self.start_full();
            }
        }
    }

    /// The widget was removed: nothing more is done or listened to.
    fn stop(&self) {
        self.stage.set(Stage::Gone);
        for listener in self.listeners.borrow().iter() {
            listener.detach();
        }
        for pause in self.pauses.borrow().iter() {
            pause.cancel();
        }
    }

    /// Keeps what the user asked of something only the full reader serves, shows that the
    /// reader is busy, and lets the full reader take over as soon as it can.
    fn wait_for_full(&self, intent: Intent) {
        let path = match self.stage.get() {
            // The page is as prerendered while the full reader hydrates: where it is now is
            // where the full reader draws it.
            Stage::HandedOver => intent.element().and_then(|e| handover::path_of(&self.page.borrow().root, e)),
            _ => None,
        };
        self.intents.borrow_mut().push((intent, path));
        let _ = self.page.borrow().root.set_attribute("aria-busy", "true");
        self.touched();
        self.start_full();
    }

    /// Searches for what the box holds; `scroll` brings the first match into view (never a
    /// widget's host page before the user acted inside it).
    fn search(&self, scroll: bool) {
        {
            let mut page = self.page.borrow_mut();
            let query = page.input.value();
            page.search(query);
        }
        if scroll {
            self.scroll_to_current(false);
        }
        self.restart(URL_SYNC);
        self.restart(ANNOUNCE);
    }

    fn on_input(&self, _: web_sys::Event) {
        // While the full reader hydrates, typing is its (the box keeps the text).
        if self.serving() {
            self.search(true);
            self.touched();
        }
    }

    fn step(&self, forward: bool) {
        if self.page.borrow_mut().step(forward) {
            self.scroll_to_current(true);
            self.restart(ANNOUNCE);
        }
    }

    fn on_key(&self, event: web_sys::Event) {
        let Some(press) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        self.touched();
        let target = target_element(&event);
        let input = self.page.borrow().input.clone();
        let in_search = target.as_ref().is_some_and(|t| t == input.unchecked_ref::<web_sys::Element>());
        let search_key = in_search && matches!(press.key().as_str(), "Enter" | "Escape");
        let in_text_field = target.as_ref().is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable())
        });
        let modified = press.ctrl_key() || press.alt_key() || press.meta_key();
        let global = global_key(&press.key(), press.shift_key(), modified, in_text_field);
        if !search_key && global.is_none() {
            return;
        }
        event.prevent_default();
        event.stop_immediate_propagation();
        let keep = |target| Intent::Key { target, key: press.key(), code: press.code(), shift: press.shift_key() };
        if !self.serving() {
            return self.wait_for_full(keep(if search_key { Some(input.into()) } else { None }));
        }
        match (press.key().as_str(), global) {
            ("Enter", _) if search_key => self.step(!press.shift_key()),
            ("Escape", _) if search_key => {
                input.set_value("");
                self.search(true);
            }
            (_, Some(GlobalKey::FocusSearch)) => {
                let _ = input.focus();
                input.select();
            }
            (_, Some(GlobalKey::Next)) => self.step(true),
            (_, Some(GlobalKey::Previous)) => self.step(false),
            _ => self.wait_for_full(keep(None)),
        }
    }

    fn on_click(&self, event: web_sys::Event) {
        let Some(target) = target_element(&event) else { return };
        let root = self.page.borrow().root.clone();
        if !root.contains(Some(&target)) {
            return;
        }
        // In a widget, a link within the reader goes there without touching the host's address.
        if let (Host::Widget(_), Some(link)) = (&self.host, target.closest("a[href^='#']").ok().flatten()) {
            event.prevent_default();
            let id = link.get_attribute("href").unwrap_or_default();
            let found = root
                .query_selector(&format!("[id=\"{}\"]", id.trim_start_matches('#').replace('"', "")))
                .ok()
                .flatten();
            if let Some(found) = found.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                found.scroll_into_view_with_bool(true);
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = found.focus_with_options(&options);
            }
            return;
        }
        // Links work without script; the search box is the browser's.
        if target.closest("a[href], label.search-field").ok().flatten().is_some() {
            return;
        }
        let Some(control) = target.closest(CONTROLS).ok().flatten() else {
            return;
        };
        // A search option ticks itself (see `on_change`).
        if control.matches("[data-search-option], label:has([data-search-option])").unwrap_or(false) {
            return;
        }
        event.prevent_default();
        event.stop_propagation();
        if self.serving() && self.page.borrow().is_clear_button(&control) {
            self.page.borrow().input.set_value("");
            return self.search(true);
        }
        let forward = self.page.borrow().step_button(&control);
        let scheme = control.get_attribute("data-scheme").as_deref().and_then(ColorScheme::parse);
        match (self.serving(), forward, scheme) {
            (true, Some(forward), _) => self.step(forward),
            (true, None, Some(scheme)) if matches!(self.host, Host::Page) => choose_scheme(&self.page.borrow(), scheme),
            _ => {
                if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
                    self.wait_for_full(Intent::Click(control));
                }
            }
        }
    }

    /// A search option ticked, or a file chosen in a file input (a test's `setInputFiles`, or a
    /// picker opened without a click).
    fn on_change(&self, event: web_sys::Event) {
        let Some(target) = target_element(&event) else { return };
        if let Some(option) =
            target.dyn_ref::<web_sys::HtmlInputElement>().filter(|t| t.has_attribute("data-search-option"))
        {
            event.stop_propagation();
            if self.serving() {
                self.page.borrow_mut().read_options();
                self.search(true);
                self.touched();
            } else {
                self.wait_for_full(Intent::Toggle(option.clone(), option.checked()));
            }
            return;
        }
        if target.get_attribute("type").as_deref() == Some("file") && self.page.borrow().root.contains(Some(&target)) {
            event.stop_propagation();
            self.wait_for_full(Intent::Change(target));
        }
    }

    fn on_drop(&self, event: web_sys::Event) {
        let files = event.dyn_ref::<web_sys::DragEvent>().and_then(|e| e.data_transfer());
        let (Some(target), Some(files)) = (target_element(&event), files.as_ref().and_then(handover::copy_files))
        else {
            return;
        };
        if !self.page.borrow().root.contains(Some(&target)) {
            return;
        }
        event.prevent_default();
        event.stop_propagation();
        self.wait_for_full(Intent::Drop(target, files));
    }

    fn on_selection_end(&self, _: web_sys::Event) {
        let page = self.page.borrow();
        if let Some(saved) = handover::save_selection(&page.paragraphs) {
            let statement = page.statement.clone();
            drop(page);
            self.wait_for_full(Intent::Selection(statement, saved));
        }
    }

    /// A glossary term under the pointer: its explanation comes with the full reader, started at
    /// once. The weakest intent, kept only while nothing else waits.
    fn on_hover(&self, event: web_sys::Event) {
        let Some(term) = target_element(&event).and_then(|t| t.closest(".term").ok().flatten()) else {
            return;
        };
        let mut intents = self.intents.borrow_mut();
        if intents.iter().all(|(i, _)| matches!(i, Intent::Hover(_))) {
            intents.clear();
            intents.push((Intent::Hover(term), None));
        }
        drop(intents);
        self.touched();
        self.start_full();
    }

    /// `#pN`: the paragraph is scrolled to and focused; one the search hides waits for the full
    /// reader, which reveals it.
    fn follow_fragment(&self) {
        if !self.serving() {
            return;
        }
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        let page = self.page.borrow();
        let Some(number) = paragraph_from_fragment(&hash, page.paragraphs.len()) else {
            return;
        };
        match page.shown_paragraph(number.get()) {
            Some(paragraph) => {
                page.mark_target(Some(number.get()));
                paragraph.scroll_into_view_with_bool(true);
                if let Some(paragraph) = paragraph.dyn_ref::<web_sys::HtmlElement>() {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    self.following_link.set(true);
                    let _ = paragraph.focus_with_options(&options);
                    self.following_link.set(false);
                }
            }
            None => {
                drop(page);
                self.wait_for_full(Intent::Reveal);
            }
        }
    }

    fn scroll_to_current(&self, smoothly: bool) {
        let Some(mark) = self.page.borrow().current_mark() else { return };
        let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
        let rect = mark.get_bounding_client_rect();
        if comfortably_in_view(rect.top(), rect.bottom(), height) {
            return;
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        if !smoothly {
            options.set_behavior(web_sys::ScrollBehavior::Instant);
        }
        mark.scroll_into_view_with_scroll_into_view_options(&options);
    }

    /// The live region: the count, and the notice if there is one.
    fn speak(&self) {
        let page = self.page.borrow();
        let mut spoken = announcement(&page.query, page.result.as_ref());
        if let Some(notice) = &page.notice {
            spoken = format!("{spoken} {}", notice.text());
        }
        page.announce(&spoken);
    }

    /// Once typing pauses: the page's address follows; a widget tells its host.
    fn report_search(&self) {
        match &self.host {
            Host::Page => self.write_url(),
            Host::Widget(element) => {
                let page = self.page.borrow();
                let fields = [("query", page.query.as_str().into()), ("total", (page.total() as u32).into())];
                report(element, "search", &fields);
            }
        }
    }

    /// `?q=` in the address, the page's other parameters and `#pN` untouched.
    fn write_url(&self) {
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let (path, search, hash) = (
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default(),
        );
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
        for name in UrlState::NAMES {
            params.delete(name);
        }
        let page = self.page.borrow();
        let state = UrlState { query: page.query.clone(), options: page.options, ..UrlState::default() };
        drop(page);
        for (name, value) in state.to_pairs() {
            params.append(name, &value);
        }
        let query: String = params.to_string().into();
        let url = format!("{path}{}{query}{hash}", if query.is_empty() { "" } else { "?" });
        if url != format!("{path}{search}{hash}") {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        }
    }

    /// The full reader is about to hydrate: the address gets the search now, and the full
    /// reader gets it in the answer, so it hydrates the page as the light module drew it (with
    /// the search: nothing on screen changes). What the user asked for so far, and does until
    /// its `Ready`, is kept for it.
    fn hand_over(&self, event: web_sys::Event) {
        if !self.serving() {
            return;
        }
        self.stage.set(Stage::HandedOver);
        for pause in self.pauses.borrow().iter() {
            pause.cancel();
        }
        if matches!(self.host, Host::Page) {
            self.write_url();
        }
        let mut page = self.page.borrow_mut();
        handover::answer(&event, page.current.0, &page.query, page.options);
        page.leave_for_hydration();
        let _ = page.root.remove_attribute("data-ready");
        let _ = page.mount.remove_attribute("data-lite");
        // Where each intent was aimed (the full reader draws the same elements in the same
        // places), and where focus is: a part the full reader redraws loses it.
        for (intent, path) in self.intents.borrow_mut().iter_mut() {
            *path = intent.element().and_then(|e| handover::path_of(&page.root, e));
        }
        let focused = page.document.active_element().and_then(|e| handover::path_of(&page.root, &e));
        *self.focused.borrow_mut() = focused;
    }

    /// The full reader's `Ready` has applied the search: the light module stops, focus comes
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
        for (intent, path) in self.intents.borrow_mut().drain(..) {
            handover::replay(intent, &page.root, path, &page.paragraphs);
        }
    }
}
