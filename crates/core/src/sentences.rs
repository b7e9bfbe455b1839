//! Sentence segmentation tuned for diplomatic prose.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets) followed by
//! whitespace and then something that can start a sentence (a capital, a digit, an opening
//! quote or bracket). A full stop does not end a sentence when it closes an abbreviation:
//! a dotted one (`U.S.`, `UK-U.S.`, `e.g.`), a single capital initial (`J. Smith`) or a
//! listed title (`Mr.`, `Dr.`, `No.`, `Sept.`…). Decimals (`2.5`) and ranges (`10-11`) never
//! contain "terminator + whitespace", so they are never split.
//!
//! Known trade-off: a sentence that really ends with a dotted abbreviation ("… the U.S. The
//! next …") is kept with the following one; in this genre that is rarer than the false split.

use std::ops::Range;

/// Abbreviations (compared case-insensitively, without the final dot) after which a full stop
/// is not a sentence end.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov", "amb",
    "hon", "rt", "jr", "sr", "vs", "cf", "approx", "dept", "art", "para", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn can_start_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

/// The word that ends right before byte `dot` (letters, digits and inner dots), without the dot.
fn word_before(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// Whether the full stop at byte `dot` closes an abbreviation rather than a sentence.
fn closes_abbreviation(text: &str, dot: usize) -> bool {
    let word = word_before(text, dot);
    if word.is_empty() {
        return false;
    }
    // Dotted abbreviations: "U.S", "e.g", "i.e" (each part one or two letters).
    if word.contains('.') {
        return word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic));
    }
    let mut chars = word.chars();
    // A single capital letter is an initial.
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Splits `text` into sentences. The returned byte ranges are non-empty, contiguous, in order,
/// on char boundaries, and together cover `text` exactly (an empty text gives no ranges).
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // The end of the terminator run and of any closing quotes or brackets.
        let mut j = i;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        // Whitespace must follow, then something that starts a sentence.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let ends_here = k > j
            && k < chars.len()
            && can_start_sentence(chars[k].1)
            && !(c == '.' && j == i + 1 && closes_abbreviation(text, at));
        if ends_here {
            let boundary = chars[k].0;
            ranges.push(start..boundary);
            start = boundary;
        }
        i = k.max(i + 1);
    }
    if start < text.len() {
        ranges.push(start..text.len());
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_ranges(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_full_stops_followed_by_a_capital() {
        assert_eq!(split("One. Two! Three? Four"), ["One. ", "Two! ", "Three? ", "Four"]);
    }

    #[test]
    fn keeps_dotted_abbreviations_initials_and_titles() {
        assert_eq!(split("The UK-U.S. Strategic Dialogue met."), ["The UK-U.S. Strategic Dialogue met."]);
        assert_eq!(
            split("Talks with J. Smith and Dr. Jones. Then lunch."),
            ["Talks with J. Smith and Dr. Jones. ", "Then lunch."]
        );
        assert_eq!(split("See e.g. Annex 2. It helps."), ["See e.g. Annex 2. ", "It helps."]);
    }

    #[test]
    fn keeps_decimals_and_ranges() {
        assert_eq!(
            split("Held 10-11 September. Growth was 2.5 per cent. Done."),
            ["Held 10-11 September. ", "Growth was 2.5 per cent. ", "Done."]
        );
    }

    #[test]
    fn does_not_split_before_lowercase() {
        assert_eq!(split("It cost approx. ten. And more."), ["It cost approx. ten. ", "And more."]);
        assert_eq!(split("a. b. c."), ["a. b. c."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("He said “No.” Then left."), ["He said “No.” ", "Then left."]);
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(split("").is_empty());
        assert_eq!(split("   "), ["   "]);
    }
}
