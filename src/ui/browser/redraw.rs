//! Focus and a text selection kept across a redraw of part of the reader (a section drawn live
//! after hydration replaces the nodes it adopted): taken just before, given back just after.

use statement_dom::{focused_in, refocus, restore_selection, save_selection, Identity, SavedSelection};

/// What a redraw must not take from the reader.
pub struct Kept {
    root: web_sys::Element,
    focus: Option<Identity>,
    selection: Option<SavedSelection>,
}

/// Focus and the selection in the reader that has focus (through a widget's shadow root), or
/// else the page's reader, when there is either.
pub fn keep_focus_and_selection() -> Option<Kept> {
    let document = gloo::utils::document();
    let mut active = document.active_element();
    while let Some(inner) = active.as_ref().and_then(web_sys::Element::shadow_root).and_then(|s| s.active_element()) {
        active = Some(inner);
    }
    let in_reader = active.as_ref().and_then(|a| a.closest("[data-reader]").ok().flatten());
    let root = in_reader.or_else(|| document.query_selector("[data-reader]").ok().flatten())?;
    let focus = focused_in(&root).and_then(|element| Identity::of(&root, &element));
    let selection = save_selection(&statement_dom::all(&root, statement_dom::PARAGRAPHS));
    (focus.is_some() || selection.is_some()).then_some(Kept { root, focus, selection })
}

impl Kept {
    /// Gives back what the redraw took: focus if it was lost, the selection if it collapsed.
    pub fn give_back(self) {
        refocus(&self.root, self.focus);
        let Some(saved) = self.selection else { return };
        let lost = statement_dom::selection_at(&self.root)
            .is_none_or(|s| s.is_collapsed() || s.anchor_node().is_none_or(|anchor| !anchor.is_connected()));
        if lost {
            restore_selection(
                &gloo::utils::document(),
                &statement_dom::all(&self.root, statement_dom::PARAGRAPHS),
                saved,
            );
        }
    }
}
