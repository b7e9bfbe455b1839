//! The theme navigation: every theme with its colour and paragraph count; pressing one shows only
//! its paragraphs, pressing it again (or "All themes") shows everything. With a theme selected,
//! "previous/next passage" step through what is shown (also `[` and `]`).

use yew::prelude::*;

use super::landmark;
use super::lens_list::{lens_list, LensItem};
use super::swatch;
use crate::app::{Action, Shared};
use crate::core::analysis::Analysis;
use crate::core::ThemeIndex;

#[derive(Properties, PartialEq)]
pub struct ThemeNavProps {
    pub analysis: Shared<Analysis>,
    pub selected: Option<ThemeIndex>,
    pub on_action: Callback<Action>,
    /// Moves to the next (`true`) or previous shown paragraph.
    pub on_passage: Callback<bool>,
}

#[component]
pub fn ThemeNav(props: &ThemeNavProps) -> Html {
    let embedded = landmark::use_embedded();
    let analysis = &props.analysis;
    let items: Vec<LensItem> = analysis
        .taxonomy
        .themes
        .iter()
        .enumerate()
        .map(|(t, theme)| LensItem {
            hook: "data-theme-link",
            id: theme.id.clone().into(),
            name: theme.name.clone().into(),
            role: None,
            title: Some(theme.description.clone().into()),
            count: analysis.themes.paragraphs.iter().filter(|ts| ts.contains(&t)).count(),
            unit: "paragraph",
            pressed: props.selected == Some(ThemeIndex(t)),
            swatch: Some(swatch::dot(&theme.colour)),
            class: classes!("theme-link"),
            select: Action::SelectTheme(Some(ThemeIndex(t))),
            clear: Action::SelectTheme(None),
        })
        .collect();
    let keep_focus = Callback::from(|event: MouseEvent| event.prevent_default());
    html! {
        <@{landmark::tag(embedded, "nav")} role={landmark::named_role(embedded)} class="theme-nav needs-js" aria-labelledby="theme-nav-heading">
            <h2 id="theme-nav-heading" class="index-heading">{ "Themes" }</h2>
            { lens_list(&items, &props.on_action) }
            // Always there (hidden without a theme): a lens shown before the reader is ready
            // shows it too (assets/lens-preview.js), so nothing below it moves when it takes over.
            <div class="lens-actions" hidden={props.selected.is_none()}>
                // A pointer press does not take the focus from the paragraph being read, so the
                // step starts from it (keyboard users reach the buttons with focus, and the
                // step then starts from the last one it made).
                <button type="button" class="pill" onclick={props.on_passage.reform(|_| false)} onmousedown={keep_focus.clone()}
                    aria-keyshortcuts="[" aria-label="Previous passage" title="Previous passage ( [ )">{ "‹ Previous" }</button>
                <button type="button" class="pill" onclick={props.on_passage.reform(|_| true)} onmousedown={keep_focus}
                    aria-keyshortcuts="]" aria-label="Next passage" title="Next passage ( ] )">{ "Next ›" }</button>
                <button type="button" class="pill" onclick={props.on_action.reform(|_| Action::SelectTheme(None))}>
                    { "All themes" }
                </button>
            </div>
        </@>
    }
}
