//! A [`Comparison`] as the reader shows it ([`ComparisonView`]): per paragraph, each sentence's
//! change with its redline as byte ranges of the paragraph, the removed sentences where they
//! stood, and the summary by kind, by theme and by stance.

use std::ops::Range;
use std::rc::Rc;

use statement_app::changes::{ChangeKind, ComparisonView, Counts, ParagraphChanges, RemovedSentence, SentenceChange};
use statement_core::analysis::Analysis;
use statement_core::lexicon::Lexicon;
use statement_core::themes::Tagger;
use statement_core::{Document, ParagraphNumber, StanceIndex, ThemeIndex};

use crate::{Change, Comparison, WordChange};

/// What the reader is told about the other statement.
pub struct Other<'a> {
    pub document: &'a Document,
    pub title: String,
    /// Where it came from: "the built-in statement", a file name, an address.
    pub source: String,
}

/// The reader's view of `comparison` (of `shown`, analysed as `analysis`, with `other`).
pub fn view(
    shown: &Document,
    analysis: &Analysis,
    other: Other<'_>,
    comparison: &Comparison,
    spelling: bool,
) -> ComparisonView {
    let mut paragraphs: Vec<ParagraphChanges> = shown
        .paragraphs
        .iter()
        .zip(&comparison.changes)
        .map(|(paragraph, changes)| ParagraphChanges {
            sentences: paragraph
                .sentences
                .iter()
                .zip(changes)
                .map(|(sentence, change)| sentence_change(sentence.range.clone(), change, other.document))
                .collect(),
            removed: Vec::new(),
        })
        .collect();
    for removed in &comparison.removed {
        let (p, after) = removed.after.map_or((0, None), |at| (at.paragraph.0, Some(at.sentence)));
        if let Some(paragraph) = paragraphs.get_mut(p) {
            paragraph.removed.push(RemovedSentence { after, text: removed.text.clone() });
        }
    }

    // The summary: each changed sentence counts for its themes and stances; a removed one for
    // those its own words carry.
    let themes = analysis.taxonomy.themes.len();
    let stances = analysis.stances.stances.len();
    let (mut by_theme, mut by_stance) = (vec![Counts::default(); themes], vec![Counts::default(); stances]);
    for (p, paragraph) in paragraphs.iter().enumerate() {
        for (s, change) in paragraph.sentences.iter().enumerate() {
            let Some(kind) = change.kind() else { continue };
            for &t in analysis.themes.sentences.get(p).and_then(|ss| ss.get(s)).into_iter().flatten() {
                by_theme[t].add(kind);
            }
            for &st in analysis.acts.sentences.get(p).and_then(|ss| ss.get(s)).into_iter().flatten() {
                by_stance[st].add(kind);
            }
        }
    }
    if !comparison.removed.is_empty() {
        let tagger = Tagger::new(&analysis.taxonomy);
        let verbs = Lexicon::new(
            analysis
                .stances
                .stances
                .iter()
                .enumerate()
                .flat_map(|(s, stance)| stance.verbs.iter().map(move |v| (v.as_str(), s))),
        );
        for removed in &comparison.removed {
            for t in tagger.themes_of(&removed.text) {
                by_theme[t].add(ChangeKind::Removed);
            }
            let mut found: Vec<usize> = verbs.find(&removed.text).into_iter().map(|m| m.value).collect();
            found.sort_unstable();
            found.dedup();
            for st in found {
                by_stance[st].add(ChangeKind::Removed);
            }
        }
    }
    ComparisonView {
        other_title: other.title,
        other_source: other.source,
        spelling,
        counts: comparison.counts,
        by_theme: nonzero(by_theme).map(|(t, c)| (ThemeIndex(t), c)).collect(),
        by_stance: nonzero(by_stance).map(|(s, c)| (StanceIndex(s), c)).collect(),
        paragraphs: paragraphs.into_iter().map(Rc::new).collect(),
    }
}

fn nonzero(counts: Vec<Counts>) -> impl Iterator<Item = (usize, Counts)> {
    counts.into_iter().enumerate().filter(|(_, c)| c.total() > 0)
}

/// One sentence's change, its redline placed in the paragraph (the sentence spans `range`).
fn sentence_change(range: Range<usize>, change: &Change, other: &Document) -> SentenceChange {
    match change {
        Change::Same { .. } => SentenceChange::Same,
        Change::Added => SentenceChange::Added,
        Change::Moved { other: at } => SentenceChange::Moved {
            from: other
                .paragraphs
                .get(at.paragraph.0)
                .and_then(|p| ParagraphNumber::new(p.number))
                .unwrap_or_else(|| at.paragraph.into()),
        },
        Change::Reworded { words, .. } => {
            let (mut inserted, mut deleted): (Vec<Range<usize>>, Vec<(usize, String)>) = (Vec::new(), Vec::new());
            let mut at = range.start;
            // Whether the last shown word was inserted: consecutive inserted words make one run
            // (with the spaces between), even with deleted words among them.
            let mut inserting = false;
            for word in words {
                match word {
                    WordChange::Kept(text) => {
                        at += text.len();
                        inserting = false;
                    }
                    WordChange::Inserted(text) => {
                        let end = at + text.trim_end().len();
                        match inserted.last_mut() {
                            Some(last) if inserting => last.end = end,
                            _ => inserted.push(at..end),
                        }
                        at += text.len();
                        inserting = true;
                    }
                    WordChange::Deleted(text) => match deleted.last_mut() {
                        Some((place, run)) if *place == at => run.push_str(text),
                        _ => deleted.push((at, text.clone())),
                    },
                }
            }
            // Words deleted after the shown sentence's last word: keep them apart from it.
            for (place, run) in &mut deleted {
                if *place == range.end && !run.starts_with(char::is_whitespace) {
                    run.insert(0, ' ');
                }
            }
            SentenceChange::Reworded { inserted, deleted }
        }
    }
}
