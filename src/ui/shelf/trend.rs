//! How a query's language (or a theme, or a stance) moves across the shelf (`[data-shelf-trend]`): a bar per statement
//! in date order, its mentions counted as the reader counts matches, absolute or per 1,000
//! words; the same figures as a table (for screen readers and for copying); and, for the
//! phrase, the first and the last statement that says it and those after the first that drop it.

use std::rc::Rc;

use yew::prelude::*;

use super::Shelved;
use crate::core::shelf::{phrase_span, ShelfHits, TrendPoint};

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub shelved: Shelved,
    /// What is counted, as said: `“unwavering support”`, `the theme “China”`.
    pub subject: String,
    /// Its heading's id (a query's trend and a lens's can both be shown).
    pub id: &'static str,
    /// The mentions per statement (a statement not in it has none).
    pub hits: Rc<Vec<ShelfHits>>,
}

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let per_thousand = use_state_eq(|| false);
    let points: Vec<TrendPoint> = props
        .shelved
        .statements
        .iter()
        .map(|entry| TrendPoint {
            id: entry.statement.id.clone(),
            day: entry.statement.day().map(str::to_owned),
            count: props.hits.iter().find(|h| h.id == entry.statement.id).map_or(0, |h| h.count),
            words: entry.words,
        })
        .collect();
    let title = |id: &str| props.shelved.find(id).map(|e| e.statement.document.meta.title.clone()).unwrap_or_default();
    let label = |p: &TrendPoint| {
        let s = title(&p.id);
        match &p.day {
            Some(day) => format!("{s} ({day})"),
            None => s,
        }
    };
    let said = &props.subject;
    // As a sentence's first word ("The theme “China” first in …").
    let said_first: String = said.chars().take(1).flat_map(char::to_uppercase).chain(said.chars().skip(1)).collect();
    let value =
        |p: &TrendPoint| if *per_thousand { p.count as f64 * 1000.0 / p.words.max(1) as f64 } else { p.count as f64 };
    let top = points.iter().map(value).fold(0.0_f64, f64::max).max(1e-9);
    // A row per statement: its date, its bar, its figure.
    let (width, bar, left, right) = (640.0_f64, 18.0_f64, 92.0_f64, 56.0_f64);
    let height = points.len() as f64 * (bar + 6.0);
    let bars = points.iter().enumerate().map(|(i, p)| {
        let y = i as f64 * (bar + 6.0);
        let w = value(p) / top * (width - left - right);
        let figure = if *per_thousand { p.per_thousand() } else { p.count.to_string() };
        html! {
            <g>
                <text class="trend-label" x="0" y={format!("{:.0}", y + bar - 4.0)}>{ p.day.clone().unwrap_or_else(|| "undated".into()) }</text>
                <rect class="trend-bar" x={format!("{left}")} y={format!("{y:.0}")} width={format!("{w:.1}")} height={format!("{bar}")} />
                <text class="trend-label" x={format!("{:.1}", left + w + 6.0)} y={format!("{:.0}", y + bar - 4.0)}>{ figure }</text>
            </g>
        }
    });
    let span = phrase_span(&points);
    let span_text = match (&span.first, &span.last) {
        (Some(first), Some(last)) => {
            let mut text = format!(
                "{said_first} first in {}, last in {}.",
                label(points.iter().find(|p| &p.id == first).unwrap_or(&points[0])),
                label(points.iter().find(|p| &p.id == last).unwrap_or(&points[0]))
            );
            if !span.absent.is_empty() {
                let absent: Vec<String> =
                    span.absent.iter().filter_map(|id| points.iter().find(|p| &p.id == id)).map(label).collect();
                text.push_str(&format!(" Not in: {}.", absent.join("; ")));
            }
            text
        }
        _ => format!("{said_first} is in no statement on the shelf."),
    };
    let toggle = {
        let per_thousand = per_thousand.clone();
        Callback::from(move |_: MouseEvent| per_thousand.set(!*per_thousand))
    };
    let rows = points.iter().map(|p| {
        html! {
            <tr data-trend-id={p.id.clone()}>
                <th scope="row">{ label(p) }</th>
                <td data-trend-count="">{ p.count }</td>
                <td data-trend-rate="">{ p.per_thousand() }</td>
            </tr>
        }
    });
    html! {
        <section class="shelf-trend" data-shelf-trend="" aria-labelledby={props.id}>
            <h2 id={props.id}>{ format!("{said_first} statement by statement, oldest first") }</h2>
            <p class="trend-span">{ span_text }</p>
            <button type="button" class="pill" aria-pressed={(*per_thousand).to_string()} onclick={toggle}>{ "Per 1,000 words" }</button>
            <svg class="trend-chart" role="img" aria-label={format!("Mentions per statement{}; the table below gives the figures", if *per_thousand { " per 1,000 words" } else { "" })}
                viewBox={format!("0 0 {width} {}", height.max(1.0))}>
                { for bars }
            </svg>
            <table class="trend-table">
                <caption>{ "Mentions per statement, in date order" }</caption>
                <thead><tr><th scope="col">{ "Statement" }</th><th scope="col">{ "Mentions" }</th><th scope="col">{ "Per 1,000 words" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
