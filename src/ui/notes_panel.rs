//! "My notes": the reader's highlights in document order, with colour, quote, note and paragraph;
//! jump to each, edit its note, change nothing by accident (delete has undo), filter by colour,
//! export (Markdown, W3C Web Annotation JSON) and import. Unreadable saved data is reported here.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::highlights::Highlights;
use super::landmark;
use crate::app::highlights::{import_status, Change, NotesExport};
use crate::core::annotations::{import_annotations, Anchor, HighlightColour};
use crate::core::{Document, ParagraphIndex, ParagraphNumber};

#[derive(Properties, PartialEq)]
pub struct NotesPanelProps {
    pub document: Rc<Document>,
    pub highlights: Highlights,
    /// The highlight whose note to open for editing (a new one, "Add note").
    #[prop_or_default]
    pub editing: Option<String>,
    pub on_edit: Callback<Option<String>>,
    /// Go to paragraph N.
    pub on_jump: Callback<ParagraphNumber>,
}

#[component]
pub fn NotesPanel(props: &NotesPanelProps) -> Html {
    let embedded = landmark::use_embedded();
    let state = &props.highlights.state;
    let filter = use_state_eq(|| None::<HighlightColour>);
    let status = use_state_eq(String::new);
    let draft = use_state_eq(String::new);
    // A note being started (here or from "Add note" on a selection) gets the keyboard focus.
    let note_box = use_node_ref();
    {
        // A new highlight is listed once storage has it (the render after its action's), so its
        // box is focused when it is there.
        let listed = props.editing.as_ref().is_some_and(|id| state.list.iter().any(|h| &h.id == id));
        let note_box = note_box.clone();
        use_effect_with((props.editing.clone(), listed), move |(editing, _)| {
            if editing.is_some() {
                if let Some(area) = note_box.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                }
            }
        });
    }
    let items = state.in_document_order();
    let shown: Vec<_> = items.iter().filter(|(h, _)| filter.is_none_or(|c| h.colour == c)).collect();
    let orphans = items.iter().filter(|(_, a)| matches!(a, Anchor::Orphan)).count();

    let export = |format: NotesExport| {
        let (document, state, status) = (props.document.clone(), state.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let file = format.file(&document, &state, &browser::page_link());
            browser::download(file.name, file.mime, &file.contents);
            status.set(file.status);
        })
    };
    let (export_md, export_json) = (export(NotesExport::Markdown), export(NotesExport::WebAnnotations));
    let import = {
        let (change, status) = (props.highlights.change.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (change, status) = (change.clone(), status.clone());
            browser::read_file_text(file, move |text| match text.and_then(|t| import_annotations(&t)) {
                Ok((list, skipped)) => {
                    status.set(import_status(list.len(), skipped));
                    change.emit(Change::Import(list));
                }
                Err(message) => status.set(message),
            });
        })
    };
    let undo = {
        let (undo, status) = (props.highlights.undo.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            undo.emit(());
            status.set("Undone.".into());
        })
    };

    let list = shown.iter().map(|(h, anchor)| {
        let id = h.id.clone();
        let editing = props.editing.as_deref() == Some(h.id.as_str());
        let jump = {
            let (on_jump, number) = (props.on_jump.clone(), match anchor {
                Anchor::Found { paragraph, .. } => ParagraphIndex(*paragraph).number(),
                Anchor::Orphan => ParagraphNumber::new(h.paragraph).unwrap_or(ParagraphIndex(0).number()),
            });
            Callback::from(move |_: MouseEvent| on_jump.emit(number))
        };
        let delete = {
            let (change, status, id) = (props.highlights.change.clone(), status.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                change.emit(Change::Delete(id.clone()));
                status.set("Highlight deleted. Undo brings it back.".into());
            })
        };
        let start_edit = {
            let (on_edit, draft, id, note) = (props.on_edit.clone(), draft.clone(), id.clone(), h.note.clone());
            Callback::from(move |_: MouseEvent| {
                draft.set(note.clone());
                on_edit.emit(Some(id.clone()));
            })
        };
        let save = {
            let (change, on_edit, draft, id) = (props.highlights.change.clone(), props.on_edit.clone(), draft.clone(), id.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                change.emit(Change::SetNote { id: id.clone(), note: (*draft).trim().to_owned() });
                on_edit.emit(None);
            })
        };
        let on_draft = {
            let draft = draft.clone();
            Callback::from(move |e: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                draft.set(area.value());
            })
        };
        let cancel = props.on_edit.reform(|_: MouseEvent| None);
        let recolour = {
            let (change, id) = (props.highlights.change.clone(), id.clone());
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                if let Some(colour) = HighlightColour::ALL.into_iter().find(|c| c.as_str() == select.value()) {
                    change.emit(Change::SetColour { id: id.clone(), colour });
                }
            })
        };
        let quote: String = if h.quote.exact.chars().count() > 160 {
            format!("{}…", h.quote.exact.chars().take(160).collect::<String>())
        } else {
            h.quote.exact.clone()
        };
        let orphan = matches!(anchor, Anchor::Orphan);
        html! {
            <li key={h.id.clone()} class={classes!("note-item", format!("hl-{}", h.colour.as_str()), orphan.then_some("orphan"))} data-highlight-item={h.id.clone()}>
                <button type="button" class="note-quote" onclick={jump}>
                    <span class="visually-hidden">{ format!("{} highlight, paragraph {}: ", h.colour.label(), h.paragraph) }</span>
                    { format!("“{quote}”") }
                </button>
                <span class="note-meta">{ if orphan { format!("¶{} · could not be placed in this text", h.paragraph) } else { format!("¶{}", h.paragraph) } }</span>
                if editing {
                    <form class="note-form" onsubmit={save}>
                        <label>
                            <span class="visually-hidden">{ "Note" }</span>
                            <textarea rows="3" value={(*draft).clone()} oninput={on_draft} placeholder="Your note" ref={note_box.clone()} />
                        </label>
                        <div class="tools-row">
                            <button type="submit" class="pill">{ "Save note" }</button>
                            <button type="button" class="pill" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    </form>
                } else {
                    if !h.note.is_empty() { <p class="note-text">{ &h.note }</p> }
                    <div class="tools-row">
                        <button type="button" class="pill" onclick={start_edit}>{ if h.note.is_empty() { "Add note" } else { "Edit note" } }</button>
                        <label class="colour-select">
                            <span class="visually-hidden">{ "Colour" }</span>
                            <select onchange={recolour}>
                                { for HighlightColour::ALL.into_iter().map(|c| html! {
                                    <option value={c.as_str()} selected={c == h.colour}>{ c.label() }</option>
                                }) }
                            </select>
                        </label>
                        <button type="button" class="pill" data-delete-highlight={h.id.clone()} onclick={delete}>{ "Delete" }</button>
                    </div>
                }
            </li>
        }
    });
    let filters = std::iter::once(None).chain(HighlightColour::ALL.into_iter().map(Some)).map(|colour| {
        let pressed = *filter == colour;
        let filter = filter.clone();
        let label = colour.map_or("All", |c| c.label());
        html! {
            <button type="button" class={classes!("pill", "filter-chip", colour.map(|c| format!("hl-{}", c.as_str())))}
                aria-pressed={if pressed { "true" } else { "false" }} onclick={move |_| filter.set(colour)}>{ label }</button>
        }
    });
    let corrupted = state.corrupted.clone();
    let download_corrupted = corrupted.clone().map(|c| {
        Callback::from(move |_: MouseEvent| browser::download("unreadable-highlights.json", "application/json", &c.raw))
    });
    html! {
        <@{landmark::tag(embedded, "section")} role={landmark::named_role(embedded)} class="notes-panel needs-js" aria-labelledby="notes-heading">
            <h2 id="notes-heading" class="index-heading">{ format!("My notes ({})", items.len()) }</h2>
            if let (Some(c), Some(download)) = (corrupted, download_corrupted) {
                <div class="load-error" role="alert">
                    <p><strong>{ "Your saved highlights for this statement could not be read" }</strong>{ format!(" ({}).", c.reason) }</p>
                    <p>{ "They are kept exactly as they were; nothing is saved over them." }</p>
                    <div class="tools-row">
                        <button type="button" class="pill" onclick={download}>{ "Download them" }</button>
                        <button type="button" class="pill" onclick={props.highlights.set_aside.reform(|_| ())}>{ "Keep them aside and start afresh" }</button>
                    </div>
                </div>
            }
            if state.not_saved {
                <p class="load-error" role="alert">{ "Could not save: this browser's storage is full or blocked. Export your notes to keep them." }</p>
            }
            if items.is_empty() {
                <p class="notes-hint">{ "Select text in the statement to highlight it, or use a paragraph’s ⋯ button." }</p>
            } else {
                <div class="tools-row" role="group" aria-label="Show highlights by colour">{ for filters }</div>
                <ol class="notes-list">{ for list }</ol>
                if orphans > 0 {
                    <p class="notes-hint">{ format!("{orphans} highlight{} could not be placed in this text (it has changed); {} kept and listed.", if orphans == 1 { "" } else { "s" }, if orphans == 1 { "it is" } else { "they are" }) }</p>
                }
            }
            <div class="tools-row notes-actions">
                <button type="button" class="pill" onclick={undo} disabled={state.undo.is_empty()}>{ "Undo" }</button>
                <button type="button" class="pill" onclick={export_md} disabled={items.is_empty()}>{ "Export Markdown" }</button>
                <button type="button" class="pill" onclick={export_json} disabled={items.is_empty()}>{ "Export JSON" }</button>
                <label class="pill file-pill">{ "Import JSON" }
                    <input type="file" class="visually-hidden" accept=".json,application/json,application/ld+json" onchange={import} />
                </label>
            </div>
            <p class="notes-status" role="status">{ (*status).clone() }</p>
        </@>
    }
}
