//! One reader instance, `[data-reader]` (with `[data-ready]` once hydrated and interactive): a
//! short composition of named hooks — the store and its effects, start-up, the host, keys, the
//! glossary tooltip, highlight actions — and the components that draw the page.

mod ahead;
mod effects;
mod highlight_actions;
mod keys;
mod links;
mod props;
mod startup;
mod store;

use std::rc::Rc;

use yew::prelude::*;

use super::attribution::Attribution;
use super::compare::{self, PanelArgs};
use super::deferred::{Deferred, HydrateLater};
use super::highlights::HighlightStorage;
use super::hooks::use_debounced_unless;
use super::landmark::{self, Embedded};
use super::load_status::status_message;
use super::load_status::LoadStatus;
use super::masthead::Masthead;
use super::minimap::Minimap;
use super::scheme_toggle::scheme_toggle;
use super::search_bar::SearchBar;
use super::sidebar::Sidebar;
use super::statement_body::StatementBody;
use crate::app::{Action, ColorScheme};
use crate::core::ParagraphNumber;
pub use props::{builtin_document, ReaderProps};
pub use store::prepare_builtin_then;
pub(crate) use store::Store;

/// How long typing must pause before the keyword-in-context list and the index catch up (ms).
const KWIC_SETTLE_MS: u32 = 120;

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let document = props.document.clone();
    let paragraph_count = document.paragraphs.len();
    let (host, is_page) = (&props.host, props.host.is_page());
    // Taken over from the lite first module: its answer, read once.
    let resumed = use_state(|| props.resumed.clone());
    let store = {
        let document = document.clone();
        let resumed = (*resumed).clone();
        use_reducer_eq(move || Store::new(&document, resumed.as_ref()))
    };
    let root = use_node_ref();
    // A widget scrolls its host page only once the user has acted inside it.
    let interacted = use_mut_ref(|| false);
    let highlight_storage = use_memo(document.clone(), |document| HighlightStorage::new(document.clone()));
    effects::use_effects(&store, root.clone(), is_page, interacted.clone(), (*highlight_storage).clone());
    let took_over = resumed.is_some();
    startup::use_startup(&store, host, paragraph_count, root.clone(), (*resumed).clone());
    startup::use_host_changes(&store, host, paragraph_count);
    let state = &store.state;
    let url_state = state.url_state();
    startup::use_reports(
        state.ready,
        url_state.clone(),
        state.search.total(),
        host,
        &document.meta.title,
        paragraph_count,
        took_over,
    );
    let on_passage = keys::use_passage_step(root.clone());
    keys::use_reader_keys(&store, root.clone(), is_page, on_passage.clone());
    let analysis = state.analysis();
    let tip = super::glossary_tip::use_glossary_tip(analysis.clone());
    let marks = highlight_actions::use_highlight_actions(document.clone(), &highlight_storage, &store, root.clone());
    let comparison = compare::use_comparison_view(&document, &analysis, props.compare_with.clone());
    {
        // The reader filters by what changed where.
        let dispatcher = store.dispatcher();
        use_effect_with(comparison.clone(), move |comparison| {
            dispatcher.dispatch(Action::Compare(comparison.as_ref().map(|c| c.kinds())));
        });
    }
    let paragraph_themes = use_memo(analysis.clone(), |analysis| {
        Rc::new(
            (0..analysis.themes.paragraphs.len())
                .map(|p| AttrValue::from(analysis.themes.attribute(&analysis.taxonomy, p)))
                .collect::<Vec<_>>(),
        )
    });

    // Stable callbacks, so children whose data did not change are not re-rendered.
    let on_action = use_callback(store.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_scheme =
        use_callback(store.dispatcher(), |scheme, dispatcher| dispatcher.dispatch(Action::ChooseColorScheme(scheme)));
    let on_jump = use_callback(store.dispatcher(), |number: ParagraphNumber, dispatcher| {
        dispatcher.dispatch(Action::TargetParagraph(Some(number)))
    });
    let on_copy_link = links::use_copy_link(&store, url_state);
    let on_query = ahead::use_search_ahead(&store, root.clone(), document.clone(), is_page, interacted.clone());

    // The keyword-in-context list and the index (match counts, filtered-out marks) catch up once
    // typing pauses, through one timer; the text itself never waits. A cleared search clears them
    // at once: the next query would otherwise bring back the last one's list (at 100×, 200 lines
    // built on its first keystroke and dropped again on the next clear).
    let result = state.search.result.clone();
    let (settled_result, settled_shown) =
        use_debounced_unless((result.clone(), state.shown_paragraphs()), KWIC_SETTLE_MS, result.is_none());
    // Not before `Ready`: a reader taken over from the lite module hydrates with its search,
    // and the lite module draws no keyword-in-context list.
    let settled_result = settled_result.filter(|_| result.is_some() && state.ready);
    let kwic_current = match (&settled_result, &result) {
        (Some(a), Some(b)) if Rc::ptr_eq(a, b) => Some(state.search.current),
        _ => None,
    };

    let (on_root_click, mark_interacted) =
        links::use_in_page_links(&store, root.clone(), is_page, interacted, paragraph_count);
    let (on_drag_over, on_drop) = links::use_file_drop(props.on_open.clone());
    links::use_paste_to_open(props.on_open.clone(), root.clone(), is_page);
    // While another statement loads, this one is not what the reader will show: not "ready".
    let loading = matches!(props.status, Some(LoadStatus::Loading(_)));
    let hide_entities = (!state.hidden_kinds.is_empty())
        .then(|| state.hidden_kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" "));

    let summary = compare::summary_panel(PanelArgs {
        document: document.clone(),
        analysis: analysis.clone(),
        view: comparison.clone(),
        filter: state.change_filter,
        lenses: state.lenses,
        on_action: on_action.clone(),
        on_request: props.on_compare.clone(),
        may_open: props.on_open.is_some(),
    });
    html! {
        <ContextProvider<Embedded> context={Embedded(!is_page)}>
        <div class="reader" data-reader="" data-compare={comparison.is_some().then_some("")} data-ready={(state.ready && !loading).then_some("")}
            data-names={state.names_shown.then_some("")} data-hide-entities={hide_entities}
            data-color-scheme={(state.color_scheme != ColorScheme::Auto).then_some(state.color_scheme.as_str())}
            onclick={on_root_click} onpointerdown={mark_interacted.reform(|_: PointerEvent| ())}
            onkeydown={mark_interacted.reform(|_: KeyboardEvent| ())} ref={root.clone()}
            ondragover={on_drag_over} ondrop={on_drop}>
            <a class="skip-link" href="#statement">{ "Skip to the statement" }</a>
            <@{landmark::tag(!is_page, "header")} class="topbar">
                <div class="topbar-inner">
                    <span class="brand">{ "Statement reader" }</span>
                    <SearchBar search={state.search.clone()} ready={state.ready} notice={state.notice.clone()}
                        {on_query} drawn_ahead={store.drawn_ahead.clone()} on_action={on_action.clone()} />
                    { scheme_toggle(state.color_scheme, &on_scheme) }
                </div>
            </@>
            // What went wrong loading a document comes first, where it is seen on any screen.
            if props.status.is_some() {
                <div class="status-banner">{ status_message(props.status.as_ref()) }</div>
            }
            <div class="layout">
                // First in the page (and on phones, first on screen): what the statement is.
                // Each hydrated in a task of its own, so that the first task stays short on a phone.
                <HydrateLater><Masthead document={document.clone()} source={props.source.clone()} on_builtin={props.on_builtin.clone()} /></HydrateLater>
                <HydrateLater><Sidebar document={document.clone()} analysis={analysis.clone()} index={state.search_index()}
                    options={state.search.options} lenses={state.lenses} names_shown={state.names_shown} hidden_kinds={state.hidden_kinds.clone()}
                    settled_result={settled_result.clone()} settled_shown={settled_shown.clone()} {kwic_current}
                    target={state.target_paragraph} highlights={marks.highlights.clone()} editing={marks.editing.clone()}
                    on_edit={marks.on_edit.clone()} on_jump={on_jump.clone()} on_action={on_action.clone()} {on_passage}
                    on_copy_link={is_page.then_some(on_copy_link)} on_open={props.on_open.clone()}
                    on_compare={props.on_compare.clone()} builtin_shown={props.source.is_none()} /></HydrateLater>
                // Not the statement: its paragraphs are hydrated in place, never replaced (the lite
                // module's hand-over holds them).
                <StatementBody document={document.clone()} analysis={analysis.clone()} paragraph_themes={(*paragraph_themes).clone()}
                    search={state.search.clone()} ready={state.ready} lenses={state.lenses} lens={state.lens.clone()} lens_names={state.lens_names()}
                    highlights={marks.highlights.state.clone()} tools_open={marks.tools_open} on_tools={marks.on_tools.clone()}
                    on_cite={marks.on_cite.clone()} on_highlight={marks.on_paragraph_highlight.clone()}
                    toolbar_at={marks.selection.as_ref().map(|s| s.at)} on_pick={marks.on_pick.clone()}
                    on_selection_end={marks.on_selection_end.clone()} {tip} root={root.clone()} on_action={on_action.clone()}
                    comparison={comparison}>
                    { summary }
                </StatementBody>
                <Deferred>
                    <Minimap document={document.clone()} analysis={analysis} shown={settled_shown}
                        result={settled_result} current={state.search.current_paragraph()} root={root.clone()} ready={state.ready} {on_jump} />
                </Deferred>
            </div>
            <HydrateLater><Attribution {document} /></HydrateLater>
        </div>
        </ContextProvider<Embedded>>
    }
}
