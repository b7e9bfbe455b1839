//! A comparison in the text (the comparing build): each sentence's change, the removed sentences
//! where they stood, the links to where moved sentences were, the inserted words as a mark layer.

use yew::prelude::*;

use std::ops::Range;

use crate::app::changes::{redline_pieces, ParagraphChanges, RedlinePiece, SentenceChange};
use crate::core::layers::Span;

/// Sentence `n`'s change, while comparing.
pub fn sentence_change(changes: Option<&ParagraphChanges>, n: usize) -> Option<&SentenceChange> {
    changes?.sentences.get(n)
}

/// Sentence `range` as runs of the shown text with the deleted words between them.
pub fn sentence_runs(change: Option<&SentenceChange>, range: Range<usize>) -> Vec<RedlinePiece<'_>> {
    redline_pieces(range, change.unwrap_or(&SentenceChange::Same))
}

/// `<del data-change="removed">` for each sentence of the other statement that stood after
/// sentence `after` (`None`: before the first).
pub fn removed_sentences(changes: Option<&ParagraphChanges>, after: Option<usize>) -> Html {
    changes
        .into_iter()
        .flat_map(|c| c.removed_after(after))
        .map(|r| html! { <del class="removed-sentence" data-change="removed">{ format!(" {}", r.text.trim()) }</del> })
        .collect()
}

/// For the paragraph's gutter: a link per moved sentence to the paragraph it stood in.
pub fn moved_links(changes: Option<&ParagraphChanges>) -> Html {
    changes
        .into_iter()
        .flat_map(|c| c.sentences.iter())
        .filter_map(|c| match c {
            SentenceChange::Moved { from } => Some(html! {
                <a class="moved-from" href={format!("#p{from}")}>
                    { format!("↕ ¶{from}") }
                    <span class="visually-hidden">{ format!(": a sentence here was moved; it stood in paragraph {from} of the other statement") }</span>
                </a>
            }),
            _ => None,
        })
        .collect()
}

/// The inserted words of the paragraph's reworded sentences, as a mark layer.
pub fn inserted_words(changes: Option<&ParagraphChanges>) -> Vec<Span> {
    changes
        .into_iter()
        .flat_map(|c| c.sentences.iter())
        .filter_map(|s| match s {
            SentenceChange::Reworded { inserted, .. } => Some(inserted.iter().map(|r| (r.clone(), 0))),
            _ => None,
        })
        .flatten()
        .collect()
}
