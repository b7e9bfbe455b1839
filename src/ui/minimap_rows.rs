//! The minimap's rows: one mark per paragraph (stripes by theme, faded when filtered out, a tick
//! where matches are). A row is its own component, so when the settled search changes only the
//! rows whose look changed are drawn again; the list as a whole is not redrawn on a keystroke
//! (only the current match's tick moves then, drawn by the map itself).

use std::rc::Rc;

use yew::prelude::*;

use super::minimap_row::MapRow;
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::SearchResult;

/// Stripes take the left part of the map; match ticks the right.
pub const STRIPES: f64 = 17.0;
/// The map's width in its own units.
pub const WIDTH: f64 = 24.0;

#[derive(Properties, PartialEq)]
pub struct MapRowsProps {
    pub analysis: Shared<Analysis>,
    /// Each paragraph's top and height in map units.
    pub rows: Rc<Vec<(f64, f64)>>,
    /// Per paragraph, whether it is shown (`None`: all are).
    pub shown: Option<Rc<[bool]>>,
    pub result: Option<Rc<SearchResult>>,
}

#[component]
pub fn MapRows(props: &MapRowsProps) -> Html {
    let shown = |p: usize| props.shown.as_ref().is_none_or(|s| s.get(p).copied().unwrap_or(true));
    let rows = props.rows.iter().enumerate().map(|(p, &(y, h))| {
        let hit = props.result.as_ref().and_then(|r| r.paragraph(p)).is_some_and(|h| !h.ranges.is_empty());
        html! { <MapRow key={p} index={p} {y} {h} analysis={props.analysis.clone()} filtered_out={!shown(p)} {hit} /> }
    });
    html! { { for rows } }
}
