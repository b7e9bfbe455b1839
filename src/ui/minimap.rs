//! A picture of the whole document beside the text: one mark per paragraph (height by length,
//! stripes by theme), faded when filtered out, a tick where search matches are, and the part in
//! view outlined. Clicking a mark goes to that paragraph. Keyboard and screen-reader users have the
//! paragraph index, which does the same; the map's name summarises what it shows.

use crate::core::decimal::decimal;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::minimap_row::hit_tick;
use super::minimap_rows::{MapRows, WIDTH};
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::{Document, ParagraphIndex, ParagraphNumber, SearchResult};

/// The map's coordinate system: `WIDTH` × `HEIGHT`, stretched to the rail.
const HEIGHT: f64 = 1000.0;

#[derive(Properties, PartialEq)]
pub struct MinimapProps {
    pub document: Rc<Document>,
    pub analysis: Shared<Analysis>,
    /// Per paragraph, whether it is shown (`None`: all are).
    pub shown: Option<Rc<[bool]>>,
    pub result: Option<Rc<SearchResult>>,
    /// The paragraph holding the current match.
    pub current: Option<ParagraphIndex>,
    /// The reader's root, to measure what is in view.
    pub root: NodeRef,
    /// Whether the reader is hydrated and interactive (the map is drawn only then).
    pub ready: bool,
    /// Go to paragraph N (from 1).
    pub on_jump: Callback<ParagraphNumber>,
}

/// Each paragraph's top and height in map units, by its share of the text.
fn rows(document: &Document) -> Vec<(f64, f64)> {
    let n = document.paragraphs.len();
    let lengths: Vec<f64> = document.paragraphs.iter().map(|p| p.text.chars().count().max(1) as f64).collect();
    let total: f64 = lengths.iter().sum();
    let gap = if n > 1 && n < 200 { 4.0 } else { 0.0 };
    let available = HEIGHT - gap * n.saturating_sub(1) as f64;
    let mut y = 0.0;
    lengths
        .iter()
        .map(|len| {
            let h = available * len / total;
            let row = (y, h);
            y += h + gap;
            row
        })
        .collect()
}

#[component]
pub fn Minimap(props: &MinimapProps) -> Html {
    let rows = use_memo(props.document.clone(), |document| Rc::new(rows(document)));
    let viewport = use_state_eq(|| None::<(f64, f64)>);
    {
        let (root, viewport) = (props.root.clone(), viewport.clone());
        // Re-measure on scroll and resize, and whenever what is shown changes: then after the
        // next paint, when the layout that paint needed is done (measured at once, it would be
        // forced inside the tap that changed what is shown, before its frame).
        use_effect_with(props.shown.clone(), move |_| {
            let measure = move || viewport.set(browser::viewport_in_paragraphs(&root));
            let first = measure.clone();
            browser::around_next_paint(|| {}, first);
            let listeners = browser::on_viewport_change(measure);
            move || drop(listeners)
        });
    }
    // The map's name, from what changes only once typing settles (with 1,400 paragraphs, a
    // long list built again on every keystroke otherwise).
    let label = use_memo((props.shown.clone(), props.result.clone(), rows.len()), |(shown, result, count)| {
        let shown_count = shown.as_ref().map_or(*count, |s| s.iter().filter(|&&on| on).count());
        let with_hits: Vec<String> = result
            .as_ref()
            .map(|r| r.paragraphs.iter().map(|h| (h.index + 1).to_string()).collect())
            .unwrap_or_default();
        AttrValue::from(format!(
            "Map of the statement: {count} paragraphs, {shown_count} shown{}. Use the paragraph index to move by keyboard.",
            if with_hits.is_empty() { String::new() } else { format!("; matches in paragraphs {}", with_hits.join(", ")) }
        ))
    });
    // The current match's tick, over its row's (a keystroke moves only this).
    let current_tick = props
        .current
        .filter(|c| props.result.as_ref().and_then(|r| r.paragraph(c.0)).is_some())
        .and_then(|c| rows.get(c.0).map(|&(y, h)| (c.0, y, h)))
        .map(|(p, y, h)| hit_tick(y, h, Some(p)));
    let view_box = (*viewport).map(|(top, bottom)| {
        let at = |pos: f64| {
            let index = (pos.floor() as usize).min(rows.len().saturating_sub(1));
            let (y, h) = rows.get(index).copied().unwrap_or((0.0, 0.0));
            y + (pos - index as f64).clamp(0.0, 1.0) * h
        };
        let (y0, y1) = (at(top), at(bottom));
        html! { <rect class="map-viewport" x="0.75" y={decimal(y0, 2)} width={decimal(WIDTH - 1.5, 2)} height={decimal((y1 - y0).max(4.0), 2)} /> }
    });
    let onclick = {
        let on_jump = props.on_jump.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(p) = browser::data_index_of(&event) {
                on_jump.emit(ParagraphIndex(p).number());
            }
        })
    };
    html! {
        <div class="minimap needs-js">
            // Drawn once the reader is interactive: it needs script to work, so the prerendered
            // page (and hydration) skip it; it sits in a column of its own, so nothing moves.
            if props.ready {
                <svg class="minimap-svg" viewBox={format!("0 0 {} {}", decimal(WIDTH, 2), decimal(HEIGHT, 2))} preserveAspectRatio="none"
                    role="img" aria-label={(*label).clone()} {onclick}>
                    <MapRows analysis={props.analysis.clone()} rows={(*rows).clone()} shown={props.shown.clone()} result={props.result.clone()} />
                    { for current_tick }
                    { for view_box }
                </svg>
            }
        </div>
    }
}
