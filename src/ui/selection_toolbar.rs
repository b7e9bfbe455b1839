//! The small toolbar that appears over a text selection in the statement: highlight it in one of
//! the colours, or highlight it and write a note.

use yew::prelude::*;

use super::browser;
use crate::core::annotations::HighlightColour;

#[derive(Properties, PartialEq)]
pub struct SelectionToolbarProps {
    /// Where (relative to the reader's root): left, top.
    pub at: (f64, f64),
    /// Highlight in this colour; `true` to go on to write a note.
    pub on_pick: Callback<(HighlightColour, bool)>,
}

#[component]
pub fn SelectionToolbar(props: &SelectionToolbarProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.at, move |&(left, top)| browser::place_at(&node, left, top));
    }
    html! {
        <div class="selection-toolbar" role="toolbar" aria-label="Highlight the selection" ref={node}>
            { for HighlightColour::ALL.into_iter().map(|colour| html! {
                <button type="button" class={classes!("swatch-button", format!("hl-{}", colour.as_str()))}
                    aria-label={format!("Highlight in {}", colour.label().to_lowercase())}
                    onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                    onclick={props.on_pick.reform(move |_| (colour, false))}></button>
            }) }
            <button type="button" class="pill" onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                onclick={props.on_pick.reform(|_| (HighlightColour::Yellow, true))}>{ "Add note" }</button>
        </div>
    }
}
