//! The theme navigation: every theme with its colour and paragraph count; pressing one shows only
//! its paragraphs, pressing it again (or "All themes") shows everything.

use yew::prelude::*;

use crate::app::{Action, SharedThemes};

#[derive(Properties, PartialEq)]
pub struct ThemeNavProps {
    pub themes: SharedThemes,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ThemeNav(props: &ThemeNavProps) -> Html {
    let taxonomy = props.themes.taxonomy();
    let tagged = props.themes.tagged();
    let items = taxonomy.themes.iter().enumerate().map(|(t, theme)| {
        let count = tagged.paragraphs.iter().filter(|ts| ts.contains(&t)).count();
        let pressed = props.selected == Some(t);
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SelectTheme(if pressed { None } else { Some(t) }))
        });
        html! {
            <li key={theme.id.clone()}>
                <button type="button" class="theme-link" data-theme-link={theme.id.clone()}
                    aria-pressed={if pressed { "true" } else { "false" }} disabled={count == 0}
                    title={theme.description.clone()} {onclick}>
                    <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                        <circle cx="6" cy="6" r="5" fill={theme.colour.light.clone()} />
                    </svg>
                    <span class="theme-name">{ &theme.name }</span>
                    <span class="theme-count" aria-hidden="true">{ count }</span>
                    <span class="visually-hidden">{ format!(", {count} paragraph{}", if count == 1 { "" } else { "s" }) }</span>
                </button>
            </li>
        }
    });
    html! {
        <nav class="theme-nav needs-js" aria-labelledby="theme-nav-heading">
            <h2 id="theme-nav-heading" class="index-heading">{ "Themes" }</h2>
            <ul>{ for items }</ul>
            if props.selected.is_some() {
                <button type="button" class="pill theme-clear" onclick={props.on_action.reform(|_| Action::SelectTheme(None))}>
                    { "All themes" }
                </button>
            }
        </nav>
    }
}
