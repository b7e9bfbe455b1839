//! One statement paragraph: its number (a link to itself) and its verbatim text, sentence by
//! sentence, with search matches marked.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::{Document, Paragraph, ParagraphHits};

#[derive(Properties, PartialEq)]
pub struct ParagraphViewProps {
    pub document: Rc<Document>,
    /// Index into `document.paragraphs`.
    pub index: usize,
    /// `data-themes`: the paragraph's theme ids, space-separated.
    #[prop_or_default]
    pub themes: AttrValue,
    /// With a theme selected: per sentence, whether it has the theme (the others are dimmed).
    #[prop_or_default]
    pub emphasis: Option<Rc<[bool]>>,
    /// Filtered out by the search.
    #[prop_or_default]
    pub hidden: bool,
    /// Search matches in this paragraph.
    #[prop_or_default]
    pub hits: Option<ParagraphHits>,
    /// The current match's number, only when it is in this paragraph (so moving between matches
    /// re-renders just the paragraphs it leaves and enters).
    #[prop_or_default]
    pub current: Option<usize>,
}

#[component]
pub fn ParagraphView(props: &ParagraphViewProps) -> Html {
    let paragraph = &props.document.paragraphs[props.index];
    let number = paragraph.number;
    let id = format!("p{number}");
    html! {
        <div class="para" hidden={props.hidden}>
            <a class="para-num" href={format!("#{id}")} aria-label={format!("Paragraph {number}")}>{ number }</a>
            // The text inside `<p>` is the source paragraph verbatim: spans and marks add no characters.
            <p id={id} data-paragraph={number.to_string()} data-themes={props.themes.clone()} tabindex="-1" hidden={props.hidden}>
                { sentences(paragraph, props.hits.as_ref(), props.current, props.emphasis.as_deref()) }
            </p>
        </div>
    }
}

/// Sentence spans, each holding its text and the marks of the matches inside it. A match that
/// crosses a sentence boundary becomes two marks with the same `data-hit`.
fn sentences(paragraph: &Paragraph, hits: Option<&ParagraphHits>, current: Option<usize>, emphasis: Option<&[bool]>) -> Html {
    let ranges: &[std::ops::Range<usize>] = hits.map_or(&[], |h| &h.ranges);
    let first = hits.map_or(0, |h| h.first);
    let mut next_hit = 0;
    paragraph
        .sentences
        .iter()
        .enumerate()
        .map(|(n, sentence)| {
            let (start, end) = (sentence.range.start, sentence.range.end);
            let emphasis = emphasis.map(|e| if e.get(n).copied().unwrap_or(false) { "on-theme" } else { "off-theme" });
            let mut children = Vec::new();
            let mut at = start;
            // Skip matches that ended before this sentence; visit those that reach into it.
            while next_hit < ranges.len() && ranges[next_hit].end <= start {
                next_hit += 1;
            }
            let mut i = next_hit;
            while i < ranges.len() && ranges[i].start < end {
                let (a, b) = (ranges[i].start.max(start), ranges[i].end.min(end));
                if a > at {
                    children.push(html! { { &paragraph.text[at..a] } });
                }
                let k = first + i;
                let is_current = current == Some(k);
                children.push(html! {
                    <mark data-hit={k.to_string()} class={classes!("hit", is_current.then_some("current"))}>
                        { &paragraph.text[a..b] }
                    </mark>
                });
                at = b;
                i += 1;
            }
            if at < end {
                children.push(html! { { &paragraph.text[at..end] } });
            }
            html! { <span class={classes!("sentence", emphasis)} data-sentence={sentence.id.clone()}>{ for children }</span> }
        })
        .collect()
}
