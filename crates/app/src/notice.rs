//! Short messages about what just happened, shown near the search box and announced.

use statement_core::ParagraphNumber;

use crate::url::MAX_QUERY_CHARS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    WrappedToFirst,
    WrappedToLast,
    LinkCopied,
    LinkNotCopied(String),
    QueryShortened,
    RevealedParagraph(ParagraphNumber),
    LensesCleared(ParagraphNumber),
    /// Something was copied; says what.
    Copied(String),
    /// Copying failed; says what to do instead.
    NotCopied(String),
    Highlighted,
}

impl Notice {
    pub fn text(&self) -> String {
        match self {
            Notice::WrappedToFirst => "Reached the end; continued from the first match.".into(),
            Notice::WrappedToLast => "Reached the start; continued from the last match.".into(),
            Notice::LinkCopied => "Link copied.".into(),
            Notice::LinkNotCopied(url) => format!("Could not copy; the link is: {url}"),
            Notice::QueryShortened => {
                format!("Only the first {MAX_QUERY_CHARS} characters of the query are searched.")
            }
            Notice::RevealedParagraph(n) => format!("Showing all paragraphs to reach paragraph {n}."),
            Notice::LensesCleared(n) => format!("Showing all themes, stances and entities to reach paragraph {n}."),
            Notice::Copied(what) => format!("Copied {what}."),
            Notice::NotCopied(what) => {
                format!("Could not copy {what}: the browser refused. Select and copy it from the paragraph instead.")
            }
            Notice::Highlighted => "Highlighted. It is in My notes.".into(),
        }
    }
}
