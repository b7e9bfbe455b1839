//! What a reader is given: the statement, its host, how it was loaded, and the ways to open
//! another one.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::handover::HandOver;
use crate::core::{builtin, Document};
use crate::ui::compare::{CompareRequest, CompareWith};
use crate::ui::host::Host;
use crate::ui::load_status::{DocumentSource, LoadStatus, OpenRequest};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The statement to show; the built-in one unless told otherwise.
    #[prop_or_else(builtin_document)]
    pub document: Rc<Document>,
    #[prop_or_default]
    pub host: Host,
    #[prop_or_default]
    pub status: Option<LoadStatus>,
    /// Where the statement came from, when it is not the built-in one.
    #[prop_or_default]
    pub source: Option<DocumentSource>,
    /// Opens a statement (a file picked or dropped, text pasted); `None` where opening is not allowed.
    #[prop_or_default]
    pub on_open: Option<Callback<OpenRequest>>,
    /// Goes back to the built-in statement.
    #[prop_or_default]
    pub on_builtin: Callback<()>,
    /// The statement this one is compared with, if any.
    #[prop_or_default]
    pub compare_with: Option<Rc<CompareWith>>,
    /// Asks for a comparison, changes or stops it; `None` where the reader cannot compare.
    #[prop_or_default]
    pub on_compare: Option<Callback<CompareRequest>>,
    /// Taken over from the lite first module (`crates/lite`): its answer, which this reader
    /// (hydrating the page the lite module drew) starts with: its search, so nothing on screen
    /// changes; its `Ready` keeps the current match and scrolls nowhere; a `#pN` link is
    /// followed only if the search hides it. Read once, at the first render.
    #[prop_or_default]
    pub resumed: Option<HandOver>,
}

/// The built-in statement, shared by every reader on the page (parsed once, never copied again).
pub fn builtin_document() -> Rc<Document> {
    thread_local! {
        static BUILTIN: Rc<Document> = Rc::new(builtin::statement().clone());
    }
    BUILTIN.with(Rc::clone)
}

impl Default for ReaderProps {
    fn default() -> Self {
        Self {
            document: builtin_document(),
            host: Host::Page,
            status: None,
            source: None,
            on_open: None,
            on_builtin: Callback::noop(),
            compare_with: None,
            on_compare: None,
            resumed: None,
        }
    }
}
