//! The stance lens: what the statement does, sentence by sentence (commits, condemns, expresses
//! concern, welcomes, calls for, notes). Pressing a stance shows the sentences that perform it,
//! with the verb emphasised.

use yew::prelude::*;

use super::landmark;
use super::lens_list::{lens_list, LensItem};
use crate::app::{Action, Shared};
use crate::core::analysis::Analysis;
use crate::core::StanceIndex;

#[derive(Properties, PartialEq)]
pub struct StanceNavProps {
    pub analysis: Shared<Analysis>,
    pub selected: Option<StanceIndex>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StanceNav(props: &StanceNavProps) -> Html {
    let embedded = landmark::use_embedded();
    let analysis = &props.analysis;
    let items: Vec<LensItem> = analysis
        .stances
        .stances
        .iter()
        .enumerate()
        .map(|(s, stance)| LensItem {
            hook: "data-stance-link",
            id: stance.id.clone().into(),
            name: stance.name.clone().into(),
            role: None,
            title: Some(stance.description.clone().into()),
            count: analysis.acts.sentence_count(s),
            unit: "sentence",
            pressed: props.selected == Some(StanceIndex(s)),
            swatch: None,
            class: classes!("theme-link"),
            select: Action::SelectStance(Some(StanceIndex(s))),
            clear: Action::SelectStance(None),
        })
        .collect();
    html! {
        <@{landmark::tag(embedded, "nav")} role={landmark::named_role(embedded)} class="theme-nav stance-nav needs-js" aria-labelledby="stance-nav-heading">
            <h2 id="stance-nav-heading" class="index-heading">{ "What they did" }</h2>
            { lens_list(&items, &props.on_action) }
            // Always there (hidden without a stance): a lens shown before the reader is ready
            // shows it too (assets/lens-preview.js), so nothing below it moves when it takes over.
            <div class="lens-actions" hidden={props.selected.is_none()}>
                <button type="button" class="pill" onclick={props.on_action.reform(|_| Action::SelectStance(None))}>
                    { "All stances" }
                </button>
            </div>
        </@>
    }
}
