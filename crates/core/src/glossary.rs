//! The glossary: acronyms and terms of art with plain-language definitions (`data/glossary.json`).
//!
//! Each entry's first occurrence in a paragraph is marked, so a reader can ask what it means
//! where it first meets it without every repetition becoming a control. The text itself is never
//! changed: the definition is shown beside it.

use super::data::DataFile;

use super::document::Document;
use super::lexicon::{LexMatch, Lexicon};

/// The built-in glossary, embedded at compile time.
pub const GLOSSARY_JSON: &str = include_str!("../../../data/glossary.json");

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// Stable id (element ids are built from it).
    pub id: String,
    /// The headword, as the tooltip shows it.
    pub term: String,
    /// The ways a text writes it; the headword itself when empty.
    pub aliases: Vec<String>,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glossary {
    pub entries: Vec<GlossaryEntry>,
}

crate::from_json_fields!(GlossaryEntry { required: [id, term, definition], optional: [aliases] });

crate::from_json_fields!(Glossary { required: [entries], optional: [] });

impl DataFile for Glossary {
    const NAME: &'static str = "glossary";
    const BUILTIN_JSON: &'static str = GLOSSARY_JSON;
    const DIGITS_IN_IDS: bool = true;

    fn ids(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.id.as_str()).collect()
    }

    fn check(&self) -> Result<(), String> {
        match self.entries.iter().position(|e| e.definition.trim().is_empty()) {
            Some(i) => Err(format!("glossary[{i}] ({}): empty definition", self.entries[i].id)),
            None => Ok(()),
        }
    }
}

impl Glossary {
    /// Compiles the entries' aliases (or headwords) into one lexicon.
    pub fn lexicon(&self) -> Lexicon {
        Lexicon::new(self.entries.iter().enumerate().flat_map(|(i, entry)| {
            let terms: Vec<&str> = if entry.aliases.is_empty() {
                vec![entry.term.as_str()]
            } else {
                entry.aliases.iter().map(String::as_str).collect()
            };
            terms.into_iter().map(move |t| (t, i))
        }))
    }

    /// Per paragraph, the first occurrence of each entry (sorted, non-overlapping; `value` is
    /// the entry's index).
    pub fn find(&self, document: &Document) -> Vec<Vec<LexMatch>> {
        let lexicon = self.lexicon();
        document
            .paragraphs
            .iter()
            .map(|p| {
                let mut seen = vec![false; self.entries.len()];
                lexicon.find(&p.text).into_iter().filter(|m| !std::mem::replace(&mut seen[m.value], true)).collect()
            })
            .collect()
    }
}
