//! Comparing two statements sentence by sentence; [`view`] turns a comparison into what the
//! reader shows, [`export`] into a Markdown or HTML redline.
//!
//! The *shown* statement is compared with the *other* one (typically the older). Sentences are
//! aligned in three steps, all on keys that ignore typography (curly and straight quotes, dashes,
//! runs of spaces) and, on request, UK/US spelling ([`spelling`]):
//!
//! 1. identical keys in the same order: the longest common subsequence of the two sentence
//!    sequences (Myers' diff, from `similar`) — **same**;
//! 2. identical keys left over stand in a different order — **moved**;
//! 3. what is left is paired by word similarity above [`REWORDED_AT_LEAST`], best pairs first —
//!    **reworded**, with a word-level redline (again `similar`);
//!
//! then the shown statement's unpaired sentences are **added**, and the other's are **removed**,
//! placed after the shown sentence that follows the removed one's nearest aligned predecessor.

pub mod export;
pub mod spelling;
pub mod view;

use std::collections::HashMap;

use similar::{capture_diff_slices, Algorithm, DiffOp};
use statement_core::data::DataFile;
use statement_core::punctuation::fold_punctuation;
use statement_core::{Document, ParagraphIndex};

pub use spelling::Spelling;

/// Two sentences are the same sentence reworded when this share of their words survives
/// (2 × common words ÷ all words): 0 pairs anything, 1 only identical sentences.
pub const REWORDED_AT_LEAST: f64 = 0.5;

/// At most this many leftover sentences of the other statement are weighed against each leftover
/// sentence of the shown one (the nearest by position), so a comparison stays fast at any size.
const CANDIDATES: usize = 200;

/// A sentence of one of the two statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceAt {
    pub paragraph: ParagraphIndex,
    /// From 0, within the paragraph.
    pub sentence: usize,
}

/// What happened to a sentence of the shown statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Aligned with an identical sentence of the other statement, in order.
    Same { other: SentenceAt },
    /// Not in the other statement.
    Added,
    /// Paired with a different sentence of the other statement: the words that changed.
    Reworded { other: SentenceAt, words: Vec<WordChange> },
    /// Identical to a sentence of the other statement that stands in a different order.
    Moved { other: SentenceAt },
}

impl Change {
    /// The `data-change` value.
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Same { .. } => "same",
            Change::Added => "added",
            Change::Reworded { .. } => "reworded",
            Change::Moved { .. } => "moved",
        }
    }
}

/// One run of a word-level redline, with the whitespace that follows each word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    Kept(String),
    Inserted(String),
    Deleted(String),
}

/// A sentence of the other statement that the shown one lacks, and where it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub other: SentenceAt,
    pub text: String,
    /// The shown sentence it follows; `None`: before the first.
    pub after: Option<SentenceAt>,
}

/// How many sentences changed, by kind (the reader's own type: it shows and filters by it).
pub use statement_app::changes::Counts;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// `changes[p][s]`: what happened to sentence `s` of paragraph `p` of the shown statement.
    pub changes: Vec<Vec<Change>>,
    /// The other statement's sentences the shown one lacks, in the other's order.
    pub removed: Vec<Removed>,
    pub counts: Counts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompareOptions {
    /// Treat UK and US spellings as the same.
    pub spelling: bool,
}

/// The words of `text` after typography is set aside: quotes and dashes to ASCII, any run of
/// whitespace between words; UK spellings written the US way when `spelling` is given.
pub fn words(text: &str, spelling: Option<&Spelling>) -> Vec<String> {
    words_respelt(text, spelling, &mut HashMap::new())
}

/// [`words`], remembering each token's respelling in `cache` (a statement repeats its words).
fn words_respelt(text: &str, spelling: Option<&Spelling>, cache: &mut HashMap<String, String>) -> Vec<String> {
    // The same typography search ignores.
    let plain: String = text.chars().map(fold_punctuation).collect();
    plain
        .split_whitespace()
        .map(|token| match spelling {
            None => token.to_owned(),
            Some(_) if cache.contains_key(token) => cache[token].clone(),
            Some(spelling) => {
                // Only the letters of a token are respelt: "colour," → "color,".
                let start = token.find(char::is_alphanumeric).unwrap_or(token.len());
                let end = token
                    .rfind(char::is_alphanumeric)
                    .map_or(start, |i| i + token[i..].chars().next().map_or(1, char::len_utf8));
                let respelt = format!("{}{}{}", &token[..start], spelling.to_us(&token[start..end]), &token[end..]);
                cache.insert(token.to_owned(), respelt.clone());
                respelt
            }
        })
        .collect()
}

struct Side<'a> {
    at: Vec<SentenceAt>,
    text: Vec<&'a str>,
    words: Vec<Vec<String>>,
    /// The same words sorted: a cheap bound on similarity before the word diff.
    sorted: Vec<Vec<String>>,
    keys: Vec<String>,
}

impl<'a> Side<'a> {
    fn new(document: &'a Document, spelling: Option<&Spelling>) -> Self {
        let mut cache = HashMap::new();
        let mut side =
            Side { at: Vec::new(), text: Vec::new(), words: Vec::new(), sorted: Vec::new(), keys: Vec::new() };
        for (p, paragraph) in document.paragraphs.iter().enumerate() {
            for (s, sentence) in paragraph.sentences.iter().enumerate() {
                let text = paragraph.sentence_text(sentence);
                let words = words_respelt(text, spelling, &mut cache);
                side.keys.push(words.join(" "));
                let mut sorted = words.clone();
                sorted.sort_unstable();
                side.sorted.push(sorted);
                side.words.push(words);
                side.text.push(text);
                side.at.push(SentenceAt { paragraph: ParagraphIndex(p), sentence: s });
            }
        }
        side
    }
}

/// 2 × the words two sentences share, in any order, ÷ all their words: at least [`similarity`]
/// (words shared in order), and linear in the words (both lists sorted).
fn overlap(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// 2 × the words two sentences share in order ÷ all their words.
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common: usize = capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| if let DiffOp::Equal { len, .. } = op { *len } else { 0 })
        .sum();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// The word-level redline from `old` to `new`, each word as written with the whitespace after
/// it. Words are compared as the alignment compares them (typography aside, and with `spelling`
/// UK and US spellings as one), so a redline shows only what the comparison counts as change.
fn redline(old: &str, new: &str, spelling: Option<&Spelling>) -> Vec<WordChange> {
    let split = |text: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (i, c) in text.char_indices() {
            let starts_word = !c.is_whitespace() && (i == 0 || text[..i].ends_with(char::is_whitespace));
            if starts_word || out.is_empty() {
                out.push(String::new());
            }
            if let Some(last) = out.last_mut() {
                last.push(c);
            }
        }
        out
    };
    let (old, new) = (split(old), split(new));
    // Whether a word is followed by space is part of its key: a word kept from the shown text
    // then never swallows the space before a deleted word.
    let key = |chunk: &String| {
        let spaced = if chunk.ends_with(char::is_whitespace) { " " } else { "" };
        format!("{}{spaced}", words(chunk, spelling).join(" "))
    };
    let (old_keys, new_keys): (Vec<String>, Vec<String>) =
        (old.iter().map(key).collect(), new.iter().map(key).collect());
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                out.extend(new[new_index..new_index + len].iter().cloned().map(WordChange::Kept))
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                out.extend(old[old_index..old_index + old_len].iter().cloned().map(WordChange::Deleted))
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                out.extend(new[new_index..new_index + new_len].iter().cloned().map(WordChange::Inserted))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                out.extend(old[old_index..old_index + old_len].iter().cloned().map(WordChange::Deleted));
                out.extend(new[new_index..new_index + new_len].iter().cloned().map(WordChange::Inserted));
            }
        }
    }
    out
}

/// Compares the `shown` statement with the `other` one.
pub fn compare(shown: &Document, other: &Document, options: CompareOptions) -> Comparison {
    let spelling = options.spelling.then(Spelling::builtin);
    let (new, old) = (Side::new(shown, spelling.as_ref()), Side::new(other, spelling.as_ref()));
    // For each shown sentence, its partner in the other statement and how they relate.
    let mut partner: Vec<Option<(usize, Change)>> = vec![None; new.keys.len()];
    let mut taken = vec![false; old.keys.len()];

    // 1. In order and identical: the longest common subsequence.
    for op in capture_diff_slices(Algorithm::Myers, &old.keys, &new.keys) {
        if let DiffOp::Equal { old_index, new_index, len } = op {
            for k in 0..len {
                partner[new_index + k] = Some((old_index + k, Change::Same { other: old.at[old_index + k] }));
                taken[old_index + k] = true;
            }
        }
    }
    // 2. Identical but out of order.
    let mut unpaired_old: HashMap<&str, Vec<usize>> = HashMap::new();
    for j in (0..old.keys.len()).rev().filter(|&j| !taken[j]) {
        unpaired_old.entry(old.keys[j].as_str()).or_default().push(j);
    }
    for (slot, key) in partner.iter_mut().zip(&new.keys) {
        if slot.is_none() {
            if let Some(j) = unpaired_old.get_mut(key.as_str()).and_then(Vec::pop) {
                *slot = Some((j, Change::Moved { other: old.at[j] }));
                taken[j] = true;
            }
        }
    }
    // 3. Reworded: the most similar pairs first, among the nearest leftovers.
    let left_old: Vec<usize> = (0..old.keys.len()).filter(|&j| !taken[j]).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in (0..new.keys.len()).filter(|&i| partner[i].is_none()) {
        // Where the other statement stands here: just after the nearest paired predecessor.
        let expected = (0..i).rev().find_map(|k| partner[k].as_ref().map(|(j, _)| j + 1)).unwrap_or(0);
        let at = left_old.partition_point(|&j| j < expected);
        let nearest = &left_old[at.saturating_sub(CANDIDATES / 2)..(at + CANDIDATES / 2).min(left_old.len())];
        for &j in nearest {
            // The word diff only where the bound says a pair is possible.
            if overlap(&new.sorted[i], &old.sorted[j]) < REWORDED_AT_LEAST {
                continue;
            }
            let score = similarity(&new.words[i], &old.words[j]);
            if score >= REWORDED_AT_LEAST {
                pairs.push((score, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in pairs {
        if partner[i].is_none() && !taken[j] {
            let words = redline(old.text[j], new.text[i], spelling.as_ref());
            partner[i] = Some((j, Change::Reworded { other: old.at[j], words }));
            taken[j] = true;
        }
    }

    // The other statement's leftovers were removed; each stands after the shown sentence aligned
    // with its nearest paired predecessor.
    let mut shown_of_old: Vec<Option<usize>> = vec![None; old.keys.len()];
    for (i, p) in partner.iter().enumerate() {
        if let Some((j, _)) = p {
            shown_of_old[*j] = Some(i);
        }
    }
    let removed: Vec<Removed> = (0..old.keys.len())
        .filter(|&j| !taken[j])
        .map(|j| Removed {
            other: old.at[j],
            text: old.text[j].to_owned(),
            after: (0..j).rev().find_map(|k| shown_of_old[k]).map(|i| new.at[i]),
        })
        .collect();

    let mut counts = Counts { removed: removed.len(), ..Counts::default() };
    let mut changes: Vec<Vec<Change>> =
        shown.paragraphs.iter().map(|p| Vec::with_capacity(p.sentences.len())).collect();
    for (i, p) in partner.into_iter().enumerate() {
        let change = p.map_or(Change::Added, |(_, change)| change);
        match change {
            Change::Added => counts.added += 1,
            Change::Reworded { .. } => counts.reworded += 1,
            Change::Moved { .. } => counts.moved += 1,
            Change::Same { .. } => {}
        }
        changes[new.at[i].paragraph.0].push(change);
    }
    Comparison { changes, removed, counts }
}
