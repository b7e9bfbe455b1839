//! Who and what is named: a legend of entity kinds (each colour can be switched off) and an
//! index of every entity with its mentions; choosing one shows the paragraphs that name it and
//! highlights each mention.

use yew::prelude::*;

use super::landmark;

use super::lens_list::{lens_list, LensItem};
use crate::app::{Action, Shared};
use crate::core::analysis::Analysis;
use crate::core::entities::EntityKind;
use crate::core::EntityIndex;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub analysis: Shared<Analysis>,
    pub selected: Option<EntityIndex>,
    /// Whether mentions are coloured in the text.
    pub names_shown: bool,
    pub hidden_kinds: Vec<EntityKind>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn EntityPanel(props: &EntityPanelProps) -> Html {
    let entities = &props.analysis.entities;
    let index = entities.index();
    let mentions_of = |kind: EntityKind| -> usize {
        index.iter().filter(|&&e| entities.entities[e].kind == kind).map(|&e| entities.counts[e]).sum()
    };
    let legend = EntityKind::ALL.into_iter().map(|kind| {
        let shown = !props.hidden_kinds.contains(&kind);
        let count = mentions_of(kind);
        html! {
            <li key={kind.as_str()}>
                <button type="button" class={classes!("kind-toggle", format!("kind-{}", kind.as_str()))}
                    data-entity-kind={kind.as_str()} aria-pressed={if shown { "true" } else { "false" }}
                    onclick={props.on_action.reform(move |_| Action::ToggleEntityKind(kind))}>
                    <span class="kind-swatch" aria-hidden="true"></span>
                    { kind.label() }
                    <span class="theme-count" aria-hidden="true">{ count }</span>
                    <span class="visually-hidden">{ format!(", {count} mentions, colour {}", if shown { "on" } else { "off" }) }</span>
                </button>
            </li>
        }
    });
    let groups = EntityKind::ALL.into_iter().filter_map(|kind| {
        let members: Vec<usize> = index.iter().copied().filter(|&e| entities.entities[e].kind == kind).collect();
        if members.is_empty() {
            return None;
        }
        let items: Vec<LensItem> = members
            .into_iter()
            .map(|e| {
                let entity = &entities.entities[e];
                LensItem {
                    hook: "data-entity-link",
                    id: entity.id.clone().into(),
                    name: entity.name.clone().into(),
                    role: (!entity.role.is_empty()).then(|| entity.role.clone().into()),
                    title: None,
                    count: entities.counts[e],
                    unit: "mention",
                    pressed: props.selected == Some(EntityIndex(e)),
                    swatch: None,
                    class: classes!("entity-link", format!("kind-{}", kind.as_str())),
                    select: Action::SelectEntity(Some(EntityIndex(e))),
                    clear: Action::SelectEntity(None),
                }
            })
            .collect();
        Some(html! {
            <li key={kind.as_str()}>
                <h3 class="entity-group">{ kind.label() }</h3>
                { lens_list(&items, &props.on_action) }
            </li>
        })
    });
    let selected = props.selected.map(|e| &entities.entities[e.0]);
    let names_shown = props.names_shown;
    let index_open = use_state_eq(|| false);
    let on_toggle = {
        let index_open = index_open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::Element = event.target_unchecked_into();
            if details.has_attribute("open") {
                index_open.set(true);
            }
        })
    };
    let embedded = landmark::use_embedded();
    html! {
        <@{landmark::tag(embedded, "section")} role={landmark::named_role(embedded)} class="entity-panel needs-js" aria-labelledby="entities-heading">
            <h2 id="entities-heading" class="index-heading">{ "Named in the text" }</h2>
            // One switch colours every mention; the legend then picks kinds.
            <button type="button" class="pill names-switch" data-names-switch="" aria-pressed={if props.names_shown { "true" } else { "false" }}
                onclick={props.on_action.reform(move |_| Action::ShowNames(!names_shown))}>
                { "Colour names in the text" }
            </button>
            if props.names_shown {
                <ul class="legend" aria-label="Colour mentions by kind">{ for legend }</ul>
            }
            if let Some(entity) = selected {
                <p class="lens-summary">
                    { format!("Paragraphs naming {}.", entity.name) }
                    <button type="button" class="pill" onclick={props.on_action.reform(|_| Action::SelectEntity(None))}>
                        { "All entities" }
                    </button>
                </p>
            }
            // The index is built when first opened: sixty buttons nobody sees are not prerendered
            // or hydrated.
            <details class="entity-index" ontoggle={on_toggle}>
                <summary>{ format!("Index of names ({})", index.len()) }</summary>
                if *index_open || props.selected.is_some() {
                    <ul class="entity-groups">{ for groups }</ul>
                }
            </details>
        </@>
    }
}
