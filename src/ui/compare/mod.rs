//! Comparing the shown statement with another. The first load carries only what asks for a
//! comparison (the *Compare with…* controls, which remember the request for this tab and load
//! the page again) and the plain change types the text renders (`app::changes`). Everything that
//! compares — loading the other statement, the alignment (`statement-compare`), the summary
//! panel, the redline exports — is in the comparing build (`--features compare`), a second Wasm
//! module that `boot.js` loads instead of the first when a comparison is asked for (`?compare=`
//! or a remembered request; the widget's `compare` attribute). The text's own change marks are
//! functions here with an empty twin in the first build, so its paragraphs carry none of that code.

use std::rc::Rc;

use crate::core::Document;

#[cfg(feature = "compare")]
mod comparing;
#[cfg(not(feature = "compare"))]
mod first_load;
#[cfg(feature = "compare")]
mod marks;
#[cfg(feature = "compare")]
mod panel;

#[cfg(feature = "compare")]
pub use comparing::{summary_panel, use_compare, use_comparison_view, CompareHandle};
#[cfg(not(feature = "compare"))]
pub use first_load::{
    inserted_words, moved_links, removed_sentences, sentence_change, summary_panel, use_compare, use_comparison_view,
    CompareHandle,
};
#[cfg(feature = "compare")]
pub use marks::{inserted_words, moved_links, removed_sentences, sentence_change};

/// What the reader asks of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareRequest {
    /// Compare with a statement from a file (read in the browser).
    File(web_sys::File),
    /// Compare with the built-in statement.
    Builtin,
    /// Treat UK and US spellings as the same, or not.
    Spelling(bool),
    Stop,
}

/// The statement the shown one is compared with, and how.
#[derive(Clone, PartialEq)]
pub struct CompareWith {
    /// Compared by identity: a comparison is recomputed only for another document.
    pub document: crate::app::Shared<Document>,
    /// Where it came from, as the reader says it: "the built-in statement", "file x.txt", a URL.
    pub source: String,
    pub spelling: bool,
}

/// A remembered request (`COMPARE_WITH_KEY`): `builtin`, or `file NAME` and the file's text
/// after the first line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stashed {
    Builtin,
    File { name: String, text: String },
}

impl Stashed {
    pub fn encode(&self) -> String {
        match self {
            Stashed::Builtin => "builtin".to_owned(),
            Stashed::File { name, text } => format!("file {}\n{text}", name.replace('\n', " ")),
        }
    }

    pub fn decode(stored: &str) -> Option<Self> {
        if stored == "builtin" {
            return Some(Stashed::Builtin);
        }
        let (head, text) = stored.split_once('\n')?;
        let name = head.strip_prefix("file ")?;
        Some(Stashed::File { name: name.to_owned(), text: text.to_owned() })
    }
}

/// A file stashed for this tab (`NAME\nTEXT`), as name and text.
pub fn decode_file(stored: &str) -> Option<(String, String)> {
    let (name, text) = stored.split_once('\n')?;
    Some((name.to_owned(), text.to_owned()))
}

/// What the summary panel is drawn from.
pub struct PanelArgs {
    pub document: Rc<Document>,
    pub analysis: crate::app::Shared<crate::core::analysis::Analysis>,
    pub view: Option<Rc<crate::app::changes::ComparisonView>>,
    pub filter: Option<crate::app::ChangeFilter>,
    pub lenses: crate::app::Lenses,
    pub on_action: yew::Callback<crate::app::Action>,
    pub on_request: Option<yew::Callback<CompareRequest>>,
    /// Whether the reader may open files (a widget only with `allow-open`).
    pub may_open: bool,
}
