//! Text folding for search: what users type meets what was typeset.
//!
//! Folding (see `docs/search-semantics.md`): NFKD, combining marks removed, full case folding
//! (unless matching case), typographic quotes and dashes to ASCII, whitespace runs to one space.
//! A [`Folded`] text remembers, for every byte, which original character it came from, so a match
//! in folded text maps back to an exact range of the original.

use std::ops::Range;

use caseless::Caseless;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Typographic punctuation that folds to ASCII before anything else.
fn fold_punctuation(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        other => other,
    }
}

/// Calls `emit` with the folded form of `c` (zero, one or several characters). Whitespace is
/// not handled here: [`Folded::new`] collapses it.
pub fn fold_char(c: char, match_case: bool, mut emit: impl FnMut(char)) {
    let c = fold_punctuation(c);
    if c.is_ascii() {
        emit(if match_case { c } else { c.to_ascii_lowercase() });
        return;
    }
    // NFKD and drop marks; case-fold; then NFKD and drop marks again, because folding can
    // produce decomposable characters (`İ` folds to `i` + U+0307).
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        let d = fold_punctuation(d);
        if match_case {
            emit(d);
        } else {
            for f in std::iter::once(d).default_case_fold() {
                decompose_compatible(f, |g| {
                    if !is_combining_mark(g) {
                        emit(fold_punctuation(g));
                    }
                });
            }
        }
    });
}

/// A letter or digit: what words are made of (see "word start" in the search semantics).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether byte `at` of `text` starts a word: the text's start, or after a non-word character.
pub fn starts_word(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(is_word_char)
}

/// Whether byte `at` of `text` ends a word: the text's end, or before a non-word character.
pub fn ends_word(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_char)
}

/// Folds a whole string (a query term): same rules, whitespace runs become one space, trimmed.
pub fn fold_str(text: &str, match_case: bool) -> String {
    Folded::new(text, match_case).text.trim().to_owned()
}

/// A folded text with a map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte range of the original character it came from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    pub fn new(original: &str, match_case: bool) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut previous_was_space = false;
        for (start, c) in original.char_indices() {
            let span = (start as u32, (start + c.len_utf8()) as u32);
            if c.is_whitespace() {
                if !previous_was_space {
                    text.push(' ');
                    origin.push(span);
                    previous_was_space = true;
                }
                continue;
            }
            previous_was_space = false;
            let before = origin.len();
            fold_char(c, match_case, |f| {
                text.push(f);
                origin.extend(std::iter::repeat_n(span, f.len_utf8()));
            });
            // A character that folds to nothing (a combining mark) joins the one before it, so
            // a highlight never splits "e" from its accent.
            if origin.len() == before {
                if let Some(last) = origin.last_mut() {
                    last.1 = span.1;
                }
            }
        }
        Self { text, origin }
    }

    /// The original byte range covering folded bytes `range` (which must be non-empty and on
    /// char boundaries of `text`). Always on char boundaries of the original.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin[range.start].0 as usize;
        let end = self.origin[range.end - 1].1 as usize;
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        Folded::new(s, false).text
    }

    #[test]
    fn folds_accents_ligatures_widths_and_case() {
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold("ﬁnance"), "finance");
        assert_eq!(fold("ＵＫ"), "uk");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ΣΊΣΥΦΟΣ"), "σισυφοσ");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn folds_quotes_dashes_and_whitespace() {
        assert_eq!(fold("Ukraine’s ‘x’ ‛y′"), "ukraine's 'x' 'y'");
        assert_eq!(fold("“law”"), "\"law\"");
        assert_eq!(fold("a–b—c‐d−e"), "a-b-c-d-e");
        assert_eq!(fold("a \t\n\u{00A0} b"), "a b");
    }

    #[test]
    fn match_case_keeps_case_but_folds_the_rest() {
        assert_eq!(Folded::new("Café’s", true).text, "Cafe's");
    }

    #[test]
    fn maps_back_to_original_characters() {
        let original = "Iran’s ﬁne";
        let folded = Folded::new(original, false);
        assert_eq!(folded.text, "iran's fine");
        // "'s" → "’s"
        let at = folded.text.find("'s").unwrap();
        assert_eq!(&original[folded.original_range(at..at + 2)], "’s");
        // "fi" inside the ligature maps to the whole ligature
        let at = folded.text.find("fi").unwrap();
        assert_eq!(&original[folded.original_range(at..at + 1)], "ﬁ");
        assert_eq!(&original[folded.original_range(at..at + 4)], "ﬁne");
    }

    #[test]
    fn fold_str_trims_and_collapses() {
        assert_eq!(fold_str("  Law  of\tthe SEA ", false), "law of the sea");
    }
}
