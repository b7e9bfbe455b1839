//! The theme navigation: every theme with its colour and paragraph count; pressing one shows only
//! its paragraphs, pressing it again (or "All themes") shows everything. With a theme selected,
//! "previous/next passage" step through what is shown (also `[` and `]`).

use yew::prelude::*;

use super::landmark;

use super::lens_chip::LensChip;
use super::swatch;
use crate::app::{Action, SharedAnalysis};

#[derive(Properties, PartialEq)]
pub struct ThemeNavProps {
    pub analysis: SharedAnalysis,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
    /// Moves to the next (`true`) or previous shown paragraph.
    pub on_passage: Callback<bool>,
}

#[component]
pub fn ThemeNav(props: &ThemeNavProps) -> Html {
    let embedded = landmark::use_embedded();
    let analysis = &props.analysis;
    let items = analysis.taxonomy.themes.iter().enumerate().map(|(t, theme)| {
        let count = analysis.themes.paragraphs.iter().filter(|ts| ts.contains(&t)).count();
        let pressed = props.selected == Some(t);
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SelectTheme(if pressed { None } else { Some(t) }))
        });
        LensChip {
            hook: "data-theme-link",
            id: &theme.id,
            name: &theme.name,
            description: &theme.description,
            count,
            unit: "paragraph",
            pressed,
            swatch: Some(swatch::dot(&theme.colour)),
            onclick,
        }
        .render()
    });
    html! {
        <@{landmark::tag(embedded, "nav")} role={landmark::named_role(embedded)} class="theme-nav needs-js" aria-labelledby="theme-nav-heading">
            <h2 id="theme-nav-heading" class="index-heading">{ "Themes" }</h2>
            <ul>{ for items }</ul>
            if props.selected.is_some() {
                <div class="lens-actions">
                    <button type="button" class="pill" onclick={props.on_passage.reform(|_| false)}
                        aria-keyshortcuts="[" aria-label="Previous passage" title="Previous passage ( [ )">{ "‹ Previous" }</button>
                    <button type="button" class="pill" onclick={props.on_passage.reform(|_| true)}
                        aria-keyshortcuts="]" aria-label="Next passage" title="Next passage ( ] )">{ "Next ›" }</button>
                    <button type="button" class="pill" onclick={props.on_action.reform(|_| Action::SelectTheme(None))}>
                        { "All themes" }
                    </button>
                </div>
            }
        </@>
    }
}
