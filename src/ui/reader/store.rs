//! The thin `Reducible` adapter over the pure [`ReaderState`]: actions go in, the state comes
//! out, and the effects each action asked for wait in a mailbox until the UI performs them
//! (`effects.rs`). Several actions between two renders lose none of their effects.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::props::builtin_document;
use crate::app::handover::HandOver;
use crate::app::{Action, Effect, ReaderState, Shared};
use crate::core::analysis::{Analysing, Analysis};
use crate::core::{Document, SearchIndex};
use crate::ui::drawn::{Drawn, DrawnAhead};

/// Effects not yet performed, shared by every version of the store.
pub type Mailbox = Rc<RefCell<Vec<Effect>>>;

pub struct Store {
    pub state: ReaderState,
    /// Bumped whenever effects arrive, so the UI knows to look in the mailbox.
    pub posted: u64,
    /// Bumped with each new state: what a query drawn ahead was made from (`Drawn::base`).
    pub version: u64,
    mailbox: Mailbox,
    /// Shared by every version of the store, like the mailbox.
    pub drawn_ahead: DrawnAhead,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.posted == other.posted && self.state == other.state
    }
}

impl Store {
    /// `resumed`: taken over from the lite first module, the reader starts with its search
    /// (the page it hydrates shows it).
    pub fn new(document: &Rc<Document>, resumed: Option<&HandOver>) -> Self {
        // The built-in statement's index and analysis are made once and shared by every reader
        // showing it (the page makes them in two turns before hydration, `main.rs`).
        let state = if Rc::ptr_eq(document, &builtin_document()) {
            ReaderState::prepared(builtin_index(), builtin_analysis())
        } else {
            analysed(|| ReaderState::new(document))
        };
        let state = match resumed {
            Some(answer) => state.resumed(answer),
            None => state,
        };
        Self { state, posted: 0, version: 0, mailbox: Mailbox::default(), drawn_ahead: DrawnAhead::default() }
    }

    /// What a query drawn ahead made, made again from this state if it was made from an older
    /// one (a keystroke drawn between a dispatch and the render it asked for).
    fn made(&self, drawn: Drawn) -> (ReaderState, Vec<Effect>) {
        if drawn.base == self.version {
            return (drawn.state, drawn.effects);
        }
        let mut next = self.state.clone();
        let effects = next.apply(Action::SetQuery(drawn.state.search.query));
        (next, effects)
    }

    /// Takes the effects waiting to be performed.
    pub fn take_effects(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.mailbox.borrow_mut())
    }
}

/// Start-up in turns, each a short task: the built-in statement's index, its analysis in steps
/// (each made once per page, shared by every reader: a later call's turns find them made), then
/// `next` — hydration, which then carries neither (the page's `main.rs`, a prerendered widget).
pub fn prepare_builtin_then(next: impl FnOnce() + 'static) {
    use crate::ui::browser::in_turn;
    in_turn(|| drop(builtin_index()));
    for _ in 0..Analysing::STEPS {
        in_turn(analyse_builtin_step);
    }
    in_turn(next);
}

pub fn builtin_index() -> Shared<SearchIndex> {
    thread_local! {
        static INDEX: Shared<SearchIndex> = Shared::new(SearchIndex::new(&builtin_document()));
    }
    INDEX.with(Clone::clone)
}

thread_local! {
    /// The built-in statement's analysis, once made.
    static ANALYSIS: RefCell<Option<Shared<Analysis>>> = const { RefCell::new(None) };
    /// Its making, step by step, until then.
    static ANALYSING: RefCell<Option<Analysing>> = const { RefCell::new(None) };
}

pub fn builtin_analysis() -> Shared<Analysis> {
    loop {
        if let Some(analysis) = ANALYSIS.with(|a| a.borrow().clone()) {
            return analysis;
        }
        analyse_builtin_step();
    }
}

/// The next step of the built-in statement's analysis (nothing once it is made); the steps are
/// timed together in the performance timeline as `statement-reader:analyse`.
fn analyse_builtin_step() {
    if ANALYSIS.with(|a| a.borrow().is_some()) {
        return;
    }
    let mut analysing = ANALYSING.with(|a| a.borrow_mut().take()).unwrap_or_else(|| {
        crate::ui::browser::mark_start("statement-reader:analyse");
        Analysing::builtin()
    });
    match analysing.step(&builtin_document()) {
        Some(analysis) => {
            crate::ui::browser::measure_since_start("statement-reader:analyse");
            ANALYSIS.with(|a| *a.borrow_mut() = Some(Shared::new(analysis)));
        }
        None => ANALYSING.with(|a| *a.borrow_mut() = Some(analysing)),
    }
}

/// Timed in the performance timeline as `statement-reader:analyse`.
fn analysed<T>(make: impl FnOnce() -> T) -> T {
    crate::ui::browser::mark_start("statement-reader:analyse");
    let made = make();
    crate::ui::browser::measure_since_start("statement-reader:analyse");
    made
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // What an action changes shows in one frame (see vendor/yew/PATCHED.md), unless the
        // action says it may show in parts; not while hydrating, which is sliced.
        let paint_together = !crate::ui::deferred::is_hydrating() && !action.may_show_in_parts();
        // A query drawn ahead comes first: the action meets the search the page shows. When
        // the action is that query arriving, its state is already made; another query
        // replaces it.
        let drawn = self.drawn_ahead.borrow_mut().take();
        let (next, effects) = match (drawn, action) {
            (Some(drawn), Action::SetQuery(query)) if drawn.query() == query => self.made(drawn),
            (_, action @ Action::SetQuery(_)) | (None, action) => {
                let mut next = self.state.clone();
                let effects = next.apply(action);
                (next, effects)
            }
            (Some(drawn), action) => {
                let (mut next, mut effects) = self.made(drawn);
                effects.extend(next.apply(action));
                (next, effects)
            }
        };
        let posted = if effects.is_empty() {
            self.posted
        } else {
            self.mailbox.borrow_mut().extend(effects);
            self.posted + 1
        };
        if posted == self.posted && next == self.state {
            self
        } else {
            if paint_together {
                yew::scheduler::paint_together();
            }
            Rc::new(Store {
                state: next,
                posted,
                version: self.version + 1,
                mailbox: self.mailbox.clone(),
                drawn_ahead: self.drawn_ahead.clone(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::HitIndex;

    fn store() -> Rc<Store> {
        Rc::new(Store::new(&builtin_document(), None))
    }

    /// A query drawn ahead of `store`, marked so that adopting it can be told from making it
    /// again (its current match is the third, where a new search starts at the first).
    fn draw_ahead(store: &Store, query: &str, base: u64) {
        let mut state = store.state.clone();
        let effects = state.apply(Action::SetQuery(query.into()));
        state.search.current = HitIndex(2);
        *store.drawn_ahead.borrow_mut() = Some(Drawn { state, effects, base });
    }

    #[test]
    fn the_query_drawn_ahead_is_adopted_when_it_arrives() {
        let store = store();
        draw_ahead(&store, "iran", store.version);
        let next = store.clone().reduce(Action::SetQuery("iran".into()));
        assert_eq!(next.state.search.query, "iran");
        assert_eq!(next.state.search.current, HitIndex(2), "adopted, not searched again");
        assert!(next.drawn_ahead.borrow().is_none());
        assert_eq!(next.version, store.version + 1);
    }

    #[test]
    fn one_drawn_from_an_older_state_is_made_again() {
        let older = store();
        let store = older.clone().reduce(Action::SetWholeWord(true));
        draw_ahead(&store, "iran", older.version);
        let next = store.clone().reduce(Action::SetQuery("iran".into()));
        assert_eq!(next.state.search.query, "iran");
        assert_eq!(next.state.search.current, HitIndex(0), "searched again");
        assert!(next.state.search.options.whole_word, "the newer state's change is kept");
    }

    #[test]
    fn another_action_meets_the_search_drawn() {
        let store = store();
        draw_ahead(&store, "iran", store.version);
        let next = store.clone().reduce(Action::NextHit);
        assert_eq!(next.state.search.query, "iran");
        assert_eq!(next.state.search.current, HitIndex(3), "stepped on from the match drawn as current");
        assert!(next.drawn_ahead.borrow().is_none());
    }

    #[test]
    fn another_query_replaces_the_one_drawn() {
        let store = store();
        draw_ahead(&store, "iran", store.version);
        let next = store.clone().reduce(Action::SetQuery("ukraine".into()));
        assert_eq!(next.state.search.query, "ukraine");
        assert_eq!(next.state.search.current, HitIndex(0));
        assert!(next.drawn_ahead.borrow().is_none());
    }
}
