//! The statement itself: every paragraph with its marks, the "nothing matches" message, the
//! selection toolbar and the glossary (definitions and tooltip). Events over terms and
//! selections are delegated from here.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::deferred::Deferred;
use super::glossary::GlossaryTip;
use super::glossary_definitions::GlossaryDefinitions;
use super::glossary_tip::GlossaryTipHandlers;
use super::hidden_paragraphs::HiddenParagraphs;
use super::hooks::use_near_paragraphs;
use super::landmark;
use super::nothing_found::NothingFound;
use super::paragraph_view::{ParagraphTextProps, ParagraphView};
use super::selection_toolbar::SelectionToolbar;
use crate::app::changes::ComparisonView;
use crate::app::highlights::HighlightState;
use crate::app::window::{marked_paragraphs, WINDOWED_ABOVE};
use crate::app::{Action, LensView, Lenses, SearchState, Shared};
use crate::core::analysis::Analysis;
use crate::core::annotations::{CitationFormat, HighlightColour};
use crate::core::{Document, ParagraphIndex};

#[derive(Properties, PartialEq)]
pub struct StatementBodyProps {
    pub document: Rc<Document>,
    pub analysis: Shared<Analysis>,
    /// Per paragraph, its `data-themes` value.
    pub paragraph_themes: Rc<Vec<AttrValue>>,
    pub search: SearchState,
    /// Whether the reader is ready (`Ready` has come).
    pub ready: bool,
    pub lenses: Lenses,
    pub lens: Shared<LensView>,
    /// The selected lenses by name, for the "nothing matches" message.
    pub lens_names: Vec<String>,
    pub highlights: Rc<HighlightState>,
    pub tools_open: Option<ParagraphIndex>,
    pub on_tools: Callback<Option<ParagraphIndex>>,
    pub on_cite: Callback<(ParagraphIndex, CitationFormat)>,
    pub on_highlight: Callback<(ParagraphIndex, Range<usize>, HighlightColour)>,
    /// Where the selection toolbar shows, when text is selected.
    pub toolbar_at: Option<(f64, f64)>,
    pub on_pick: Callback<(HighlightColour, bool)>,
    pub on_selection_end: Callback<()>,
    pub tip: GlossaryTipHandlers,
    pub root: NodeRef,
    pub on_action: Callback<Action>,
    /// While comparing: each paragraph's changes (an `Rc` of an `Eq` type: compared by pointer first).
    #[prop_or_default]
    pub comparison: Option<Rc<ComparisonView>>,
    /// Shown above the text (the comparison's summary).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StatementBody(props: &StatementBodyProps) -> Html {
    let embedded = landmark::use_embedded();
    let (search, analysis, tip) = (&props.search, &props.analysis, &props.tip);
    let result = search.result.as_ref();
    // Not before `Ready` (a reader taken over from the lite module hydrates with its search).
    let nothing_found = (props.ready && result.is_some_and(|r| r.filters && r.paragraphs.is_empty()))
        .then(|| AttrValue::from(crate::app::search_text::nothing_found(&search.query, &props.lens_names)));
    let current_paragraph = search.current_paragraph();
    let count = props.document.paragraphs.len();
    // A long document marks matches only near the reader (see `app::window`).
    let near = use_near_paragraphs(props.root.clone(), count, count > WINDOWED_ABOVE);
    let marked = marked_paragraphs(count, result.map(|r| &**r), current_paragraph, near.as_deref());
    let hidden: Rc<[bool]> =
        (0..count).map(ParagraphIndex).map(|index| !(props.lens.passes(index) && search.shows(index))).collect();
    let paragraphs = (0..count).map(ParagraphIndex).map(|index| {
        let hits = result
            .filter(|_| marked.as_ref().is_none_or(|m| m[index.0]))
            .and_then(|r| r.paragraph(index.0))
            .cloned();
        let current = (current_paragraph == Some(index)).then_some(search.current);
        // Only paragraphs the entity or stance touches re-render when either changes.
        let entity = props.lenses.entity.filter(|e| analysis.entities.mentions_in(index.0, e.0));
        let stance =
            props.lenses.stance.filter(|st| analysis.acts.sentences[index.0].iter().any(|ss| ss.contains(&st.0)));
        let changes = props.comparison.as_ref().and_then(|c| c.paragraphs.get(index.0)).cloned();
        html! {
            <ParagraphView key={index.0} tools_open={props.tools_open == Some(index)}
                on_tools={props.on_tools.clone()} on_cite={props.on_cite.clone()} on_highlight={props.on_highlight.clone()}
                themes={props.paragraph_themes[index.0].clone()}
                text={ParagraphTextProps {
                    document: props.document.clone(), analysis: analysis.clone(), index,
                    emphasis: props.lens.emphasis_of(index), entity, stance, hits, current,
                    highlights: props.highlights.marks_in(index), changes,
                }} />
        }
    });
    let selection_end = &props.on_selection_end;
    // *Clear the search* in "No paragraph matches" (drawn by `NothingFound`, not by Yew).
    let on_clear_search = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: MouseEvent| {
            if event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|control| statement_dom::is_clear_search(&control))
            {
                on_action.emit(Action::ClearSearch);
            }
        })
    };
    html! {
        <@{landmark::tag(embedded, "main")} role={landmark::named_role(embedded)} id="statement" class="statement" tabindex="-1" aria-labelledby="statement-heading"
            onmouseover={tip.show.reform(Event::from)} onfocusin={tip.show.reform(Event::from)}
            onmouseout={tip.leave.reform(Event::from)} onfocusout={tip.leave.reform(Event::from)}
            onkeydown={tip.key.clone()} onmouseup={selection_end.reform(|_: MouseEvent| ())}
            onkeyup={selection_end.reform(|_: KeyboardEvent| ())} ontouchend={selection_end.reform(|_: TouchEvent| ())}
            onclick={on_clear_search}>
            <h2 id="statement-heading" class="visually-hidden">{ "Statement" }</h2>
            { props.children.clone() }
            { for paragraphs }
            <HiddenParagraphs root={props.root.clone()} {hidden} />
            <NothingFound root={props.root.clone()} message={nothing_found} />
            if let Some(at) = props.toolbar_at {
                <SelectionToolbar {at} on_pick={props.on_pick.clone()} />
            }
            <Deferred><GlossaryDefinitions analysis={analysis.clone()} /></Deferred>
            <GlossaryTip analysis={analysis.clone()} entry={tip.state.entry} placement={tip.state.placement}
                root={props.root.clone()} anchor={tip.state.anchor.clone()} on_hover={tip.hover.clone()} />
        </@>
    }
}
