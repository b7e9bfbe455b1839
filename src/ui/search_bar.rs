//! The search box with its match count, previous/next buttons, notice and live announcement.

use yew::prelude::*;

use super::drawn::DrawnAhead;
use super::hooks::use_debounced;
use super::search_notice::SearchNotice;
use crate::app::search_text::{announcement, count_text, ANNOUNCE_AFTER_MS};
use crate::app::{Action, Notice, SearchState};

#[derive(Properties, PartialEq)]
pub struct SearchBarProps {
    pub search: SearchState,
    /// Before `Ready` the box's text is left as it is: typing may go on while the reader
    /// hydrates (taking over from the lite first module), and hydration would clear it.
    pub ready: bool,
    pub notice: Option<Notice>,
    /// A new query: drawn at once where it can be, then given to the state (`reader/ahead.rs`).
    pub on_query: Callback<String>,
    /// A query drawn but not yet in the state: the box shows it (it holds it already).
    pub drawn_ahead: DrawnAhead,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SearchBar(props: &SearchBarProps) -> Html {
    let on_action = props.on_action.clone();
    let oninput = props.on_query.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let onkeydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                on_action.emit(if e.shift_key() { Action::PreviousHit } else { Action::NextHit });
            }
            "Escape" => {
                e.prevent_default();
                on_action.emit(Action::ClearSearch);
            }
            _ => {}
        })
    };
    let step = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let has_hits = props.search.total() > 0;
    let notice = props.notice.as_ref().map(Notice::text);
    let status = use_node_ref();
    let spoken = format!(
        "{}{}",
        announcement(&props.search.query, props.search.result.as_deref()),
        notice.as_ref().map(|n| format!(" {n}")).unwrap_or_default()
    );
    let spoken = use_debounced(spoken, ANNOUNCE_AFTER_MS);
    html! {
        <form class="search needs-js" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="search-row">
                <label class="search-field">
                    <span class="visually-hidden">{ "Search the statement" }</span>
                    <input type="search" value={props.ready.then(|| props.drawn_ahead.borrow().as_ref().map_or_else(|| props.search.query.clone(), |drawn| drawn.query().to_owned()))} {oninput} {onkeydown}
                        placeholder="Search the statement" autocomplete="off" spellcheck="false"
                        enterkeyhint="search" aria-keyshortcuts="/" />
                    <kbd class="search-key" aria-hidden="true">{ "/" }</kbd>
                </label>
                <span class="hit-count" data-hit-count="">{ count_text(props.search.result.as_deref(), props.search.current) }</span>
                <button type="button" class="step" aria-label="Previous match" aria-keyshortcuts="Shift+Enter Shift+F3"
                    disabled={!has_hits} onclick={step(Action::PreviousHit)}>
                    <span aria-hidden="true">{ "↑" }</span>
                </button>
                <button type="button" class="step" aria-label="Next match" aria-keyshortcuts="Enter F3"
                    disabled={!has_hits} onclick={step(Action::NextHit)}>
                    <span aria-hidden="true">{ "↓" }</span>
                </button>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite" ref={status.clone()}>{ spoken }</p>
            <SearchNotice {status} notice={notice.map(AttrValue::from)} />
        </form>
    }
}
