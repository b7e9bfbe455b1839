//! One list of pressable lens choices, shared by themes, stances and the index of names: each
//! item a button with a name, an optional colour and role, a count spoken with its unit, and a
//! stable hook attribute (`data-theme-link`, `data-stance-link`, `data-entity-link`) for tests
//! and hosts. Pressing a pressed item deselects it.

use yew::prelude::*;
use yew::virtual_dom::VNode;

use crate::app::Action;

/// One choice in a [`lens_list`].
#[derive(Clone, PartialEq)]
pub struct LensItem {
    /// The hook attribute, e.g. `data-theme-link`; its value is `id`.
    pub hook: &'static str,
    pub id: AttrValue,
    pub name: AttrValue,
    /// A role shown after the name (a person's office), if any.
    pub role: Option<AttrValue>,
    /// A tooltip (a theme's description), if any.
    pub title: Option<AttrValue>,
    pub count: usize,
    /// What is counted, singular ("paragraph", "sentence", "mention").
    pub unit: &'static str,
    pub pressed: bool,
    pub swatch: Option<Html>,
    /// The button's class (`theme-link`, or `entity-link kind-person`…).
    pub class: Classes,
    /// What pressing it does when it is not pressed; pressing it when pressed does `clear`.
    pub select: Action,
    pub clear: Action,
}

/// The list of `items`, each a button that selects (or, pressed, clears) its lens. A plain
/// function: the lens panels that call it are components and redraw only when their lens changes.
pub fn lens_list(items: &[LensItem], on_action: &Callback<Action>) -> Html {
    let items = items.iter().map(|item| {
        let count = item.count;
        let action = if item.pressed { item.clear.clone() } else { item.select.clone() };
        let onclick = on_action.reform(move |_: MouseEvent| action.clone());
        let plural = if count == 1 { "" } else { "s" };
        let mut button = html! {
            <button type="button" class={item.class.clone()} aria-pressed={if item.pressed { "true" } else { "false" }}
                disabled={count == 0} title={item.title.clone()} {onclick}>
                { for item.swatch.clone() }
                <span class="lens-name">{ item.name.clone() }</span>
                if let Some(role) = &item.role {
                    <span class="entity-role">{ role.clone() }</span>
                }
                <span class="theme-count" aria-hidden="true">{ count }</span>
                <span class="visually-hidden">{ format!(", {count} {}{plural}", item.unit) }</span>
            </button>
        };
        if let VNode::VTag(tag) = &mut button {
            std::rc::Rc::make_mut(tag).add_attribute(item.hook, item.id.to_string());
        }
        html! { <li key={item.id.to_string()}>{ button }</li> }
    });
    html! { <ul>{ for items }</ul> }
}
