//! The glossary tooltip: the definition beside a term on hover or keyboard focus. It stays while
//! the pointer moves onto it and Escape dismisses it (WCAG 1.4.13). (The definitions the terms
//! point at are `glossary_definitions`.)

use yew::prelude::*;

use super::browser;
use crate::app::Shared;
use crate::core::analysis::Analysis;

#[derive(Properties, PartialEq)]
pub struct GlossaryTipProps {
    pub analysis: Shared<Analysis>,
    /// The entry shown, if any.
    pub entry: Option<usize>,
    /// Bumped each time the tooltip moves to a new term, to re-place it.
    pub placement: u32,
    pub root: NodeRef,
    /// The term it belongs to.
    pub anchor: Option<web_sys::Element>,
    /// The pointer entered (`true`) or left the tooltip.
    pub on_hover: Callback<bool>,
}

#[component]
pub fn GlossaryTip(props: &GlossaryTipProps) -> Html {
    let tip = use_node_ref();
    {
        let (root, tip, anchor) = (props.root.clone(), tip.clone(), props.anchor.clone());
        use_effect_with((props.entry, props.placement), move |_| {
            if let Some(anchor) = anchor {
                browser::place_tooltip(&root, &tip, &anchor);
            }
        });
    }
    let entry = props.entry.and_then(|e| props.analysis.glossary.entries.get(e));
    html! {
        <div class="glossary-tip" role="tooltip" id="glossary-tip" ref={tip} hidden={entry.is_none()}
            onmouseenter={props.on_hover.reform(|_| true)} onmouseleave={props.on_hover.reform(|_| false)}>
            if let Some(entry) = entry {
                <strong class="glossary-term">{ &entry.term }</strong>
                <span class="glossary-definition">{ &entry.definition }</span>
            }
        </div>
    }
}
