//! The thin `Reducible` adapter over the pure [`ReaderState`]: actions go in, the state comes
//! out, and the effects each action asked for wait in a mailbox until the UI performs them
//! (`effects.rs`). Several actions between two renders lose none of their effects.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, Effect, ReaderState};
use crate::core::Document;

/// Effects not yet performed, shared by every version of the store.
pub type Mailbox = Rc<RefCell<Vec<Effect>>>;

pub struct Store {
    pub state: ReaderState,
    /// Bumped whenever effects arrive, so the UI knows to look in the mailbox.
    pub posted: u64,
    mailbox: Mailbox,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.posted == other.posted && self.state == other.state
    }
}

impl Store {
    pub fn new(document: &Document) -> Self {
        // Timed in the performance timeline: the index and the analysis are part of hydration.
        crate::ui::browser::mark_start("statement-reader:analyse");
        let state = ReaderState::new(document);
        crate::ui::browser::measure_since_start("statement-reader:analyse");
        Self { state, posted: 0, mailbox: Mailbox::default() }
    }

    /// Takes the effects waiting to be performed.
    pub fn take_effects(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.mailbox.borrow_mut())
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.state.clone();
        let effects = next.apply(action);
        let posted = if effects.is_empty() {
            self.posted
        } else {
            self.mailbox.borrow_mut().extend(effects);
            self.posted + 1
        };
        if posted == self.posted && next == self.state {
            self
        } else {
            Rc::new(Store { state: next, posted, mailbox: self.mailbox.clone() })
        }
    }
}
