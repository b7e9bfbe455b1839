//! Text folding for search: what users type meets what was typeset.
//!
//! Folding (see `docs/search-semantics.md`): NFKD, combining marks removed, full case folding
//! (unless matching case), typographic quotes and dashes to ASCII, whitespace runs to one space.
//! A [`Folded`] text remembers, for every byte, which original character it came from, so a match
//! in folded text maps back to an exact range of the original.

use std::ops::Range;
use std::sync::OnceLock;

/// A generated folding table (see `build.rs`): sorted code points and what each folds to.
struct FoldTable(Vec<(u32, &'static str)>);

impl FoldTable {
    /// Decodes `blob`: per entry, the code point's distance from the previous one (LEB128), the
    /// folded form's length in bytes, then the folded form as UTF-8.
    fn decode(blob: &'static [u8]) -> Self {
        let mut entries = Vec::with_capacity(blob.len() / 4);
        let (mut at, mut code_point) = (0usize, 0u32);
        while at < blob.len() {
            let (mut delta, mut shift) = (0u32, 0);
            while let Some(&byte) = blob.get(at) {
                at += 1;
                delta |= u32::from(byte & 0x7f) << shift;
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
            }
            code_point += delta;
            let len = usize::from(blob.get(at).copied().unwrap_or(0));
            let value = blob.get(at + 1..at + 1 + len).and_then(|v| std::str::from_utf8(v).ok());
            at += 1 + len;
            if let Some(value) = value {
                entries.push((code_point, value));
            }
        }
        Self(entries)
    }

    fn get(&self, c: char) -> Option<&'static str> {
        let at = self.0.binary_search_by_key(&u32::from(c), |&(cp, _)| cp).ok()?;
        Some(self.0[at].1)
    }
}

/// The case-keeping fold of every code point that does not fold to itself, decoded on first use.
fn matching_case() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| FoldTable::decode(include_bytes!(concat!(env!("OUT_DIR"), "/fold_matching_case.bin"))))
}

/// Ignoring case, the few code points whose fold is not their case-keeping fold lowercased.
fn case_exceptions() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| FoldTable::decode(include_bytes!(concat!(env!("OUT_DIR"), "/fold_case_exceptions.bin"))))
}

/// Hangul syllables decompose by their algorithm (Unicode §3.12) into conjoining jamo, which
/// fold to themselves.
fn decompose_hangul(c: char, emit: &mut impl FnMut(char)) -> bool {
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    const V_COUNT: u32 = 21;
    const T_COUNT: u32 = 28;
    let s = u32::from(c).wrapping_sub(S_BASE);
    if s >= 19 * V_COUNT * T_COUNT {
        return false;
    }
    let jamo = [L_BASE + s / (V_COUNT * T_COUNT), V_BASE + (s % (V_COUNT * T_COUNT)) / T_COUNT, T_BASE + s % T_COUNT];
    for (i, cp) in jamo.into_iter().enumerate() {
        if i < 2 || cp != T_BASE {
            emit(char::from_u32(cp).unwrap_or(c));
        }
    }
    true
}

/// Calls `emit` with the folded form of `c` (zero, one or several characters): NFKD, combining
/// marks dropped, full case folding unless `match_case`, typographic quotes and dashes to ASCII.
/// Whitespace is not handled here: [`Folded::new`] collapses it. The rules are the Unicode
/// crates' (`fold_reference.rs`), precomputed into a table at build time and proved equal on
/// every code point by `tests/fold_table.rs`.
pub fn fold_char(c: char, match_case: bool, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(if match_case { c } else { c.to_ascii_lowercase() });
    } else if match_case {
        fold_keeping_case(c, emit);
    } else if let Some(folded) = case_exceptions().get(c) {
        folded.chars().for_each(emit);
    } else {
        fold_keeping_case(c, |f| f.to_lowercase().for_each(&mut emit));
    }
}

fn fold_keeping_case(c: char, mut emit: impl FnMut(char)) {
    if let Some(folded) = matching_case().get(c) {
        folded.chars().for_each(emit);
    } else if !decompose_hangul(c, &mut emit) {
        emit(c);
    }
}

/// A letter or digit: what words are made of (see "word start" in the search semantics).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether byte `at` of `text` starts a word: the text's start, or after a non-word character.
pub fn starts_word(text: &str, at: usize) -> bool {
    // `get`, not an index: no panic path (and its formatting) in the lite module.
    !text.get(..at).and_then(|head| head.chars().next_back()).is_some_and(is_word_char)
}

/// Whether byte `at` of `text` ends a word: the text's end, or before a non-word character.
pub fn ends_word(text: &str, at: usize) -> bool {
    !text.get(at..).and_then(|tail| tail.chars().next()).is_some_and(is_word_char)
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
