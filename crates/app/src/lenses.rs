//! The lenses a reader looks through (a theme, a stance, an entity) and what they let through.

use std::rc::Rc;

use statement_core::analysis::Analysis;
use statement_core::{EntityIndex, ParagraphIndex, StanceIndex, ThemeIndex};

/// The selected theme, stance and entity; each narrows what is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lenses {
    /// Sentences tagged with this theme.
    pub theme: Option<ThemeIndex>,
    /// Sentences performing this stance.
    pub stance: Option<StanceIndex>,
    /// Paragraphs mentioning this entity.
    pub entity: Option<EntityIndex>,
}

impl Lenses {
    pub fn any(&self) -> bool {
        self.theme.is_some() || self.stance.is_some() || self.entity.is_some()
    }
}

/// What the lenses let through, computed when they change (never per keystroke).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LensView {
    /// Per paragraph, whether it passes; `None` when no lens is on.
    pub shown: Option<Rc<[bool]>>,
    /// Per paragraph, per sentence, whether the sentence is in the theme and stance lenses
    /// (the rest are dimmed); `None` when neither is on.
    pub emphasis: Vec<Option<Rc<[bool]>>>,
}

impl LensView {
    /// A paragraph passes when one of its sentences has the theme and the stance (sentence
    /// precision: "what did they condemn about Russia?"), and it mentions the entity.
    pub fn new(analysis: &Analysis, lenses: Lenses) -> Self {
        let paragraphs = analysis.themes.sentences.len();
        let sentence_lens = lenses.theme.is_some() || lenses.stance.is_some();
        let emphasis: Vec<Option<Rc<[bool]>>> = (0..paragraphs)
            .map(|p| {
                sentence_lens.then(|| {
                    let themes = &analysis.themes.sentences[p];
                    let stances = &analysis.acts.sentences[p];
                    (0..themes.len())
                        .map(|s| {
                            lenses.theme.is_none_or(|t| themes[s].contains(&t.0))
                                && lenses.stance.is_none_or(|st| stances.get(s).is_some_and(|ss| ss.contains(&st.0)))
                        })
                        .collect()
                })
            })
            .collect();
        let shown = lenses.any().then(|| {
            (0..paragraphs)
                .map(|p| {
                    emphasis[p].as_ref().is_none_or(|e| e.iter().any(|&on| on))
                        && lenses.entity.is_none_or(|e| analysis.entities.mentions_in(p, e.0))
                })
                .collect()
        });
        Self { shown, emphasis }
    }

    /// Lets through only the paragraphs `only` allows as well (the comparison's "only changes").
    pub fn within(mut self, only: Option<Rc<[bool]>>) -> Self {
        if let Some(only) = only {
            self.shown = Some(match self.shown {
                Some(shown) => shown.iter().zip(only.iter()).map(|(a, b)| *a && *b).collect(),
                None => only,
            });
        }
        self
    }

    pub fn passes(&self, index: ParagraphIndex) -> bool {
        self.shown.as_ref().is_none_or(|s| s.get(index.0).copied().unwrap_or(false))
    }

    /// Paragraph `index`'s sentence emphasis, when a sentence lens is on.
    pub fn emphasis_of(&self, index: ParagraphIndex) -> Option<Rc<[bool]>> {
        self.emphasis.get(index.0).cloned().flatten()
    }
}
