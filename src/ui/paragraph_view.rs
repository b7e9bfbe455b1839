//! One statement paragraph: its number (a link to itself) and its verbatim text, sentence by
//! sentence, with the lenses' marks nested inside: entity mentions, glossary terms, stance verbs,
//! the reader's highlights. Search matches are drawn into that after each render by the same
//! code the lite module draws them with (`statement_dom::draw_marks`). Marks add elements,
//! never characters.

use std::rc::Rc;

use yew::prelude::*;

use super::compare;
use super::deferred;
use super::paragraph_tools::ParagraphTools;
use crate::app::changes::{ParagraphChanges, RedlinePiece, SentenceChange};
use crate::app::highlights::HighlightMark;
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::analysis::StaticMarks;
use crate::core::annotations::{CitationFormat, HighlightColour};
use crate::core::layers::{pieces, Piece, Span};
use crate::core::{Document, EntityIndex, HitIndex, ParagraphHits, ParagraphIndex, StanceIndex};

/// What one paragraph's text is drawn from: the text and every layer of marks over it.
#[derive(Properties, PartialEq, Clone)]
pub struct ParagraphTextProps {
    pub document: Rc<Document>,
    pub analysis: Shared<Analysis>,
    pub index: ParagraphIndex,
    /// With a theme or stance selected: per sentence, whether it is in the lens (the others are dimmed).
    pub emphasis: Option<Rc<[bool]>>,
    /// The selected entity, when this paragraph mentions it (its mentions are highlighted).
    pub entity: Option<EntityIndex>,
    /// The selected stance, when this paragraph performs it (its verbs are emphasised).
    pub stance: Option<StanceIndex>,
    /// Search matches in this paragraph (marked; see `app::window`). Drawn into the rendered
    /// text, not rendered: see `ParagraphText`.
    pub hits: Option<ParagraphHits>,
    /// The current match's number, only when it is in this paragraph (so moving between matches
    /// re-renders just the paragraphs it leaves and enters).
    pub current: Option<HitIndex>,
    /// The reader's own highlights in this paragraph.
    pub highlights: Option<Rc<[HighlightMark]>>,
    /// While comparing: what changed in this paragraph.
    pub changes: Option<Rc<ParagraphChanges>>,
}

#[derive(Properties, PartialEq)]
pub struct ParagraphViewProps {
    /// The text, drawn by its own component: showing or hiding the paragraph does not redraw it.
    pub text: ParagraphTextProps,
    /// `data-themes`: the paragraph's theme ids, space-separated.
    #[prop_or_default]
    pub themes: AttrValue,
    /// Whether this paragraph's tools (cite, highlight) are open.
    #[prop_or_default]
    pub tools_open: bool,
    pub on_tools: Callback<Option<ParagraphIndex>>,
    pub on_cite: Callback<(ParagraphIndex, CitationFormat)>,
    pub on_highlight: Callback<(ParagraphIndex, std::ops::Range<usize>, HighlightColour)>,
}

#[component]
pub fn ParagraphView(props: &ParagraphViewProps) -> Html {
    let text = &props.text;
    let number = text.document.paragraphs[text.index.0].number;
    let id = format!("p{number}");
    let changes = text.changes.as_deref();
    // The paragraph's tools and text are hydrated in a task of their own, after the page's.
    let live = deferred::use_live();
    let paragraph = use_node_ref();
    html! {
        // Hidden or shown by the statement (`HiddenParagraphs`), not here.
        <div class={classes!("para", props.tools_open.then_some("tools-open"))}>
            <div class="para-gutter">
                <a class="para-num" href={format!("#{id}")} aria-label={format!("Paragraph {number}")}>{ number }</a>
                { deferred::section(live, || html! {
                    <ParagraphTools document={text.document.clone()} index={text.index} open={props.tools_open}
                        on_toggle={props.on_tools.clone()} on_cite={props.on_cite.clone()} on_highlight={props.on_highlight.clone()} />
                }) }
                { compare::moved_links(changes) }
            </div>
            // The text inside `<p>` is the source paragraph verbatim: spans and marks add no
            // characters (a comparison's `<del>` elements add the other statement's words only).
            <p ref={paragraph.clone()} id={id} data-paragraph={number.to_string()} data-themes={props.themes.clone()} tabindex="-1">
                { deferred::section(live, || html! { <ParagraphText text={text.clone()} {paragraph} /> }) }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ParagraphTextOfProps {
    text: ParagraphTextProps,
    /// The `<p>` the text is rendered into.
    paragraph: NodeRef,
}

/// The paragraph's sentences with their marks (and a comparison's removed sentences).
///
/// The search marks are not Yew's: `statement_dom` draws them into the text Yew rendered, in an
/// effect, and takes them out in the next render before Yew compares its nodes with the page
/// (it joins the split text back into the very nodes Yew made). The scheduler holds its yields
/// from the one to the other (`hold_yield`, vendor/yew), so no frame shows the text unmarked.
#[component]
fn ParagraphText(props: &ParagraphTextOfProps) -> Html {
    let hold = use_mut_ref(|| None::<yew::scheduler::YieldHold>);
    {
        let (node, text, hold) = (props.paragraph.clone(), props.text.clone(), hold.clone());
        use_effect(move || {
            if let (Some(p), Some(hits)) = (node.cast::<web_sys::Element>(), &text.hits) {
                let paragraph = &text.document.paragraphs[text.index.0];
                let current = text.current.map(|c| c.0);
                statement_dom::draw_marks(
                    &gloo::utils::document(),
                    &p,
                    &paragraph.text,
                    &hits.ranges,
                    hits.first,
                    current,
                );
            }
            hold.borrow_mut().take();
        });
    }
    if let Some(p) = props.paragraph.cast::<web_sys::Element>() {
        statement_dom::clear_marks(&p);
        *hold.borrow_mut() = Some(yew::scheduler::hold_yield());
    }
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
