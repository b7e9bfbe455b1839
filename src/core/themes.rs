//! Themes: a taxonomy with a lexicon per theme (data, not code), applied sentence by sentence.
//!
//! Each lexicon term is folded like a search term and matched with one multi-pattern automaton
//! (Aho–Corasick) over each sentence's folded text. A term matches at a word start and must end at
//! a word end, unless it ends with `*` (a prefix). A paragraph's themes are the union of its
//! sentences'. Works on any document: nothing here knows the built-in statement.

use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::Input;
use serde::Deserialize;

use super::document::Document;
use super::fold::{ends_word, fold_str, starts_word, Folded};

/// The built-in taxonomy, embedded at compile time.
pub const THEMES_JSON: &str = include_str!("../../data/themes.json");

/// A colour for light and for dark backgrounds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Colour {
    pub light: String,
    pub dark: String,
}

/// One theme of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Theme {
    /// Stable id used in URLs (`?theme=`) and `data-themes`.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub colour: Colour,
    /// Lexicon: words and phrases; a trailing `*` makes a prefix.
    pub terms: Vec<String>,
}

/// All themes, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Taxonomy {
    pub themes: Vec<Theme>,
}

impl Taxonomy {
    pub fn from_json(json: &str) -> Result<Self, String> {
        let taxonomy: Taxonomy = serde_json::from_str(json).map_err(|e| format!("themes: {e}"))?;
        for (i, theme) in taxonomy.themes.iter().enumerate() {
            if theme.id.is_empty() || !theme.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return Err(format!("themes[{i}]: id {:?} must be lowercase letters and '-'", theme.id));
            }
            if taxonomy.themes[..i].iter().any(|t| t.id == theme.id) {
                return Err(format!("themes[{i}]: id {:?} is used twice", theme.id));
            }
        }
        Ok(taxonomy)
    }

    /// The built-in taxonomy (checked by the test suite).
    pub fn builtin() -> Self {
        Self::from_json(THEMES_JSON).expect("data/themes.json is valid")
    }

    /// The index of theme `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }
}

/// One lexicon pattern: which theme it belongs to and whether it is a prefix.
#[derive(Debug, Clone)]
struct Pattern {
    theme: usize,
    prefix: bool,
}

/// A compiled lexicon.
///
/// It uses aho-corasick's noncontiguous NFA directly rather than the `AhoCorasick` front end:
/// the front end links every automaton kind (DFA, contiguous NFA, prefilters) into the Wasm, which
/// a lexicon of a few hundred terms, matched once per document, does not need.
#[derive(Debug, Clone)]
pub struct Tagger {
    automaton: NFA,
    patterns: Vec<Pattern>,
    theme_count: usize,
}

impl Tagger {
    pub fn new(taxonomy: &Taxonomy) -> Self {
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for (theme, t) in taxonomy.themes.iter().enumerate() {
            for term in &t.terms {
                let (body, prefix) = match term.strip_suffix('*') {
                    Some(body) => (body, true),
                    None => (term.as_str(), false),
                };
                let folded = fold_str(body, false);
                if folded.is_empty() {
                    continue;
                }
                needles.push(folded);
                patterns.push(Pattern { theme, prefix });
            }
        }
        let automaton = NFA::new(&needles).expect("a lexicon of plain strings fits an NFA");
        Self {
            automaton,
            patterns,
            theme_count: taxonomy.themes.len(),
        }
    }

    /// The themes (indices, ascending) whose lexicon occurs in `text`.
    pub fn themes_of(&self, text: &str) -> Vec<usize> {
        let folded = Folded::new(text, false).text;
        let mut found = vec![false; self.theme_count];
        let input = Input::new(&folded);
        let mut state = OverlappingState::start();
        loop {
            // Standard-semantics NFAs always support overlapping search; an error is impossible.
            if self.automaton.try_find_overlapping(&input, &mut state).is_err() {
                break;
            }
            let Some(m) = state.get_match() else { break };
            let pattern = &self.patterns[m.pattern().as_usize()];
            if starts_word(&folded, m.start()) && (pattern.prefix || ends_word(&folded, m.end())) {
                found[pattern.theme] = true;
            }
        }
        (0..self.theme_count).filter(|&i| found[i]).collect()
    }

    /// Tags every sentence of `document`.
    pub fn tag(&self, document: &Document) -> DocumentThemes {
        let sentences: Vec<Vec<Vec<usize>>> = document
            .paragraphs
            .iter()
            .map(|p| p.sentences.iter().map(|s| self.themes_of(p.sentence_text(s))).collect())
            .collect();
        let paragraphs = sentences
            .iter()
            .map(|ss| {
                let mut union: Vec<usize> = ss.iter().flatten().copied().collect();
                union.sort_unstable();
                union.dedup();
                union
            })
            .collect();
        DocumentThemes { sentences, paragraphs }
    }
}

/// Theme indices per sentence and per paragraph (the union of its sentences').
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentThemes {
    /// `sentences[p][s]`: themes of sentence `s` of paragraph `p`.
    pub sentences: Vec<Vec<Vec<usize>>>,
    /// `paragraphs[p]`: themes of paragraph `p`, ascending.
    pub paragraphs: Vec<Vec<usize>>,
}

impl DocumentThemes {
    /// The `data-themes` value of paragraph `p`: space-separated ids (empty when none).
    pub fn attribute(&self, taxonomy: &Taxonomy, p: usize) -> String {
        self.paragraphs
            .get(p)
            .map(|ts| ts.iter().map(|&t| taxonomy.themes[t].id.as_str()).collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    }
}
