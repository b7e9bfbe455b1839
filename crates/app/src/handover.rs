//! The protocol between the lite first module (`crates/lite`) and the full reader: five DOM
//! events, and what the lite module answers.

use statement_core::{HitIndex, SearchOptions};

/// Dispatched by the lite module at the first touch (on `window` for the page, on the element
/// for a widget), or by the loader itself once the page is idle: the loader then loads (fetches
/// and compiles) the full reader.
pub const LOAD_FULL_EVENT: &str = "statement-reader:load-full";
/// Dispatched likewise by the loader once the full reader is loaded: the lite module lets it
/// take over as soon as the reader has been left alone for a moment, touched or not.
pub const FULL_LOADED_EVENT: &str = "statement-reader:full-loaded";
/// Dispatched likewise when the full reader may take over: something waits for it, or the
/// reader has been left alone for a moment. The loader then starts the full reader as soon as it
/// is loaded.
pub const START_FULL_EVENT: &str = "statement-reader:start-full";
/// Dispatched on the mount (`#reader-root`, a widget's frame) by the full reader just before it
/// hydrates: the lite module answers in the event's `detail` (its search, which the full
/// reader starts with) and takes away what the full reader renders only once ready.
pub const HAND_OVER_EVENT: &str = "statement-reader:hand-over";

/// Dispatched on the mount by the full reader once `Ready` has applied the lite module's
/// search: what the user asked for meanwhile can be done again.
pub const TAKEN_OVER_EVENT: &str = "statement-reader:taken-over";

/// Set by the lite module on the mount while a pointer is pressed in it (a selection being
/// dragged): the full reader hydrates only once it is released, since hydration redraws the
/// paragraphs' text and a selection in the old text would be lost.
pub const PRESSED_ATTRIBUTE: &str = "data-pressed";

/// The lite module's answer: its search and where it stood in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOver {
    /// `query` in the detail.
    pub query: String,
    /// `matchCase`, `wholeWord`, `highlightOnly`.
    pub options: SearchOptions,
    /// `current`: its current match.
    pub current: HitIndex,
}
