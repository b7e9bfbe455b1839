//! Themes: a taxonomy with a lexicon per theme (data, not code), applied sentence by sentence.
//!
//! Each theme's terms form one [`Lexicon`] (see its rules: folding, word starts, `*` prefixes,
//! acronyms in capitals), matched sentence by sentence. A paragraph's themes are the union of its
//! sentences'. Works on any document: nothing here knows the built-in statement.

use super::data::DataFile;

use super::document::Document;
use super::lexicon::Lexicon;

/// The built-in taxonomy, embedded at compile time.
pub const THEMES_JSON: &str = include_str!("../../../data/themes.json");

/// A colour for light and for dark backgrounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Colour {
    pub light: String,
    pub dark: String,
}

/// One theme of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Stable id used in URLs (`?theme=`) and `data-themes`.
    pub id: String,
    pub name: String,
    pub description: String,
    pub colour: Colour,
    /// Lexicon: words and phrases; a trailing `*` makes a prefix.
    pub terms: Vec<String>,
}

/// All themes, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    pub themes: Vec<Theme>,
}

crate::from_json_fields!(Colour { required: [light, dark], optional: [] });

crate::from_json_fields!(Theme { required: [id, name, terms], optional: [description, colour] });

crate::from_json_fields!(Taxonomy { required: [themes], optional: [] });

impl DataFile for Taxonomy {
    const NAME: &'static str = "themes";
    const BUILTIN_JSON: &'static str = THEMES_JSON;
    const DIGITS_IN_IDS: bool = false;

    fn ids(&self) -> Vec<&str> {
        self.themes.iter().map(|t| t.id.as_str()).collect()
    }
}

impl Taxonomy {
    /// The index of theme `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }
}

/// A compiled taxonomy: one lexicon whose values are theme indices.
#[derive(Debug, Clone)]
pub struct Tagger {
    lexicon: Lexicon,
    theme_count: usize,
}

impl Tagger {
    pub fn new(taxonomy: &Taxonomy) -> Self {
        let terms = taxonomy
            .themes
            .iter()
            .enumerate()
            .flat_map(|(t, theme)| theme.terms.iter().map(move |term| (term.as_str(), t)));
        Self { lexicon: Lexicon::new(terms), theme_count: taxonomy.themes.len() }
    }

    /// The themes (indices, ascending) whose lexicon occurs in `text`.
    pub fn themes_of(&self, text: &str) -> Vec<usize> {
        let mut found = vec![false; self.theme_count];
        for m in self.lexicon.find_all(text) {
            found[m.value] = true;
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
        self.paragraphs.get(p).map(|ts| ids(taxonomy, ts)).unwrap_or_default()
    }

    /// The `data-themes` value of sentence `s` of paragraph `p`, `None` when it has no theme
    /// (a lens shown from the first paint tells its sentences by it, see `assets/lens-preview.js`).
    pub fn sentence_attribute(&self, taxonomy: &Taxonomy, p: usize, s: usize) -> Option<String> {
        self.sentences.get(p)?.get(s).filter(|ts| !ts.is_empty()).map(|ts| ids(taxonomy, ts))
    }
}

/// Theme indices as their ids, space-separated.
fn ids(taxonomy: &Taxonomy, themes: &[usize]) -> String {
    themes.iter().map(|&t| taxonomy.themes[t].id.as_str()).collect::<Vec<_>>().join(" ")
}
