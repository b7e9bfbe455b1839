//! What the lite module shows and where it says so: the search drawn (through `Page`), the
//! current match scrolled to, the count spoken, the address or the host page told, `#pN`
//! followed, the colour scheme chosen.

use statement_app::search_text::announcement;
use statement_app::{paragraph_from_fragment, ColorScheme, UrlState};

use crate::handover::Intent;
use crate::widget::Host;
#[cfg(feature = "widget")]
use crate::widget::{report, widget_view};
use crate::{Lite, Page};

/// The colour scheme buttons work at once, as in the full reader: the page shows the scheme
/// and remembers it (`Auto` forgets).
pub fn choose_scheme(page: &Page, scheme: ColorScheme) {
    statement_dom::apply_color_scheme(scheme);
    statement_dom::save_color_scheme(scheme);
    page.press_scheme(scheme.as_str());
}

impl Lite {
    /// Shows what the address (or the widget's attributes) asks for: the options ticked, the
    /// query searched. A search asked for brings the full reader (its keyword-in-context list).
    pub fn show_view(&self, view: UrlState) {
        let mut page = self.page.borrow_mut();
        page.set_options(view.options);
        // Only when it differs: setting a box's value (even to the same "") resets its editing
        // state, a cost every start paid for an empty box.
        if page.input.value() != view.query {
            page.input.set_value(&view.query);
        }
        drop(page);
        self.search(self.host.widget().is_none());
        if !view.query.trim().is_empty() {
            self.touched();
        }
    }

    /// A widget's attributes changed: a search is shown at once; anything else is for the full
    /// reader, which reads the attributes when it starts.
    #[cfg(feature = "widget")]
    pub fn apply_attributes(&self) {
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

    /// Searches for what the box holds; `scroll` brings the first match into view (never a
    /// widget's host page before the user acted inside it).
    pub fn search(&self, scroll: bool) {
        {
            let mut page = self.page.borrow_mut();
            let query = page.input.value();
            page.search(query);
        }
        if scroll {
            self.scroll_to_current(false);
        }
        if let Some(pauses) = self.pauses() {
            pauses.url_sync.restart();
            pauses.announce.restart();
        }
    }

    pub fn step(&self, forward: bool) {
        if self.page.borrow_mut().step(forward) {
            self.scroll_to_current(true);
            if let Some(pauses) = self.pauses() {
                pauses.announce.restart();
            }
        }
    }

    /// `#pN`: the paragraph is scrolled to and focused; one the search hides waits for the full
    /// reader, which reveals it.
    pub fn follow_fragment(&self) {
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
                self.following_link.set(true);
                statement_dom::scroll_to_and_focus(paragraph);
                self.following_link.set(false);
            }
            None => {
                drop(page);
                self.wait_for_full(Intent::Reveal);
            }
        }
    }

    pub fn scroll_to_current(&self, smoothly: bool) {
        if let Some(mark) = self.page.borrow().current_mark() {
            statement_dom::bring_into_view(&mark, smoothly);
        }
    }

    /// The live region: the count, and the notice if there is one.
    pub fn speak(&self) {
        let page = self.page.borrow();
        let mut spoken = announcement(&page.query, page.result.as_ref());
        if let Some(notice) = &page.notice {
            spoken = format!("{spoken} {}", notice.text());
        }
        page.announce(&spoken);
    }

    /// Once typing pauses: the page's address follows; a widget tells its host.
    pub fn report_search(&self) {
        match &self.host {
            Host::Page => self.write_url(),
            #[cfg(feature = "widget")]
            Host::Widget(element) => {
                let page = self.page.borrow();
                let fields = [("query", page.query.as_str().into()), ("total", (page.total() as u32).into())];
                report(element, "search", &fields);
            }
        }
    }

    /// `?q=` (and a theme or stance tapped here) in the address, its other parameters and `#pN` untouched.
    pub fn write_url(&self) {
        let page = self.page.borrow();
        let [theme, stance] = self.lens_ids();
        let state = UrlState { query: page.query.clone(), options: page.options, theme, stance, ..UrlState::default() };
        drop(page);
        statement_dom::replace_url(&state);
    }
}
