//! A paragraph's sentences with the lenses' marks nested inside: entity mentions, glossary terms,
//! stance verbs, the reader's highlights (and a comparison's inserted and removed words). The
//! search's marks are not among them: `ParagraphText` draws those into this text.

use yew::prelude::*;

use super::compare;
use super::paragraph_view::ParagraphTextProps;
use crate::app::changes::{RedlinePiece, SentenceChange};
use crate::core::analysis::StaticMarks;
use crate::core::layers::{pieces, Piece, Span};
use crate::core::{EntityIndex, StanceIndex};

#[derive(Properties, PartialEq)]
pub struct ParagraphSentencesProps {
    /// Without the search (`hits` and `current` are `None`): its changes do not redraw the text.
    pub text: ParagraphTextProps,
}

/// The sentences and every mark layer but the search's.
#[component]
pub fn ParagraphSentences(props: &ParagraphSentencesProps) -> Html {
    let props = &props.text;
    let paragraph = &props.document.paragraphs[props.index.0];
    let marks = Marks::new(props);
    let changes = props.changes.as_deref();
    let sentences = paragraph.sentences.iter().enumerate().map(|(n, sentence)| {
        let emphasis =
            props.emphasis.as_deref().map(
                |e| {
                    if e.get(n).copied().unwrap_or(false) {
                        "on-theme"
                    } else {
                        "off-theme"
                    }
                },
            );
        let change = compare::sentence_change(changes, n);
        // Deleted words stand between runs of the shown text (one run without a comparison).
        let body = compare::sentence_runs(change, sentence.range.clone()).into_iter().map(|run| match run {
            RedlinePiece::Shown { range, .. } => {
                html! { { for nest(&paragraph.text, &pieces(range, marks.layers()), 0, &marks) } }
            }
            RedlinePiece::Deleted(words) => html! { <del>{ words.to_owned() }</del> },
        });
        html! {
            <>
                <span class={classes!("sentence", emphasis)} data-sentence={sentence.id.clone()}
                    data-themes={props.analysis.themes.sentence_attribute(&props.analysis.taxonomy, props.index.0, n)}
                    data-change={change.map(SentenceChange::as_str)}>
                    { for body }
                </span>
                { compare::removed_sentences(changes, Some(n)) }
            </>
        }
    });
    html! {
        <>
            { compare::removed_sentences(changes, None) }
            { for sentences }
        </>
    }
}

/// The layers of marks over one paragraph, outermost first: the static ones are the analysis's
/// (built once per document), the reader's highlights are per render.
struct Marks<'a> {
    props: &'a ParagraphTextProps,
    fixed: &'a StaticMarks,
    /// A comparison's inserted words.
    inserted: Vec<Span>,
    highlights: Vec<Span>,
}

/// Layer order: a comparison's insertion holds an entity, which holds a glossary term, which
/// holds a stance verb, which holds the reader's own highlight (which holds a search match,
/// drawn afterwards).
const INSERTED: usize = 0;
const ENTITY: usize = 1;
const TERM: usize = 2;
const ACT: usize = 3;
const HIGHLIGHT: usize = 4;
const LAYERS: usize = HIGHLIGHT + 1;

impl<'a> Marks<'a> {
    fn new(props: &'a ParagraphTextProps) -> Self {
        let fixed = &props.analysis.marks[props.index.0];
        let highlights = props
            .highlights
            .as_ref()
            .map_or_else(Vec::new, |hs| hs.iter().enumerate().map(|(i, h)| (h.range.clone(), i)).collect());
        let inserted = compare::inserted_words(props.changes.as_deref());
        Self { props, fixed, inserted, highlights }
    }

    fn layers(&self) -> [&[Span]; LAYERS] {
        [&self.inserted, &self.fixed.entities, &self.fixed.terms, &self.fixed.acts, &self.highlights]
    }

    /// The element that wraps `children` for mark `value` of `layer`.
    fn wrap(&self, layer: usize, value: usize, children: Html) -> Html {
        let analysis = &self.props.analysis;
        match layer {
            INSERTED => html! { <ins>{ children }</ins> },
            ENTITY => {
                let entity = &analysis.entities.entities[value];
                let selected = self.props.entity == Some(EntityIndex(value));
                html! {
                    <span class={classes!("entity", selected.then_some("selected"))}
                        data-entity={entity.kind.as_str()} data-entity-id={entity.id.clone()}>{ children }</span>
                }
            }
            TERM => {
                let entry = &analysis.glossary.entries[value];
                // An inline element with a button's role (a `<button>` is an atomic box that will
                // not wrap with the words around it): keyboards reach it, it is described by the
                // definition (listed once per reader, outside the text), shows it on focus, and
                // Enter or Space toggle it.
                html! {
                    <span role="button" tabindex="0" class="term" data-term={entry.id.clone()}
                        aria-describedby={format!("gloss-{}", entry.id)}>{ children }</span>
                }
            }
            ACT => {
                let on = self.props.stance == Some(StanceIndex(value));
                html! {
                    <span class={classes!("act", on.then_some("on"))} data-stance={analysis.stances.stances[value].id.clone()}>
                        { children }
                    </span>
                }
            }
            _ => {
                let Some(mark) = self.props.highlights.as_ref().and_then(|hs| hs.get(value)) else {
                    return children;
                };
                html! {
                    <mark class={classes!("hl", format!("hl-{}", mark.colour.as_str()), mark.has_note.then_some("has-note"))}
                        data-highlight={mark.id.to_string()}>{ children }</mark>
                }
            }
        }
    }
}

/// Renders `cut` (consecutive pieces) from `layer` inwards: runs of pieces under the same mark
/// of this layer share one element, so a mark is split only where an outer one forces it.
fn nest(text: &str, cut: &[Piece<LAYERS>], layer: usize, marks: &Marks) -> Vec<Html> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cut.len() {
        let key = cut[i].marks[layer];
        let mut j = i + 1;
        while j < cut.len() && cut[j].marks[layer] == key {
            j += 1;
        }
        let run = &cut[i..j];
        let children = if layer + 1 == LAYERS || run.iter().all(|p| p.marks[layer + 1..].iter().all(Option::is_none)) {
            html! { { &text[run[0].range.start..run[run.len() - 1].range.end] } }
        } else {
            html! { { for nest(text, run, layer + 1, marks) } }
        };
        out.push(match key {
            Some(value) => marks.wrap(layer, value, children),
            None => children,
        });
        i = j;
    }
    out
}
