//! Search: filter paragraphs by every term, highlight every match (see `docs/search-semantics.md`).
//!
//! The document is folded once per case mode when the index is built; a query folds only its
//! terms. Matches are found in folded text and mapped back to exact ranges of the original.

use std::ops::Range;
use std::rc::Rc;

use super::document::Document;
use super::fold::{ends_word, is_word_char, starts_word, Folded};
use super::query::parse_terms;
use super::ranges::leftmost_longest;

/// The search toggles (both off by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SearchOptions {
    /// No case folding (the other foldings still apply).
    pub match_case: bool,
    /// A match must also end at a word end.
    pub whole_word: bool,
    /// "Highlight only" (browser-find behaviour): no filtering; every paragraph with a match of
    /// any term is in the result. Off: only paragraphs containing every term (AND filter).
    pub highlight_only: bool,
}

/// The matches in one shown paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphHits {
    /// Index into `Document::paragraphs`.
    pub index: usize,
    /// The document-order number (`data-hit`) of this paragraph's first match.
    pub first: usize,
    /// Byte ranges in the paragraph's original text: sorted, non-overlapping, on char boundaries.
    pub ranges: Rc<[Range<usize>]>,
}

/// The outcome of a query: which paragraphs are shown and every match in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    /// The folded terms.
    pub terms: Vec<String>,
    /// Paragraphs with matches, in document order: those containing every term, or with
    /// `highlight_only` those containing any.
    pub paragraphs: Vec<ParagraphHits>,
    /// The number of matches in those paragraphs.
    pub total: usize,
    /// Whether paragraphs outside `paragraphs` are hidden (filter mode).
    pub filters: bool,
}

impl SearchResult {
    /// Paragraph index and original range of match `k` (document order).
    pub fn hit(&self, k: usize) -> Option<(usize, Range<usize>)> {
        let p = self.paragraphs.iter().rev().find(|p| p.first <= k)?;
        p.ranges.get(k - p.first).map(|r| (p.index, r.clone()))
    }

    /// Whether paragraph `index` is shown.
    pub fn shows(&self, index: usize) -> bool {
        !self.filters || self.paragraph(index).is_some()
    }

    /// The hits of paragraph `index`, if it has any.
    pub fn paragraph(&self, index: usize) -> Option<&ParagraphHits> {
        self.paragraphs.binary_search_by_key(&index, |p| p.index).ok().map(|i| &self.paragraphs[i])
    }
}

/// A document folded for searching, built once.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    texts: Vec<String>,
    folded: Vec<Searchable>,
    /// Folded keeping case, made at the first search that matches case: few do, and start-up
    /// (which makes the index) halves.
    folded_case: std::cell::OnceCell<Vec<Searchable>>,
}

/// The same texts make the same index, whichever foldings have been made yet.
impl PartialEq for SearchIndex {
    fn eq(&self, other: &Self) -> bool {
        self.texts == other.texts
    }
}

impl Eq for SearchIndex {}

/// One paragraph folded, with where its words may start: a match can begin only there, so a
/// term is tried at those few places rather than found anywhere and then rejected (a one-letter
/// query over 1,400 paragraphs went from ~8 ms to ~1 ms).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Searchable {
    folded: Folded,
    /// Byte offsets in `folded.text` that start a word (see [`starts_word`]), ascending.
    word_starts: Vec<u32>,
}

impl Searchable {
    fn new(text: &str, match_case: bool) -> Self {
        let folded = Folded::new(text, match_case);
        let mut word_starts = Vec::new();
        let mut after_word = false;
        for (at, c) in folded.text.char_indices() {
            if !after_word {
                word_starts.push(at as u32);
            }
            after_word = is_word_char(c);
        }
        debug_assert!(word_starts.iter().all(|&at| starts_word(&folded.text, at as usize)));
        Self { folded, word_starts }
    }

    /// Non-overlapping matches of `term`, left to right, each starting at a word start.
    fn find(&self, term: &str, whole_word: bool) -> Vec<Range<usize>> {
        let (text, term) = (self.folded.text.as_bytes(), term.as_bytes());
        let Some(&first) = term.first() else { return Vec::new() };
        let mut found = Vec::new();
        let mut from = 0;
        for &start in &self.word_starts {
            let start = start as usize;
            // The first byte alone turns most places down, cheaply.
            if text.get(start) != Some(&first) || start < from {
                continue;
            }
            let end = start + term.len();
            if text[start..].starts_with(term) && (!whole_word || ends_word(&self.folded.text, end)) {
                found.push(start..end);
                from = end;
            }
        }
        found
    }
}

impl SearchIndex {
    /// How many paragraphs the indexed document has.
    pub fn paragraph_count(&self) -> usize {
        self.texts.len()
    }

    /// The text of paragraph `index`, as indexed.
    pub fn text(&self, index: usize) -> Option<&str> {
        self.texts.get(index).map(String::as_str)
    }

    pub fn new(document: &Document) -> Self {
        Self::from_texts(document.paragraphs.iter().map(|p| p.text.clone()).collect())
    }

    /// The index of paragraphs given as their texts, in document order (the lite first module
    /// reads them from the prerendered page).
    pub fn from_texts(texts: Vec<String>) -> Self {
        let folded = texts.iter().map(|t| Searchable::new(t, false)).collect();
        Self { texts, folded, folded_case: std::cell::OnceCell::new() }
    }

    /// Runs a query. `None` when the query has no terms: everything shown, nothing highlighted.
    pub fn search(&self, query: &str, options: SearchOptions) -> Option<SearchResult> {
        self.search_within(query, options, |_| true)
    }

    /// Runs a query over the paragraphs `within` admits (a selected theme, say); the others are
    /// neither matched nor counted.
    pub fn search_within(
        &self,
        query: &str,
        options: SearchOptions,
        within: impl Fn(usize) -> bool,
    ) -> Option<SearchResult> {
        let terms = parse_terms(query, options.match_case);
        if terms.is_empty() {
            return None;
        }
        let folded = if options.match_case {
            self.folded_case.get_or_init(|| self.texts.iter().map(|t| Searchable::new(t, true)).collect())
        } else {
            &self.folded
        };
        let mut paragraphs = Vec::new();
        let mut total = 0;
        'paragraphs: for (index, text) in folded.iter().enumerate() {
            if !within(index) {
                continue;
            }
            let mut ranges = Vec::new();
            for term in &terms {
                let found = text.find(term, options.whole_word);
                if found.is_empty() && !options.highlight_only {
                    continue 'paragraphs;
                }
                ranges.extend(found.into_iter().map(|r| text.folded.original_range(r)));
            }
            if ranges.is_empty() {
                continue;
            }
            // One term's matches are already in order and apart.
            let ranges = if terms.len() == 1 { ranges } else { leftmost_longest(ranges) };
            paragraphs.push(ParagraphHits { index, first: total, ranges: ranges.as_slice().into() });
            total += ranges.len();
        }
        Some(SearchResult { terms, paragraphs, total, filters: !options.highlight_only })
    }

    /// Keyword in context for match `k`: up to `words` words either side, cut at word
    /// boundaries, with `…` where the paragraph goes on.
    pub fn context(&self, result: &SearchResult, k: usize, words: usize) -> Option<Context> {
        let (index, range) = result.hit(k)?;
        let text = &self.texts[index];
        Some(Context {
            paragraph: index,
            before: words_before(&text[..range.start], words),
            hit: text[range.clone()].to_owned(),
            after: words_after(&text[range.end..], words),
        })
    }
}

/// A match with a few words either side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub paragraph: usize,
    pub before: String,
    pub hit: String,
    pub after: String,
}

fn words_before(text: &str, words: usize) -> String {
    match nth_word_end(text.char_indices().rev(), words) {
        Some((i, c)) => format!("…{}", &text[i + c.len_utf8()..]),
        None => text.to_owned(),
    }
}

fn words_after(text: &str, words: usize) -> String {
    match nth_word_end(text.char_indices(), words) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

/// Walking `chars` (forwards or backwards), the whitespace that ends the `words`-th word;
/// `None` when there are not that many.
fn nth_word_end(chars: impl Iterator<Item = (usize, char)>, words: usize) -> Option<(usize, char)> {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in chars {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == words {
                    return Some((i, c));
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    None
}
