//! The pressable chip shared by the theme and stance lenses: a name, an optional colour, a count
//! (spoken with its unit), and a stable hook attribute for tests and hosts.

use yew::prelude::*;
use yew::virtual_dom::VNode;

pub struct LensChip<'a> {
    /// The hook attribute, e.g. `data-theme-link`; its value is `id`.
    pub hook: &'static str,
    pub id: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub count: usize,
    /// What is counted, singular ("paragraph", "sentence").
    pub unit: &'static str,
    pub pressed: bool,
    pub swatch: Option<Html>,
    pub onclick: Callback<MouseEvent>,
}

impl LensChip<'_> {
    pub fn render(self) -> Html {
        let count = self.count;
        let mut button = html! {
            <button type="button" class="theme-link" aria-pressed={if self.pressed { "true" } else { "false" }}
                disabled={count == 0} title={self.description.to_owned()} onclick={self.onclick}>
                { for self.swatch }
                <span class="theme-name">{ self.name }</span>
                <span class="theme-count" aria-hidden="true">{ count }</span>
                <span class="visually-hidden">{ format!(", {count} {}{}", self.unit, if count == 1 { "" } else { "s" }) }</span>
            </button>
        };
        if let VNode::VTag(tag) = &mut button {
            std::rc::Rc::make_mut(tag).add_attribute(self.hook, self.id.to_owned());
        }
        html! { <li key={self.id.to_owned()}>{ button }</li> }
    }
}
