//! The reader's own highlights at the browser's edge: kept in localStorage per document (gloo's
//! storage), re-anchored on load, shared with other tabs (each change is applied to what storage
//! holds now, and other tabs' changes arrive through `storage` events), with undo. Saved data
//! that cannot be read is never overwritten: it is reported, offered for download, and only
//! moved aside on request.
//!
//! Edits are intents like any other: `Action::EditHighlights`, `UndoHighlights` and
//! `SetAsideHighlights` go through the store, which asks for the saving as an effect;
//! [`HighlightStorage`] performs it (`reader::effects`) and the store shows what storage gave
//! back (`Action::HighlightsShown`). What a change does, and how highlights are drawn, is
//! `app::highlights`.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::reader::Store;
use crate::app::highlights::{apply_change, Change, Corrupted, HighlightState};
use crate::app::Action;
use crate::core::annotations::{parse_saved, serialize_saved, storage_key, Highlight};
use crate::core::Document;

/// What the reader's components get: the highlights shown, and their edits as actions.
#[derive(Clone, PartialEq)]
pub struct Highlights {
    pub state: Rc<HighlightState>,
    pub change: Callback<Change>,
    pub undo: Callback<()>,
    /// Moves unreadable saved data aside (to a backup key) and starts afresh.
    pub set_aside: Callback<()>,
}

/// One document's highlights in storage (its key).
#[derive(Clone, PartialEq)]
pub struct HighlightStorage {
    key: Rc<str>,
    document: Rc<Document>,
}

impl HighlightStorage {
    pub fn new(document: Rc<Document>) -> Self {
        Self { key: Rc::from(storage_key(&document)), document }
    }

    /// Reads what is saved: the list, or what could not be read.
    fn load(&self) -> Result<Vec<Highlight>, Corrupted> {
        match browser::read_raw(&self.key) {
            None => Ok(Vec::new()),
            Some(raw) => parse_saved(&raw).map_err(|reason| Corrupted { raw, reason }),
        }
    }

    /// The highlights as storage holds them now, placed in the document.
    pub fn read(&self) -> HighlightState {
        match self.load() {
            Ok(list) => HighlightState::with_list(&self.document, list, &HighlightState::default()),
            Err(corrupted) => HighlightState { corrupted: Some(Rc::new(corrupted)), ..Default::default() },
        }
    }

    /// `change` applied to what storage holds now (so another tab's changes are never lost) and
    /// saved; `shown` gives the undo stack (and the list, should storage be unreadable now).
    pub fn save(&self, shown: &HighlightState, change: &Change, now: &str) -> HighlightState {
        let current = self.load().unwrap_or_else(|_| (*shown.list).clone());
        let next = apply_change(&current, change, now);
        let saved = browser::write_raw(&self.key, &serialize_saved(&next));
        shown.changed(&self.document, current, next, saved)
    }

    /// The list before the last change, saved; `None` with nothing to undo.
    pub fn undo(&self, shown: &HighlightState) -> Option<HighlightState> {
        shown.undone(&self.document, |list| browser::write_raw(&self.key, &serialize_saved(list)))
    }

    /// Unreadable saved data kept under a backup key (stamped `now`), and an empty list saved;
    /// `None` when there is none, or it could not be kept (then nothing is written over).
    pub fn set_aside(&self, shown: &HighlightState, now: &str) -> Option<HighlightState> {
        let corrupted = shown.corrupted.as_ref()?;
        let backup = format!("{}:unreadable:{now}", self.key);
        (browser::write_raw(&backup, &corrupted.raw) && browser::write_raw(&self.key, &serialize_saved(&[])))
            .then(HighlightState::default)
    }
}

/// Loads the highlights after the first render (hydration must match the prerendered page) and
/// again whenever another tab changes them; the edits dispatch actions.
#[hook]
pub fn use_highlights(storage: &HighlightStorage, store: &UseReducerHandle<Store>) -> Highlights {
    {
        let (storage, dispatcher) = (storage.clone(), store.dispatcher());
        use_effect_with(storage.key.clone(), move |key| {
            let show = move || dispatcher.dispatch(Action::HighlightsShown(Rc::new(storage.read())));
            show();
            let listener = browser::on_storage_change(key.to_string(), show);
            move || drop(listener)
        });
    }
    // Stable (the dispatcher is), so the reader's children do not re-render for them.
    let change = use_callback(store.dispatcher(), |change: Change, dispatcher| {
        dispatcher.dispatch(Action::EditHighlights { change, now: browser::now_iso() });
    });
    let undo = use_callback(store.dispatcher(), |(), dispatcher| dispatcher.dispatch(Action::UndoHighlights));
    let set_aside = use_callback(store.dispatcher(), |(), dispatcher| {
        dispatcher.dispatch(Action::SetAsideHighlights { now: browser::now_iso() });
    });
    Highlights { state: store.state.highlights.clone(), change, undo, set_aside }
}
