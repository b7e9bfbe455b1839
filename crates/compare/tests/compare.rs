#![cfg(not(target_arch = "wasm32"))]
//! Comparing statements: the fixtures' listed edits found and classified, and the properties
//! that hold for any two texts.

use proptest::prelude::*;
use statement_compare::{compare, words, Change, CompareOptions, Comparison, WordChange};
use statement_core::{builtin, Document, Metadata};

fn doc(text: &str) -> Document {
    Document::from_plain_text(Metadata::default(), text)
}

fn edited() -> Document {
    doc(include_str!("../../../tests/fixtures/compare/us-edited.txt"))
}

/// Every shown sentence's change kind, with the sentence's text.
fn kinds(shown: &Document, comparison: &Comparison) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (p, changes) in comparison.changes.iter().enumerate() {
        let paragraph = &shown.paragraphs[p];
        for (s, change) in changes.iter().enumerate() {
            out.push((change.kind(), paragraph.sentence_text(&paragraph.sentences[s]).trim().to_owned()));
        }
    }
    out
}

fn changed(shown: &Document, comparison: &Comparison) -> Vec<(&'static str, String)> {
    kinds(shown, comparison).into_iter().filter(|(kind, _)| *kind != "same").collect()
}

#[test]
fn every_listed_edit_is_found_and_nothing_else() {
    let (shown, other) = (edited(), builtin::statement().clone());
    let comparison = compare(&shown, &other, CompareOptions { spelling: true });
    assert_eq!(
        changed(&shown, &comparison),
        [
            ("added", "They agreed to hold the next Strategic Dialogue in Washington in 2025.".to_owned()),
            ("reworded", "The Dialogue reviewed the United Kingdom and United States’ common priorities across Africa.".to_owned()),
            ("moved", "In the Dialogue, the United Kingdom and United States reaffirmed a shared commitment to strengthening the resilience of democracies around the world.".to_owned()),
        ]
    );
    assert_eq!(comparison.removed.len(), 1);
    assert_eq!(
        comparison.removed[0].text.trim(),
        "Secretary Blinken confirmed intelligence findings that Russia has received ballistic missiles from Iran."
    );
    // It stood at the start of ¶5: after the last sentence of ¶4.
    let after = comparison.removed[0].after.unwrap();
    assert_eq!((after.paragraph.0, after.sentence), (3, shown.paragraphs[3].sentences.len() - 1));
    let c = comparison.counts;
    assert_eq!((c.added, c.removed, c.reworded, c.moved), (1, 1, 1, 1));
    // The redline inside the reworded sentence says exactly what changed.
    let reworded = comparison.changes[9].iter().find_map(|c| match c {
        Change::Reworded { words, .. } => Some(words.clone()),
        _ => None,
    });
    let (deleted, inserted): (Vec<_>, Vec<_>) = reworded
        .unwrap()
        .into_iter()
        .filter(|w| !matches!(w, WordChange::Kept(_)))
        .partition(|w| matches!(w, WordChange::Deleted(_)));
    let text = |ws: Vec<WordChange>| {
        ws.into_iter()
            .map(|w| match w {
                WordChange::Deleted(t) | WordChange::Inserted(t) | WordChange::Kept(t) => t.trim().to_owned(),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(text(deleted), ["discussed", "shared", "in"]);
    assert_eq!(text(inserted), ["reviewed", "common", "across"]);
}

#[test]
fn without_the_spelling_option_us_spellings_are_rewordings() {
    let (shown, other) = (edited(), builtin::statement().clone());
    let comparison = compare(&shown, &other, CompareOptions { spelling: false });
    let reworded: Vec<String> =
        changed(&shown, &comparison).into_iter().filter(|(k, _)| *k == "reworded").map(|(_, t)| t).collect();
    assert!(reworded.len() >= 8, "{reworded:#?}");
    assert!(reworded.iter().any(|t| t.contains("recognized")));
    assert_eq!(comparison.counts.added, 1);
}

#[test]
fn typography_is_not_a_change() {
    let other = doc("The UK’s view – “firm”.\nSecond  paragraph.");
    let shown = doc("The UK's view - \"firm\".\nSecond paragraph.");
    let comparison = compare(&shown, &other, CompareOptions::default());
    assert!(changed(&shown, &comparison).is_empty());
    assert!(comparison.removed.is_empty());
    assert_eq!(words("a\u{2014}b  c", None), ["a-b", "c"]);
}

#[test]
fn hostile_documents_stay_text() {
    let other = doc("<script>alert(1)</script> The talks went well in London.\nTwo.");
    let shown = doc("<img src=x onerror=alert(1)> The talks went well in London.\nTwo.");
    let comparison = compare(&shown, &other, CompareOptions::default());
    let Change::Reworded { words, .. } = &comparison.changes[0][0] else { panic!("{comparison:?}") };
    let inserted: String =
        words.iter().filter_map(|w| if let WordChange::Inserted(t) = w { Some(t.as_str()) } else { None }).collect();
    assert!(inserted.contains("<img"), "markup is carried as text, untouched: {inserted}");
}

/// Rebuilds the shown statement's sentences from the other statement and the changes.
fn rebuild(shown: &Document, other: &Document, comparison: &Comparison) -> Vec<String> {
    let other_text = |at: statement_compare::SentenceAt| {
        let p = &other.paragraphs[at.paragraph.0];
        p.sentence_text(&p.sentences[at.sentence]).to_owned()
    };
    let mut out = Vec::new();
    for (p, changes) in comparison.changes.iter().enumerate() {
        for (s, change) in changes.iter().enumerate() {
            let paragraph = &shown.paragraphs[p];
            out.push(match change {
                Change::Same { other: at } | Change::Moved { other: at } => other_text(*at),
                Change::Added => paragraph.sentence_text(&paragraph.sentences[s]).to_owned(),
                Change::Reworded { other: at, words } => {
                    let old: String = words
                        .iter()
                        .filter_map(|w| match w {
                            WordChange::Kept(t) | WordChange::Deleted(t) => Some(t.as_str()),
                            WordChange::Inserted(_) => None,
                        })
                        .collect();
                    // Up to typography: the redline keeps the shown statement's writing of a word
                    // the comparison counts as the same.
                    assert_eq!(
                        statement_compare::words(&old, None),
                        statement_compare::words(&other_text(*at), None),
                        "the redline's old side is the other sentence"
                    );
                    words
                        .iter()
                        .filter_map(|w| match w {
                            WordChange::Kept(t) | WordChange::Inserted(t) => Some(t.as_str()),
                            WordChange::Deleted(_) => None,
                        })
                        .collect()
                }
            });
        }
    }
    out
}

fn sentences(document: &Document) -> Vec<String> {
    document.paragraphs.iter().flat_map(|p| p.sentences.iter().map(move |s| p.sentence_text(s).to_owned())).collect()
}

/// Paragraphs of a few short sentences drawn from a small vocabulary, so edits collide.
fn statement() -> impl Strategy<Value = Vec<Vec<Vec<usize>>>> {
    prop::collection::vec(prop::collection::vec(prop::collection::vec(0usize..12, 2..7), 1..4), 1..6)
}

fn render(paragraphs: &[Vec<Vec<usize>>]) -> String {
    const WORDS: [&str; 12] = [
        "peace", "security", "Ukraine", "Iran", "support", "the", "and", "partners", "agreed", "China", "trade", "law",
    ];
    paragraphs
        .iter()
        .map(|p| {
            p.iter()
                .map(|s| format!("{}.", s.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ")))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

proptest! {
    #[test]
    fn a_text_compared_with_itself_shows_no_change(paragraphs in statement()) {
        let text = doc(&render(&paragraphs));
        let comparison = compare(&text, &text, CompareOptions { spelling: true });
        prop_assert!(comparison.changes.iter().flatten().all(|c| c.kind() == "same"));
        prop_assert!(comparison.removed.is_empty());
    }

    #[test]
    fn applying_the_changes_to_the_other_text_gives_the_shown_one(a in statement(), b in statement()) {
        let (shown, other) = (doc(&render(&a)), doc(&render(&b)));
        let comparison = compare(&shown, &other, CompareOptions::default());
        // Up to typography, which a comparison ignores by design (here: the space after a
        // sentence, which depends on where in its paragraph it stands).
        let plain = |texts: Vec<String>| texts.iter().map(|t| words(t, None).join(" ")).collect::<Vec<_>>();
        prop_assert_eq!(plain(rebuild(&shown, &other, &comparison)), plain(sentences(&shown)));
        // Every sentence of the other text is used once, or listed as removed.
        let paired = comparison.changes.iter().flatten().filter(|c| c.kind() != "added").count();
        prop_assert_eq!(paired + comparison.removed.len(), sentences(&other).len());
    }

    #[test]
    fn one_sentence_moved_is_exactly_one_move(from in 0usize..64, to in 0usize..64) {
        // The statement's sentences are all different: move one and nothing else.
        let other = builtin::statement();
        let mut all = sentences(other);
        let (from, to) = (from % all.len(), to % all.len());
        prop_assume!(from != to && from + 1 != to);
        let moved = all.remove(from);
        all.insert(if to > from { to - 1 } else { to }, moved);
        let shown = doc(&all.iter().map(|s| s.trim()).collect::<Vec<_>>().join("\n"));
        let comparison = compare(&shown, other, CompareOptions::default());
        let c = comparison.counts;
        prop_assert_eq!((c.added, c.removed, c.reworded, c.moved), (0, 0, 0, 1));
    }
}

#[test]
fn a_hundred_times_the_statement_finds_each_copys_edits() {
    let copies = |text: &str| vec![text.trim(); 100].join("\n");
    let text = copies(include_str!("../../../content/uk-us-strategic-dialogue-2024.txt"));
    let edited_text = copies(include_str!("../../../tests/fixtures/compare/us-edited.txt"));
    let (shown, other) = (doc(&edited_text), doc(&text));
    let comparison = compare(&shown, &other, CompareOptions { spelling: true });
    let c = comparison.counts;
    assert_eq!((c.added, c.reworded), (100, 100));
    // Each copy's removed sentence, and the licence lines the plain text repeats as paragraphs.
    let removed: Vec<&str> = comparison.removed.iter().map(|r| r.text.trim()).collect();
    assert_eq!(removed.iter().filter(|t| t.starts_with("Secretary Blinken confirmed")).count(), 100);
}

mod reader_view {
    use super::*;
    use statement_app::changes::{redline_pieces, ChangeKind, RedlinePiece, SentenceChange};
    use statement_compare::export;
    use statement_compare::view::{view, Other};
    use statement_core::analysis::Analysis;

    fn fixture_view(spelling: bool) -> (Document, statement_app::changes::ComparisonView) {
        let (shown, other) = (edited(), builtin::statement().clone());
        let comparison = compare(&shown, &other, CompareOptions { spelling });
        let analysis = Analysis::builtin(&shown);
        let other = Other { document: &other, title: "The built-in".into(), source: "the built-in statement".into() };
        let v = view(&shown, &analysis, other, &comparison, spelling);
        (shown, v)
    }

    /// The paragraph's text as a redline reads it without its deletions: the shown text verbatim.
    #[test]
    fn redlines_cover_each_sentence_and_only_deletions_add_text() {
        let (shown, v) = fixture_view(false);
        let mut rewordings = 0;
        for (paragraph, changes) in shown.paragraphs.iter().zip(&v.paragraphs) {
            for (sentence, change) in paragraph.sentences.iter().zip(&changes.sentences) {
                let pieces = redline_pieces(sentence.range.clone(), change);
                let kept: String = pieces
                    .iter()
                    .filter_map(|p| match p {
                        RedlinePiece::Shown { range, .. } => Some(&paragraph.text[range.clone()]),
                        RedlinePiece::Deleted(_) => None,
                    })
                    .collect();
                assert_eq!(kept, paragraph.sentence_text(sentence));
                if let SentenceChange::Reworded { inserted, .. } = change {
                    rewordings += 1;
                    for r in inserted {
                        assert!(paragraph.text.is_char_boundary(r.start) && paragraph.text.is_char_boundary(r.end));
                        assert!(sentence.range.start <= r.start && r.end <= sentence.range.end);
                        assert_eq!(paragraph.text[r.clone()].trim(), &paragraph.text[r.clone()], "runs are words");
                    }
                }
            }
        }
        assert!(rewordings > 1, "without the spelling option, US spellings are rewordings");
    }

    #[test]
    fn the_reworded_sentence_shows_its_words_and_the_summary_its_themes() {
        let (shown, v) = fixture_view(true);
        assert_eq!((v.counts.added, v.counts.removed, v.counts.reworded, v.counts.moved), (1, 1, 1, 1));
        let p10 = &v.paragraphs[9];
        let (s, change) =
            p10.sentences.iter().enumerate().find(|(_, c)| c.kind() == Some(ChangeKind::Reworded)).unwrap();
        let SentenceChange::Reworded { inserted, deleted } = change else { unreachable!() };
        let text = &shown.paragraphs[9].text;
        let words: Vec<&str> = inserted.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(words, ["reviewed", "common", "across"]);
        let gone: Vec<&str> = deleted.iter().map(|d| d.1.trim()).collect();
        assert_eq!(gone, ["discussed", "shared", "in"]);
        assert!(shown.paragraphs[9].sentence_text(&shown.paragraphs[9].sentences[s]).contains("reviewed"));
        // The removed sentence stands at the end of ¶4, where ¶5's opening used to follow it.
        assert_eq!(v.paragraphs[3].removed.len(), 1);
        assert_eq!(v.paragraphs[3].removed[0].after, Some(shown.paragraphs[3].sentences.len() - 1));
        // The moved sentence says where it was: ¶11 of the other.
        let moved = v.paragraphs[11].sentences.iter().find_map(|c| match c {
            SentenceChange::Moved { from } => Some(from.to_string()),
            _ => None,
        });
        assert_eq!(moved.as_deref(), Some("11"));
        // Summary: the removed sentence (Russia, Iran, missiles) counts for the Iran theme.
        let analysis = Analysis::builtin(&shown);
        let iran = analysis.taxonomy.position("iran").unwrap();
        let iran_counts = v.by_theme.iter().find(|(t, _)| t.0 == iran).map(|(_, c)| *c).unwrap();
        assert_eq!(iran_counts.removed, 1);
        let africa = analysis.taxonomy.position("africa").unwrap();
        assert_eq!(v.by_theme.iter().find(|(t, _)| t.0 == africa).map(|(_, c)| c.reworded), Some(1));
        assert!(v.by_theme.iter().all(|(_, c)| c.total() > 0));
        let kinds = v.kinds();
        assert!(kinds[3].contains(ChangeKind::Removed) && kinds[2].contains(ChangeKind::Added));
        assert!(kinds[0].is_empty());
    }

    #[test]
    fn exports_hold_every_paragraph_and_every_change() {
        let (shown, v) = fixture_view(true);
        let md = export::markdown(&shown, &v);
        assert!(md.contains("1 added, 1 removed, 1 reworded, 1 moved"));
        assert!(md.contains("~~discussed~~ **reviewed**"), "{md}");
        assert!(md.contains("~~Secretary Blinken confirmed intelligence findings that Russia has received ballistic missiles from Iran.~~ *(removed)*"));
        assert!(md.contains("**They agreed to hold the next Strategic Dialogue in Washington in 2025.** *(added)*"));
        assert!(md.contains("*(moved from ¶11)*"));
        assert_eq!(md.matches("\n**").count(), shown.paragraphs.len(), "one line per paragraph");
        let html = export::html(&shown, &v);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<del>discussed </del><ins>reviewed</ins>"), "{html}");
        assert!(html.contains("data-change=\"removed\""));
        assert_eq!(html.matches("<p id=\"p").count(), shown.paragraphs.len());
    }

    #[test]
    fn hostile_text_stays_text_in_exports() {
        let shown = doc("Hello <script>alert(1)</script> **bold** [link](x).\n\nSecond & last.");
        let other = doc("Hello there.\n\nSecond & last.");
        let comparison = compare(&shown, &other, CompareOptions::default());
        let analysis = Analysis::builtin(&shown);
        let v = view(
            &shown,
            &analysis,
            Other { document: &other, title: "<b>x</b>".into(), source: "a".into() },
            &comparison,
            false,
        );
        let html = export::html(&shown, &v);
        assert!(!html.contains("<script>") && !html.contains("<b>x</b>"));
        assert!(html.contains("&lt;script&gt;") && html.contains("Second &amp; last."));
        let md = export::markdown(&shown, &v);
        assert!(md.contains("\\*\\*bold\\*\\*") && md.contains("\\[link\\]") && md.contains("\\<script\\>"));
    }
}

#[test]
fn a_redline_shows_only_what_the_comparison_counts_as_change() {
    let shown = doc("We recognize the “program” and agree to act now.");
    let other = doc("We recognise the \"programme\" and decline to act now.");
    let redline = |spelling| match compare(&shown, &other, CompareOptions { spelling }).changes[0][0].clone() {
        Change::Reworded { words, .. } => words,
        other => panic!("expected a rewording, got {other:?}"),
    };
    let changed = |words: Vec<WordChange>| -> Vec<String> {
        words
            .into_iter()
            .filter_map(|w| match w {
                WordChange::Inserted(t) => Some(format!("+{}", t.trim())),
                WordChange::Deleted(t) => Some(format!("-{}", t.trim())),
                WordChange::Kept(_) => None,
            })
            .collect()
    };
    // Quotes never count; UK/US spellings count only without the option.
    assert_eq!(changed(redline(true)), ["-decline", "+agree"]);
    assert_eq!(
        changed(redline(false)),
        ["-recognise", "+recognize", "-\"programme\"", "+“program”", "-decline", "+agree"]
    );
    // What is kept is the shown statement's own text.
    let kept: String = redline(true)
        .into_iter()
        .filter_map(|w| match w {
            WordChange::Kept(t) | WordChange::Inserted(t) => Some(t),
            WordChange::Deleted(_) => None,
        })
        .collect();
    assert_eq!(kept, "We recognize the “program” and agree to act now.");
}
