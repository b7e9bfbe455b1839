//! How much of the statement each theme takes: a small bar chart (share of the text's characters
//! in sentences tagged with the theme), with the same figures as a table for screen readers and
//! anyone who prefers numbers.

use crate::core::decimal::decimal;
use yew::prelude::*;

use super::swatch;
use crate::app::Shared;
use crate::core::analysis::Analysis;

/// Each row: the theme's name, then its bar and share underneath.
const WIDTH: f64 = 240.0;
const ROW: f64 = 30.0;

fn percent(share: f64) -> String {
    format!("{}%", decimal(share * 100.0, 0))
}

/// The chart: static, so prerendered (its section is adopted at hydration, not walked). A plain
/// function: a handful of rows, redrawn only with the sidebar.
pub fn theme_chart(analysis: &Shared<Analysis>) -> Html {
    let mut order: Vec<usize> = (0..analysis.taxonomy.themes.len()).collect();
    order.sort_by(|&a, &b| analysis.theme_shares[b].total_cmp(&analysis.theme_shares[a]));
    let max = order.first().map_or(1.0, |&t| analysis.theme_shares[t]).max(f64::EPSILON);
    let bar_space = WIDTH - 34.0;
    let height = ROW * order.len() as f64;
    let bars = order.iter().enumerate().map(|(row, &t)| {
        let theme = &analysis.taxonomy.themes[t];
        let share = analysis.theme_shares[t];
        let y = row as f64 * ROW;
        let width = (bar_space * share / max).max(if share > 0.0 { 1.0 } else { 0.0 });
        html! {
            <g key={theme.id.clone()}>
                <text class="chart-label" x="0" y={decimal(y + 11.0, 2)}>{ &theme.name }</text>
                { swatch::rect(&theme.colour, 0.0, y + 15.0, width, 9.0) }
                <text class="chart-value" x={decimal(width + 4.0, 2)} y={decimal(y + 23.5, 2)}>{ percent(share) }</text>
            </g>
        }
    });
    let summary = order
        .iter()
        .map(|&t| format!("{} {}", analysis.taxonomy.themes[t].name, percent(analysis.theme_shares[t])))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <figure class="theme-chart needs-js" aria-labelledby="theme-chart-caption">
            <figcaption id="theme-chart-caption" class="index-heading">{ "Share of the text by theme" }</figcaption>
            <svg viewBox={format!("0 0 {} {}", decimal(WIDTH, 2), decimal(height, 2))} role="img" aria-label={format!("Bar chart. {summary}.")}>
                { for bars }
            </svg>
            <details class="chart-table">
                <summary>{ "As a table" }</summary>
                <table>
                    <thead><tr><th scope="col">{ "Theme" }</th><th scope="col">{ "Share of the text" }</th><th scope="col">{ "Paragraphs" }</th></tr></thead>
                    <tbody>
                        { for order.iter().map(|&t| html! {
                            <tr key={t}>
                                <th scope="row">{ &analysis.taxonomy.themes[t].name }</th>
                                <td>{ percent(analysis.theme_shares[t]) }</td>
                                <td>{ analysis.themes.paragraphs.iter().filter(|ts| ts.contains(&t)).count() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
            <p class="chart-note">{ "Sentences can carry several themes, so shares overlap." }</p>
        </figure>
    }
}
