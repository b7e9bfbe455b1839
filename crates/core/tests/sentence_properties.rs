#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the sentence splitter: the invariants every later feature relies on.

use proptest::prelude::*;
use statement_core::sentences::{sentence_ranges, ABBREVIATIONS};

/// Checks the range invariants: non-empty, contiguous, in order, on char boundaries, covering all.
fn assert_partition(text: &str) {
    let ranges = sentence_ranges(text);
    if text.is_empty() {
        assert!(ranges.is_empty());
        return;
    }
    assert_eq!(ranges.first().unwrap().start, 0);
    assert_eq!(ranges.last().unwrap().end, text.len());
    for pair in ranges.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "contiguous in {text:?}");
    }
    for r in &ranges {
        assert!(r.start < r.end, "non-empty in {text:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
}

/// Pieces that stress the rules: terminators, abbreviations, quotes, non-ASCII, odd whitespace.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("U.S. ".to_string()),
        Just("UK-U.S. ".to_string()),
        Just("e.g. ".to_string()),
        Just("Dr. ".to_string()),
        Just("J. ".to_string()),
        Just("2.5 ".to_string()),
        Just("10-11 September ".to_string()),
        Just(". ".to_string()),
        Just("?! ".to_string()),
        Just("…".to_string()),
        Just("” ".to_string()),
        Just("“".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{200B}".to_string()),
        Just("é\u{0301}".to_string()),
        Just("🇬🇧".to_string()),
        "[A-Za-z]{1,8}",
        "[ \t\n]{1,3}",
        any::<char>().prop_map(String::from),
    ]
}

/// A plain sentence: a capitalised word, more lowercase words, a full stop. Its last word is not
/// a listed abbreviation ("… the lt." is ambiguous by design).
fn plain_sentence() -> impl Strategy<Value = String> {
    ("[A-Z][a-z]{1,8}", prop::collection::vec("[a-z]{1,8}", 0..8))
        .prop_filter("ends with an abbreviation", |(first, rest)| {
            let last = rest.last().unwrap_or(first).to_lowercase();
            !ABBREVIATIONS.contains(&last.as_str())
        })
        .prop_map(|(first, rest)| {
            let mut s = first;
            for w in rest {
                s.push(' ');
                s.push_str(&w);
            }
            s.push('.');
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn ranges_partition_any_text(text in any::<String>()) {
        assert_partition(&text);
    }

    #[test]
    fn ranges_partition_tricky_text(pieces in prop::collection::vec(piece(), 0..40)) {
        assert_partition(&pieces.concat());
    }

    /// Joining plain sentences with a space gives exactly those sentences back.
    #[test]
    fn recovers_joined_plain_sentences(sentences in prop::collection::vec(plain_sentence(), 1..12)) {
        let text = sentences.join(" ");
        let ranges = sentence_ranges(&text);
        let got: Vec<&str> = ranges.iter().map(|r| text[r.clone()].trim_end()).collect();
        prop_assert_eq!(got, sentences.iter().map(String::as_str).collect::<Vec<_>>());
    }

    /// An abbreviation in the middle of a sentence never splits it.
    #[test]
    fn abbreviations_do_not_split(
        head in plain_sentence(),
        abbreviation in prop::sample::select(vec!["U.S.", "UK-U.S.", "e.g.", "Dr.", "J.", "Mr.", "No."]),
        tail in "[A-Z][a-z]{1,8}( [a-z]{1,8}){0,4}\\.",
    ) {
        let sentence = format!("{} {abbreviation} {tail}", head.trim_end_matches('.'));
        prop_assert_eq!(sentence_ranges(&sentence).len(), 1, "{}", sentence);
    }
}
