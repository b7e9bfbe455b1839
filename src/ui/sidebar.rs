//! The reader's sidebar: search options, the lenses (themes; on phones stances, names and my
//! notes fold into a drawer), the keyword-in-context list, the paragraph index and the theme chart.

use std::rc::Rc;

use yew::prelude::*;

use super::deferred::Deferred;
use super::entity_panel::EntityPanel;
use super::highlights::Highlights;
use super::kwic_list::KwicList;
use super::landmark;
use super::notes_panel::NotesPanel;
use super::open_statement::open_statement;
use super::paragraph_index::ParagraphIndex;
use super::search_options::search_options;
use super::stance_nav::StanceNav;
use super::theme_chart::theme_chart;
use super::theme_nav::ThemeNav;
use crate::app::{Action, Lenses, Shared};
use crate::core::analysis::Analysis;
use crate::core::entities::EntityKind;
use crate::core::{Document, HitIndex, ParagraphNumber, SearchIndex, SearchOptions, SearchResult};

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub document: Rc<Document>,
    pub analysis: Shared<Analysis>,
    pub index: Shared<SearchIndex>,
    pub options: SearchOptions,
    pub lenses: Lenses,
    pub names_shown: bool,
    pub hidden_kinds: Vec<EntityKind>,
    /// The search result once typing has paused, and which paragraphs were shown then.
    pub settled_result: Option<Rc<SearchResult>>,
    pub settled_shown: Option<Rc<[bool]>>,
    /// The current match, when the settled result is the live one.
    pub kwic_current: Option<HitIndex>,
    pub target: Option<ParagraphNumber>,
    pub highlights: Highlights,
    pub editing: Option<String>,
    pub on_edit: Callback<Option<String>>,
    pub on_jump: Callback<ParagraphNumber>,
    pub on_action: Callback<Action>,
    pub on_passage: Callback<bool>,
    /// The page copies links to what is on screen; a widget has no address of its own.
    pub on_copy_link: Option<Callback<()>>,
    /// Opens a statement from a file, where allowed.
    pub on_open: Option<Callback<crate::ui::load_status::OpenRequest>>,
    /// Asks for a comparison (offered with opening files).
    pub on_compare: Option<Callback<super::compare::CompareRequest>>,
    pub builtin_shown: bool,
}

#[component]
pub fn Sidebar(props: &SidebarProps) -> Html {
    let embedded = landmark::use_embedded();
    let drawer_open = use_state_eq(|| false);
    let toggle_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |_: MouseEvent| drawer_open.set(!*drawer_open))
    };
    // "Add note" on a selection opens the drawer where the note is written.
    {
        let drawer_open = drawer_open.clone();
        use_effect_with(props.editing.is_some(), move |&editing| {
            if editing {
                drawer_open.set(true);
            }
        });
    }
    let drawer = classes!("lens-extra", drawer_open.then_some("open"));
    let on_action = &props.on_action;
    html! {
        <@{landmark::tag(embedded, "aside")} role={landmark::named_role(embedded)} class="sidebar" aria-label="Search and contents">
            // Phones: the statement comes first; the search options, stances, names, notes and the
            // chart fold into a drawer under the theme bar.
            // Each list is hydrated in a task of its own after the text (see `deferred`).
            <div id="search-options-lens" class={drawer.clone()}>
                <Deferred>
                    { search_options(props.options, on_action, props.on_copy_link.as_ref()) }
                    if let Some(on_open) = props.on_open.as_ref() {
                        { open_statement(on_open, props.on_compare.as_ref(), props.builtin_shown) }
                    }
                </Deferred>
            </div>
            <Deferred>
                <ThemeNav analysis={props.analysis.clone()} selected={props.lenses.theme} on_action={on_action.clone()}
                    on_passage={props.on_passage.clone()} />
            </Deferred>
            <button type="button" class="pill drawer-toggle needs-js" aria-controls="search-options-lens more-lenses theme-chart-lens"
                aria-expanded={if *drawer_open { "true" } else { "false" }} onclick={toggle_drawer}>
                { if *drawer_open { "Fewer options" } else { "Options, stances, names, notes" } }
            </button>
            <div id="more-lenses" class={drawer.clone()}>
                <Deferred>
                    <StanceNav analysis={props.analysis.clone()} selected={props.lenses.stance} on_action={on_action.clone()} />
                    <EntityPanel analysis={props.analysis.clone()} selected={props.lenses.entity} names_shown={props.names_shown}
                        hidden_kinds={props.hidden_kinds.clone()} on_action={on_action.clone()} />
                    <NotesPanel document={props.document.clone()} highlights={props.highlights.clone()}
                        editing={props.editing.clone()} on_edit={props.on_edit.clone()} on_jump={props.on_jump.clone()} />
                </Deferred>
            </div>
            if let Some(listed) = props.settled_result.clone() {
                <KwicList index={props.index.clone()} result={listed} current={props.kwic_current} on_action={on_action.clone()} />
            }
            <Deferred>
                <ParagraphIndex document={props.document.clone()} target={props.target}
                    result={props.settled_result.clone()} shown={props.settled_shown.clone()} />
            </Deferred>
            <div id="theme-chart-lens" class={drawer}>
                <Deferred>{ theme_chart(&props.analysis) }</Deferred>
            </div>
        </@>
    }
}
