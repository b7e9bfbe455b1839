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
pub use comparing::{summary_panel, use_compare, use_comparison_view};
#[cfg(not(feature = "compare"))]
pub use first_load::{
    inserted_words, moved_links, removed_sentences, sentence_change, sentence_runs, summary_panel, use_compare,
    use_comparison_view,
};
#[cfg(feature = "compare")]
pub use marks::{inserted_words, moved_links, removed_sentences, sentence_change, sentence_runs};

/// What the shell knows of the comparison: the statement compared with (never one in the first
/// build), how to ask for one (`None` where the reader cannot: a widget in the first build cannot
/// reload its host), and why the last request failed.
pub struct CompareHandle {
    pub with: Option<Rc<CompareWith>>,
    pub on_request: Option<yew::Callback<CompareRequest>>,
    pub error: Option<String>,
}

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
            Stashed::File { name, text } => format!("file {}", encode_file(name, text)),
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

/// A file to stash for this tab: `NAME\nTEXT` (a line break in the name becomes a space).
pub fn encode_file(name: &str, text: &str) -> String {
    format!("{}\n{text}", name.replace('\n', " "))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_request_reads_back_as_it_was() {
        for stashed in [
            Stashed::Builtin,
            Stashed::File { name: "old.txt".into(), text: "One.\nTwo, with\nlines.".into() },
            Stashed::File { name: "builtin".into(), text: String::new() },
        ] {
            assert_eq!(Stashed::decode(&stashed.encode()), Some(stashed));
        }
        // A name cannot break the format; junk is no request.
        let odd = Stashed::File { name: "a\nb.txt".into(), text: "x".into() };
        assert_eq!(Stashed::decode(&odd.encode()), Some(Stashed::File { name: "a b.txt".into(), text: "x".into() }));
        for junk in ["", "file", "builtin\n", "folder x\ny", "file x"] {
            assert_eq!(Stashed::decode(junk), None, "{junk:?}");
        }
        assert_eq!(decode_file("name.txt\nThe text.\nMore."), Some(("name.txt".into(), "The text.\nMore.".into())));
        assert_eq!(decode_file("no text"), None);
        assert_eq!(decode_file(&encode_file("a\nb", "t")), Some(("a b".into(), "t".into())));
    }
}
