//! The reader's outer shell: decides which statement to show — the built-in one, another loaded
//! from `?src=` (the page) or the `src` attribute (a widget), or one the reader opened (a file
//! picked or dropped, or text pasted; read in the browser, never uploaded) — in any format the
//! reader reads (text, JSON, a saved web page, a PDF) — and shows a clear message while loading
//! and when loading fails. A failed open keeps what was shown: the built-in statement is the
//! fallback only when nothing else was. The reader inside is re-created for each document.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::compare::{self, decode_file, encode_file};
use super::host::{Host, ReaderEvent};
use super::load_status::{DocumentSource, LoadStatus, OpenRequest};
use super::reader::{builtin_document, Reader};
use super::shelf::{self, ShelfView};
use crate::app::handover::HandOver;
use crate::core::formats::parse_kept;
use crate::core::Document;

#[derive(Properties, PartialEq, Default)]
pub struct ShellProps {
    #[prop_or_default]
    pub host: Host,
    /// The lite first module's answer, when this shell hydrates what it drew (`ReaderProps::resumed`).
    #[prop_or_default]
    pub resumed: Option<HandOver>,
}

/// The name a pasted statement is kept under for a reload (not a file name a user can pick: a
/// file name cannot hold `/`).
const PASTED: &str = "pasted/statement.json";

/// Which document is shown.
#[derive(Clone)]
enum Shown {
    Builtin,
    /// A widget's `src` before it has loaded: it shows only the loading notice.
    Waiting,
    Document {
        document: Rc<Document>,
        source: DocumentSource,
        key: String,
    },
}

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Shown::Builtin, Shown::Builtin) | (Shown::Waiting, Shown::Waiting) => true,
            (Shown::Document { document: a, key: ka, .. }, Shown::Document { document: b, key: kb, .. }) => {
                ka == kb && Rc::ptr_eq(a, b)
            }
            _ => false,
        }
    }
}

/// What is shown, and what is loading or went wrong.
#[derive(Clone, PartialEq)]
struct Loaded {
    shown: Shown,
    status: Option<LoadStatus>,
}

/// How a load goes.
enum Load {
    /// Started: from where (an address or a file's name).
    Start(String),
    Done {
        document: Document,
        source: DocumentSource,
        key: String,
    },
    /// Failed: why. What was shown stays (a widget still waiting falls back to the built-in).
    Fail(String),
    /// The shown statement could not be kept on the shelf: why (it stays shown).
    NotKept(String),
    Builtin,
}

impl Reducible for Loaded {
    type Action = Load;

    fn reduce(self: Rc<Self>, action: Load) -> Rc<Self> {
        let next = match action {
            Load::Start(from) => Loaded { shown: self.shown.clone(), status: Some(LoadStatus::Loading(from)) },
            Load::Done { document, source, key } => {
                Loaded { shown: Shown::Document { document: Rc::new(document), source, key }, status: None }
            }
            Load::Fail(message) => {
                let (shown, kept) = match &self.shown {
                    Shown::Document { document, .. } => (self.shown.clone(), Some(title_of(document))),
                    Shown::Builtin | Shown::Waiting => (Shown::Builtin, None),
                };
                Loaded { shown, status: Some(LoadStatus::Failed { message, kept }) }
            }
            Load::NotKept(message) => Loaded { shown: self.shown.clone(), status: Some(LoadStatus::NotKept(message)) },
            Load::Builtin => Loaded { shown: Shown::Builtin, status: None },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

fn title_of(document: &Document) -> String {
    let title = document.meta.title.trim();
    if title.is_empty() {
        "Untitled statement".to_owned()
    } else {
        title.to_owned()
    }
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let widget_src = match &props.host {
        Host::Widget { settings, .. } => settings.src.clone(),
        Host::Page => None,
    };
    // A widget given a `src` starts by loading it; the page starts with the built-in statement
    // (what was prerendered) and reads `?src=` after hydration.
    let loaded = {
        let widget_src = widget_src.clone();
        use_reducer_eq(move || match widget_src {
            Some(src) => Loaded { shown: Shown::Waiting, status: Some(LoadStatus::Loading(src)) },
            None => Loaded { shown: Shown::Builtin, status: None },
        })
    };
    // Statements opened in this reader, counted so that opening the same file again re-creates it.
    let opened = use_mut_ref(|| 0u32);
    // The page's shelf view (`?shelf`, its search and lens), read after hydration like `?src=`.
    let shelf_address = use_state_eq(|| None::<browser::ShelfAddress>);
    {
        let (loaded, host, shelf_address) = (loaded.dispatcher(), props.host.clone(), shelf_address.clone());
        use_effect_with(widget_src, move |widget_src| {
            if host.is_page() {
                if let Some(address) = browser::read_shelf_param() {
                    shelf_address.set(Some(address));
                    return;
                }
            }
            let src = if host.is_page() { browser::read_src_param() } else { widget_src.clone() };
            // A statement this tab opened before reloading (or before switching to the comparing build).
            let stashed = host.is_page().then(|| browser::read_session(browser::SHOWN_FILE_KEY)).flatten();
            match src {
                None if stashed.is_some() => {
                    let (name, text) = stashed.as_deref().and_then(decode_file).unwrap_or_default();
                    let source = if name == PASTED {
                        DocumentSource::Pasted
                    } else if name.starts_with(shelf::FROM_SHELF) {
                        DocumentSource::Shelf
                    } else {
                        DocumentSource::File(name.clone())
                    };
                    let outcome = parse_kept(&text, &name).map(|d| d.titled_after(&name)).map_err(|e| e.to_string());
                    settle(&loaded, outcome.map(|d| (d, source, format!("file:stashed:{name}"))), &host);
                }
                None => loaded.dispatch(Load::Builtin),
                Some(src) => {
                    if host.is_page() {
                        browser::write_session(browser::SHOWN_FILE_KEY, None);
                    }
                    loaded.dispatch(Load::Start(src.clone()));
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = browser::fetch_statement(&src).await;
                        settle(&loaded, outcome.map(|(d, url)| (d, DocumentSource::Address(url.clone()), url)), &host);
                    });
                }
            }
        });
    }
    // Opening a statement: the page always; a widget only when its host allows it (`allow-open`).
    let may_open = match &props.host {
        Host::Page => true,
        Host::Widget { settings, .. } => settings.allow_open,
    };
    let on_open = {
        let (loaded, host) = (loaded.dispatcher(), props.host.clone());
        use_callback((may_open, opened), move |request: OpenRequest, (may_open, opened)| {
            if !*may_open {
                return;
            }
            *opened.borrow_mut() += 1;
            let count = *opened.borrow();
            let (loaded, host) = (loaded.clone(), host.clone());
            let (name, source, read) = match request {
                OpenRequest::File(file) => {
                    let name = file.name();
                    (name.clone(), DocumentSource::File(name), browser::ReadFrom::File(file))
                }
                OpenRequest::Paste { html, text } => {
                    (PASTED.to_owned(), DocumentSource::Pasted, browser::ReadFrom::Paste { html, text })
                }
            };
            let what = if source == DocumentSource::Pasted { "the pasted text".to_owned() } else { name.clone() };
            loaded.dispatch(Load::Start(what));
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = browser::read_opened(read).await.map(|(document, kept)| {
                    if host.is_page() {
                        // Kept for this tab: a reload shows it again (and no `?src=` overrides it).
                        browser::write_session(browser::SHOWN_FILE_KEY, Some(&encode_file(&name, &kept)));
                        browser::forget_src_param();
                    }
                    let titled = if source == DocumentSource::Pasted { "Pasted statement" } else { name.as_str() };
                    document.titled_after(titled)
                });
                settle(&loaded, outcome.map(|d| (d, source, format!("file:{count}:{name}"))), &host);
            });
        })
    };
    let on_builtin = {
        let (loaded, is_page) = (loaded.dispatcher(), props.host.is_page());
        use_callback((), move |(), _| {
            if is_page {
                browser::forget_src_param();
                browser::write_session(browser::SHOWN_FILE_KEY, None);
            }
            loaded.dispatch(Load::Builtin);
        })
    };
    let compare = compare::use_compare(&props.host);
    let (compare_with, on_compare) = (compare.with.clone(), compare.on_request.clone());
    let compare_status = compare.error.clone().map(LoadStatus::CompareFailed);
    let host = props.host.clone();
    let on_open = may_open.then_some(on_open);
    let status = loaded.status.clone().or(compare_status);
    if let Some(address) = &*shelf_address {
        return html! { <ShelfView address={address.clone()} /> };
    }
    match &loaded.shown {
        Shown::Builtin => html! {
            <Reader key="builtin" document={builtin_document()} {host} {on_open} {on_builtin} {status}
                {compare_with} {on_compare} resumed={props.resumed.clone()} />
        },
        // A widget shows only the notice while its `src` loads (it was never showing anything else).
        Shown::Waiting => html! {
            <div class="reader loading" data-reader="">
                { super::load_status::status_message(status.as_ref()) }
            </div>
        },
        Shown::Document { document, source, key } => html! {
            <Reader key={key.clone()} document={document.clone()} {host} source={source.clone()} {on_open} {on_builtin}
                {status} {compare_with} {on_compare} />
        },
    }
}

/// What a fetch or a read came to; a failure is told to the widget's host as well.
fn settle(
    loaded: &UseReducerDispatcher<Loaded>,
    outcome: Result<(Document, DocumentSource, String), String>,
    host: &Host,
) {
    match outcome {
        Ok((document, source, key)) => {
            if host.is_page() && !matches!(source, DocumentSource::Shelf) {
                keep_on_shelf(&document, &source, loaded.clone());
            }
            loaded.dispatch(Load::Done { document, source, key })
        }
        Err(message) => {
            host.emit(ReaderEvent::Error { message: message.clone() });
            loaded.dispatch(Load::Fail(message));
        }
    }
}

/// Every statement the page opens goes on the shelf. When it cannot be kept (storage full, or
/// none in this browser), the reader still shows it and says why.
fn keep_on_shelf(document: &Document, source: &DocumentSource, loaded: UseReducerDispatcher<Loaded>) {
    let origin = match source {
        DocumentSource::Address(url) => url.clone(),
        DocumentSource::File(name) => name.clone(),
        DocumentSource::Pasted => "pasted".to_owned(),
        DocumentSource::Shelf => return,
    };
    let statement = crate::core::shelf::ShelfStatement::new(document.clone(), browser::now_iso(), origin);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(message) = shelf::store::put(&[statement], false).await {
            loaded.dispatch(Load::NotKept(message));
        }
    });
}
