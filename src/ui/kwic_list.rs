//! Keyword in context: one line per match with a few words either side; activating one jumps to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, Shared};
use crate::core::{HitIndex, SearchIndex, SearchResult};

/// Words shown either side of a match.
const CONTEXT_WORDS: usize = 5;
/// Lines listed at most; past that the list says how many more there are.
const MAX_LINES: usize = 200;

#[derive(Properties, PartialEq)]
pub struct KwicListProps {
    pub index: Shared<SearchIndex>,
    pub result: Rc<SearchResult>,
    /// The current match, when `result` is the live one (it may lag behind while typing).
    pub current: Option<HitIndex>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn KwicList(props: &KwicListProps) -> Html {
    let total = props.result.total;
    if total == 0 {
        return html! {};
    }
    let lines = (0..total.min(MAX_LINES)).filter_map(|k| {
        let context = props.index.context(&props.result, k, CONTEXT_WORDS)?;
        let on_action = props.on_action.clone();
        let current = (Some(HitIndex(k)) == props.current).then_some("true");
        Some(html! {
            <li key={k}>
                <button type="button" class="kwic-line" aria-current={current}
                    onclick={move |_| on_action.emit(Action::GoToHit(HitIndex(k)))}>
                    <span class="kwic-para">{ format!("¶{}", context.paragraph + 1) }</span>
                    <span class="kwic-text">
                        { context.before }<mark class="kwic-mark">{ context.hit }</mark>{ context.after }
                    </span>
                </button>
            </li>
        })
    });
    html! {
        <details class="kwic" open=true>
            <summary>{ format!("Matches in context ({total})") }</summary>
            <ol>{ for lines }</ol>
            if total > MAX_LINES {
                <p class="kwic-more">{ format!("…and {} more; refine the search to list them.", total - MAX_LINES) }</p>
            }
        </details>
    }
}
