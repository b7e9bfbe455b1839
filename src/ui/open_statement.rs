//! Opening a statement from this device: a file picker for the formats the reader reads (text,
//! JSON, a saved web page, a PDF: those of `?src=`), read in the browser — nothing is uploaded.
//! Dropping a file anywhere on the reader does the same (handled on the reader's root), and so
//! does pasting (`PasteStatement`). Beside it, the ways to compare the shown statement with
//! another: a file, or the built-in statement when another is shown.

use yew::prelude::*;

use super::compare::CompareRequest;
use super::load_status::OpenRequest;
use super::paste_statement::PasteStatement;

/// The file types a statement comes in.
const ACCEPT: &str = ".txt,.json,.html,.htm,.pdf,text/plain,application/json,text/html,application/pdf";

/// *Open a statement…*, and beside it *Compare with a file…* (when `on_compare` is given: where
/// the reader can compare) and *Compare with the built-in statement* (unless `builtin_shown`: it
/// cannot be compared with itself). A plain function: its parent redraws it only when these change.
pub fn open_statement(
    on_open: &Callback<OpenRequest>,
    on_compare: Option<&Callback<CompareRequest>>,
    builtin_shown: bool,
) -> Html {
    let onchange = picked(on_open.reform(OpenRequest::File));
    html! {
        <div class="open-statement needs-js">
            <label class="pill file-pill">{ "Open a statement…" }
                <input type="file" class="visually-hidden" data-open-statement="" accept={ACCEPT} {onchange} />
            </label>
            if let Some(on_request) = on_compare {
                { compare_file_picker(on_request, "Compare with a file…") }
                if !builtin_shown {
                    <button type="button" class="pill" data-compare-builtin=""
                        onclick={on_request.reform(|_| CompareRequest::Builtin)}>{ "Compare with the built-in statement" }</button>
                }
            }
            <PasteStatement on_open={on_open.clone()} />
            <p class="open-hint">{ "A web page, PDF, text or JSON file, or pasted text: read here, never uploaded, kept on " }
                <a href="?shelf" data-shelf-link="">{ "your shelf" }</a>{ "." }</p>
        </div>
    }
}

/// `input[type=file][data-compare-statement]`: a statement to compare the shown one with.
pub fn compare_file_picker(on_request: &Callback<CompareRequest>, label: &'static str) -> Html {
    let onchange = picked(on_request.reform(CompareRequest::File));
    html! {
        <label class="pill file-pill">{ label }
            <input type="file" class="visually-hidden" data-compare-statement="" accept={ACCEPT} {onchange} />
        </label>
    }
}

/// The change handler of a file input: emits the picked file, then empties the input so the
/// same file can be picked again.
fn picked(on_file: Callback<web_sys::File>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            on_file.emit(file);
        }
        input.set_value("");
    })
}
