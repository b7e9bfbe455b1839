#![cfg(not(target_arch = "wasm32"))]
//! Property tests: the search core agrees with an obviously-correct slow reference, its ranges
//! are sound, and no input makes it panic.

use std::ops::Range;

use proptest::prelude::*;
use statement_core::fold::fold_char;
use statement_core::query::parse_terms;
use statement_core::{builtin, Document, Metadata, SearchIndex, SearchOptions};

/// Folded characters, each with the original byte range it came from, built the slow way.
fn fold_slowly(text: &str, match_case: bool) -> Vec<(char, usize, usize)> {
    let mut out: Vec<(char, usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            if out.last().is_none_or(|last| last.0 != ' ' || !text[last.1..last.2].chars().all(char::is_whitespace)) {
                out.push((' ', i, end));
            }
            continue;
        }
        let mut folded = Vec::new();
        fold_char(c, match_case, |f| folded.push(f));
        if folded.is_empty() {
            if let Some(last) = out.last_mut() {
                last.2 = end;
            }
        }
        out.extend(folded.into_iter().map(|f| (f, i, end)));
    }
    out
}

/// The reference: for each paragraph, every term's matches by comparing char slices at every
/// position; shown when every term matches; overlaps across terms resolved left to right.
fn reference(texts: &[String], query: &str, options: SearchOptions) -> Option<Vec<(usize, Vec<Range<usize>>)>> {
    let terms = parse_terms(query, options.match_case);
    if terms.is_empty() {
        return None;
    }
    let mut shown = Vec::new();
    'next: for (index, text) in texts.iter().enumerate() {
        let chars = fold_slowly(text, options.match_case);
        let mut all: Vec<Range<usize>> = Vec::new();
        for term in &terms {
            let t: Vec<char> = term.chars().collect();
            let mut found = Vec::new();
            let mut i = 0;
            while i + t.len() <= chars.len() {
                let same = chars[i..i + t.len()].iter().map(|c| c.0).eq(t.iter().copied());
                let starts = i == 0 || !chars[i - 1].0.is_alphanumeric();
                let ends = i + t.len() == chars.len() || !chars[i + t.len()].0.is_alphanumeric();
                if same && starts && (!options.whole_word || ends) {
                    found.push(chars[i].1..chars[i + t.len() - 1].2);
                    i += t.len();
                } else {
                    i += 1;
                }
            }
            if found.is_empty() && !options.highlight_only {
                continue 'next;
            }
            all.extend(found);
        }
        if all.is_empty() {
            continue;
        }
        all.sort_by_key(|r| (r.start, usize::MAX - r.end));
        let mut kept: Vec<Range<usize>> = Vec::new();
        for r in all {
            if kept.last().is_none_or(|k| r.start >= k.end) {
                kept.push(r);
            }
        }
        shown.push((index, kept));
    }
    Some(shown)
}

fn core(document: &Document, query: &str, options: SearchOptions) -> Option<Vec<(usize, Vec<Range<usize>>)>> {
    let result = SearchIndex::new(document).search(query, options)?;
    let mut k = 0;
    for p in &result.paragraphs {
        let text = &document.paragraphs[p.index].text;
        assert_eq!(p.first, k, "hit numbers run in document order");
        k += p.ranges.len();
        for r in p.ranges.iter() {
            assert!(r.start < r.end && r.end <= text.len(), "{r:?} in {text:?}");
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        for pair in p.ranges.windows(2) {
            assert!(pair[0].end <= pair[1].start, "sorted and non-overlapping: {:?}", p.ranges);
        }
    }
    assert_eq!(k, result.total);
    Some(result.paragraphs.iter().map(|p| (p.index, p.ranges.to_vec())).collect())
}

/// Words and marks that make searches interesting: statement words, case and accent variants,
/// quotes, dashes, combining marks, emoji, RTL marks, ligatures, markup.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Iran",
            "iran’s",
            "IRAN",
            "Ukraine’s",
            "Indo-Pacific",
            "pacific",
            "law of the sea",
            "U.S.",
            "UK-US",
            "café",
            "cafe\u{0301}",
            "ﬁnance",
            "Straße",
            "strasse",
            "ΣΟΦΙΑ",
            "σοφία",
            "İ",
            "ı",
            "“",
            "”",
            "\"",
            "'",
            "’",
            "–",
            "—",
            "-",
            "−",
            "\u{200F}",
            "\u{202E}",
            "\u{200B}",
            "🇬🇧",
            "👩‍👩‍👧",
            "<b>",
            "a.*b",
            "[",
            " ",
            "  ",
            "\t",
            "\u{00A0}",
            "2024",
            "x",
            "a",
            "aa",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,6}",
        any::<char>().prop_map(String::from),
    ]
}

fn text_of(pieces: Vec<String>) -> String {
    pieces.concat()
}

fn options() -> impl Strategy<Value = SearchOptions> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(match_case, whole_word, highlight_only)| SearchOptions {
        match_case,
        whole_word,
        highlight_only,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn agrees_with_the_reference(
        paragraphs in prop::collection::vec(prop::collection::vec(piece(), 0..24).prop_map(text_of), 1..5),
        query in prop::collection::vec(piece(), 0..5).prop_map(text_of),
        options in options(),
    ) {
        let document = Document::from_plain_text(Metadata::default(), &paragraphs.join("\n"));
        let texts: Vec<String> = document.paragraphs.iter().map(|p| p.text.clone()).collect();
        prop_assert_eq!(core(&document, &query, options), reference(&texts, &query, options));
    }

    #[test]
    fn any_query_on_the_statement_is_sound(query in any::<String>(), options in options()) {
        let document = builtin::statement();
        let texts: Vec<String> = document.paragraphs.iter().map(|p| p.text.clone()).collect();
        prop_assert_eq!(core(document, &query, options), reference(&texts, &query, options));
    }

    #[test]
    fn statement_queries_from_its_own_words(
        words in prop::collection::vec(prop::sample::select(
            builtin::statement().paragraphs.iter().flat_map(|p| p.text.split_whitespace()).map(str::to_owned).collect::<Vec<_>>()
        ), 1..4),
        options in options(),
    ) {
        let document = builtin::statement();
        let query = words.join(" ");
        let result = core(document, &query, options).expect("words are terms");
        // Filter ⊆ document, and a word taken from the text always finds its own paragraph.
        prop_assert!(result.iter().all(|(i, _)| *i < document.paragraphs.len()));
        if words.len() == 1 {
            prop_assert!(!result.is_empty(), "{} finds itself", query);
        }
    }
}
