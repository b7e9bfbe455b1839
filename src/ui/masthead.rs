//! The document's head: what the statement is, when, where, who, and where it came from.

use std::rc::Rc;

use yew::prelude::*;

use super::landmark;

use crate::core::Document;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub document: Rc<Document>,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let meta = &props.document.meta;
    let embedded = landmark::use_embedded();
    let principals = meta
        .principals
        .iter()
        .map(|p| {
            html! {
                <li><span class="principal-name">{ &p.name }</span>{ ", " }{ &p.role }
                    if !p.country.is_empty() { <span class="principal-country">{ format!(" ({})", p.country) }</span> }
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <@{landmark::tag(embedded, "section")} role={landmark::named_role(embedded)} class="masthead" aria-labelledby="statement-title">
                <p class="eyebrow">{ if meta.governments.len() > 1 { "Joint statement" } else { "Statement" } }</p>
                <h1 id="statement-title">{ if meta.title.is_empty() { "Untitled statement" } else { meta.title.as_str() } }</h1>
                <dl class="facts">
                    if !meta.date.is_empty() {
                        <div><dt>{ "Date" }</dt><dd>
                            <time datetime={meta.date_start.clone()}>{ &meta.date }</time>
                        </dd></div>
                    }
                    if !meta.place.is_empty() {
                        <div><dt>{ "Place" }</dt><dd>{ &meta.place }</dd></div>
                    }
                    if !meta.principals.is_empty() {
                        <div class="facts-wide"><dt>{ "Principals" }</dt><dd><ul class="principals">{ principals }</ul></dd></div>
                    }
                    if !meta.governments.is_empty() {
                        <div class="facts-wide"><dt>{ "Issued by" }</dt><dd>{ meta.governments.join(" and ") }</dd></div>
                    }
                    if let Some(host) = meta.source_host() {
                        <div><dt>{ "Source" }</dt><dd><a href={meta.source.clone()} rel="external">{ host }</a></dd></div>
                    }
                </dl>
        </@>
    }
}
