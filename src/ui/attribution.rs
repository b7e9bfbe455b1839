//! The footer with the licence attribution, which is always shown.

use std::rc::Rc;

use yew::prelude::*;

use super::landmark;

use crate::core::formats::safe_link;
use crate::core::Document;

#[derive(Properties, PartialEq)]
pub struct AttributionProps {
    pub document: Rc<Document>,
}

#[component]
pub fn Attribution(props: &AttributionProps) -> Html {
    let meta = &props.document.meta;
    let embedded = landmark::use_embedded();
    let line = match (&meta.licence, meta.attribution()) {
        // Link the licence's name where the attribution names it; the visible text stays exact.
        (Some(licence), Some(text))
            if safe_link(&licence.url).is_some() && text.contains(&licence.name) && !licence.name.is_empty() =>
        {
            let (before, after) = text.split_once(&licence.name).unwrap_or((text, ""));
            html! { <>{ before }<a href={licence.url.trim().to_owned()} rel="license">{ &licence.name }</a>{ after }</> }
        }
        (_, Some(text)) => html! { { text } },
        (_, None) => html! {},
    };
    html! {
        <@{landmark::tag(embedded, "footer")} class="attribution">
            <p class="attribution-line" data-attribution="">{ line }</p>
            if let Some(source) = safe_link(&meta.source) {
                <p class="source-line">{ "Text as published at " }<a href={source.to_owned()} rel="external">{ source }</a>{ "." }</p>
            } else if !meta.source.is_empty() {
                // Not a web address: shown as text, never as a link.
                <p class="source-line">{ "Source: " }{ &meta.source }</p>
            }
        </@>
    }
}
