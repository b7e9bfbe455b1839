//! The first load's side of comparing: a request is remembered for this tab and the page loads
//! again, so `boot.js` starts the comparing build (which has everything else). A file that is not
//! a statement is refused here, before anything reloads.

use std::rc::Rc;

use yew::prelude::*;

use super::{CompareHandle, CompareRequest, CompareWith, Stashed};
use crate::app::changes::{ComparisonView, ParagraphChanges, RedlinePiece, SentenceChange};
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::layers::Span;
use crate::core::Document;
use crate::ui::browser;
use crate::ui::host::Host;

#[hook]
pub fn use_compare(host: &Host) -> CompareHandle {
    let error = use_state(|| None::<String>);
    let on_request = {
        let error = error.clone();
        use_callback((), move |request: CompareRequest, ()| {
            let (error, refused) = (error.clone(), error.clone());
            let remember = move |stashed: Stashed| {
                if browser::write_session(browser::COMPARE_WITH_KEY, Some(&stashed.encode())) {
                    browser::reload();
                } else {
                    refused.set(Some(
                        "This browser would not keep the file for the comparison (storage is full or blocked).".into(),
                    ));
                }
            };
            match request {
                CompareRequest::Builtin => remember(Stashed::Builtin),
                CompareRequest::File(file) => {
                    let name = file.name();
                    wasm_bindgen_futures::spawn_local(async move {
                        match browser::read_opened(browser::ReadFrom::File(file)).await {
                            Ok((_, kept)) => remember(Stashed::File { name, text: kept }),
                            Err(message) => error.set(Some(message)),
                        }
                    });
                }
                CompareRequest::Spelling(_) | CompareRequest::Stop => {}
            }
        })
    };
    CompareHandle { with: None, on_request: host.is_page().then_some(on_request), error: (*error).clone() }
}

/// There is never a comparison to show in the first load.
#[hook]
pub fn use_comparison_view(
    _document: &Rc<Document>,
    _analysis: &Shared<Analysis>,
    _with: Option<Rc<CompareWith>>,
) -> Option<Rc<ComparisonView>> {
    None
}

/// Nor a summary.
pub fn summary_panel(_args: super::PanelArgs) -> Html {
    Html::default()
}

/// No comparison: no sentence changed.
pub fn sentence_change(_changes: Option<&ParagraphChanges>, _n: usize) -> Option<&SentenceChange> {
    None
}

/// The sentence as one run.
pub fn sentence_runs(_change: Option<&SentenceChange>, range: std::ops::Range<usize>) -> Vec<RedlinePiece<'_>> {
    vec![RedlinePiece::Shown { range, inserted: false }]
}

/// No removed sentences.
pub fn removed_sentences(_changes: Option<&ParagraphChanges>, _after: Option<usize>) -> Html {
    Html::default()
}

/// No moved sentences.
pub fn moved_links(_changes: Option<&ParagraphChanges>) -> Html {
    Html::default()
}

/// No inserted words.
pub fn inserted_words(_changes: Option<&ParagraphChanges>) -> Vec<Span> {
    Vec::new()
}
