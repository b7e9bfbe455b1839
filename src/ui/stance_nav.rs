//! The stance lens: what the statement does, sentence by sentence (commits, condemns, expresses
//! concern, welcomes, calls for, notes). Pressing a stance shows the sentences that perform it,
//! with the verb emphasised.

use yew::prelude::*;

use super::landmark;

use super::lens_chip::LensChip;
use crate::app::{Action, SharedAnalysis};

#[derive(Properties, PartialEq)]
pub struct StanceNavProps {
    pub analysis: SharedAnalysis,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StanceNav(props: &StanceNavProps) -> Html {
    let embedded = landmark::use_embedded();
    let analysis = &props.analysis;
    let items = analysis.stances.stances.iter().enumerate().map(|(s, stance)| {
        let count = analysis.acts.sentence_count(s);
        let pressed = props.selected == Some(s);
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SelectStance(if pressed { None } else { Some(s) }))
        });
        LensChip {
            hook: "data-stance-link",
            id: &stance.id,
            name: &stance.name,
            description: &stance.description,
            count,
            unit: "sentence",
            pressed,
            swatch: None,
            onclick,
        }
        .render()
    });
    html! {
        <@{landmark::tag(embedded, "nav")} role={landmark::named_role(embedded)} class="theme-nav stance-nav needs-js" aria-labelledby="stance-nav-heading">
            <h2 id="stance-nav-heading" class="index-heading">{ "What they did" }</h2>
            <ul>{ for items }</ul>
            if props.selected.is_some() {
                <div class="lens-actions">
                    <button type="button" class="pill" onclick={props.on_action.reform(|_| Action::SelectStance(None))}>
                        { "All stances" }
                    </button>
                </div>
            }
        </@>
    }
}
