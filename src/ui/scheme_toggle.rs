//! Auto / Light / Dark: the colour scheme switch. Needs JavaScript, so it is hidden without it.

use yew::prelude::*;

use crate::app::ColorScheme;

#[derive(Properties, PartialEq)]
pub struct SchemeToggleProps {
    pub current: ColorScheme,
    pub on_change: Callback<ColorScheme>,
}

#[component]
pub fn SchemeToggle(props: &SchemeToggleProps) -> Html {
    html! {
        <div class="scheme-toggle needs-js" role="group" aria-label="Colour scheme">
            { for ColorScheme::ALL.into_iter().map(|scheme| {
                let on_change = props.on_change.clone();
                let pressed = if scheme == props.current { "true" } else { "false" };
                html! {
                    <button type="button" aria-pressed={pressed} data-scheme={scheme.as_str()}
                        onclick={move |_| on_change.emit(scheme)}>
                        { scheme.label() }
                    </button>
                }
            }) }
        </div>
    }
}
