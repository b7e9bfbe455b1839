//! The prerendered reader as the lite module sees it: the elements a search changes, found
//! once, and the search drawn into them exactly as the full reader draws it, by the functions it
//! draws it with (`statement_dom`): the marks, the hidden paragraphs, the index's filtered-out
//! rows, the count, the step buttons and the notice.

use statement_app::search_text::{count_text, nothing_found, step_hit};
use statement_app::{Notice, MAX_QUERY_CHARS};
use statement_core::{HitIndex, SearchIndex, SearchOptions, SearchResult};
use statement_dom::SearchMarks;
use wasm_bindgen::JsCast;

use crate::query::{all, one};

pub struct Page {
    pub document: web_sys::Document,
    /// Where the full reader hydrates: `#reader-root` on the page, a widget's frame.
    pub mount: web_sys::Element,
    /// `[data-reader]`.
    pub root: web_sys::Element,
    pub input: web_sys::HtmlInputElement,
    pub form: web_sys::Element,
    pub statement: web_sys::Element,
    count: web_sys::Element,
    steps: Vec<web_sys::Element>,
    status: web_sys::Element,
    pub paragraphs: Vec<web_sys::Element>,
    index_rows: Vec<web_sys::Element>,
    /// Match case, Whole word, Highlight only (`[data-search-option]`).
    option_boxes: Vec<web_sys::HtmlInputElement>,
    pub options: SearchOptions,
    /// The colour scheme buttons (`[data-scheme]`).
    schemes: Vec<web_sys::Element>,
    /// Made at the first search (or in a task soon after start, see `attach`): start-up then
    /// only finds its elements.
    index: std::cell::OnceCell<SearchIndex>,
    notice_box: Option<web_sys::Element>,
    /// "No paragraph matches …" with *Clear the search*, as the full reader shows it.
    nothing_box: Option<web_sys::Element>,
    pub query: String,
    pub result: Option<SearchResult>,
    pub current: HitIndex,
    pub notice: Option<Notice>,
    /// Per paragraph, whether a lens tapped here hides it (see `lens`).
    pub lens_hides: Vec<bool>,
}

impl Page {
    /// The page's prerendered reader (under `#reader-root`), when it has what a search needs.
    pub fn find(document: web_sys::Document) -> Option<Page> {
        Page::find_in(document.get_element_by_id("reader-root")?)
    }

    /// The prerendered reader under `mount` (`#reader-root`, or a widget's frame in its shadow
    /// root), when it has everything a search needs.
    pub fn find_in(mount: web_sys::Element) -> Option<Page> {
        let document = mount.owner_document()?;
        let root: web_sys::Element = one(&mount, "[data-reader]")?;
        let paragraphs = all(&root, statement_dom::PARAGRAPHS);
        let index_rows = all(&root, ".paragraph-index li");
        let page = Page {
            input: one(&root, "input[type=search]")?,
            form: one(&root, "form[role=search]")?,
            statement: one(&root, "#statement")?,
            count: one(&root, statement_dom::HIT_COUNT)?,
            steps: all(&root, statement_dom::STEP_BUTTONS),
            status: one(&root, "form[role=search] [role=status]")?,
            index: std::cell::OnceCell::new(),
            // The index lists every paragraph, or the rows cannot be matched to them.
            index_rows: if index_rows.len() == paragraphs.len() { index_rows } else { Vec::new() },
            schemes: all(&root, "[data-scheme]"),
            option_boxes: all(&root, "input[data-search-option]")
                .into_iter()
                .filter_map(|e| e.dyn_into().ok())
                .collect(),
            options: SearchOptions::default(),
            paragraphs,
            notice_box: None,
            nothing_box: None,
            query: String::new(),
            result: None,
            current: HitIndex(0),
            notice: None,
            lens_hides: Vec::new(),
            document,
            mount,
            root,
        };
        (!page.paragraphs.is_empty() && page.steps.len() == 2).then_some(page)
    }

    /// The paragraphs' index, made from their text now if it is not made yet.
    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            SearchIndex::from_texts(self.paragraphs.iter().map(|p| p.text_content().unwrap_or_default()).collect())
        })
    }

    /// Reads the search options from the boxes.
    pub fn read_options(&mut self) {
        let ticked = |name: &str| {
            self.option_boxes
                .iter()
                .any(|b| b.get_attribute("data-search-option").as_deref() == Some(name) && b.checked())
        };
        self.options = SearchOptions {
            match_case: ticked("case"),
            whole_word: ticked("word"),
            highlight_only: ticked("highlight"),
        };
    }

    /// Ticks the boxes for `options` (from the address) and keeps them.
    pub fn set_options(&mut self, options: SearchOptions) {
        for found in &self.option_boxes {
            found.set_checked(match found.get_attribute("data-search-option").as_deref() {
                Some("case") => options.match_case,
                Some("word") => options.whole_word,
                Some("highlight") => options.highlight_only,
                _ => false,
            });
        }
        self.options = options;
    }

    /// Searches for `query` with the options and draws it; the first match is the current one.
    pub fn search(&mut self, query: String) {
        let searched: String = query.chars().take(MAX_QUERY_CHARS).collect();
        self.notice = (searched.len() < query.len()).then_some(Notice::QueryShortened);
        // No terms, no result: the index need not be made for that.
        let result = match searched.trim() {
            "" => None,
            _ => self.index().search(&searched, self.options),
        };
        // This module alone draws here: the page shows the last search as it was drawn.
        let before = std::mem::replace(&mut self.result, result);
        let was_current = std::mem::replace(&mut self.current, HitIndex(0));
        self.query = query;
        // The index only for a paragraph that has marks to draw: a search that shows none (the
        // empty box every start shows) leaves it to be made in a task of its own.
        statement_dom::draw_search_marks(
            &self.document,
            &self.paragraphs,
            |i| self.index().text(i),
            Some(SearchMarks { result: before.as_ref(), current: Some(was_current.0) }),
            SearchMarks { result: self.result.as_ref(), current: Some(0) },
        );
        let lens_hides = |i: usize| self.lens_hides.get(i).is_some_and(|h| *h);
        let was_shown = |i: usize| before.as_ref().is_none_or(|r| r.shows(i)) && !lens_hides(i);
        self.draw_filter(Some(&was_shown));
        self.draw_count();
        self.draw_nothing_found();
    }

    /// Hides the paragraphs (their wrappers, their index rows) the search or a lens leaves out;
    /// with `was_shown` (what the page shows now), only those that change.
    pub fn draw_filter(&self, was_shown: Option<&dyn Fn(usize) -> bool>) {
        let shown =
            |i: usize| self.result.as_ref().is_none_or(|r| r.shows(i)) && !self.lens_hides.get(i).is_some_and(|h| *h);
        statement_dom::draw_shown(&self.paragraphs, shown, was_shown);
        statement_dom::draw_index_rows(&self.index_rows, shown, was_shown);
    }

    /// The message (and its *Clear the search* button) above the paragraphs when the filter
    /// shows none.
    fn draw_nothing_found(&mut self) {
        let nothing = self.result.as_ref().is_some_and(|r| r.filters && r.paragraphs.is_empty());
        let message = nothing.then(|| nothing_found(&self.query, &[]));
        statement_dom::draw_nothing_found(
            &self.document,
            self.paragraphs.first(),
            &mut self.nothing_box,
            message.as_deref(),
        );
    }

    pub fn total(&self) -> usize {
        self.result.as_ref().map_or(0, |r| r.total)
    }

    /// Moves to the next (or previous) match; `false` when there is none.
    pub fn step(&mut self, forward: bool) -> bool {
        let Some((next, notice)) = step_hit(self.current, self.total(), forward) else {
            return false;
        };
        statement_dom::mark_current(&self.statement, Some(next.0));
        self.current = next;
        self.notice = notice;
        self.draw_count();
        true
    }

    /// The count, the step buttons and the notice under the box.
    fn draw_count(&mut self) {
        let count = count_text(self.result.as_ref(), self.current);
        statement_dom::draw_count(&self.count, &self.steps, &count, self.total() > 0, false);
        let notice = self.notice.as_ref().map(Notice::text);
        statement_dom::draw_search_notice(&self.status, &mut self.notice_box, notice.as_deref());
    }

    /// What the live region says once typing pauses.
    pub fn announce(&self, text: &str) {
        self.status.set_text_content(Some(text));
    }

    /// The current match's first mark.
    pub fn current_mark(&self) -> Option<web_sys::Element> {
        statement_dom::hit_mark(&self.statement, self.current.0)
    }

    /// `Some(forward)` when `control` is the previous (`false`) or next (`true`) match button.
    pub fn step_button(&self, control: &web_sys::Element) -> Option<bool> {
        self.steps.iter().position(|step| step == control).map(|i| i == 1)
    }

    /// The statement's title, as its masthead shows it.
    pub fn title(&self) -> String {
        one::<web_sys::Element>(&self.root, "#statement-title").and_then(|h| h.text_content()).unwrap_or_default()
    }

    /// The paragraph numbered `number` (from 1), when it is shown.
    pub fn shown_paragraph(&self, number: usize) -> Option<&web_sys::Element> {
        number.checked_sub(1).and_then(|i| self.paragraphs.get(i)).filter(|p| !p.has_attribute("hidden"))
    }

    /// Presses the button of the scheme the page shows (`scheme.js` applied the saved one to
    /// `<html data-color-scheme>`; none is `auto`).
    pub fn press_scheme(&self, shown: &str) {
        for button in &self.schemes {
            let pressed = button.get_attribute("data-scheme").as_deref() == Some(shown);
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
    }

    /// Marks the index's link to paragraph `number` as where the reader is (`aria-current`),
    /// as the full reader does for a `#pN` link; `None` unmarks it.
    pub fn mark_target(&self, number: Option<usize>) {
        for row in &self.index_rows {
            let Some(link) = row.query_selector("a[href]").ok().flatten() else { continue };
            let here = number.is_some_and(|n| link.get_attribute("href") == Some(format!("#p{n}")));
            let _ = if here {
                link.set_attribute("aria-current", "location")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    }

    /// Leaves the page for the full reader to hydrate. It starts with the same search, so it
    /// renders the same elements in every part it walks (the paragraphs' text and the lists are
    /// adopted whole, then redrawn), text aside, which it rewrites; only the notice, which it
    /// shows only after next/previous, would be an element too many.
    pub fn leave_for_hydration(&mut self) {
        self.notice = None;
        self.draw_count();
        // Likewise "No paragraph matches", which it shows once ready; and a lens tapped here:
        // its paragraphs' `hidden` go (its sheet still hides them), its index rows stay (no reflow).
        self.nothing_box.take().inspect(web_sys::Element::remove);
        let rows = std::mem::take(&mut self.index_rows);
        self.lens_hides.clear();
        self.draw_filter(None);
        self.index_rows = rows;
    }
}
