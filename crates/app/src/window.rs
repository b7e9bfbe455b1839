//! Which paragraphs carry their match marks. A short statement marks every match. A long one
//! marks only the paragraphs near the viewport (as the browser reports them) and those around
//! the current match in the result's order (where a step or the first match of a new query takes
//! the reader, before the browser has said what is near): a keystroke then re-renders a screenful
//! of paragraphs, not the whole document. Counts and "N of M" come from the result, never from
//! the marks.

use std::rc::Rc;

use statement_core::{ParagraphIndex, SearchResult};

/// Documents with more paragraphs than this mark only near the reader.
pub const WINDOWED_ABOVE: usize = 100;
/// Around the current match's paragraph, in the result's order: this many before and after.
const BEFORE_CURRENT: usize = 4;
const AFTER_CURRENT: usize = 16;

/// Per paragraph, whether its matches are marked; `None`: all are (a short document, no search).
pub fn marked_paragraphs(
    paragraphs: usize,
    result: Option<&SearchResult>,
    current: Option<ParagraphIndex>,
    near: Option<&[bool]>,
) -> Option<Rc<[bool]>> {
    let result = result?;
    if paragraphs <= WINDOWED_ABOVE {
        return None;
    }
    let mut marked: Vec<bool> = match near {
        Some(near) => (0..paragraphs).map(|i| near.get(i).copied().unwrap_or(false)).collect(),
        None => vec![false; paragraphs],
    };
    let at = current.and_then(|c| result.paragraphs.iter().position(|p| p.index == c.0)).unwrap_or(0);
    let from = at.saturating_sub(BEFORE_CURRENT);
    let to = (at + AFTER_CURRENT + 1).min(result.paragraphs.len());
    for hits in &result.paragraphs[from..to] {
        if let Some(slot) = marked.get_mut(hits.index) {
            *slot = true;
        }
    }
    Some(marked.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use statement_core::{builtin, Document, Metadata, SearchIndex, SearchOptions};

    fn long_document(copies: usize) -> Document {
        let text: Vec<String> = builtin::statement().paragraphs.iter().map(|p| p.text.clone()).collect();
        let text = vec![text.join("\n"); copies].join("\n");
        Document::from_plain_text(Metadata::default(), &text)
    }

    #[test]
    fn a_short_statement_marks_everything() {
        let doc = builtin::statement();
        let result = SearchIndex::new(doc).search("iran", SearchOptions::default()).unwrap();
        assert_eq!(marked_paragraphs(doc.paragraphs.len(), Some(&result), None, None), None);
    }

    #[test]
    fn a_long_one_marks_what_is_near_and_around_the_current_match() {
        let doc = long_document(20);
        let n = doc.paragraphs.len();
        assert!(n > WINDOWED_ABOVE);
        let index = SearchIndex::new(&doc);
        let result = index.search("the", SearchOptions::default()).unwrap();
        assert_eq!(marked_paragraphs(n, None, None, None), None, "no search: nothing to mark");
        let mut near = vec![false; n];
        near[200..204].fill(true);
        let marked = marked_paragraphs(n, Some(&result), Some(ParagraphIndex(0)), Some(&near)).unwrap();
        let marked_at: Vec<usize> = (0..n).filter(|&i| marked[i]).collect();
        // The first 17 paragraphs with matches (from the current one on), and the near ones.
        let around: Vec<usize> = result.paragraphs.iter().take(AFTER_CURRENT + 1).map(|p| p.index).collect();
        assert!(around.iter().all(|i| marked[*i]));
        assert!((200..204).all(|i| marked[i]));
        assert_eq!(marked_at.len(), around.len() + 4);
        // Far from both: unmarked, so a keystroke does not touch it.
        assert!(!marked[150]);
        // Stepping deep into the result carries the window along.
        let deep = result.paragraphs[100].index;
        let marked = marked_paragraphs(n, Some(&result), Some(ParagraphIndex(deep)), None).unwrap();
        assert!(marked[deep] && marked[result.paragraphs[100 - BEFORE_CURRENT].index]);
        assert!(!marked[result.paragraphs[0].index]);
    }
}
