//! A search across the shelf, grouped by statement (`[data-shelf-result]`): its match count
//! (`[data-shelf-count]`, digits) and its first matches in context, each opening the statement
//! at that match with the query applied.

use std::rc::Rc;

use yew::prelude::*;

use super::{open_in_reader, query_param, Shelved};
use crate::core::shelf::ShelfHits;

#[derive(Properties, PartialEq)]
pub struct ShelfResultsProps {
    pub shelved: Shelved,
    pub query: String,
    pub hits: Rc<Vec<ShelfHits>>,
    /// How many statements' results to draw (the first ones).
    pub groups: usize,
}

#[component]
pub fn ShelfResults(props: &ShelfResultsProps) -> Html {
    let groups = props.hits.iter().take(props.groups).filter_map(|hit| {
        let entry = props.shelved.find(&hit.id)?;
        let meta = &entry.statement.document.meta;
        let lines = hit.lines.iter().map(|line| {
            let (entry, query, number) = (entry.clone(), props.query.clone(), line.paragraph + 1);
            let open =
                Callback::from(move |_: MouseEvent| open_in_reader(&entry.statement, &query_param(&query), Some(number)));
            html! {
                <li><button type="button" class="kwic-line" onclick={open}>
                    <span class="kwic-paragraph">{ format!("¶{number}") }</span>
                    <span class="kwic-text">{ &line.before }<mark>{ &line.hit }</mark>{ &line.after }</span>
                </button></li>
            }
        });
        Some(html! {
            <section class="shelf-result" data-shelf-result="" data-shelf-id={hit.id.clone()} aria-label={meta.title.clone()}>
                <h3>{ &meta.title }
                    if !meta.date.is_empty() { <span class="shelf-result-date">{ format!(" · {}", meta.date) }</span> }
                </h3>
                <p class="shelf-result-count"><span data-shelf-count="">{ hit.count }</span>{ if hit.count == 1 { " match" } else { " matches" } }</p>
                <ol class="kwic-lines">{ for lines }</ol>
            </section>
        })
    });
    html! { <div class="shelf-results">{ for groups }</div> }
}
