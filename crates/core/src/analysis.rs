//! Everything the lenses know about one document, computed once when it is loaded: themes per
//! sentence, entity mentions, glossary terms and stance verbs.

use super::data::DataFile;
use super::document::Document;
use super::entities::{DocumentEntities, EntityLexicon, EntityRecogniser};
use super::glossary::Glossary;
use super::layers::Span;
use super::lexicon::LexMatch;
use super::stances::{DocumentStances, Stances};
use super::themes::{DocumentThemes, Tagger, Taxonomy};

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub taxonomy: Taxonomy,
    pub themes: DocumentThemes,
    pub entities: DocumentEntities,
    pub glossary: Glossary,
    /// `terms[p]`: glossary terms marked in paragraph `p` (`value` = entry index).
    pub terms: Vec<Vec<LexMatch>>,
    pub stances: Stances,
    pub acts: DocumentStances,
    /// `theme_shares[t]`: the fraction of the document's characters in sentences tagged `t`.
    pub theme_shares: Vec<f64>,
    /// `marks[p]`: paragraph `p`'s static mark layers, built once (a keystroke only adds hits).
    pub marks: Vec<StaticMarks>,
}

/// The mark layers of one paragraph that never change while reading it: entity mentions
/// (value: entity), glossary terms (value: entry) and stance verbs (value: stance). Each layer is
/// sorted and non-overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaticMarks {
    pub entities: Vec<Span>,
    pub terms: Vec<Span>,
    pub acts: Vec<Span>,
}

impl Analysis {
    /// Analyses `document` with the built-in data files.
    pub fn builtin(document: &Document) -> Self {
        Self::new(document, Taxonomy::builtin(), EntityLexicon::builtin(), Glossary::builtin(), Stances::builtin())
    }

    pub fn new(
        document: &Document,
        taxonomy: Taxonomy,
        entities: EntityLexicon,
        glossary: Glossary,
        stances: Stances,
    ) -> Self {
        let themes = Tagger::new(&taxonomy).tag(document);
        let theme_shares = theme_shares(document, &themes, taxonomy.themes.len());
        let terms = glossary.find(document);
        let acts = stances.tag(document);
        let entities = EntityRecogniser::new(entities).recognise(document);
        let marks = (0..document.paragraphs.len())
            .map(|p| StaticMarks {
                entities: entities.mentions[p].iter().map(|m| (m.range.clone(), m.entity)).collect(),
                terms: terms[p].iter().map(|m| (m.range.clone(), m.value)).collect(),
                acts: acts.acts[p].iter().map(|m| (m.range.clone(), m.value)).collect(),
            })
            .collect();
        Self { entities, taxonomy, themes, glossary, terms, stances, acts, theme_shares, marks }
    }
}

/// Per theme, the share of the document's characters that sit in sentences tagged with it.
fn theme_shares(document: &Document, themes: &DocumentThemes, theme_count: usize) -> Vec<f64> {
    let mut chars = vec![0usize; theme_count];
    let mut total = 0usize;
    for (p, paragraph) in document.paragraphs.iter().enumerate() {
        for (s, sentence) in paragraph.sentences.iter().enumerate() {
            let n = paragraph.sentence_text(sentence).chars().count();
            total += n;
            for &t in &themes.sentences[p][s] {
                chars[t] += n;
            }
        }
    }
    chars.iter().map(|&c| if total == 0 { 0.0 } else { c as f64 / total as f64 }).collect()
}
