//! A reader's own highlights and notes, anchored so they survive changes to the document.
//!
//! Each highlight keeps the W3C Web Annotation selectors: a position (paragraph number and
//! character offsets in its text) and a quote (the exact text with some prefix and suffix). On
//! load it is re-anchored by position when the text there still matches, else by the quote —
//! in the same paragraph first, then anywhere — preferring the occurrence whose context matches
//! best and that lies nearest; one that cannot be found is an orphan, listed, never dropped.

use std::ops::Range;

use serde::Serialize;

use crate::document::Document;
use crate::json::{one_of, FromJson, Value};

mod cite;
mod interchange;
mod saved;

pub use cite::{cite, CitationFormat};
pub use interchange::{export_annotations, export_markdown, import_annotations};
pub use saved::{merge, parse_saved, serialize_saved, storage_key, Saved, STORAGE_KEY_PREFIX};

/// How much context a quote keeps on each side (characters).
pub const CONTEXT_CHARS: usize = 32;
/// The saved-data schema; older or newer data is kept aside, not misread.
pub const SCHEMA: u32 = 1;

/// Highlight colours, named for what they look like (the stylesheet gives each a light and a
/// dark tint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum HighlightColour {
    Yellow,
    Green,
    Blue,
    Pink,
    Purple,
}

impl HighlightColour {
    pub const ALL: [HighlightColour; 5] = [Self::Yellow, Self::Green, Self::Blue, Self::Pink, Self::Purple];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yellow => "yellow",
            Self::Green => "green",
            Self::Blue => "blue",
            Self::Pink => "pink",
            Self::Purple => "purple",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Yellow => "Yellow",
            Self::Green => "Green",
            Self::Blue => "Blue",
            Self::Pink => "Pink",
            Self::Purple => "Purple",
        }
    }
}

/// W3C TextQuoteSelector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextQuote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// One highlight, with an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub id: String,
    /// Paragraph number (from 1) when it was made.
    pub paragraph: usize,
    /// Character (Unicode scalar) offsets in that paragraph's text: W3C TextPositionSelector.
    pub start: usize,
    pub end: usize,
    pub quote: TextQuote,
    pub colour: HighlightColour,
    pub note: String,
    /// ISO 8601 times, from the browser's clock.
    pub created: String,
    pub updated: String,
}

impl FromJson for HighlightColour {
    fn read(value: &Value) -> Result<Self, String> {
        Ok(Self::ALL[one_of(value, &Self::ALL.map(Self::as_str))?])
    }
}

crate::from_json_fields!(TextQuote { required: [exact], optional: [prefix, suffix] });

crate::from_json_fields!(Highlight {
    required: [id, paragraph, start, end, quote, colour, created, updated],
    optional: [note],
});

/// Where a highlight sits now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// Paragraph index (from 0) and byte range in its text.
    Found {
        paragraph: usize,
        range: Range<usize>,
        moved: bool,
    },
    Orphan,
}

fn byte_at(text: &str, chars: usize) -> Option<usize> {
    if chars == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(chars).map(|(b, _)| b)
}

fn char_at(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The last `n` characters before byte `at` and the first `n` after byte `end`.
fn context(text: &str, at: usize, end: usize) -> (String, String) {
    let before: Vec<char> = text[..at].chars().rev().take(CONTEXT_CHARS).collect();
    let prefix: String = before.into_iter().rev().collect();
    let suffix: String = text[end..].chars().take(CONTEXT_CHARS).collect();
    (prefix, suffix)
}

impl Highlight {
    /// A new highlight of bytes `range` of paragraph index `p`. `None` if the range is empty, out
    /// of bounds or not on char boundaries.
    pub fn new(
        document: &Document,
        p: usize,
        range: Range<usize>,
        colour: HighlightColour,
        id: String,
        now: String,
    ) -> Option<Self> {
        let text = &document.paragraphs.get(p)?.text;
        if range.is_empty()
            || range.end > text.len()
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            return None;
        }
        let (prefix, suffix) = context(text, range.start, range.end);
        Some(Self {
            id,
            paragraph: p + 1,
            start: char_at(text, range.start),
            end: char_at(text, range.end),
            quote: TextQuote { exact: text[range.clone()].to_owned(), prefix, suffix },
            colour,
            note: String::new(),
            created: now.clone(),
            updated: now,
        })
    }

    /// Finds the highlight in `document` (see the module rules).
    pub fn anchor(&self, document: &Document) -> Anchor {
        if self.quote.exact.is_empty() {
            return Anchor::Orphan;
        }
        // 1. By position, when the text there is still the quote.
        if let Some(p) = self.paragraph.checked_sub(1).and_then(|i| document.paragraphs.get(i)) {
            if let (Some(a), Some(b)) = (byte_at(&p.text, self.start), byte_at(&p.text, self.end)) {
                if a <= b && p.text[a..b] == self.quote.exact {
                    return Anchor::Found { paragraph: self.paragraph - 1, range: a..b, moved: false };
                }
            }
        }
        // 2. By quote: every occurrence, scored by matching context, then by nearness.
        let mut best: Option<(usize, usize, usize, Range<usize>)> = None; // (score, distance, p, range)
        for (i, p) in document.paragraphs.iter().enumerate() {
            for (at, _) in p.text.match_indices(self.quote.exact.as_str()) {
                let end = at + self.quote.exact.len();
                let (prefix, suffix) = context(&p.text, at, end);
                let score = common_suffix(&prefix, &self.quote.prefix) + common_prefix(&suffix, &self.quote.suffix);
                let distance = i.abs_diff(self.paragraph.saturating_sub(1)) * 1_000_000
                    + char_at(&p.text, at).abs_diff(self.start);
                let better = match &best {
                    None => true,
                    Some((s, d, _, _)) => score > *s || (score == *s && distance < *d),
                };
                if better {
                    best = Some((score, distance, i, at..end));
                }
            }
        }
        match best {
            Some((_, _, paragraph, range)) => Anchor::Found { paragraph, range, moved: true },
            None => Anchor::Orphan,
        }
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}
