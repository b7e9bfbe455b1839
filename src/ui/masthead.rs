//! The document's head: what the statement is, when, where, who, and where it came from — and,
//! for a statement that is not the built-in one, which it is and the way back.

use std::rc::Rc;

use yew::prelude::*;

use super::landmark;

use super::load_status::DocumentSource;
use crate::core::formats::safe_link;
use crate::core::Document;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub document: Rc<Document>,
    /// Where the statement came from, when it is not the built-in one.
    #[prop_or_default]
    pub source: Option<DocumentSource>,
    /// Goes back to the built-in statement.
    #[prop_or_default]
    pub on_builtin: Callback<()>,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let meta = &props.document.meta;
    let embedded = landmark::use_embedded();
    let has_facts = !meta.date.is_empty()
        || !meta.place.is_empty()
        || !meta.principals.is_empty()
        || !meta.governments.is_empty()
        || !meta.publisher.is_empty()
        || meta.source_host().is_some();
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
                if let Some(source) = &props.source {
                    <p class="document-source" data-document-source="">
                        { match source {
                            DocumentSource::File(name) => html! { <>{ "Showing your file " }<strong>{ name.clone() }</strong>{ ", read on this device." }</> },
                            DocumentSource::Address(url) => html! { <>{ "Showing the statement from " }{ link(url) }{ "." }</> },
                            DocumentSource::Pasted => html! { <>{ "Showing the text you pasted, read on this device." }</> },
                            DocumentSource::Shelf => html! { <>{ "Showing a statement from " }<a href="?shelf">{ "your shelf" }</a>{ "." }</> },
                        } }
                        { " " }
                        <button type="button" class="pill" data-builtin-statement="" onclick={props.on_builtin.reform(|_| ())}>
                            { "Back to the built-in statement" }
                        </button>
                    </p>
                }
                <p class="eyebrow">{ if meta.governments.len() > 1 { "Joint statement" } else { "Statement" } }</p>
                <h1 id="statement-title">{ if meta.title.is_empty() { "Untitled statement" } else { meta.title.as_str() } }</h1>
                // A statement with no date, place, principals, governments or source has no facts row.
                if has_facts {
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
                        if !meta.publisher.is_empty() {
                            <div><dt>{ "Publisher" }</dt><dd>{ &meta.publisher }</dd></div>
                        }
                        if let Some(host) = meta.source_host() {
                            <div><dt>{ "Source" }</dt><dd><a href={meta.source.clone()} rel="external">{ host }</a></dd></div>
                        }
                    </dl>
                }
        </@>
    }
}

/// An address as a link when it is http(s), else as text.
fn link(url: &str) -> Html {
    match safe_link(url) {
        Some(href) => html! { <a href={href.to_owned()} rel="external">{ url.to_owned() }</a> },
        None => html! { { url.to_owned() } },
    }
}
