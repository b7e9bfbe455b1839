//! The reader's outer shell: decides which statement to show — the built-in one, another loaded
//! from `?src=` (the page) or the `src` attribute (a widget), or a file the reader opened (picked
//! or dropped; read in the browser, never uploaded) — and shows a clear message while loading and
//! when loading fails. The reader inside is re-created for each document.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::compare::{self, decode_file, encode_file};
use super::host::{Host, ReaderEvent};
use super::load_status::{DocumentSource, LoadStatus};
use super::reader::{builtin_document, Reader};
use crate::core::formats::parse_document;
use crate::core::Document;
use crate::app::handover::HandOver;

#[derive(Properties, PartialEq, Default)]
pub struct ShellProps {
    #[prop_or_default]
    pub host: Host,
    /// The lite first module's answer, when this shell hydrates what it drew (`ReaderProps::resumed`).
    #[prop_or_default]
    pub resumed: Option<HandOver>,
}

/// Which document, and how it came.
#[derive(Clone, PartialEq)]
enum Loaded {
    Builtin,
    Loading(String),
    Document { document: Rc<Document>, source: DocumentSource, key: String },
    Failed { message: String },
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
        // Compared when set: confirming the built-in statement after hydration draws nothing again.
        use_state_eq(move || widget_src.map_or(Loaded::Builtin, Loaded::Loading))
    };
    // Files opened in this reader, counted so that opening the same file again re-creates it.
    let opened = use_mut_ref(|| 0u32);
    {
        let (loaded, host) = (loaded.clone(), props.host.clone());
        use_effect_with(widget_src, move |widget_src| {
            let src = if host.is_page() { browser::read_src_param() } else { widget_src.clone() };
            // A file this tab opened before reloading (or before switching to the comparing build).
            let stashed = host.is_page().then(|| browser::read_session(browser::SHOWN_FILE_KEY)).flatten();
            match src {
                None if stashed.is_some() => {
                    let (name, text) = stashed.as_deref().and_then(decode_file).unwrap_or_default();
                    let outcome = parse_document(text.as_bytes(), &name).map_err(|e| e.to_string());
                    let key = format!("file:stashed:{name}");
                    loaded
                        .set(settle(outcome.map(|d| (d.titled_after(&name), DocumentSource::File(name), key)), &host));
                }
                None => loaded.set(Loaded::Builtin),
                Some(src) => {
                    if host.is_page() {
                        browser::write_session(browser::SHOWN_FILE_KEY, None);
                    }
                    loaded.set(Loaded::Loading(src.clone()));
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = browser::fetch_document(&src).await.and_then(|(bytes, url)| {
                            parse_document(&bytes, &url).map(|d| (d, url)).map_err(|e| e.to_string())
                        });
                        loaded
                            .set(settle(outcome.map(|(d, url)| (d, DocumentSource::Address(url.clone()), url)), &host));
                    });
                }
            }
        });
    }
    // Opening a file: the page always; a widget only when its host allows it (`allow-open`).
    let may_open = match &props.host {
        Host::Page => true,
        Host::Widget { settings, .. } => settings.allow_open,
    };
    let on_open = {
        let (loaded, host) = (loaded.clone(), props.host.clone());
        use_callback((may_open, opened), move |file: web_sys::File, (may_open, opened)| {
            if !*may_open {
                return;
            }
            let name = file.name();
            *opened.borrow_mut() += 1;
            let key = format!("file:{}:{name}", opened.borrow());
            let (loaded, host) = (loaded.clone(), host.clone());
            loaded.set(Loaded::Loading(name.clone()));
            browser::read_file_bytes(file, move |bytes| {
                let outcome = bytes.and_then(|b| parse_document(&b, &name).map(|d| (d, b)).map_err(|e| e.to_string()));
                let outcome = outcome.map(|(d, bytes)| {
                    if host.is_page() {
                        // Kept for this tab: a reload shows it again.
                        let text = String::from_utf8_lossy(&bytes);
                        browser::write_session(browser::SHOWN_FILE_KEY, Some(&encode_file(&name, &text)));
                    }
                    d.titled_after(&name)
                });
                loaded.set(settle(outcome.map(|d| (d, DocumentSource::File(name), key)), &host));
            });
        })
    };
    let on_builtin = {
        let (loaded, is_page) = (loaded.clone(), props.host.is_page());
        use_callback((), move |(), _| {
            if is_page {
                browser::forget_src_param();
                browser::write_session(browser::SHOWN_FILE_KEY, None);
            }
            loaded.set(Loaded::Builtin);
        })
    };
    let compare = compare::use_compare(&props.host);
    let (compare_with, on_compare) = (compare.with.clone(), compare.on_request.clone());
    let compare_status = compare.error.clone().map(LoadStatus::CompareFailed);
    let host = props.host.clone();
    let on_open = may_open.then_some(on_open);
    match &*loaded {
        Loaded::Builtin => html! {
            <Reader key="builtin" document={builtin_document()} {host} {on_open} {on_builtin} status={compare_status}
                {compare_with} {on_compare} resumed={props.resumed.clone()} />
        },
        // The page keeps showing the built-in statement while another loads; a widget shows only
        // the notice (it was never showing anything else).
        Loaded::Loading(src) if host.is_page() => html! {
            <Reader key="builtin" document={builtin_document()} {host} status={LoadStatus::Loading(src.clone())} {on_open} {on_builtin}
                {compare_with} {on_compare} />
        },
        Loaded::Loading(src) => html! {
            <div class="reader loading" data-reader="">
                <p class="load-status" role="status">{ format!("Loading the statement from {src}…") }</p>
            </div>
        },
        Loaded::Document { document, source, key } => html! {
            <Reader key={key.clone()} document={document.clone()} {host} source={source.clone()} {on_open} {on_builtin}
                status={compare_status} {compare_with} {on_compare} />
        },
        Loaded::Failed { message } => html! {
            <Reader key="builtin" document={builtin_document()} {host} status={LoadStatus::Failed(message.clone())} {on_open} {on_builtin}
                {compare_with} {on_compare} />
        },
    }
}

/// What a fetch or a file read came to; a failure is told to the widget's host as well.
fn settle(outcome: Result<(Document, DocumentSource, String), String>, host: &Host) -> Loaded {
    match outcome {
        Ok((document, source, key)) => Loaded::Document { document: Rc::new(document), source, key },
        Err(message) => {
            host.emit(ReaderEvent::Error { message: message.clone() });
            Loaded::Failed { message }
        }
    }
}
