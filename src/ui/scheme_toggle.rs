//! Auto / Light / Dark: the colour scheme switch. Needs JavaScript, so it is hidden without it.

use yew::prelude::*;

use crate::app::ColorScheme;

/// A plain function, not a component: it is small and its parent redraws it only when the
/// scheme changes, so a component's own machinery (code and hydration work) would buy nothing.
pub fn scheme_toggle(current: ColorScheme, on_change: &Callback<ColorScheme>) -> Html {
    html! {
        <div class="scheme-toggle needs-js" role="group" aria-label="Colour scheme">
            { for ColorScheme::ALL.into_iter().map(|scheme| {
                let on_change = on_change.clone();
                let pressed = if scheme == current { "true" } else { "false" };
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
