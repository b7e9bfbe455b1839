//! *Paste a statement…* (`[data-paste-statement]`): a text area that takes a statement as copied
//! from a page. Pasting into it opens the statement at once: the clipboard's HTML when it has
//! some (its paragraphs kept, styles and inline markup dropped), else its plain text (a paragraph
//! a line). Text typed or edited in it opens with *Show it*.

use yew::prelude::*;

use super::browser;
use super::load_status::OpenRequest;

#[derive(Properties, PartialEq)]
pub struct PasteStatementProps {
    pub on_open: Callback<OpenRequest>,
}

#[component]
pub fn PasteStatement(props: &PasteStatementProps) -> Html {
    let open = use_state_eq(|| false);
    let area = use_node_ref();
    {
        // Focus goes to the text area as it opens: the next key is the paste.
        let area = area.clone();
        use_effect_with(*open, move |&open| {
            if open {
                if let Some(area) = area.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                }
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_paste = {
        let (open, on_open) = (open.clone(), props.on_open.clone());
        Callback::from(move |event: Event| {
            let Some((html, text)) = browser::pasted_text(&event) else { return };
            event.prevent_default();
            open.set(false);
            on_open.emit(OpenRequest::Paste { html, text });
        })
    };
    let on_submit = {
        let (open, on_open, area) = (open.clone(), props.on_open.clone(), area.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = area.cast::<web_sys::HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default();
            if !text.trim().is_empty() {
                open.set(false);
                on_open.emit(OpenRequest::Paste { html: String::new(), text });
            }
        })
    };
    let on_cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                open.set(false);
            }
        })
    };
    html! {
        <>
            <button type="button" class="pill" data-paste-statement="" aria-expanded={(*open).to_string()}
                aria-controls="paste-statement" onclick={toggle}>{ "Paste a statement…" }</button>
            if *open {
                <form id="paste-statement" class="note-form paste-statement" onsubmit={on_submit} onkeydown={on_key}>
                    <label for="paste-statement-text">{ "Paste the statement here (Ctrl+V or ⌘V): it opens at once." }</label>
                    <textarea id="paste-statement-text" data-paste-area="" rows="5" ref={area} onpaste={on_paste}
                        placeholder="Paste text copied from a web page, a PDF or a document" />
                    <div class="notes-actions">
                        <button type="submit" class="pill">{ "Show it" }</button>
                        <button type="button" class="pill" onclick={on_cancel}>{ "Cancel" }</button>
                    </div>
                </form>
            }
        </>
    }
}
