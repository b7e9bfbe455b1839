//! The paragraph navigation: a numbered table of contents (sidebar on wide screens, a strip on phones).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::Document;

/// How many characters of each paragraph the index shows.
const LEAD_CHARS: usize = 48;

#[derive(Properties, PartialEq)]
pub struct ParagraphIndexProps {
    pub document: Rc<Document>,
    /// The paragraph the address bar points at, marked as current.
    pub target: Option<usize>,
}

#[component]
pub fn ParagraphIndex(props: &ParagraphIndexProps) -> Html {
    html! {
        <nav class="paragraph-index" aria-labelledby="paragraph-index-heading">
            <h2 id="paragraph-index-heading" class="index-heading">{ "Paragraphs" }</h2>
            <ol>
                { for props.document.paragraphs.iter().map(|p| {
                    let current = (props.target == Some(p.number)).then_some("location");
                    html! {
                        <li key={p.number}>
                            <a href={format!("#p{}", p.number)} aria-current={current}>
                                <span class="index-num">{ p.number }</span>
                                <span class="index-lead">{ p.lead(LEAD_CHARS) }</span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
