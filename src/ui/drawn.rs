//! A keystroke's search drawn into the page ahead of the reader's state (`reader/ahead.rs`), as
//! it waits for the store to take it. A leaf: the store, the search box (which shows the query
//! while it waits) and the hook that draws it all read it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::app::{Effect, ReaderState};

/// A keystroke's search already drawn on the page but not yet the store's state (see
/// `reader/ahead.rs`): the next action, whichever it is, goes to the state after it.
pub type DrawnAhead = Rc<RefCell<Option<Drawn>>>;

/// What a query drawn ahead made: the store's state with `Action::SetQuery` applied, and that
/// action's effects. Every action takes it first, so the store's state does not change while it
/// waits; but it may have changed just before, between a dispatch and the render that hands the
/// hook the new store. The store adopts it only when made from its own state (`base`).
pub struct Drawn {
    pub state: ReaderState,
    pub effects: Vec<Effect>,
    /// The version of the store's state it was made from (`Store::version`).
    pub base: u64,
}

impl Drawn {
    /// The query drawn (what the search box holds).
    pub fn query(&self) -> &str {
        &self.state.search.query
    }
}

/// Equal by the query drawn: what the search box shows of it (the box's props hold the slot).
impl PartialEq for Drawn {
    fn eq(&self, other: &Self) -> bool {
        self.query() == other.query()
    }
}
