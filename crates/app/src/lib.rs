//! The reader's state and every user intent, in plain Rust.
//!
//! All changes go through [`ReaderState::apply`], which returns the [`Effect`]s the change asks
//! for (scroll to a match, focus a paragraph, apply or save the colour scheme). The UI wraps the
//! state in a thin `yew::Reducible` adapter (`ui::reader::store`) and performs the effects at its edge,
//! so every rule — including where the reader goes — is tested natively.

pub mod changes;
pub mod effect;
pub mod handover;
pub mod highlights;
pub mod keys;
pub mod lenses;
pub mod notice;
pub mod passage;
pub mod placement;
pub mod scheme;
pub mod search_text;
pub mod shared;
pub mod url;
pub mod widget;
pub mod widget_api;
pub mod window;

use std::rc::Rc;

use statement_core::analysis::Analysis;
use statement_core::entities::EntityKind;
use statement_core::{
    Document, EntityIndex, HitIndex, ParagraphIndex, ParagraphNumber, SearchIndex, SearchOptions, SearchResult,
    StanceIndex, ThemeIndex,
};

pub use changes::{ChangeFilter, ChangeKind, KindSet};
pub use effect::Effect;
use highlights::{Change, HighlightState};
pub use keys::{global_key, paragraph_from_fragment, GlobalKey};
pub use lenses::{LensView, Lenses};
pub use notice::Notice;
pub use scheme::ColorScheme;
pub use shared::Shared;
pub use url::{UrlState, MAX_QUERY_CHARS};
pub use widget::WidgetSettings;

/// What the search box holds and what it found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchState {
    /// The text in the box, as typed.
    pub query: String,
    pub options: SearchOptions,
    /// `None` when the query has no terms.
    pub result: Option<Rc<SearchResult>>,
    /// The current match, meaningful when there are matches.
    pub current: HitIndex,
    /// What produced `result`: the query as searched (cut to its length limit), the options and
    /// the lens view — so a query that extends it can search only `result`'s paragraphs.
    searched: Option<Searched>,
}

#[derive(Debug, Clone, PartialEq)]
struct Searched {
    query: String,
    options: SearchOptions,
    lens: Shared<LensView>,
}

impl Searched {
    /// Whether every paragraph matching `query` also matched this search, so the new search may
    /// look only at the old result's paragraphs. True when `query` extends this one (typing on)
    /// in filter mode without *Whole word*: each old term is then a prefix of a new term (a
    /// match of the longer one starts with a match of the shorter), and new terms only narrow
    /// an AND filter. Not with *Highlight only* (more terms show more) nor *Whole word* ("ira"
    /// as a whole word is not in "iran").
    fn narrows_to(&self, query: &str, options: SearchOptions, lens: &Shared<LensView>) -> bool {
        !options.highlight_only
            && !options.whole_word
            && options == self.options
            && *lens == self.lens
            && query.len() > self.query.len()
            && query.starts_with(self.query.as_str())
    }
}

impl SearchState {
    pub fn total(&self) -> usize {
        self.result.as_ref().map_or(0, |r| r.total)
    }

    /// Whether the search lets paragraph `index` through.
    pub fn shows(&self, index: ParagraphIndex) -> bool {
        self.result.as_ref().is_none_or(|r| r.shows(index.0))
    }

    /// The paragraph holding the current match.
    pub fn current_paragraph(&self) -> Option<ParagraphIndex> {
        self.result.as_ref()?.hit(self.current.0).map(|(p, _)| ParagraphIndex(p))
    }
}

/// What the reader shows, apart from the document itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    /// Set once the page is hydrated and handlers are attached (`data-ready`).
    pub ready: bool,
    pub color_scheme: ColorScheme,
    /// The paragraph a deep link (`#pN`) points at, if any.
    pub target_paragraph: Option<ParagraphNumber>,
    pub search: SearchState,
    /// The selected theme, stance and entity.
    pub lenses: Lenses,
    /// What they let through.
    pub lens: Shared<LensView>,
    /// Whether entity mentions are coloured in the text. Off by default: reading comes first,
    /// and names are a lens the reader turns on.
    pub names_shown: bool,
    /// Entity kinds whose colouring the user switched off in the legend.
    pub hidden_kinds: Vec<EntityKind>,
    pub notice: Option<Notice>,
    /// While comparing: per paragraph, the kinds of change it holds.
    pub changes: Option<Rc<[KindSet]>>,
    /// "Only changes": shows only changed paragraphs (of one kind), with the lenses and the search.
    pub change_filter: Option<ChangeFilter>,
    /// The reader's own highlights, as storage last gave them (`HighlightsShown`).
    pub highlights: Rc<HighlightState>,
    index: Shared<SearchIndex>,
    analysis: Shared<Analysis>,
}

/// Every change the user (or the page's start-up) can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Hydration finished; carries what was restored from storage and the address bar.
    Ready {
        color_scheme: ColorScheme,
        names_shown: bool,
        target_paragraph: Option<ParagraphNumber>,
        url: UrlState,
        /// `Some` when the lite first module served the page until now (`crates/lite`): its
        /// current match is kept, and nothing scrolls (the page stays where the user left it)
        /// unless `target_paragraph` is hidden by the search and must be revealed.
        resumed: Option<HitIndex>,
    },
    /// Show this scheme (a host's attribute): applied, not saved.
    SetColorScheme(ColorScheme),
    /// The user chose this scheme: applied and remembered.
    ChooseColorScheme(ColorScheme),
    /// A host changed what the reader should show (the widget's `q`, `theme`… attributes).
    Configure(UrlState),
    TargetParagraph(Option<ParagraphNumber>),
    SetQuery(String),
    SetMatchCase(bool),
    SetWholeWord(bool),
    SetHighlightOnly(bool),
    /// Select a theme, or `None` for all.
    SelectTheme(Option<ThemeIndex>),
    /// Select a stance, or `None` for all.
    SelectStance(Option<StanceIndex>),
    /// Select an entity, or `None` for all.
    SelectEntity(Option<EntityIndex>),
    /// Colour entity mentions in the text (the user's switch: remembered on the page).
    ShowNames(bool),
    /// A host's `names` attribute: applied, not remembered.
    SetNamesShown(bool),
    /// Show or hide the colouring of one entity kind.
    ToggleEntityKind(EntityKind),
    ClearSearch,
    NextHit,
    PreviousHit,
    GoToHit(HitIndex),
    Notify(Notice),
    /// A comparison is shown (per paragraph, its kinds of change), or none.
    Compare(Option<Rc<[KindSet]>>),
    /// Show only changed paragraphs (of one kind), or every paragraph.
    FilterChanges(Option<ChangeFilter>),
    /// The user changes the highlights (adds one, edits a note, imports…) at `now` (ISO 8601):
    /// saved, unless what is saved could not be read (it is never overwritten).
    EditHighlights {
        change: Change,
        now: String,
    },
    /// Undo the last change to the highlights.
    UndoHighlights,
    /// Move unreadable saved highlights aside (at `now`) and start afresh.
    SetAsideHighlights {
        now: String,
    },
    /// The highlights as storage holds them now: loaded, changed in another tab, or saved.
    HighlightsShown(Rc<HighlightState>),
}

impl Action {
    /// Whether what this action changes may be drawn over several frames. Only `Ready` without
    /// a shared lens: the page shows its result already (the prerendered text, the lite
    /// module's search), and drawn at once it was a ~130 ms task at 4× CPU. Everything else the
    /// user sees in one frame (a keystroke's filter with its marks; `Ready` with a lens hides
    /// paragraphs, so no frame may show the reader ready before them).
    pub fn may_show_in_parts(&self) -> bool {
        matches!(self, Action::Ready { url, .. } if url.theme.is_none() && url.stance.is_none() && url.entity.is_none())
    }
}

impl ReaderState {
    /// State for `document`: builds its search index and analyses it with the built-in data.
    pub fn new(document: &Document) -> Self {
        Self::prepared(Shared::new(SearchIndex::new(document)), Shared::new(Analysis::builtin(document)))
    }

    /// The state over an index and analysis already made for the document (shared by every
    /// reader of it, and made before hydration rather than during it).
    pub fn prepared(index: Shared<SearchIndex>, analysis: Shared<Analysis>) -> Self {
        Self {
            ready: false,
            color_scheme: ColorScheme::Auto,
            target_paragraph: None,
            search: SearchState::default(),
            lenses: Lenses::default(),
            lens: Shared::default(),
            names_shown: false,
            hidden_kinds: Vec::new(),
            notice: None,
            changes: None,
            change_filter: None,
            highlights: Rc::default(),
            index,
            analysis,
        }
    }

    pub fn analysis(&self) -> Shared<Analysis> {
        self.analysis.clone()
    }

    /// The shared handle to the index, for components that need it.
    pub fn search_index(&self) -> Shared<SearchIndex> {
        self.index.clone()
    }

    /// Whether paragraph `index` is shown: it passes the lenses and the search.
    pub fn shows(&self, index: ParagraphIndex) -> bool {
        self.lens.passes(index) && self.search.shows(index)
    }

    /// Per paragraph, whether it is shown; `None` when nothing filters (all are).
    pub fn shown_paragraphs(&self) -> Option<Rc<[bool]>> {
        let count = self.index.paragraph_count();
        let filtering = self.lens.shown.is_some() || self.search.result.as_ref().is_some_and(|r| r.filters);
        filtering.then(|| (0..count).map(|i| self.shows(ParagraphIndex(i))).collect())
    }

    /// The parameters the address bar should show for this state.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            query: self.search.query.clone(),
            options: self.search.options,
            theme: self.lenses.theme.map(|t| self.analysis.taxonomy.themes[t.0].id.clone()),
            stance: self.lenses.stance.map(|s| self.analysis.stances.stances[s.0].id.clone()),
            entity: self.lenses.entity.map(|e| self.analysis.entities.entities[e.0].id.clone()),
        }
    }

    /// The selected lenses by name, for "No paragraph (China; condemnations) matches …".
    pub fn lens_names(&self) -> Vec<String> {
        let analysis = &self.analysis;
        [
            self.lenses.theme.map(|t| analysis.taxonomy.themes[t.0].name.clone()),
            self.lenses.stance.map(|s| analysis.stances.stances[s.0].name.to_lowercase()),
            self.lenses.entity.map(|e| format!("naming {}", analysis.entities.entities[e.0].name)),
            self.change_filter.map(|f| match f {
                ChangeFilter::Any => "changed".to_owned(),
                ChangeFilter::Only(kind) => format!("with a {} sentence", kind.as_str()),
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Applies `action` and returns what it asks the world to do.
    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        let mut effects = Vec::new();
        match action {
            Action::Ready { color_scheme, names_shown, target_paragraph, url, resumed } => {
                self.ready = true;
                self.color_scheme = color_scheme;
                self.names_shown = names_shown;
                effects.push(Effect::ApplyColorScheme(color_scheme));
                let first_match = self.configure(url);
                let target_hidden =
                    target_paragraph.is_some_and(|n| !self.search.shows(n.index()) || !self.lens.passes(n.index()));
                if let Some(current) = resumed.filter(|c| c.0 < self.search.total()) {
                    self.search.current = current;
                } else if target_paragraph.is_none() && resumed.is_none() {
                    // A deep link decides where the page opens, not the first match.
                    effects.extend(first_match);
                }
                let moved = self.target(target_paragraph);
                // The lite module already brought a shown target into view and focused it.
                if resumed.is_none() || target_hidden {
                    effects.extend(moved);
                }
            }
            Action::SetColorScheme(scheme) => {
                self.color_scheme = scheme;
                effects.push(Effect::ApplyColorScheme(scheme));
            }
            Action::ChooseColorScheme(scheme) => {
                self.color_scheme = scheme;
                effects.extend([Effect::ApplyColorScheme(scheme), Effect::SaveColorScheme(scheme)]);
            }
            Action::Configure(url) => {
                self.notice = None;
                effects.extend(self.configure(url));
            }
            Action::TargetParagraph(target) => effects.extend(self.target(target)),
            Action::SetQuery(query) => {
                self.notice = None;
                self.search.query = query;
                effects.extend(self.run_search());
            }
            Action::SetMatchCase(on) => {
                effects.extend(self.set_options(SearchOptions { match_case: on, ..self.search.options }))
            }
            Action::SetWholeWord(on) => {
                effects.extend(self.set_options(SearchOptions { whole_word: on, ..self.search.options }))
            }
            Action::SetHighlightOnly(on) => {
                effects.extend(self.set_options(SearchOptions { highlight_only: on, ..self.search.options }))
            }
            Action::SelectTheme(theme) => {
                let theme = theme.filter(|t| t.0 < self.analysis.taxonomy.themes.len());
                effects.extend(self.set_lenses(Lenses { theme, ..self.lenses }));
            }
            Action::SelectStance(stance) => {
                let stance = stance.filter(|s| s.0 < self.analysis.stances.stances.len());
                effects.extend(self.set_lenses(Lenses { stance, ..self.lenses }));
            }
            Action::SelectEntity(entity) => {
                let entity = entity.filter(|e| e.0 < self.analysis.entities.entities.len());
                effects.extend(self.set_lenses(Lenses { entity, ..self.lenses }));
            }
            Action::ShowNames(on) => {
                self.names_shown = on;
                effects.push(Effect::SaveNamesShown(on));
            }
            Action::SetNamesShown(on) => self.names_shown = on,
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
                effects.extend(self.run_search());
            }
            Action::NextHit => effects.extend(self.step(true)),
            Action::PreviousHit => effects.extend(self.step(false)),
            Action::GoToHit(k) => {
                if k.0 < self.search.total() {
                    self.notice = None;
                    self.search.current = k;
                    effects.push(Effect::ScrollToHit { hit: k, smoothly: true });
                }
            }
            Action::Notify(notice) => self.notice = Some(notice),
            Action::EditHighlights { change, now } => {
                if self.highlights.corrupted.is_none() {
                    if matches!(change, Change::Add(_)) {
                        self.notice = Some(Notice::Highlighted);
                    }
                    effects.push(Effect::SaveHighlights { change, now });
                }
            }
            Action::UndoHighlights => {
                if !self.highlights.undo.is_empty() {
                    effects.push(Effect::UndoHighlights);
                }
            }
            Action::SetAsideHighlights { now } => {
                if self.highlights.corrupted.is_some() {
                    effects.push(Effect::SetAsideHighlights { now });
                }
            }
            Action::HighlightsShown(highlights) => self.highlights = highlights,
            // Unchanged (the reader's first render says "no comparison"): nothing to redo.
            Action::Compare(changes) if changes == self.changes => {}
            Action::Compare(changes) => {
                if changes.is_none() {
                    self.change_filter = None;
                }
                self.changes = changes;
                effects.extend(self.refilter());
            }
            Action::FilterChanges(filter) => {
                if filter != self.change_filter && self.changes.is_some() {
                    self.notice = None;
                    self.change_filter = filter;
                    effects.extend(self.refilter());
                }
            }
        }
        effects
    }

    /// Shows what `url` describes: its query, search options and lenses (unknown ids ignored).
    /// Returns the scroll to the first match, if any.
    /// The state a reader taken over from the lite first module starts in: its search, options
    /// and current match, so that the page it hydrates is the one the lite module drew.
    pub fn resumed(mut self, answer: &handover::HandOver) -> Self {
        let _first_match =
            self.configure(UrlState { query: answer.query.clone(), options: answer.options, ..UrlState::default() });
        if answer.current.0 < self.search.total() {
            self.search.current = answer.current;
        }
        // The lite module takes its notice away before hydration (`Ready` brings it back).
        self.notice = None;
        self
    }

    fn configure(&mut self, url: UrlState) -> Option<Effect> {
        self.search.query = url.query;
        self.search.options = url.options;
        let analysis = &self.analysis;
        let lenses = Lenses {
            theme: url.theme.and_then(|id| analysis.taxonomy.position(&id)).map(ThemeIndex),
            stance: url.stance.and_then(|id| analysis.stances.position(&id)).map(StanceIndex),
            entity: url.entity.and_then(|id| analysis.entities.position(&id)).map(EntityIndex),
        };
        if lenses != self.lenses || self.lens.emphasis.is_empty() {
            self.lenses = lenses;
            self.lens = self.lens_view();
        }
        self.run_search()
    }

    /// Changes the lenses; the search re-runs, since matches count only in shown paragraphs.
    fn set_lenses(&mut self, lenses: Lenses) -> Option<Effect> {
        if lenses == self.lenses {
            return None;
        }
        self.notice = None;
        self.lenses = lenses;
        self.refilter()
    }

    /// What the lenses and the change filter let through, for the current state.
    fn lens_view(&self) -> Shared<LensView> {
        let only_changed: Option<Rc<[bool]>> = match (&self.changes, self.change_filter) {
            (Some(kinds), Some(filter)) => Some(kinds.iter().map(|k| filter.passes(*k)).collect()),
            _ => None,
        };
        Shared::new(LensView::new(&self.analysis, self.lenses).within(only_changed))
    }

    /// The lenses or the change filter changed: what is shown, then the search (matches count
    /// only in shown paragraphs).
    fn refilter(&mut self) -> Option<Effect> {
        self.lens = self.lens_view();
        self.run_search()
    }

    fn set_options(&mut self, options: SearchOptions) -> Option<Effect> {
        self.notice = None;
        self.search.options = options;
        self.run_search()
    }

    /// Re-runs the query; the first match becomes current and is brought into view at once.
    fn run_search(&mut self) -> Option<Effect> {
        let query = &self.search.query;
        let searched: String;
        let query = if query.chars().count() > MAX_QUERY_CHARS {
            searched = query.chars().take(MAX_QUERY_CHARS).collect();
            self.notice = Some(Notice::QueryShortened);
            &searched
        } else {
            query
        };
        let lens = &self.lens;
        let options = self.search.options;
        // Typing on narrows: search only the paragraphs the previous query found.
        let previous =
            self.search.result.as_deref().filter(|r| {
                r.filters && self.search.searched.as_ref().is_some_and(|s| s.narrows_to(query, options, lens))
            });
        let result = self
            .index
            .search_within(query, options, |i| lens.passes(ParagraphIndex(i)) && previous.is_none_or(|r| r.shows(i)));
        self.search.searched = Some(Searched { query: query.to_owned(), options, lens: lens.clone() });
        // An unchanged result keeps its identity, so nothing downstream re-renders for it.
        if result.as_ref() != self.search.result.as_deref() {
            self.search.result = result.map(Rc::new);
        }
        self.search.current = HitIndex(0);
        (self.search.total() > 0).then_some(Effect::ScrollToHit { hit: HitIndex(0), smoothly: false })
    }

    fn step(&mut self, forward: bool) -> Option<Effect> {
        let (next, notice) = search_text::step_hit(self.search.current, self.search.total(), forward)?;
        self.notice = notice;
        self.search.current = next;
        Some(Effect::ScrollToHit { hit: next, smoothly: true })
    }

    /// Points at paragraph `n`; a paragraph hidden by a lens or the search filter is revealed
    /// (lenses off; highlight-only), so `#pN` links always arrive. Revealing re-runs the search,
    /// whose first match must not be scrolled to: the link decides where the reader goes.
    fn target(&mut self, target: Option<ParagraphNumber>) -> Option<Effect> {
        self.target_paragraph = target;
        let n = target?;
        if !self.lens.passes(n.index()) {
            self.change_filter = None;
            self.lenses = Lenses { theme: None, stance: None, entity: None };
            let _first_match = self.refilter();
            self.notice = Some(Notice::LensesCleared(n));
        }
        if !self.search.shows(n.index()) {
            let _first_match = self.set_options(SearchOptions { highlight_only: true, ..self.search.options });
            self.notice = Some(Notice::RevealedParagraph(n));
        }
        self.ready.then_some(Effect::FocusParagraph(n))
    }
}

#[cfg(test)]
mod tests;
