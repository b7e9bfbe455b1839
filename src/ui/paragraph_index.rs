//! The paragraph navigation: a numbered table of contents (sidebar on wide screens, a strip on
//! phones). While searching it shows each paragraph's match count; paragraphs hidden by the
//! search or the theme are marked as filtered out (`li.filtered-out`, drawn by `statement_dom`).

use std::rc::Rc;

use yew::prelude::*;

use super::landmark;

use crate::core::{Document, ParagraphNumber, SearchResult};

/// How many characters of each paragraph the index shows.
const LEAD_CHARS: usize = 48;

#[derive(Properties, PartialEq)]
pub struct ParagraphIndexProps {
    pub document: Rc<Document>,
    /// The paragraph the address bar points at, marked as current.
    pub target: Option<ParagraphNumber>,
    #[prop_or_default]
    pub result: Option<Rc<SearchResult>>,
    /// Which paragraphs are shown (theme and search filter); the others are marked as filtered out.
    #[prop_or_default]
    pub shown: Option<Rc<[bool]>>,
}

#[component]
pub fn ParagraphIndex(props: &ParagraphIndexProps) -> Html {
    let embedded = landmark::use_embedded();
    let result = props.result.as_deref();
    let list = use_node_ref();
    {
        // `filtered-out` is drawn by the lite module's drawer (not rendered): what the rows show
        // when hydrating is the lite module's, and then what was last drawn here.
        let (list, drawn) = (list.clone(), use_mut_ref(|| None::<Option<Rc<[bool]>>>));
        use_effect_with(props.shown.clone(), move |shown| {
            let Some(list) = list.cast::<web_sys::Element>() else { return };
            let rows = list.children();
            let rows: Vec<web_sys::Element> = (0..rows.length()).filter_map(|i| rows.item(i)).collect();
            let shows =
                |shown: &Option<Rc<[bool]>>, i: usize| shown.as_ref().is_none_or(|s| s.get(i).copied().unwrap_or(true));
            let before = drawn.borrow_mut().replace(shown.clone());
            let was_shown = before.map(|before| move |i: usize| shows(&before, i));
            statement_dom::draw_index_rows(
                &rows,
                |i| shows(shown, i),
                was_shown.as_ref().map(|f| f as &dyn Fn(usize) -> bool),
            );
        });
    }
    html! {
        <@{landmark::tag(embedded, "nav")} role={landmark::named_role(embedded)} class="paragraph-index" aria-labelledby="paragraph-index-heading">
            <h2 id="paragraph-index-heading" class="index-heading">{ "Paragraphs" }</h2>
            <ol ref={list}>
                { for props.document.paragraphs.iter().map(|p| {
                    let current = (props.target.map(ParagraphNumber::get) == Some(p.number)).then_some("location");
                    let hits = result.and_then(|r| r.paragraph(p.number - 1)).map(|h| h.ranges.len());
                    let dimmed = props.shown.as_ref().is_some_and(|s| !s.get(p.number - 1).copied().unwrap_or(true));
                    // The name is the visible text with a few words around it (label in name):
                    // "Paragraph 1 United Kingdom Foreign… 3 matches".
                    let spoken = match hits {
                        Some(n) => format!(" match{}", if n == 1 { "" } else { "es" }),
                        None if dimmed => ", no match".to_owned(),
                        None => String::new(),
                    };
                    html! {
                        <li key={p.number}>
                            <a href={format!("#p{}", p.number)} aria-current={current}>
                                <span class="visually-hidden">{ "Paragraph " }</span>
                                <span class="index-num">{ p.number }</span>
                                <span class="index-lead">{ p.lead(LEAD_CHARS) }</span>
                                if let Some(n) = hits {
                                    <span class="index-hits">{ n }</span>
                                }
                                if !spoken.is_empty() {
                                    <span class="visually-hidden">{ spoken }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </@>
    }
}
