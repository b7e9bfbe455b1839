//! The reader's state and every user intent, in plain Rust.
//!
//! The UI wraps [`ReaderState`] in a thin `yew::Reducible` adapter (`ui::app`); all changes go
//! through [`ReaderState::apply`], so the rules are tested natively.

pub mod url;

use std::rc::Rc;

use crate::core::themes::{DocumentThemes, Tagger, Taxonomy};
use crate::core::{Document, SearchIndex, SearchOptions, SearchResult};
pub use url::{UrlState, MAX_QUERY_CHARS};

/// The colour scheme the user chose. `Auto` follows the system (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ColorScheme {
    pub const ALL: [ColorScheme; 3] = [ColorScheme::Auto, ColorScheme::Light, ColorScheme::Dark];

    /// The stored and attribute form: `auto`, `light`, `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColorScheme::Auto => "auto",
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }

    /// Parses the stored form; anything else (old or corrupted data) is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            ColorScheme::Auto => "Auto",
            ColorScheme::Light => "Light",
            ColorScheme::Dark => "Dark",
        }
    }
}

/// A short message about what just happened, shown near the search box and announced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    WrappedToFirst,
    WrappedToLast,
    LinkCopied,
    LinkNotCopied(String),
    QueryShortened,
    RevealedParagraph(usize),
    ShowingAllThemes(usize),
}

impl Notice {
    pub fn text(&self) -> String {
        match self {
            Notice::WrappedToFirst => "Reached the end; continued from the first match.".into(),
            Notice::WrappedToLast => "Reached the start; continued from the last match.".into(),
            Notice::LinkCopied => "Link copied.".into(),
            Notice::LinkNotCopied(url) => format!("Could not copy; the link is: {url}"),
            Notice::QueryShortened => format!("Only the first {MAX_QUERY_CHARS} characters of the query are searched."),
            Notice::RevealedParagraph(n) => format!("Showing all paragraphs to reach paragraph {n}."),
            Notice::ShowingAllThemes(n) => format!("Showing all themes to reach paragraph {n}."),
        }
    }
}

/// The search index of the current document, compared by identity (it is built once).
#[derive(Debug, Clone)]
pub struct SharedIndex(pub Rc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The document's themes: the taxonomy and what each sentence and paragraph is tagged with.
/// Built once per document and compared by identity.
#[derive(Debug, Clone)]
pub struct SharedThemes(pub Rc<(Taxonomy, DocumentThemes)>);

impl PartialEq for SharedThemes {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SharedThemes {
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.0 .0
    }

    pub fn tagged(&self) -> &DocumentThemes {
        &self.0 .1
    }

    /// Whether paragraph `index` has theme `theme`.
    pub fn has(&self, index: usize, theme: usize) -> bool {
        self.tagged().paragraphs.get(index).is_some_and(|ts| ts.contains(&theme))
    }
}

/// What the search box holds and what it found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchState {
    /// The text in the box, as typed.
    pub query: String,
    pub options: SearchOptions,
    /// `None` when the query has no terms.
    pub result: Option<Rc<SearchResult>>,
    /// The current match (document order), meaningful when there are matches.
    pub current: usize,
    /// Bumped whenever the current match should be scrolled into view.
    pub scroll_request: u32,
    /// Whether that scroll may animate: yes for next/previous, no while typing (it must keep up).
    pub scroll_smoothly: bool,
}

impl SearchState {
    pub fn total(&self) -> usize {
        self.result.as_ref().map_or(0, |r| r.total)
    }

    /// Whether paragraph `index` is shown.
    pub fn shows(&self, index: usize) -> bool {
        self.result.as_ref().is_none_or(|r| r.shows(index))
    }
}

/// What the reader shows, apart from the document itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    /// Set once the page is hydrated and handlers are attached (`data-ready`).
    pub ready: bool,
    pub color_scheme: ColorScheme,
    /// The paragraph a deep link (`#pN`) points at, if any.
    pub target_paragraph: Option<usize>,
    pub search: SearchState,
    /// The selected theme (index into the taxonomy): only its paragraphs are shown.
    pub theme: Option<usize>,
    pub notice: Option<Notice>,
    index: SharedIndex,
    themes: SharedThemes,
}

/// Every change the user (or the page's start-up) can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Hydration finished; carries what was restored from storage and the address bar.
    Ready {
        color_scheme: ColorScheme,
        target_paragraph: Option<usize>,
        url: UrlState,
    },
    SetColorScheme(ColorScheme),
    TargetParagraph(Option<usize>),
    SetQuery(String),
    SetMatchCase(bool),
    SetWholeWord(bool),
    SetHighlightOnly(bool),
    /// Select a theme, or `None` for all.
    SelectTheme(Option<usize>),
    ClearSearch,
    NextHit,
    PreviousHit,
    GoToHit(usize),
    Notify(Notice),
}

impl ReaderState {
    /// State for `document`: builds its search index and tags its themes with the built-in taxonomy.
    pub fn new(document: &Document) -> Self {
        let taxonomy = Taxonomy::builtin();
        let tagged = Tagger::new(&taxonomy).tag(document);
        Self {
            ready: false,
            color_scheme: ColorScheme::Auto,
            target_paragraph: None,
            search: SearchState::default(),
            theme: None,
            notice: None,
            index: SharedIndex(Rc::new(SearchIndex::new(document))),
            themes: SharedThemes(Rc::new((taxonomy, tagged))),
        }
    }

    pub fn themes(&self) -> SharedThemes {
        self.themes.clone()
    }

    /// Whether paragraph `index` is shown: it has the selected theme (if any) and passes the search.
    pub fn shows(&self, index: usize) -> bool {
        self.theme.is_none_or(|t| self.themes.has(index, t)) && self.search.shows(index)
    }

    /// The shared handle to the index, for components that need it.
    pub fn search_index(&self) -> SharedIndex {
        self.index.clone()
    }

    /// The parameters the address bar should show for this state.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            query: self.search.query.clone(),
            options: self.search.options,
            theme: self.theme.map(|t| self.themes.taxonomy().themes[t].id.clone()),
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Ready {
                color_scheme,
                target_paragraph,
                url,
            } => {
                self.ready = true;
                self.color_scheme = color_scheme;
                self.search.query = url.query;
                self.search.options = url.options;
                self.theme = url.theme.and_then(|id| self.themes.taxonomy().position(&id));
                let scroll_request = self.search.scroll_request;
                self.run_search();
                if target_paragraph.is_some() {
                    // A deep link decides where the page opens, not the first match.
                    self.search.scroll_request = scroll_request;
                }
                self.target(target_paragraph);
            }
            Action::SetColorScheme(scheme) => self.color_scheme = scheme,
            Action::TargetParagraph(target) => self.target(target),
            Action::SetQuery(query) => {
                self.notice = None;
                self.search.query = query;
                self.run_search();
            }
            Action::SetMatchCase(on) => self.set_options(SearchOptions { match_case: on, ..self.search.options }),
            Action::SetWholeWord(on) => self.set_options(SearchOptions { whole_word: on, ..self.search.options }),
            Action::SetHighlightOnly(on) => {
                self.set_options(SearchOptions { highlight_only: on, ..self.search.options })
            }
            Action::SelectTheme(theme) => {
                let known = theme.filter(|&t| t < self.themes.taxonomy().themes.len());
                if known != self.theme {
                    self.notice = None;
                    self.set_theme(known);
                }
            }
            Action::ClearSearch => {
                self.notice = None;
                self.search.query.clear();
                self.run_search();
            }
            Action::NextHit => self.step(true),
            Action::PreviousHit => self.step(false),
            Action::GoToHit(k) => {
                if k < self.search.total() {
                    self.notice = None;
                    self.search.current = k;
                    self.request_scroll(true);
                }
            }
            Action::Notify(notice) => self.notice = Some(notice),
        }
    }

    /// Selects a theme; the search re-runs, since matches count only in shown paragraphs.
    fn set_theme(&mut self, theme: Option<usize>) {
        self.theme = theme;
        self.run_search();
    }

    fn set_options(&mut self, options: SearchOptions) {
        self.notice = None;
        self.search.options = options;
        self.run_search();
    }

    /// Re-runs the query; the first match becomes current and is brought into view.
    fn run_search(&mut self) {
        let query = &self.search.query;
        let searched: String;
        let query = if query.chars().count() > MAX_QUERY_CHARS {
            searched = query.chars().take(MAX_QUERY_CHARS).collect();
            self.notice = Some(Notice::QueryShortened);
            &searched
        } else {
            query
        };
        let (theme, themes) = (self.theme, &self.themes);
        let result = self
            .index
            .0
            .search_within(query, self.search.options, |i| theme.is_none_or(|t| themes.has(i, t)));
        // An unchanged result keeps its identity, so nothing downstream re-renders for it.
        if result.as_ref() != self.search.result.as_deref() {
            self.search.result = result.map(Rc::new);
        }
        self.search.current = 0;
        if self.search.total() > 0 {
            self.request_scroll(false);
        }
    }

    fn request_scroll(&mut self, smoothly: bool) {
        self.search.scroll_request += 1;
        self.search.scroll_smoothly = smoothly;
    }

    fn step(&mut self, forward: bool) {
        let total = self.search.total();
        if total == 0 {
            return;
        }
        let current = self.search.current;
        self.notice = None;
        self.search.current = if forward {
            if current + 1 >= total {
                self.notice = Some(Notice::WrappedToFirst);
                0
            } else {
                current + 1
            }
        } else if current == 0 {
            self.notice = Some(Notice::WrappedToLast);
            total - 1
        } else {
            current - 1
        };
        self.request_scroll(true);
    }

    /// Points at paragraph `n` (from 1); a paragraph hidden by the theme or the search filter is
    /// revealed (all themes; highlight-only), so `#pN` links always arrive.
    fn target(&mut self, target: Option<usize>) {
        self.target_paragraph = target;
        if let Some(n) = target {
            if self.theme.is_some_and(|t| !self.themes.has(n - 1, t)) {
                self.set_theme(None);
                self.notice = Some(Notice::ShowingAllThemes(n));
            }
            if !self.search.shows(n - 1) {
                self.set_options(SearchOptions { highlight_only: true, ..self.search.options });
                self.notice = Some(Notice::RevealedParagraph(n));
            }
        }
    }
}

/// Keys the reader answers anywhere on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalKey {
    /// `/`: focus the search box.
    FocusSearch,
    /// F3: next match.
    Next,
    /// Shift+F3: previous match.
    Previous,
}

/// Which global key a keydown is, if any. `/` is left alone while typing in a field or with a
/// modifier, so it can still be typed.
pub fn global_key(key: &str, shift: bool, ctrl_alt_or_meta: bool, in_text_field: bool) -> Option<GlobalKey> {
    match key {
        "/" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::FocusSearch),
        "F3" if !ctrl_alt_or_meta => Some(if shift { GlobalKey::Previous } else { GlobalKey::Next }),
        _ => None,
    }
}

/// The paragraph a URL fragment points at: `#p9` → 9, when the document has that paragraph.
/// Anything else (`#`, `#p0`, `#p99`, `#intro`, `#p9x`) is `None`.
pub fn paragraph_from_fragment(fragment: &str, paragraph_count: usize) -> Option<usize> {
    let digits = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix('p')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=paragraph_count).contains(n))
}

#[cfg(test)]
mod tests;
