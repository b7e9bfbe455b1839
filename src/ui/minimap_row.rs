//! One row of the minimap: a paragraph's stripes by theme, faded when filtered out, and a tick
//! when it has matches. Drawn again only when its own look changes.

use yew::prelude::*;

use super::minimap_rows::{STRIPES, WIDTH};
use super::swatch;
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::decimal::decimal;

#[derive(Properties, PartialEq)]
pub struct MapRowProps {
    pub index: usize,
    pub y: f64,
    pub h: f64,
    pub analysis: Shared<Analysis>,
    pub filtered_out: bool,
    pub hit: bool,
}

#[component]
pub fn MapRow(props: &MapRowProps) -> Html {
    let (p, y, h) = (props.index, props.y, props.h);
    let taxonomy = &props.analysis.taxonomy;
    let themes = &props.analysis.themes.paragraphs[p];
    let stripes: Html = if themes.is_empty() {
        html! { <rect class="map-plain" x="0" y={decimal(y, 2)} width={decimal(STRIPES, 2)} height={decimal(h, 2)} /> }
    } else {
        let w = STRIPES / themes.len() as f64;
        themes
            .iter()
            .enumerate()
            .map(|(i, &t)| swatch::rect(&taxonomy.themes[t].colour, i as f64 * w, y, w, h))
            .collect()
    };
    html! {
        <g class={classes!("map-row", props.filtered_out.then_some("filtered-out"))} data-index={p.to_string()}>
            { stripes }
            if props.hit {
                { hit_tick(y, h, None) }
            }
        </g>
    }
}

/// The tick beside a row that has matches; `current`: the current match's paragraph, drawn over
/// its row's tick (by the map itself, so a keystroke moves only it).
pub fn hit_tick(y: f64, h: f64, current: Option<usize>) -> Html {
    html! {
        <rect class={classes!("map-hit", current.is_some().then_some("current"))} data-index={current.map(|p| p.to_string())}
            x={decimal(STRIPES + 2.0, 2)} y={decimal(y, 2)} width={decimal(WIDTH - STRIPES - 2.0, 2)} height={decimal(h, 2)} />
    }
}
