//! Opening a statement from this device: a file picker for `.txt` and `.json` statements (the
//! formats of `?src=`), read in the browser — nothing is uploaded. Dropping a file anywhere on the
//! reader does the same (handled on the reader's root).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenStatementProps {
    pub on_open: Callback<web_sys::File>,
}

#[component]
pub fn OpenStatement(props: &OpenStatementProps) -> Html {
    let onchange = {
        let on_open = props.on_open.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_open.emit(file);
            }
            input.set_value(""); // the same file can be opened again
        })
    };
    html! {
        <div class="open-statement needs-js">
            <label class="pill file-pill">{ "Open a statement…" }
                <input type="file" class="visually-hidden" data-open-statement="" accept=".txt,.json,text/plain,application/json" {onchange} />
            </label>
            <p class="open-hint">{ "A .txt or .json file from this device (or drop it on the reader); it is read here, not uploaded." }</p>
        </div>
    }
}
