//! The reader's own highlights: kept in localStorage per document (gloo's storage), re-anchored
//! on load, shared with other tabs (each change is applied to what storage holds now, and other
//! tabs' changes arrive through `storage` events), with undo. Saved data that cannot be read is
//! never overwritten: it is reported, offered for download, and only moved aside on request.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::core::annotations::{merge, parse_saved, serialize_saved, storage_key, Anchor, Highlight, HighlightColour};
use crate::core::Document;

/// A highlight as a paragraph renders it.
#[derive(Debug, Clone, PartialEq)]
pub struct HighlightMark {
    pub range: std::ops::Range<usize>,
    pub id: Rc<str>,
    pub colour: HighlightColour,
    pub has_note: bool,
}

/// What storage held that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Corrupted {
    pub raw: String,
    pub reason: String,
}

/// One change to the highlights.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Add(Highlight),
    SetNote { id: String, note: String },
    SetColour { id: String, colour: HighlightColour },
    Delete(String),
    Import(Vec<Highlight>),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HighlightState {
    pub list: Rc<Vec<Highlight>>,
    /// `anchors[i]` places `list[i]` in the current document.
    pub anchors: Rc<Vec<Anchor>>,
    /// Per paragraph (index), its highlights' marks, non-overlapping, in order.
    pub marks: Rc<Vec<Rc<[HighlightMark]>>>,
    pub corrupted: Option<Rc<Corrupted>>,
    /// Earlier lists, most recent last.
    pub undo: Rc<Vec<Vec<Highlight>>>,
    /// Storage refused the last save.
    pub not_saved: bool,
}

impl HighlightState {
    fn with_list(document: &Document, list: Vec<Highlight>, previous: &HighlightState) -> Self {
        let anchors: Vec<Anchor> = list.iter().map(|h| h.anchor(document)).collect();
        let mut marks: Vec<Vec<HighlightMark>> = vec![Vec::new(); document.paragraphs.len()];
        for (h, anchor) in list.iter().zip(&anchors) {
            if let Anchor::Found { paragraph, range, .. } = anchor {
                marks[*paragraph].push(HighlightMark {
                    range: range.clone(),
                    id: Rc::from(h.id.as_str()),
                    colour: h.colour,
                    has_note: !h.note.is_empty(),
                });
            }
        }
        // One layer per paragraph: overlapping highlights are clipped to where the earlier ends.
        let marks = marks
            .into_iter()
            .map(|mut ms| {
                ms.sort_by_key(|m| (m.range.start, m.range.end));
                let mut out: Vec<HighlightMark> = Vec::with_capacity(ms.len());
                for mut m in ms {
                    if let Some(last) = out.last() {
                        m.range.start = m.range.start.max(last.range.end);
                    }
                    if m.range.start < m.range.end {
                        out.push(m);
                    }
                }
                Rc::from(out)
            })
            .collect();
        Self {
            list: Rc::new(list),
            anchors: Rc::new(anchors),
            marks: Rc::new(marks),
            corrupted: previous.corrupted.clone(),
            undo: previous.undo.clone(),
            not_saved: false,
        }
    }

    /// Highlights in document order (orphans last), with their anchors.
    pub fn in_document_order(&self) -> Vec<(&Highlight, &Anchor)> {
        let mut items: Vec<(&Highlight, &Anchor)> = self.list.iter().zip(self.anchors.iter()).collect();
        items.sort_by_key(|(h, a)| match a {
            Anchor::Found { paragraph, range, .. } => (0, *paragraph, range.start, h.id.clone()),
            Anchor::Orphan => (1, h.paragraph, h.start, h.id.clone()),
        });
        items
    }
}

/// Applies `change` to `list` (what storage holds now).
fn apply(list: &[Highlight], change: &Change, now: &str) -> Vec<Highlight> {
    let mut list = list.to_vec();
    match change {
        Change::Add(h) => list = merge(&list, std::slice::from_ref(h)),
        Change::SetNote { id, note } => {
            if let Some(h) = list.iter_mut().find(|h| &h.id == id) {
                h.note = note.clone();
                h.updated = now.to_owned();
            }
        }
        Change::SetColour { id, colour } => {
            if let Some(h) = list.iter_mut().find(|h| &h.id == id) {
                h.colour = *colour;
                h.updated = now.to_owned();
            }
        }
        Change::Delete(id) => list.retain(|h| &h.id != id),
        Change::Import(incoming) => list = merge(&list, incoming),
    }
    list
}

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
    let state = use_state(HighlightState::default);
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
            let next = apply(&current, &change, &browser::now_iso());
            let saved = browser::write_raw(key, &serialize_saved(&next));
            let mut undo = (*state.undo).clone();
            undo.push(current);
            let previous = HighlightState { undo: Rc::new(undo), ..(**state).clone() };
            let mut fresh = HighlightState::with_list(&document, next, &previous);
            fresh.not_saved = !saved;
            state.set(fresh);
        })
    };
    let undo = {
        let document = document.clone();
        use_callback((state.clone(), key.clone()), move |(), (state, key)| {
            let mut stack = (*state.undo).clone();
            if let Some(previous) = stack.pop() {
                let saved = browser::write_raw(key, &serialize_saved(&previous));
                let base = HighlightState { undo: Rc::new(stack), ..(**state).clone() };
                let mut fresh = HighlightState::with_list(&document, previous, &base);
                fresh.not_saved = !saved;
                state.set(fresh);
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
