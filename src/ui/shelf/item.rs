//! One statement on the shelf (`[data-shelf-item][data-shelf-id]`): its title (opening it in the
//! reader), date, source and size; *Edit* its title and date (one without a date asks for one);
//! *Remove* (the view offers *Undo*). The built-in statement cannot be removed.

use yew::prelude::*;

use std::rc::Rc;

use super::{open_in_reader, store, OnShelf};
use crate::core::shelf::ShelfStatement;
use crate::core::web_page::{iso_day, spoken_day};

#[derive(Properties, PartialEq)]
pub struct ShelfItemProps {
    pub entry: Rc<OnShelf>,
    pub on_remove: Callback<ShelfStatement>,
    pub on_said: Callback<Result<String, String>>,
    pub on_changed: Callback<()>,
    /// Chosen to compare.
    pub selected: bool,
    pub on_select: Callback<String>,
}

#[component]
pub fn ShelfItem(props: &ShelfItemProps) -> Html {
    let statement = &props.entry.statement;
    let meta = &statement.document.meta;
    let editing = use_state_eq(|| false);
    let (title_ref, date_ref) = (use_node_ref(), use_node_ref());
    let open = {
        let entry = props.entry.clone();
        Callback::from(move |_: MouseEvent| open_in_reader(&entry.statement, "", None))
    };
    let remove = {
        let (entry, on_remove) = (props.entry.clone(), props.on_remove.clone());
        Callback::from(move |_: MouseEvent| on_remove.emit(entry.statement.clone()))
    };
    let select = {
        let (id, on_select) = (statement.id.clone(), props.on_select.clone());
        Callback::from(move |_: Event| on_select.emit(id.clone()))
    };
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(!*editing))
    };
    let save = {
        let (entry, editing, on_said, on_changed) =
            (props.entry.clone(), editing.clone(), props.on_said.clone(), props.on_changed.clone());
        let (title_ref, date_ref) = (title_ref.clone(), date_ref.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |r: &NodeRef| r.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let (title, day) = (value(&title_ref).trim().to_owned(), value(&date_ref));
            let mut edited = entry.statement.clone();
            if !title.is_empty() {
                edited.document.meta.title = title;
            }
            match iso_day(&day) {
                Some(day) => {
                    edited.document.meta.date = spoken_day(&day);
                    edited.document.meta.date_start = Some(day);
                }
                None if day.trim().is_empty() => {}
                None => return on_said.emit(Err(format!("“{day}” is not a date (YYYY-MM-DD)."))),
            }
            let (editing, on_said, on_changed) = (editing.clone(), on_said.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = store::put(&[edited.clone()], true).await;
                if outcome.is_ok() {
                    editing.set(false);
                }
                on_said.emit(outcome.map(|()| format!("“{}” was saved.", edited.document.meta.title)));
                on_changed.emit(());
            });
        })
    };
    let title = if meta.title.is_empty() { "Untitled statement".to_owned() } else { meta.title.clone() };
    let form_id = format!("edit-{}", statement.id);
    html! {
        <li class="shelf-item" data-shelf-item="" data-shelf-id={statement.id.clone()}>
            <input type="checkbox" class="shelf-select" data-shelf-select="" checked={props.selected}
                aria-label={format!("Choose “{title}” to compare")} onchange={select} />
            <button type="button" class="shelf-title" onclick={open}>{ title.clone() }</button>
            <span class="shelf-facts">
                if !meta.date.is_empty() {
                    <time datetime={meta.date_start.clone()}>{ &meta.date }</time>{ " · " }
                }
                if let Some(host) = meta.source_host() { { host.to_owned() }{ " · " } }
                { match statement.document.paragraphs.len() { 1 => "1 paragraph".to_owned(), n => format!("{n} paragraphs") } }
            </span>
            <button type="button" class="pill" data-shelf-edit="" aria-expanded={(*editing).to_string()} aria-controls={form_id.clone()}
                aria-label={format!("{} “{title}”", if meta.date_start.is_none() { "Add a date to" } else { "Edit" })} onclick={edit}>
                { if meta.date_start.is_none() { "Add a date" } else { "Edit" } }
            </button>
            // The built-in statement is always on the shelf.
            if statement.origin != "built-in" {
                <button type="button" class="pill shelf-remove" data-shelf-remove="" aria-label={format!("Remove “{title}” from the shelf")}
                    onclick={remove}>{ "Remove" }</button>
            }
            if *editing {
                <form id={form_id} class="shelf-edit" onsubmit={save}>
                    <label>{ "Title" }<input type="text" ref={title_ref} defaultvalue={meta.title.clone()} /></label>
                    <label>{ "Date" }<input type="date" data-shelf-date="" ref={date_ref} defaultvalue={meta.date_start.clone().unwrap_or_default()} /></label>
                    <button type="submit" class="pill">{ "Save" }</button>
                </form>
            }
        </li>
    }
}
