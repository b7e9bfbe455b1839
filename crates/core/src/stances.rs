//! Stances: the diplomatic act each sentence performs (commits, condemns, expresses concern,
//! welcomes, calls for, discusses or notes), recognised from its verbs by a data lexicon
//! (`data/stances.json`). Works on any document.

use super::data::DataFile;

use super::document::Document;
use super::lexicon::{LexMatch, Lexicon};

/// The built-in stance lexicon, embedded at compile time.
pub const STANCES_JSON: &str = include_str!("../../../data/stances.json");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stance {
    /// Stable id (`?stance=`).
    pub id: String,
    pub name: String,
    pub description: String,
    pub verbs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stances {
    pub stances: Vec<Stance>,
}

crate::from_json_fields!(Stance { required: [id, name, verbs], optional: [description] });

crate::from_json_fields!(Stances { required: [stances], optional: [] });

impl DataFile for Stances {
    const NAME: &'static str = "stances";
    const BUILTIN_JSON: &'static str = STANCES_JSON;
    const DIGITS_IN_IDS: bool = false;

    fn ids(&self) -> Vec<&str> {
        self.stances.iter().map(|s| s.id.as_str()).collect()
    }
}

impl Stances {
    pub fn position(&self, id: &str) -> Option<usize> {
        self.stances.iter().position(|s| s.id == id)
    }

    /// Finds the acts of every sentence of `document`.
    pub fn tag(&self, document: &Document) -> DocumentStances {
        let lexicon = Lexicon::new(
            self.stances.iter().enumerate().flat_map(|(s, stance)| stance.verbs.iter().map(move |v| (v.as_str(), s))),
        );
        let acts: Vec<Vec<LexMatch>> = document.paragraphs.iter().map(|p| lexicon.find(&p.text)).collect();
        let sentences = document
            .paragraphs
            .iter()
            .zip(&acts)
            .map(|(p, acts)| {
                p.sentences
                    .iter()
                    .map(|s| {
                        let mut ids: Vec<usize> = acts
                            .iter()
                            .filter(|a| a.range.start >= s.range.start && a.range.start < s.range.end)
                            .map(|a| a.value)
                            .collect();
                        ids.sort_unstable();
                        ids.dedup();
                        ids
                    })
                    .collect()
            })
            .collect();
        DocumentStances { acts, sentences }
    }
}

/// The acts found in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentStances {
    /// `acts[p]`: the verbs of paragraph `p` (sorted, non-overlapping; `value` is the stance).
    pub acts: Vec<Vec<LexMatch>>,
    /// `sentences[p][s]`: the stances of sentence `s` of paragraph `p`, ascending.
    pub sentences: Vec<Vec<Vec<usize>>>,
}

impl DocumentStances {
    /// How many sentences perform stance `stance`.
    pub fn sentence_count(&self, stance: usize) -> usize {
        self.sentences.iter().flatten().filter(|s| s.contains(&stance)).count()
    }
}
