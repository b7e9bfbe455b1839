//! Lexicons: terms (with aliases) found in text by one multi-pattern automaton on folded text.
//!
//! Themes, entities, glossary terms and stance verbs are all lexicons kept in data files. The
//! rules, shared by all of them:
//! - text and terms are folded as in search (accents, typographic quotes and dashes, whitespace);
//! - a term matches at a word start and must end at a word end, unless it ends with `*` (a prefix);
//! - a term written in capitals with no lower-case letter (an acronym: `WHO`, `US`, `G7`) matches
//!   only in capitals, so "who" and "us" are not the WHO and the US; any other term ignores case.

use std::ops::Range;

use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::Input;

use super::fold::{ends_word, fold_str, is_word_char, starts_word, Folded};
use super::ranges::{leftmost_longest, sort_by_start_longest_first, Spanned};

/// One occurrence of a lexicon term: where it is in the original text and whose term it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexMatch {
    /// Byte range in the original text (on char boundaries).
    pub range: Range<usize>,
    /// The value the term was registered with (a theme, an entity, a glossary entry…).
    pub value: usize,
}

/// Whether `term` is an acronym that must match in capitals (see the module rules).
pub fn is_case_sensitive(term: &str) -> bool {
    term.chars().any(char::is_uppercase) && !term.chars().any(char::is_lowercase)
}

#[derive(Debug, Clone)]
struct Pattern {
    value: usize,
    prefix: bool,
}

/// One automaton for the terms of one case mode.
///
/// It uses aho-corasick's noncontiguous NFA directly rather than the `AhoCorasick` front end:
/// the front end links every automaton kind (DFA, contiguous NFA, prefilters) into the Wasm,
/// which lexicons of a few hundred terms, matched once per document, do not need.
#[derive(Debug, Clone)]
struct Matcher {
    automaton: NFA,
    patterns: Vec<Pattern>,
    match_case: bool,
}

impl Matcher {
    fn new(needles: Vec<String>, patterns: Vec<Pattern>, match_case: bool) -> Option<Self> {
        if needles.is_empty() {
            return None;
        }
        let automaton = NFA::new(&needles).expect("a lexicon of plain strings fits an NFA");
        Some(Self { automaton, patterns, match_case })
    }

    fn find_all(&self, text: &str, found: &mut Vec<LexMatch>) {
        let folded = Folded::new(text, self.match_case);
        let input = Input::new(&folded.text);
        let mut state = OverlappingState::start();
        // Standard-semantics NFAs always support overlapping search; an error is impossible.
        while self.automaton.try_find_overlapping(&input, &mut state).is_ok() {
            let Some(m) = state.get_match() else { break };
            let pattern = &self.patterns[m.pattern().as_usize()];
            if starts_word(&folded.text, m.start()) && (pattern.prefix || ends_word(&folded.text, m.end())) {
                // A prefix covers the rest of its word ("ukrain*" marks all of "Ukraine").
                let end = if pattern.prefix { word_end(&folded.text, m.end()) } else { m.end() };
                found.push(LexMatch { range: folded.original_range(m.start()..end), value: pattern.value });
            }
        }
    }
}

/// The end of the word running through byte `at`.
fn word_end(text: &str, at: usize) -> usize {
    at + text[at..].chars().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum::<usize>()
}

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    ignoring_case: Option<Matcher>,
    matching_case: Option<Matcher>,
}

impl Lexicon {
    /// Compiles `(term, value)` pairs; a trailing `*` makes a term a prefix. Terms that fold to
    /// nothing are skipped.
    pub fn new<'a>(terms: impl IntoIterator<Item = (&'a str, usize)>) -> Self {
        let mut sets: [(Vec<String>, Vec<Pattern>); 2] = Default::default();
        for (term, value) in terms {
            let (body, prefix) = match term.strip_suffix('*') {
                Some(body) => (body, true),
                None => (term, false),
            };
            let match_case = is_case_sensitive(body);
            let folded = fold_str(body, match_case);
            if folded.is_empty() {
                continue;
            }
            let (needles, patterns) = &mut sets[usize::from(match_case)];
            needles.push(folded);
            patterns.push(Pattern { value, prefix });
        }
        let [(ignoring, ignoring_patterns), (matching, matching_patterns)] = sets;
        Self {
            ignoring_case: Matcher::new(ignoring, ignoring_patterns, false),
            matching_case: Matcher::new(matching, matching_patterns, true),
        }
    }

    /// Every occurrence, overlapping ones included, sorted by start and then longest first.
    pub fn find_all(&self, text: &str) -> Vec<LexMatch> {
        let mut found = Vec::new();
        for matcher in [&self.ignoring_case, &self.matching_case].into_iter().flatten() {
            matcher.find_all(text, &mut found);
        }
        sort_by_start_longest_first(&mut found);
        found
    }

    /// Occurrences that do not overlap, preferring the leftmost and then the longest
    /// ("Foreign Secretary Lammy" over "Lammy"; "South China Sea" over "China").
    pub fn find(&self, text: &str) -> Vec<LexMatch> {
        leftmost_longest(self.find_all(text))
    }
}

impl Spanned for LexMatch {
    fn span(&self) -> Range<usize> {
        self.range.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(lexicon: &Lexicon, text: &str) -> Vec<(String, usize)> {
        lexicon.find(text).into_iter().map(|m| (text[m.range].to_owned(), m.value)).collect()
    }

    #[test]
    fn acronyms_match_in_capitals_only() {
        let lexicon = Lexicon::new([("WHO", 0), ("US", 1), ("Iran", 2)]);
        assert_eq!(
            found(&lexicon, "who told us about IRAN and the WHO, US"),
            [("IRAN".into(), 2), ("WHO".into(), 0), ("US".into(), 1)]
        );
    }

    #[test]
    fn longest_wins_and_prefixes_extend() {
        let lexicon = Lexicon::new([
            ("Lammy", 0),
            ("Foreign Secretary Lammy", 0),
            ("China", 1),
            ("South China Sea", 2),
            ("ukrain*", 3),
        ]);
        assert_eq!(
            found(&lexicon, "Foreign Secretary Lammy, in the South China Sea; Ukraine’s"),
            [("Foreign Secretary Lammy".into(), 0), ("South China Sea".into(), 2), ("Ukraine".into(), 3)]
        );
    }

    #[test]
    fn words_must_be_whole_and_typography_folds() {
        let lexicon = Lexicon::new([("nato", 0), ("two-state solution", 1)]);
        assert_eq!(found(&lexicon, "Senatorial NATO-led two-statesman solution"), [("NATO".into(), 0)]);
        assert_eq!(found(&lexicon, "a two–state  solution"), [("two–state  solution".into(), 1)]);
    }

    #[test]
    fn empty_lexicons_find_nothing() {
        assert!(Lexicon::new([("*", 0), ("  ", 1)]).find_all("anything").is_empty());
    }
}
