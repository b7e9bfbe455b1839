//! Positions that used to be bare `usize`s, one type each, so a paragraph's number (from 1, as
//! readers, `#pN` and `data-paragraph` say it) is never mistaken for its index (from 0, as lists
//! store it), nor a theme for a stance.

/// A paragraph's position in the document, from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ParagraphIndex(pub usize);

/// A paragraph's number as readers see it, from 1 (`#p9`, `data-paragraph="9"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParagraphNumber(usize);

impl ParagraphNumber {
    /// `None` for 0: numbers start at 1.
    pub fn new(number: usize) -> Option<Self> {
        (number > 0).then_some(Self(number))
    }

    pub fn get(self) -> usize {
        self.0
    }

    pub fn index(self) -> ParagraphIndex {
        ParagraphIndex(self.0 - 1)
    }
}

impl ParagraphIndex {
    pub fn number(self) -> ParagraphNumber {
        ParagraphNumber(self.0 + 1)
    }
}

impl From<ParagraphIndex> for ParagraphNumber {
    fn from(index: ParagraphIndex) -> Self {
        index.number()
    }
}

impl From<ParagraphNumber> for ParagraphIndex {
    fn from(number: ParagraphNumber) -> Self {
        number.index()
    }
}

impl std::fmt::Display for ParagraphNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Declares a position in one list of the analysis (a theme in the taxonomy, a stance, an
/// entity) or in a search result (a match, in document order, from 0: `data-hit="K"`).
macro_rules! list_index {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub usize);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

list_index! {
    /// A theme's position in the taxonomy (its data id is `Theme::id`).
    ThemeIndex;
    /// A stance's position in the stance list.
    StanceIndex;
    /// An entity's position in the entity lexicon.
    EntityIndex;
    /// A search match's position in document order, from 0 (`<mark data-hit="K">`).
    HitIndex;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_indexes_convert_both_ways() {
        assert_eq!(ParagraphNumber::new(0), None);
        let nine = ParagraphNumber::new(9).unwrap();
        assert_eq!(nine.index(), ParagraphIndex(8));
        assert_eq!(ParagraphIndex(8).number(), nine);
        assert_eq!(nine.to_string(), "9");
    }
}
