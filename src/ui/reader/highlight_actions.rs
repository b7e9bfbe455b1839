//! What the reader does with its own highlights: the selection toolbar, a paragraph's tools
//! (highlight, cite) and which note is being edited. Edits are actions (`ui::highlights`).

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::store::Store;
use crate::app::highlights::Change;
use crate::app::{Action, Notice, Shared};
use crate::core::annotations::{cite, CitationFormat, Highlight, HighlightColour};
use crate::core::{Document, ParagraphIndex};
use crate::ui::browser::{self, ParagraphSelection};
use crate::ui::highlights::{use_highlights, HighlightStorage, Highlights};

pub struct HighlightActions {
    pub highlights: Highlights,
    /// The note open for editing (a highlight id).
    pub editing: Option<String>,
    pub on_edit: Callback<Option<String>>,
    /// The paragraph whose tools are open.
    pub tools_open: Option<ParagraphIndex>,
    pub on_tools: Callback<Option<ParagraphIndex>>,
    /// Text selected within one paragraph (the toolbar shows beside it).
    pub selection: Option<ParagraphSelection>,
    /// A mouse, key or touch ended in the statement: the selection may have changed.
    pub on_selection_end: Callback<()>,
    /// The toolbar's choice: a colour, and whether to add a note.
    pub on_pick: Callback<(HighlightColour, bool)>,
    /// A paragraph's tools highlight part of it.
    pub on_paragraph_highlight: Callback<(ParagraphIndex, Range<usize>, HighlightColour)>,
    /// A paragraph's tools copy it with a citation.
    pub on_cite: Callback<(ParagraphIndex, CitationFormat)>,
}

#[hook]
pub fn use_highlight_actions(
    document: Rc<Document>,
    storage: &HighlightStorage,
    store: &UseReducerHandle<Store>,
    root: NodeRef,
) -> HighlightActions {
    let highlights = use_highlights(storage, store);
    let editing = use_state_eq(|| None::<String>);
    let tools_open = use_state_eq(|| None::<ParagraphIndex>);
    let selection = use_state(|| None::<ParagraphSelection>);
    let on_selection_end = {
        let selection = selection.clone();
        Callback::from(move |()| {
            // After the browser has settled the selection.
            let (selection, root) = (selection.clone(), root.clone());
            gloo::timers::callback::Timeout::new(0, move || selection.set(browser::paragraph_selection(&root)))
                .forget();
        })
    };
    let add_highlight = {
        let (change, document) = (highlights.change.clone(), document.clone());
        Callback::from(
            move |(index, range, colour): (ParagraphIndex, Range<usize>, HighlightColour)| -> Option<String> {
                let highlight =
                    Highlight::new(&document, index.0, range, colour, browser::new_id(), browser::now_iso())?;
                let id = highlight.id.clone();
                change.emit(Change::Add(highlight));
                Some(id)
            },
        )
    };
    let on_pick = {
        let (selection, add_highlight, editing) = (selection.clone(), add_highlight.clone(), editing.clone());
        Callback::from(move |(colour, with_note): (HighlightColour, bool)| {
            if let Some(picked) = (*selection).clone() {
                let id = add_highlight.emit((picked.paragraph, picked.range, colour));
                browser::clear_selection();
                selection.set(None);
                if with_note {
                    editing.set(id); // the sidebar opens its drawer for it
                }
            }
        })
    };
    let on_tools = use_callback(tools_open.setter(), |open: Option<ParagraphIndex>, tools_open| tools_open.set(open));
    // Stable across renders (so paragraphs do not re-render for it), yet it uses the latest
    // `add_highlight`, which follows the highlights' state.
    let latest_add = Shared(use_mut_ref(|| add_highlight.clone()));
    *latest_add.borrow_mut() = add_highlight;
    let on_paragraph_highlight = use_callback(
        (latest_add, tools_open.setter()),
        |(index, range, colour): (ParagraphIndex, Range<usize>, HighlightColour), (latest_add, tools_open)| {
            latest_add.borrow().emit((index, range, colour));
            tools_open.set(None);
        },
    );
    let on_cite = use_callback(
        (document, store.dispatcher()),
        |(index, format): (ParagraphIndex, CitationFormat), (document, dispatcher)| {
            let number = index.number();
            let Some(text) = cite(document, number.get(), format, &browser::paragraph_link(number)) else { return };
            let what = format!("paragraph {number} with a {} citation", format.label());
            let dispatcher = dispatcher.clone();
            browser::copy_text(text, move |copied| {
                dispatcher.dispatch(Action::Notify(if copied {
                    Notice::Copied(what)
                } else {
                    Notice::NotCopied(what)
                }));
            });
        },
    );
    let on_edit = use_callback(editing.setter(), |id: Option<String>, editing| editing.set(id));
    HighlightActions {
        highlights,
        editing: (*editing).clone(),
        on_edit,
        tools_open: *tools_open,
        on_tools,
        selection: (*selection).clone(),
        on_selection_end,
        on_pick,
        on_paragraph_highlight,
        on_cite,
    }
}
