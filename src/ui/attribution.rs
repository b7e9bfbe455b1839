//! The footer with the licence attribution, which is always shown.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::Document;

#[derive(Properties, PartialEq)]
pub struct AttributionProps {
    pub document: Rc<Document>,
}

#[component]
pub fn Attribution(props: &AttributionProps) -> Html {
    let meta = &props.document.meta;
    let line = match (&meta.licence, meta.attribution()) {
        // Link the licence's name where the attribution names it; the visible text stays exact.
        (Some(licence), Some(text))
            if !licence.url.is_empty() && text.contains(&licence.name) && !licence.name.is_empty() =>
        {
            let (before, after) = text.split_once(&licence.name).unwrap_or((text, ""));
            html! { <>{ before }<a href={licence.url.clone()} rel="license">{ &licence.name }</a>{ after }</> }
        }
        (_, Some(text)) => html! { { text } },
        (_, None) => html! {},
    };
    html! {
        <footer class="attribution">
            <p class="attribution-line" data-attribution="">{ line }</p>
            if !meta.source.is_empty() {
                <p class="source-line">{ "Text as published at " }<a href={meta.source.clone()} rel="external">{ meta.source.clone() }</a>{ "." }</p>
            }
        </footer>
    }
}
