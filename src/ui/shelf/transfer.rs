//! *Export the shelf* (`[data-shelf-export]`): one JSON file with every statement, its metadata
//! and its highlights; *Import a shelf…* (`input[type=file][data-shelf-import]`): merged back,
//! without duplicates (a statement already on the shelf keeps its own record; its highlights
//! are merged). Reading and writing the file format is `core::shelf`'s.

use yew::prelude::*;

use super::{store, Shelved};
use crate::core::annotations::{parse_saved, serialize_saved, storage_key, Highlight};
use crate::core::shelf::{export_shelf, import_shelf, merge_import, ShelfStatement};
use crate::ui::browser;

#[derive(Properties, PartialEq)]
pub struct ShelfTransferProps {
    pub shelved: Shelved,
    /// What happened, said to the reader (an import's outcome, or why it failed).
    pub on_said: Callback<Result<String, String>>,
    /// The shelf changed: load it again.
    pub on_changed: Callback<()>,
}

/// The highlights this device keeps for a statement (none if they do not read: the reader keeps
/// those aside and says so when the statement is opened).
fn saved_highlights(statement: &ShelfStatement) -> Vec<Highlight> {
    browser::read_raw(&storage_key(&statement.document)).and_then(|raw| parse_saved(&raw).ok()).unwrap_or_default()
}

#[component]
pub fn ShelfTransfer(props: &ShelfTransferProps) -> Html {
    let export = {
        let shelved = props.shelved.clone();
        Callback::from(move |_: MouseEvent| {
            let statements: Vec<ShelfStatement> = shelved.statements.iter().map(|e| e.statement.clone()).collect();
            let file = export_shelf(&statements, |id| {
                statements.iter().find(|s| s.id == id).map(saved_highlights).unwrap_or_default()
            });
            let day: String = browser::now_iso().chars().take(10).collect();
            browser::download(&format!("statement-reader-shelf-{day}.json"), "application/json", &file);
        })
    };
    let import = {
        let (shelved, on_said, on_changed) = (props.shelved.clone(), props.on_said.clone(), props.on_changed.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (shelved, on_said, on_changed) = (shelved.clone(), on_said.clone(), on_changed.clone());
            browser::read_file_text(file, move |text| {
                let import = match text.and_then(|t| import_shelf(&t)) {
                    Ok(import) => import,
                    Err(message) => return on_said.emit(Err(message)),
                };
                let problems = import.problems.clone();
                let mut statements: Vec<ShelfStatement> =
                    shelved.statements.iter().map(|e| e.statement.clone()).collect();
                let before = statements.len();
                let documents: Vec<(String, crate::core::Document)> =
                    import.statements.iter().map(|(s, _)| (s.id.clone(), s.document.clone())).collect();
                let key_of = |id: &str| documents.iter().find(|(i, _)| i == id).map(|(_, d)| storage_key(d));
                let added = merge_import(
                    &mut statements,
                    import,
                    |id, merged| {
                        if let Some(key) = key_of(id) {
                            browser::write_raw(&key, &serialize_saved(&merged));
                        }
                    },
                    |id| {
                        key_of(id)
                            .and_then(|k| browser::read_raw(&k))
                            .and_then(|raw| parse_saved(&raw).ok())
                            .unwrap_or_default()
                    },
                );
                let new: Vec<ShelfStatement> = statements.split_off(before);
                wasm_bindgen_futures::spawn_local(async move {
                    let outcome = store::put(&new, false).await;
                    let mut said = format!("Imported {added} statement{}", if added == 1 { "" } else { "s" });
                    said.push_str(if added == 0 { " (all were on the shelf already)." } else { "." });
                    for problem in &problems {
                        said.push_str(&format!(" {problem}"));
                    }
                    on_said.emit(outcome.map(|()| said));
                    on_changed.emit(());
                });
            });
        })
    };
    html! {
        <div class="shelf-transfer">
            <button type="button" class="pill" data-shelf-export="" onclick={export}>{ "Export the shelf" }</button>
            <label class="pill file-pill">{ "Import a shelf…" }
                <input type="file" class="visually-hidden" data-shelf-import="" accept=".json,application/json" onchange={import} />
            </label>
        </div>
    }
}
