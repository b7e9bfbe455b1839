//! What the lite module does with each event: a search it serves at once; anything else is
//! kept as an intent for the full reader, which it then brings in.

use statement_app::{global_key, ColorScheme, GlobalKey};
use wasm_bindgen::JsCast;

use crate::handover::{self, Intent};
use crate::view::choose_scheme;
use crate::widget::Host;
use crate::Lite;

/// Controls that do something when clicked; only the full reader serves them (but the step and
/// colour scheme buttons, which this module serves).
const CONTROLS: &str = "button, input, select, textarea, label, summary, [role=button], [role=tab], [role=switch]";

pub fn carries_files(event: &web_sys::Event) -> bool {
    let types = event.dyn_ref::<web_sys::DragEvent>().and_then(|e| e.data_transfer()).map(|t| t.types());
    types.is_some_and(|types| types.includes(&"Files".into(), 0))
}

fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

impl Lite {
    pub fn on_input(&self, _: web_sys::Event) {
        // While the full reader hydrates, typing is its (the box keeps the text).
        if self.serving() {
            self.search(true);
            self.touched();
        }
    }

    pub fn on_key(&self, event: web_sys::Event) {
        let Some(press) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        self.touched();
        let target = target_element(&event);
        let input = self.page.borrow().input.clone();
        let in_search = target.as_ref().is_some_and(|t| t == input.unchecked_ref::<web_sys::Element>());
        let search_key = in_search && matches!(press.key().as_str(), "Enter" | "Escape");
        let in_text_field = target.as_ref().is_some_and(statement_dom::is_text_field);
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

    pub fn on_click(&self, event: web_sys::Event) {
        let Some(target) = target_element(&event) else { return };
        let root = self.page.borrow().root.clone();
        if !root.contains(Some(&target)) {
            return;
        }
        // In a widget, a link within the reader goes there without touching the host's address.
        if let (Some(_), Some(link)) = (self.host.widget(), target.closest("a[href^='#']").ok().flatten()) {
            event.prevent_default();
            let id = link.get_attribute("href").unwrap_or_default();
            let found = root
                .query_selector(&format!("[id=\"{}\"]", id.trim_start_matches('#').replace('"', "")))
                .ok()
                .flatten();
            if let Some(found) = found {
                statement_dom::scroll_to_and_focus(&found);
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
        if self.serving() && statement_dom::is_clear_search(&control) {
            self.page.borrow().input.set_value("");
            return self.search(true);
        }
        let forward = self.page.borrow().step_button(&control);
        let scheme = control.get_attribute("data-scheme").as_deref().and_then(ColorScheme::parse);
        match (self.serving(), forward, scheme) {
            (true, Some(forward), _) => self.step(forward),
            (true, None, Some(scheme)) if matches!(self.host, Host::Page) => choose_scheme(&self.page.borrow(), scheme),
            (serving, _, _) => {
                // A theme, a stance or the names switch shows at once; the full reader does the
                // click for real.
                if serving && control.has_attribute("data-names-switch") {
                    // Remembered on the page: the full reader starts with it, nothing to replay.
                    if self.preview_names() {
                        return self.touched();
                    }
                } else if serving && self.preview_lens(&control) {
                    // In the address: the full reader starts with it, nothing to replay.
                    return self.touched();
                }
                if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
                    self.wait_for_full(Intent::Click(control));
                }
            }
        }
    }

    /// A search option ticked, or a file chosen in a file input (a test's `setInputFiles`, or a
    /// picker opened without a click).
    pub fn on_change(&self, event: web_sys::Event) {
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

    pub fn on_drop(&self, event: web_sys::Event) {
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

    pub fn on_selection_end(&self, _: web_sys::Event) {
        let page = self.page.borrow();
        if let Some(saved) = statement_dom::save_selection(&page.paragraphs) {
            let statement = page.statement.clone();
            drop(page);
            self.wait_for_full(Intent::Selection(statement, saved));
        }
    }

    /// A glossary term under the pointer: its explanation comes with the full reader, started at
    /// once. The weakest intent, kept only while nothing else waits.
    pub fn on_hover(&self, event: web_sys::Event) {
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
}
