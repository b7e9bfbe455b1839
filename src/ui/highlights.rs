//! The reader's own highlights: kept in localStorage per document (gloo's storage), re-anchored
//! on load, shared with other tabs (each change is applied to what storage holds now, and other
//! tabs' changes arrive through `storage` events), with undo. Saved data that cannot be read is
//! never overwritten: it is reported, offered for download, and only moved aside on request.
//! What a change does, and how highlights are drawn, is `app::highlights`.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::app::highlights::{apply_change, Change, Corrupted, HighlightState};
use crate::core::annotations::{parse_saved, serialize_saved, storage_key, Highlight};
use crate::core::Document;

/// What the hook gives the reader.
#[derive(Clone, PartialEq)]
pub struct Highlights {
    pub state: Rc<HighlightState>,
    pub change: Callback<Change>,
    pub undo: Callback<()>,
    /// Moves unreadable saved data aside (to a backup key) and starts afresh.
    pub set_aside: Callback<()>,
}

/// Reads what is saved for `key`: the list, or what could not be read.
fn load(key: &str) -> Result<Vec<Highlight>, Corrupted> {
    match browser::read_raw(key) {
        None => Ok(Vec::new()),
        Some(raw) => parse_saved(&raw).map_err(|reason| Corrupted { raw, reason }),
    }
}

#[hook]
pub fn use_highlights(document: Rc<Document>) -> Highlights {
    let key = use_memo(document.clone(), |d| storage_key(d));
    // Compared on every change: with nothing saved, loading does not draw the reader again
    // (during hydration, where that second render was a fifth of the work).
    let state = use_state_eq(HighlightState::default);
    // Load after the first render (hydration must match the prerendered page), and again whenever
    // another tab changes the same key.
    {
        let (state, key, document) = (state.setter(), key.clone(), document.clone());
        use_effect_with(key.clone(), move |_| {
            let reload = {
                let (state, key, document) = (state.clone(), key.clone(), document.clone());
                move || {
                    let fresh = match load(&key) {
                        Ok(list) => HighlightState::with_list(&document, list, &HighlightState::default()),
                        Err(corrupted) => HighlightState { corrupted: Some(Rc::new(corrupted)), ..Default::default() },
                    };
                    state.set(fresh);
                }
            };
            reload();
            let listener = browser::on_storage_change((*key).clone(), reload);
            move || drop(listener)
        });
    }
    // Stable while the highlights do not change, so the reader's children do not re-render on
    // every keystroke for them. (The document is fixed for the hook's life: a new document
    // re-creates the reader.)
    let change = {
        let document = document.clone();
        use_callback((state.clone(), key.clone()), move |change: Change, (state, key)| {
            if state.corrupted.is_some() {
                return; // never overwrite what could not be read
            }
            // Start from what storage holds now, so another tab's changes are never lost.
            let current = load(key).unwrap_or_else(|_| (*state.list).clone());
            let next = apply_change(&current, &change, &browser::now_iso());
            let saved = browser::write_raw(key, &serialize_saved(&next));
            state.set(state.changed(&document, current, next, saved));
        })
    };
    let undo = {
        let document = document.clone();
        use_callback((state.clone(), key.clone()), move |(), (state, key)| {
            if let Some(restored) = state.undone(&document, |list| browser::write_raw(key, &serialize_saved(list))) {
                state.set(restored);
            }
        })
    };
    let set_aside = use_callback((state.clone(), key.clone()), |(), (state, key)| {
        if let Some(corrupted) = &state.corrupted {
            let backup = format!("{}:unreadable:{}", **key, browser::now_iso());
            if browser::write_raw(&backup, &corrupted.raw) && browser::write_raw(key, &serialize_saved(&[])) {
                state.set(HighlightState::default());
            }
        }
    });
    Highlights { state: Rc::new((*state).clone()), change, undo, set_aside }
}
