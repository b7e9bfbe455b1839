//! The reader's own highlights as the reader shows them: where each sits now, the marks each
//! paragraph draws (overlaps clipped), what a change does to the list, and what an export writes.
//! Storage and the browser's clock stay in the UI's hook (`ui::highlights`); this is the rule.

use std::ops::Range;
use std::rc::Rc;

use statement_core::annotations::{export_annotations, export_markdown, merge, Anchor, Highlight, HighlightColour};
use statement_core::{Document, ParagraphIndex};

/// A highlight as a paragraph renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HighlightMark {
    pub range: Range<usize>,
    pub id: Rc<str>,
    pub colour: HighlightColour,
    pub has_note: bool,
}

/// What storage held that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupted {
    pub raw: String,
    pub reason: String,
}

/// One change to the highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Add(Highlight),
    SetNote { id: String, note: String },
    SetColour { id: String, colour: HighlightColour },
    Delete(String),
    Import(Vec<Highlight>),
}

/// Applies `change` to `list` (what storage holds now); `now` stamps what it updates.
pub fn apply_change(list: &[Highlight], change: &Change, now: &str) -> Vec<Highlight> {
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

/// One paragraph's marks as one layer: sorted, and where two overlap the later one starts where
/// the earlier ends (one that is then empty is not drawn; it is still listed in My notes).
pub fn clip_overlaps(mut marks: Vec<HighlightMark>) -> Vec<HighlightMark> {
    marks.sort_by_key(|m| (m.range.start, m.range.end));
    let mut out: Vec<HighlightMark> = Vec::with_capacity(marks.len());
    for mut m in marks {
        if let Some(last) = out.last() {
            m.range.start = m.range.start.max(last.range.end);
        }
        if m.range.start < m.range.end {
            out.push(m);
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HighlightState {
    pub list: Rc<Vec<Highlight>>,
    /// `anchors[i]` places `list[i]` in the current document.
    pub anchors: Rc<Vec<Anchor>>,
    /// Per paragraph (by index), its highlights' marks: one layer, in order.
    pub marks: Rc<Vec<Rc<[HighlightMark]>>>,
    pub corrupted: Option<Rc<Corrupted>>,
    /// Earlier lists, most recent last.
    pub undo: Rc<Vec<Vec<Highlight>>>,
    /// Storage refused the last save.
    pub not_saved: bool,
}

impl HighlightState {
    /// `list` placed in `document`, keeping `previous`'s undo stack and unreadable data.
    pub fn with_list(document: &Document, list: Vec<Highlight>, previous: &HighlightState) -> Self {
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
        Self {
            list: Rc::new(list),
            anchors: Rc::new(anchors),
            marks: Rc::new(marks.into_iter().map(|ms| Rc::from(clip_overlaps(ms))).collect()),
            corrupted: previous.corrupted.clone(),
            undo: previous.undo.clone(),
            not_saved: false,
        }
    }

    /// After `change` to `current` (what storage held), saved or not: the undo stack grows by
    /// `current`.
    pub fn changed(&self, document: &Document, current: Vec<Highlight>, next: Vec<Highlight>, saved: bool) -> Self {
        let mut undo = (*self.undo).clone();
        undo.push(current);
        let previous = HighlightState { undo: Rc::new(undo), ..self.clone() };
        Self { not_saved: !saved, ..Self::with_list(document, next, &previous) }
    }

    /// Undoing the last change: the list to restore and the state once it is restored (`None`
    /// when there is nothing to undo).
    pub fn undone(&self, document: &Document, saved: impl FnOnce(&[Highlight]) -> bool) -> Option<Self> {
        let mut stack = (*self.undo).clone();
        let previous = stack.pop()?;
        let saved = saved(&previous);
        let base = HighlightState { undo: Rc::new(stack), ..self.clone() };
        Some(Self { not_saved: !saved, ..Self::with_list(document, previous, &base) })
    }

    /// The marks paragraph `index` draws, if any.
    pub fn marks_in(&self, index: ParagraphIndex) -> Option<Rc<[HighlightMark]>> {
        self.marks.get(index.0).filter(|m| !m.is_empty()).cloned()
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

/// The two ways My notes leave the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesExport {
    Markdown,
    WebAnnotations,
}

/// A file to offer for download, and what to say once it is offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: &'static str,
    pub mime: &'static str,
    pub contents: String,
    pub status: String,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl NotesExport {
    /// My notes in this format, in document order; `page_url` is the page without a fragment.
    pub fn file(self, document: &Document, state: &HighlightState, page_url: &str) -> ExportFile {
        let ordered: Vec<Highlight> = state.in_document_order().into_iter().map(|(h, _)| h.clone()).collect();
        let n = ordered.len();
        match self {
            NotesExport::Markdown => ExportFile {
                name: "my-notes.md",
                mime: "text/markdown",
                contents: export_markdown(document, &ordered, page_url),
                status: format!("Exported {n} highlight{} as Markdown.", plural(n)),
            },
            NotesExport::WebAnnotations => ExportFile {
                name: "my-notes.annotations.json",
                mime: "application/ld+json",
                contents: export_annotations(&ordered, page_url),
                status: format!("Exported {n} highlight{} as Web Annotations.", plural(n)),
            },
        }
    }
}

/// What to say after importing `imported` highlights, `skipped` of the file's items unreadable.
pub fn import_status(imported: usize, skipped: usize) -> String {
    let unread = if skipped > 0 { format!(" ({skipped} could not be read)") } else { String::new() };
    format!("Imported {imported} highlight{}{unread}.", plural(imported))
}
