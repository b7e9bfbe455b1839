//! What an action asks of the world outside the state: [`crate::ReaderState::apply`] returns
//! these, and the UI's thin edge (`ui::reader::effects`) performs them. So where the reader scrolls, what
//! it focuses and what it saves are decided (and tested) here, natively.

use statement_core::{HitIndex, ParagraphNumber};

use crate::highlights::Change;
use crate::scheme::ColorScheme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Bring match `hit` into view: smoothly after next/previous, at once while typing (it
    /// must keep up).
    ScrollToHit { hit: HitIndex, smoothly: bool },
    /// Scroll paragraph N to the top of the view and focus it.
    FocusParagraph(ParagraphNumber),
    /// Show this colour scheme (the page sets it on `<html>`; a widget on its own root).
    ApplyColorScheme(ColorScheme),
    /// Remember this colour scheme on this device (the page only; `Auto` forgets).
    SaveColorScheme(ColorScheme),
    /// Remember whether names are coloured (the page only).
    SaveNamesShown(bool),
    /// Apply `change` to the highlights storage holds now (another tab's changes are kept), at
    /// `now`, and save them; then show them (`Action::HighlightsShown`).
    SaveHighlights { change: Change, now: String },
    /// Put back and save the highlights as they were before the last change; then show them.
    UndoHighlights,
    /// Keep the unreadable saved highlights under a backup key (stamped `now`) and start afresh.
    SetAsideHighlights { now: String },
}

/// Several effects in a row, as the UI performs them: only the last scroll or focus counts
/// (an older one would be overtaken at once), the rest in order.
pub fn coalesce(effects: impl IntoIterator<Item = Effect>) -> Vec<Effect> {
    let effects: Vec<Effect> = effects.into_iter().collect();
    let moves = |e: &Effect| matches!(e, Effect::ScrollToHit { .. } | Effect::FocusParagraph(_));
    let last_move = effects.iter().rposition(moves);
    effects.into_iter().enumerate().filter(|(i, e)| !moves(e) || Some(*i) == last_move).map(|(_, e)| e).collect()
}
