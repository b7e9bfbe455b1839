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
        Analysing::builtin().finish(document)
    }

    pub fn new(
        document: &Document,
        taxonomy: Taxonomy,
        entities: EntityLexicon,
        glossary: Glossary,
        stances: Stances,
    ) -> Self {
        Analysing::with(taxonomy, entities, glossary, stances).finish(document)
    }
}

/// An analysis under way, made in [`Analysing::STEPS`] steps of similar cost, so that a caller
/// can give each step a task of its own (the browser's start-up: no long task). The built-in
/// data files are each read in the step that first needs them.
#[derive(Debug, Default)]
pub struct Analysing {
    done: usize,
    taxonomy: Option<Taxonomy>,
    lexicon: Option<EntityLexicon>,
    glossary: Option<Glossary>,
    stances: Option<Stances>,
    themes: Option<DocumentThemes>,
    recogniser: Option<EntityRecogniser>,
    entities: Option<DocumentEntities>,
}

impl Analysing {
    /// Themes; the entity lexicon compiled; entities found; glossary terms and stance verbs.
    pub const STEPS: usize = 4;

    /// With the built-in data files.
    pub fn builtin() -> Self {
        Self::default()
    }

    pub fn with(taxonomy: Taxonomy, entities: EntityLexicon, glossary: Glossary, stances: Stances) -> Self {
        Self {
            taxonomy: Some(taxonomy),
            lexicon: Some(entities),
            glossary: Some(glossary),
            stances: Some(stances),
            ..Self::default()
        }
    }

    /// Does the next step on `document` (the same document at each step); after the last, the
    /// analysis.
    pub fn step(&mut self, document: &Document) -> Option<Analysis> {
        self.done += 1;
        match self.done {
            1 => self.themes = Some(self.themes(document)),
            2 => self.recogniser = Some(self.recogniser()),
            3 => self.entities = Some(self.recogniser().recognise(document)),
            _ => return Some(self.take_analysis(document)),
        }
        None
    }

    /// The remaining steps at once.
    pub fn finish(mut self, document: &Document) -> Analysis {
        loop {
            if let Some(analysis) = self.step(document) {
                return analysis;
            }
        }
    }

    // Each part is taken where a step made it, or made now.
    fn themes(&mut self, document: &Document) -> DocumentThemes {
        let taxonomy = self.taxonomy.get_or_insert_with(Taxonomy::builtin);
        self.themes.take().unwrap_or_else(|| Tagger::new(taxonomy).tag(document))
    }

    fn recogniser(&mut self) -> EntityRecogniser {
        let lexicon = &mut self.lexicon;
        self.recogniser
            .take()
            .unwrap_or_else(|| EntityRecogniser::new(lexicon.take().unwrap_or_else(EntityLexicon::builtin)))
    }

    fn take_analysis(&mut self, document: &Document) -> Analysis {
        let themes = self.themes(document);
        let taxonomy = self.taxonomy.take().unwrap_or_else(Taxonomy::builtin);
        let entities = match self.entities.take() {
            Some(entities) => entities,
            None => self.recogniser().recognise(document),
        };
        let glossary = self.glossary.take().unwrap_or_else(Glossary::builtin);
        let stances = self.stances.take().unwrap_or_else(Stances::builtin);
        let theme_shares = theme_shares(document, &themes, taxonomy.themes.len());
        let terms = glossary.find(document);
        let acts = stances.tag(document);
        let marks = (0..document.paragraphs.len())
            .map(|p| StaticMarks {
                entities: entities.mentions[p].iter().map(|m| (m.range.clone(), m.entity)).collect(),
                terms: terms[p].iter().map(|m| (m.range.clone(), m.value)).collect(),
                acts: acts.acts[p].iter().map(|m| (m.range.clone(), m.value)).collect(),
            })
            .collect();
        Analysis { entities, taxonomy, themes, glossary, terms, stances, acts, theme_shares, marks }
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
