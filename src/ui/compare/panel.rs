//! The comparison's summary, at the top of the statement: what it is compared with, how many
//! sentences were added, removed, reworded and moved (each a filter), the same per theme and per
//! stance (each a filter: that lens, changed paragraphs only), the options, the redline exports.

use std::rc::Rc;

use yew::prelude::*;

use super::{CompareRequest, PanelArgs};
use crate::app::changes::{ChangeKind, ComparisonView, Counts};
use crate::app::{Action, ChangeFilter};
use crate::ui::browser;
use crate::ui::open_statement::compare_file_picker;

#[derive(Properties)]
pub struct ComparePanelProps {
    pub view: Rc<ComparisonView>,
    pub args: Rc<PanelArgs>,
}

impl PartialEq for ComparePanelProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.args, &other.args);
        Rc::ptr_eq(&self.view, &other.view)
            && a.filter == b.filter
            && a.lenses == b.lenses
            && a.analysis == b.analysis
            && a.on_request == b.on_request
            && a.may_open == b.may_open
    }
}

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let (view, args) = (&props.view, &props.args);
    let on_action = &args.on_action;
    let kinds = ChangeKind::ALL.iter().map(|&kind| {
        let pressed = args.filter == Some(ChangeFilter::Only(kind));
        let next = if pressed { Some(ChangeFilter::Any) } else { Some(ChangeFilter::Only(kind)) };
        let count = view.counts.get(kind);
        html! {
            <li>
                <button type="button" class={classes!("change-count", kind.as_str())} aria-pressed={pressed.to_string()}
                    data-change-filter={kind.as_str()} disabled={count == 0 && !pressed}
                    onclick={on_action.reform(move |_| Action::FilterChanges(next))}>
                    <span class="change-number" data-change-count={kind.as_str()}>{ count }</span>
                    { " " }{ kind.as_str() }
                </button>
            </li>
        }
    });
    let analysis = &args.analysis;
    let themes = view.by_theme.iter().map(|&(theme, counts)| {
        let pressed = args.lenses.theme == Some(theme) && args.filter.is_some();
        by_lens_item(
            &analysis.taxonomy.themes[theme.0].name,
            counts,
            pressed,
            "data-compare-theme",
            &analysis.taxonomy.themes[theme.0].id,
            on_action
                .reform(move |_| if pressed { Action::SelectTheme(None) } else { Action::SelectTheme(Some(theme)) }),
            on_action.clone(),
        )
    });
    let stances = view.by_stance.iter().map(|&(stance, counts)| {
        let pressed = args.lenses.stance == Some(stance) && args.filter.is_some();
        let entry = &analysis.stances.stances[stance.0];
        by_lens_item(
            &entry.name,
            counts,
            pressed,
            "data-compare-stance",
            &entry.id,
            on_action
                .reform(move |_| if pressed { Action::SelectStance(None) } else { Action::SelectStance(Some(stance)) }),
            on_action.clone(),
        )
    });
    let only_changes = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::FilterChanges(input.checked().then_some(ChangeFilter::Any)));
        })
    };
    let spelling = args.on_request.clone().map(|on_request| {
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_request.emit(CompareRequest::Spelling(input.checked()));
        })
    });
    let export = |format: &'static str| {
        let (document, view) = (args.document.clone(), view.clone());
        Callback::from(move |_: MouseEvent| {
            let stem = file_stem(&document.meta.title);
            match format {
                "markdown" => browser::download(
                    &format!("{stem}-redline.md"),
                    "text/markdown;charset=utf-8",
                    &statement_compare::export::markdown(&document, &view),
                ),
                _ => browser::download(
                    &format!("{stem}-redline.html"),
                    "text/html;charset=utf-8",
                    &statement_compare::export::html(&document, &view),
                ),
            }
        })
    };
    let stop = args.on_request.clone().map(|r| r.reform(|_: MouseEvent| CompareRequest::Stop));
    html! {
        <section class="compare-panel" aria-labelledby="compare-heading" data-compare-summary="">
            <h2 id="compare-heading" class="compare-heading">
                { "Changes against " }<cite>{ view.other_title.clone() }</cite>
            </h2>
            <p class="compare-source">
                { format!("Compared with {}.", view.other_source) }
                { " Typography (quotes, dashes, spaces) is ignored" }
                { if view.spelling { "; UK and US spellings count as the same." } else { "." } }
            </p>
            <p class="visually-hidden" role="status">
                { format!("Compared with {}: {}.", view.other_title, view.counts.describe()) }
            </p>
            <ul class="change-counts" aria-label="Changed sentences by kind (each shows only those paragraphs)">
                { for kinds }
            </ul>
            <div class="compare-options">
                <label class="check">
                    <input type="checkbox" data-compare-option="only-changes" checked={args.filter.is_some()} onchange={only_changes} />
                    { " Only changes" }
                </label>
                if let Some(onchange) = spelling {
                    <label class="check">
                        <input type="checkbox" data-compare-option="spelling" checked={view.spelling} {onchange} />
                        { " UK and US spellings are the same" }
                    </label>
                }
            </div>
            if !view.by_theme.is_empty() || !view.by_stance.is_empty() {
                <div class="compare-by">
                    if !view.by_theme.is_empty() {
                        <div>
                            <h3 class="compare-by-heading">{ "By theme" }</h3>
                            <ul class="compare-by-list">{ for themes }</ul>
                        </div>
                    }
                    if !view.by_stance.is_empty() {
                        <div>
                            <h3 class="compare-by-heading">{ "By stance" }</h3>
                            <ul class="compare-by-list">{ for stances }</ul>
                        </div>
                    }
                </div>
            }
            <div class="compare-actions">
                <button type="button" class="pill" data-export-redline="markdown" onclick={export("markdown")}>{ "Redline as Markdown" }</button>
                <button type="button" class="pill" data-export-redline="html" onclick={export("html")}>{ "Redline as HTML" }</button>
                if let (true, Some(on_request)) = (args.may_open, args.on_request.as_ref()) {
                    { compare_file_picker(on_request, "Compare with another file…") }
                }
                if let Some(onclick) = stop {
                    <button type="button" class="pill" data-stop-compare="" {onclick}>{ "Stop comparing" }</button>
                }
            </div>
        </section>
    }
}

/// "China: 2 added, 1 reworded" as a filter: that lens, and only changed paragraphs.
fn by_lens_item(
    name: &str,
    counts: Counts,
    pressed: bool,
    hook: &'static str,
    id: &str,
    select: Callback<MouseEvent>,
    on_action: Callback<Action>,
) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        select.emit(event);
        if !pressed {
            on_action.emit(Action::FilterChanges(Some(ChangeFilter::Any)));
        }
    });
    let button = html! {
        <button type="button" class="compare-by-item" aria-pressed={pressed.to_string()} {onclick}>
            <span class="compare-by-name">{ name.to_owned() }</span>{ ": " }{ counts.describe() }
        </button>
    };
    // The hook carries the lens's id (`data-compare-theme="china"`).
    match hook {
        "data-compare-theme" => html! { <li data-compare-theme={id.to_owned()}>{ button }</li> },
        _ => html! { <li data-compare-stance={id.to_owned()}>{ button }</li> },
    }
}

/// A file name from a title: lowercase words joined by hyphens.
fn file_stem(title: &str) -> String {
    let stem: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(8).map(str::to_lowercase).collect();
    if stem.is_empty() {
        "statement".to_owned()
    } else {
        stem.join("-")
    }
}
