//! One statement paragraph: its number (a link to itself) and its verbatim text, sentence by sentence.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::Document;

#[derive(Properties, PartialEq)]
pub struct ParagraphViewProps {
    pub document: Rc<Document>,
    /// Index into `document.paragraphs`.
    pub index: usize,
}

#[component]
pub fn ParagraphView(props: &ParagraphViewProps) -> Html {
    let paragraph = &props.document.paragraphs[props.index];
    let number = paragraph.number;
    let id = format!("p{number}");
    html! {
        <div class="para">
            <a class="para-num" href={format!("#{id}")} aria-label={format!("Paragraph {number}")}>{ number }</a>
            // The text inside `<p>` is the source paragraph verbatim: sentence spans add no characters.
            <p id={id} data-paragraph={number.to_string()} data-themes="" tabindex="-1">
                { for paragraph.sentences.iter().map(|sentence| html! {
                    <span class="sentence" data-sentence={sentence.id.clone()}>{ paragraph.sentence_text(sentence).to_owned() }</span>
                }) }
            </p>
        </div>
    }
}
