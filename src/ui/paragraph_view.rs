//! One statement paragraph: its number (a link to itself) and its verbatim text (`ParagraphText`:
//! the search's marks, over `ParagraphSentences`: the sentences with the lenses' marks). Marks
//! add elements, never characters.

use std::rc::Rc;

use yew::prelude::*;

use super::compare;
use super::deferred;
use super::paragraph_text::ParagraphText;
use super::paragraph_tools::ParagraphTools;
use crate::app::changes::ParagraphChanges;
use crate::app::highlights::HighlightMark;
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::annotations::{CitationFormat, HighlightColour};
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
