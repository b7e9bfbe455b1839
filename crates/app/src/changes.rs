//! A comparison as the reader shows and filters it: per paragraph, what happened to each sentence
//! and which sentences of the other statement stood there. The comparison itself is computed by
//! `statement-compare`, which only the comparing build carries (it loads when a comparison is
//! asked for); these plain types are all the first load needs to know about it.

use std::ops::Range;
use std::rc::Rc;

use statement_core::{ParagraphNumber, StanceIndex, ThemeIndex};

/// The kinds of change a reader can count and filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    Added,
    Removed,
    Reworded,
    Moved,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Reworded, ChangeKind::Moved];

    /// The `data-change` / `data-change-count` value.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Reworded => "reworded",
            ChangeKind::Moved => "moved",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of change kinds (what one paragraph holds).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KindSet(u8);

impl KindSet {
    pub fn insert(&mut self, kind: ChangeKind) {
        self.0 |= kind.bit();
    }

    pub fn contains(self, kind: ChangeKind) -> bool {
        self.0 & kind.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// How many sentences changed, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub reworded: usize,
    pub moved: usize,
}

impl Counts {
    pub fn get(&self, kind: ChangeKind) -> usize {
        match kind {
            ChangeKind::Added => self.added,
            ChangeKind::Removed => self.removed,
            ChangeKind::Reworded => self.reworded,
            ChangeKind::Moved => self.moved,
        }
    }

    pub fn add(&mut self, kind: ChangeKind) {
        match kind {
            ChangeKind::Added => self.added += 1,
            ChangeKind::Removed => self.removed += 1,
            ChangeKind::Reworded => self.reworded += 1,
            ChangeKind::Moved => self.moved += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.added + self.removed + self.reworded + self.moved
    }

    /// "2 added, 1 reworded" (kinds with none left out).
    pub fn describe(&self) -> String {
        let parts: Vec<String> = ChangeKind::ALL
            .iter()
            .filter(|k| self.get(**k) > 0)
            .map(|k| format!("{} {}", self.get(*k), k.as_str()))
            .collect();
        if parts.is_empty() {
            "no change".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// What happened to one sentence of the shown statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentenceChange {
    Same,
    /// Not in the other statement.
    Added,
    /// Paired with a different sentence of the other statement. Byte ranges are in the
    /// paragraph's text: `inserted` words are the shown statement's own; `deleted` are the other's
    /// words, each run placed at a position of the shown text.
    Reworded {
        inserted: Vec<Range<usize>>,
        deleted: Vec<(usize, String)>,
    },
    /// Identical to a sentence of the other statement that stood elsewhere: in its paragraph `from`.
    Moved {
        from: ParagraphNumber,
    },
}

impl SentenceChange {
    pub fn kind(&self) -> Option<ChangeKind> {
        match self {
            SentenceChange::Same => None,
            SentenceChange::Added => Some(ChangeKind::Added),
            SentenceChange::Reworded { .. } => Some(ChangeKind::Reworded),
            SentenceChange::Moved { .. } => Some(ChangeKind::Moved),
        }
    }

    /// The `data-change` value.
    pub fn as_str(&self) -> &'static str {
        self.kind().map_or("same", ChangeKind::as_str)
    }
}

/// A sentence of the other statement that the shown one lacks, shown where it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedSentence {
    /// The sentence of this paragraph it follows; `None`: before the first.
    pub after: Option<usize>,
    pub text: String,
}

/// One paragraph of the shown statement, compared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParagraphChanges {
    /// Per sentence of the paragraph.
    pub sentences: Vec<SentenceChange>,
    pub removed: Vec<RemovedSentence>,
}

impl ParagraphChanges {
    pub fn kinds(&self) -> KindSet {
        let mut set = KindSet::default();
        for kind in self.sentences.iter().filter_map(SentenceChange::kind) {
            set.insert(kind);
        }
        if !self.removed.is_empty() {
            set.insert(ChangeKind::Removed);
        }
        set
    }

    /// The removed sentences placed after sentence `after` (`None`: before the first).
    pub fn removed_after(&self, after: Option<usize>) -> impl Iterator<Item = &RemovedSentence> {
        self.removed.iter().filter(move |r| r.after == after)
    }
}

/// Which changed paragraphs the "only changes" filter lets through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeFilter {
    /// Paragraphs with any change.
    Any,
    /// Paragraphs with a change of this kind.
    Only(ChangeKind),
}

impl ChangeFilter {
    pub fn passes(self, kinds: KindSet) -> bool {
        match self {
            ChangeFilter::Any => !kinds.is_empty(),
            ChangeFilter::Only(kind) => kinds.contains(kind),
        }
    }
}

/// A comparison, ready to show: what it was made with, its summary, and each paragraph's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonView {
    /// The other statement's title and where it came from ("the built-in statement", a file
    /// name, an address).
    pub other_title: String,
    pub other_source: String,
    /// UK and US spellings were treated as the same.
    pub spelling: bool,
    pub counts: Counts,
    /// Per theme and per stance with at least one change, in the taxonomy's order.
    pub by_theme: Vec<(ThemeIndex, Counts)>,
    pub by_stance: Vec<(StanceIndex, Counts)>,
    pub paragraphs: Vec<Rc<ParagraphChanges>>,
}

impl ComparisonView {
    /// Per paragraph, the kinds of change it holds (what the filter works on).
    pub fn kinds(&self) -> Rc<[KindSet]> {
        self.paragraphs.iter().map(|p| p.kinds()).collect()
    }
}

/// One run of a sentence as a redline shows it, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedlinePiece<'a> {
    /// Text of the shown statement (a byte range of the paragraph); `inserted` when the other
    /// statement lacks it.
    Shown { range: Range<usize>, inserted: bool },
    /// Words of the other statement that the shown one dropped.
    Deleted(&'a str),
}

/// Sentence `range` of a paragraph with its word-level `change`, as a run of pieces: the
/// `Shown` ranges cover `range` exactly, in order.
pub fn redline_pieces(range: Range<usize>, change: &SentenceChange) -> Vec<RedlinePiece<'_>> {
    let SentenceChange::Reworded { inserted, deleted } = change else {
        return vec![RedlinePiece::Shown { range, inserted: false }];
    };
    // Cut points: every inserted range's ends and every deletion's place.
    let mut cuts: Vec<usize> =
        inserted.iter().flat_map(|r| [r.start, r.end]).chain(deleted.iter().map(|d| d.0)).collect();
    cuts.extend([range.start, range.end]);
    cuts.retain(|c| range.contains(c) || *c == range.end);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for (k, &at) in cuts.iter().enumerate() {
        out.extend(deleted.iter().filter(|d| d.0 == at).map(|d| RedlinePiece::Deleted(d.1.as_str())));
        if let Some(&next) = cuts.get(k + 1) {
            let is_inserted = inserted.iter().any(|r| r.start <= at && next <= r.end);
            out.push(RedlinePiece::Shown { range: at..next, inserted: is_inserted });
        }
    }
    out
}
