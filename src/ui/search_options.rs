//! Search toggles (match case, whole word, highlight only) and "copy link".

use yew::prelude::*;

use crate::app::Action;
use crate::core::SearchOptions;

/// The toggles for `options`; *Copy link* when `on_copy_link` is given (the standalone page
/// only). A plain function: its parent redraws it only when these change.
pub fn search_options(
    options: SearchOptions,
    on_action: &Callback<Action>,
    on_copy_link: Option<&Callback<()>>,
) -> Html {
    // `data-search-option`: the lite first module (`crates/lite`) serves these before the reader.
    let toggle =
        |checked: bool, option: &'static str, label: &'static str, hint: &'static str, make: fn(bool) -> Action| {
            let on_action = on_action.clone();
            let onchange = Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                on_action.emit(make(input.checked()));
            });
            html! {
                <label class="option" title={hint}>
                    <input type="checkbox" data-search-option={option} {checked} {onchange} />
                    <span>{ label }</span>
                </label>
            }
        };
    let copy = on_copy_link.map(|on_copy| {
        let onclick = on_copy.reform(|_: MouseEvent| ());
        html! { <button type="button" class="pill copy-link" {onclick}>{ "Copy link" }</button> }
    });
    html! {
        <div class="search-options needs-js" role="group" aria-label="Search options">
            { toggle(options.match_case, "case", "Match case", "Upper and lower case must match", Action::SetMatchCase) }
            { toggle(options.whole_word, "word", "Whole word", "Matches must end at a word end", Action::SetWholeWord) }
            { toggle(options.highlight_only, "highlight", "Highlight only", "Keep every paragraph shown; only highlight matches", Action::SetHighlightOnly) }
            { for copy }
        </div>
    }
}
