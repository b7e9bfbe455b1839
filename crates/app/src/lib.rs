//! The reader's state and every user intent, in plain Rust.
//!
//! The UI wraps [`ReaderState`] in a thin `yew::Reducible` adapter (`ui::app`); all changes go
//! through [`ReaderState::apply`], so the rules are tested natively.

pub mod url;

use std::rc::Rc;

use statement_core::analysis::Analysis;
use statement_core::entities::EntityKind;
use statement_core::{Document, SearchIndex, SearchOptions, SearchResult};
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
    LensesCleared(usize),
    /// Something was copied; says what.
    Copied(String),
    /// Copying failed; says what to do instead.
    NotCopied(String),
    Highlighted,
}

impl Notice {
    pub fn text(&self) -> String {
        match self {
            Notice::WrappedToFirst => "Reached the end; continued from the first match.".into(),
            Notice::WrappedToLast => "Reached the start; continued from the last match.".into(),
            Notice::LinkCopied => "Link copied.".into(),
            Notice::LinkNotCopied(url) => format!("Could not copy; the link is: {url}"),
            Notice::QueryShortened => {
                format!("Only the first {MAX_QUERY_CHARS} characters of the query are searched.")
            }
            Notice::RevealedParagraph(n) => {
                format!("Showing all paragraphs to reach paragraph {n}.")
            }
            Notice::LensesCleared(n) => {
                format!("Showing all themes, stances and entities to reach paragraph {n}.")
            }
            Notice::Copied(what) => format!("Copied {what}."),
            Notice::NotCopied(what) => {
                format!("Could not copy {what}: the browser refused. Select and copy it from the paragraph instead.")
            }
            Notice::Highlighted => "Highlighted. It is in My notes.".into(),
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

/// What the lenses know about the document (themes, entities, glossary, stances). Built once
/// per document and compared by identity.
#[derive(Debug, Clone)]
pub struct SharedAnalysis(pub Rc<Analysis>);

impl PartialEq for SharedAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedAnalysis {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0
    }
}

/// The lenses a reader can look through; each narrows what is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lenses {
    /// A theme (index into the taxonomy): sentences tagged with it.
    pub theme: Option<usize>,
    /// A stance: sentences performing it.
    pub stance: Option<usize>,
    /// An entity: paragraphs mentioning it.
    pub entity: Option<usize>,
}

impl Lenses {
    pub fn any(&self) -> bool {
        self.theme.is_some() || self.stance.is_some() || self.entity.is_some()
    }
}

/// What the lenses let through, computed when they change (never per keystroke).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LensView {
    /// Per paragraph, whether it passes; `None` when no lens is on.
    pub shown: Option<Rc<[bool]>>,
    /// Per paragraph, per sentence, whether the sentence is in the theme and stance lenses
    /// (the rest are dimmed); `None` when neither is on.
    pub emphasis: Vec<Option<Rc<[bool]>>>,
}

impl LensView {
    /// A paragraph passes when one of its sentences has the theme and the stance (sentence
    /// precision: "what did they condemn about Russia?"), and it mentions the entity.
    pub fn new(analysis: &Analysis, lenses: Lenses) -> Self {
        let paragraphs = analysis.themes.sentences.len();
        let sentence_lens = lenses.theme.is_some() || lenses.stance.is_some();
        let emphasis: Vec<Option<Rc<[bool]>>> = (0..paragraphs)
            .map(|p| {
                sentence_lens.then(|| {
                    let themes = &analysis.themes.sentences[p];
                    let stances = &analysis.acts.sentences[p];
                    (0..themes.len())
                        .map(|s| {
                            lenses.theme.is_none_or(|t| themes[s].contains(&t))
                                && lenses.stance.is_none_or(|st| stances.get(s).is_some_and(|ss| ss.contains(&st)))
                        })
                        .collect()
                })
            })
            .collect();
        let shown = lenses.any().then(|| {
            (0..paragraphs)
                .map(|p| {
                    emphasis[p].as_ref().is_none_or(|e| e.iter().any(|&on| on))
                        && lenses.entity.is_none_or(|e| analysis.entities.mentions_in(p, e))
                })
                .collect()
        });
        Self { shown, emphasis }
    }

    pub fn passes(&self, index: usize) -> bool {
        self.shown.as_ref().is_none_or(|s| s.get(index).copied().unwrap_or(false))
    }
}

/// What a host page tells an embedded reader: the widget's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetSettings {
    /// Another statement to load (`src`), resolved against the host page.
    pub src: Option<String>,
    /// `q`, `theme`, `stance`, `entity`, `match-case`, `whole-word`, `mode`, read like the page's URL.
    pub view: UrlState,
    pub color_scheme: ColorScheme,
}

impl WidgetSettings {
    /// The attributes the widget observes.
    pub const ATTRIBUTES: [&'static str; 9] =
        ["src", "q", "theme", "stance", "entity", "color-scheme", "match-case", "whole-word", "mode"];

    /// Reads the attributes (name, value) present on the element; absent ones are defaults and
    /// malformed values are ignored, as in the page's URL.
    pub fn from_attributes<'a>(attributes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut settings = Self::default();
        let mut pairs = Vec::new();
        for (name, value) in attributes {
            match name {
                "src" => settings.src = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                "color-scheme" => settings.color_scheme = ColorScheme::parse(value).unwrap_or_default(),
                "match-case" => pairs.push(("case", if value == "false" { "0" } else { "1" })),
                "whole-word" => pairs.push(("word", if value == "false" { "0" } else { "1" })),
                "q" | "theme" | "stance" | "entity" | "mode" => pairs.push((name, value)),
                _ => {}
            }
        }
        settings.view = UrlState::from_pairs(pairs);
        settings
    }
}

/// The lens view, compared by identity (it is rebuilt only when a lens changes).
#[derive(Debug, Clone, Default)]
pub struct SharedLens(pub Rc<LensView>);

impl PartialEq for SharedLens {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
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
    /// The selected theme, stance and entity.
    pub lenses: Lenses,
    /// What they let through.
    pub lens: SharedLens,
    /// Entity kinds whose colouring the user switched off in the legend.
    pub hidden_kinds: Vec<EntityKind>,
    /// Bumped whenever the target paragraph should be focused (again).
    pub target_request: u32,
    pub notice: Option<Notice>,
    index: SharedIndex,
    analysis: SharedAnalysis,
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
    /// A host changed what the reader should show (the widget's `q`, `theme`… attributes).
    Configure(UrlState),
    TargetParagraph(Option<usize>),
    SetQuery(String),
    SetMatchCase(bool),
    SetWholeWord(bool),
    SetHighlightOnly(bool),
    /// Select a theme, or `None` for all.
    SelectTheme(Option<usize>),
    /// Select a stance, or `None` for all.
    SelectStance(Option<usize>),
    /// Select an entity, or `None` for all.
    SelectEntity(Option<usize>),
    /// Show or hide the colouring of one entity kind.
    ToggleEntityKind(EntityKind),
    ClearSearch,
    NextHit,
    PreviousHit,
    GoToHit(usize),
    Notify(Notice),
}

impl ReaderState {
    /// State for `document`: builds its search index and analyses it with the built-in data.
    pub fn new(document: &Document) -> Self {
        Self {
            ready: false,
            color_scheme: ColorScheme::Auto,
            target_paragraph: None,
            search: SearchState::default(),
            lenses: Lenses::default(),
            lens: SharedLens::default(),
            hidden_kinds: Vec::new(),
            target_request: 0,
            notice: None,
            index: SharedIndex(Rc::new(SearchIndex::new(document))),
            analysis: SharedAnalysis(Rc::new(Analysis::builtin(document))),
        }
    }

    pub fn analysis(&self) -> SharedAnalysis {
        self.analysis.clone()
    }

    /// Whether paragraph `index` is shown: it passes the lenses and the search.
    pub fn shows(&self, index: usize) -> bool {
        self.lens.0.passes(index) && self.search.shows(index)
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
            theme: self.lenses.theme.map(|t| self.analysis.taxonomy.themes[t].id.clone()),
            stance: self.lenses.stance.map(|s| self.analysis.stances.stances[s].id.clone()),
            entity: self.lenses.entity.map(|e| self.analysis.entities.entities[e].id.clone()),
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Ready { color_scheme, target_paragraph, url } => {
                self.ready = true;
                self.color_scheme = color_scheme;
                let scroll_request = self.search.scroll_request;
                self.configure(url);
                if target_paragraph.is_some() {
                    // A deep link decides where the page opens, not the first match.
                    self.search.scroll_request = scroll_request;
                }
                self.target(target_paragraph);
            }
            Action::SetColorScheme(scheme) => self.color_scheme = scheme,
            Action::Configure(url) => {
                self.notice = None;
                self.configure(url);
            }
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
                let theme = theme.filter(|&t| t < self.analysis.taxonomy.themes.len());
                self.set_lenses(Lenses { theme, ..self.lenses });
            }
            Action::SelectStance(stance) => {
                let stance = stance.filter(|&s| s < self.analysis.stances.stances.len());
                self.set_lenses(Lenses { stance, ..self.lenses });
            }
            Action::SelectEntity(entity) => {
                let entity = entity.filter(|&e| e < self.analysis.entities.entities.len());
                self.set_lenses(Lenses { entity, ..self.lenses });
            }
            Action::ToggleEntityKind(kind) => {
                if let Some(at) = self.hidden_kinds.iter().position(|&k| k == kind) {
                    self.hidden_kinds.remove(at);
                } else {
                    self.hidden_kinds.push(kind);
                    self.hidden_kinds.sort_unstable();
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

    /// Shows what `url` describes: its query, search options and lenses (unknown ids ignored).
    fn configure(&mut self, url: UrlState) {
        self.search.query = url.query;
        self.search.options = url.options;
        let analysis = &self.analysis;
        let lenses = Lenses {
            theme: url.theme.and_then(|id| analysis.taxonomy.position(&id)),
            stance: url.stance.and_then(|id| analysis.stances.position(&id)),
            entity: url.entity.and_then(|id| analysis.entities.position(&id)),
        };
        if lenses != self.lenses || self.lens.0.emphasis.is_empty() {
            self.lenses = lenses;
            self.lens = SharedLens(Rc::new(LensView::new(&self.analysis, lenses)));
        }
        self.run_search();
    }

    /// Changes the lenses; the search re-runs, since matches count only in shown paragraphs.
    fn set_lenses(&mut self, lenses: Lenses) {
        if lenses == self.lenses {
            return;
        }
        self.notice = None;
        self.lenses = lenses;
        self.lens = SharedLens(Rc::new(LensView::new(&self.analysis, lenses)));
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
        let lens = &self.lens.0;
        let result = self.index.0.search_within(query, self.search.options, |i| lens.passes(i));
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

    /// Points at paragraph `n` (from 1); a paragraph hidden by a lens or the search filter is
    /// revealed (lenses off; highlight-only), so `#pN` links always arrive.
    fn target(&mut self, target: Option<usize>) {
        self.target_paragraph = target;
        self.target_request += 1;
        // Revealing re-runs the search, which must not scroll to its first match: the link
        // decides where the reader goes.
        let scroll_request = self.search.scroll_request;
        if let Some(n) = target {
            if !self.lens.0.passes(n - 1) {
                self.set_lenses(Lenses::default());
                self.notice = Some(Notice::LensesCleared(n));
            }
            if !self.search.shows(n - 1) {
                self.set_options(SearchOptions { highlight_only: true, ..self.search.options });
                self.notice = Some(Notice::RevealedParagraph(n));
            }
        }
        self.search.scroll_request = scroll_request;
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
    /// `]`: the next shown paragraph (the next passage of the selected theme).
    NextPassage,
    /// `[`: the previous one.
    PreviousPassage,
}

/// Which global key a keydown is, if any. `/`, `[` and `]` are left alone while typing in a
/// field or with a modifier, so they can still be typed.
pub fn global_key(key: &str, shift: bool, ctrl_alt_or_meta: bool, in_text_field: bool) -> Option<GlobalKey> {
    match key {
        "/" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::FocusSearch),
        "F3" if !ctrl_alt_or_meta => Some(if shift { GlobalKey::Previous } else { GlobalKey::Next }),
        "]" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::NextPassage),
        "[" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::PreviousPassage),
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
    digits.parse::<usize>().ok().filter(|n| (1..=paragraph_count).contains(n))
}

#[cfg(test)]
mod tests;
