//! A paragraph's tools, beside its number: copy it with a citation (plain text, Markdown,
//! BibTeX), and — for keyboards as much as mice — highlight the whole paragraph or one sentence.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotations::{CitationFormat, HighlightColour};
use crate::core::{Document, ParagraphIndex};

#[derive(Properties, PartialEq)]
pub struct ParagraphToolsProps {
    pub document: Rc<Document>,
    pub index: ParagraphIndex,
    pub open: bool,
    /// Open (`Some(index)`) or close (`None`) a paragraph's tools.
    pub on_toggle: Callback<Option<ParagraphIndex>>,
    /// Copy paragraph `index` with a citation in a format.
    pub on_cite: Callback<(ParagraphIndex, CitationFormat)>,
    /// Highlight bytes `range` of paragraph `index` in a colour.
    pub on_highlight: Callback<(ParagraphIndex, std::ops::Range<usize>, HighlightColour)>,
}

#[component]
pub fn ParagraphTools(props: &ParagraphToolsProps) -> Html {
    let paragraph = &props.document.paragraphs[props.index.0];
    let number = paragraph.number;
    let index = props.index;
    // Which part to highlight: 0 is the whole paragraph, n is sentence n.
    let part = use_state_eq(|| 0usize);
    let panel_id = format!("tools-p{number}");
    let toggle = {
        let (on_toggle, open) = (props.on_toggle.clone(), props.open);
        Callback::from(move |_: MouseEvent| on_toggle.emit((!open).then_some(index)))
    };
    let onkeydown = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                on_toggle.emit(None);
            }
        })
    };
    let on_part = {
        let part = part.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            part.set(select.value().parse().unwrap_or(0));
        })
    };
    let range = match *part {
        0 => 0..paragraph.text.len(),
        n => paragraph.sentences.get(n - 1).map_or(0..paragraph.text.len(), |s| {
            // A sentence without its trailing space.
            let text = &paragraph.text[s.range.clone()];
            s.range.start..s.range.start + text.trim_end().len()
        }),
    };
    html! {
        <div class="para-tools needs-js" {onkeydown}>
            <button type="button" class="tools-toggle" aria-expanded={if props.open { "true" } else { "false" }}
                aria-controls={panel_id.clone()} aria-label={format!("Cite or highlight paragraph {number}")}
                title="Cite or highlight" onclick={toggle}>{ "⋯" }</button>
            if props.open {
                <div class="tools-panel" id={panel_id} role="group" aria-label={format!("Paragraph {number}")}>
                    <p class="tools-heading">{ "Copy with citation" }</p>
                    <div class="tools-row">
                        { for CitationFormat::ALL.into_iter().map(|format| html! {
                            <button type="button" class="pill" data-cite={format.as_str()}
                                onclick={props.on_cite.reform(move |_| (index, format))}>{ format.label() }</button>
                        }) }
                    </div>
                    <p class="tools-heading">{ "Highlight" }</p>
                    <label class="tools-part">
                        <span class="visually-hidden">{ "What to highlight" }</span>
                        <select onchange={on_part}>
                            <option value="0" selected={*part == 0}>{ "The whole paragraph" }</option>
                            { for paragraph.sentences.iter().enumerate().map(|(i, s)| {
                                let words: String = paragraph.text[s.range.clone()].split_whitespace().take(6).collect::<Vec<_>>().join(" ");
                                html! { <option value={(i + 1).to_string()} selected={*part == i + 1}>{ format!("Sentence {}: {words}…", i + 1) }</option> }
                            }) }
                        </select>
                    </label>
                    <div class="tools-row">
                        { for HighlightColour::ALL.into_iter().map(|colour| {
                            let range = range.clone();
                            html! {
                                <button type="button" class={classes!("swatch-button", format!("hl-{}", colour.as_str()))}
                                    aria-label={format!("Highlight in {}", colour.label().to_lowercase())}
                                    onclick={props.on_highlight.reform(move |_| (index, range.clone(), colour))}></button>
                            }
                        }) }
                    </div>
                </div>
            }
        </div>
    }
}
