//! Who and what is named: a legend of entity kinds (each colour can be switched off) and an
//! index of every entity with its mentions; choosing one shows the paragraphs that name it and
//! highlights each mention.

use yew::prelude::*;

use super::{browser, landmark};

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
    let kinds_named: Vec<EntityKind> =
        EntityKind::ALL.into_iter().filter(|&kind| index.iter().any(|&e| entities.entities[e].kind == kind)).collect();
    let groups = kinds_named.iter().map(|&kind| {
        let members: Vec<usize> = index.iter().copied().filter(|&e| entities.entities[e].kind == kind).collect();
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
        html! {
            <li key={kind.as_str()}>
                <h3 class="entity-group">{ kind.label() }</h3>
                { lens_list(&items, &props.on_action) }
            </li>
        }
    });
    let selected = props.selected.map(|e| &entities.entities[e.0]);
    let names_shown = props.names_shown;
    let group_count = kinds_named.len();
    // How many kinds' groups are drawn into the closed index: one more each time the page is
    // idle, so opening it later is a tap on nodes that exist (drawing all sixty buttons then took
    // ~110 ms at 4x CPU), and no start-up task grows. Opening it draws whatever is missing.
    let drawn = use_state_eq(|| 0usize);
    {
        let drawn = drawn.clone();
        use_effect_with((*drawn, group_count), move |&(now, count)| {
            if now < count {
                browser::when_idle(move || drawn.set(now + 1));
            }
        });
    }
    let on_toggle = {
        let drawn = drawn.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::Element = event.target_unchecked_into();
            if details.has_attribute("open") {
                drawn.set(group_count);
            }
        })
    };
    let drawn_groups = if props.selected.is_some() { group_count } else { *drawn };
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
            // Sixty buttons nobody sees yet are not prerendered or hydrated, but drawn when idle.
            <details class="entity-index" ontoggle={on_toggle}>
                <summary>{ format!("Index of names ({})", index.len()) }</summary>
                if drawn_groups > 0 {
                    <ul class="entity-groups">{ for groups.take(drawn_groups) }</ul>
                }
            </details>
        </@>
    }
}
