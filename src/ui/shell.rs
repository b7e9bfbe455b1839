//! The reader's outer shell: decides which statement to show — the built-in one, or another
//! loaded from `?src=` (the page) or the `src` attribute (a widget) — and shows a clear message
//! while loading and when loading fails. The reader inside is re-created for each document.

use std::rc::Rc;

use yew::prelude::*;

use super::reader::{builtin_document, LoadStatus, Reader};
use super::browser;
use super::host::{Host, ReaderEvent};
use crate::core::formats::parse_document;
use crate::core::Document;

#[derive(Properties, PartialEq, Default)]
pub struct ShellProps {
    #[prop_or_default]
    pub host: Host,
}

/// Which document, and how it came.
#[derive(Clone, PartialEq)]
enum Loaded {
    Builtin,
    Loading(String),
    Document { document: Rc<Document>, url: String },
    Failed { src: String, message: String },
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
        use_state(move || widget_src.map_or(Loaded::Builtin, Loaded::Loading))
    };
    {
        let (loaded, host) = (loaded.clone(), props.host.clone());
        use_effect_with(widget_src, move |widget_src| {
            let src = if host.is_page() { browser::read_src_param() } else { widget_src.clone() };
            match src {
                None => loaded.set(Loaded::Builtin),
                Some(src) => {
                    loaded.set(Loaded::Loading(src.clone()));
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = browser::fetch_document(&src).await.and_then(|(bytes, url)| {
                            parse_document(&bytes, &url).map(|d| (d, url)).map_err(|e| e.to_string())
                        });
                        loaded.set(match outcome {
                            Ok((document, url)) => Loaded::Document { document: Rc::new(document), url },
                            Err(message) => {
                                host.emit(ReaderEvent::Error { message: message.clone() });
                                Loaded::Failed { src, message }
                            }
                        });
                    });
                }
            }
        });
    }
    let host = props.host.clone();
    match &*loaded {
        Loaded::Builtin => html! { <Reader key="builtin" document={builtin_document()} {host} /> },
        // The page keeps showing the built-in statement while another loads; a widget shows only
        // the notice (it was never showing anything else).
        Loaded::Loading(src) if host.is_page() => html! {
            <Reader key="builtin" document={builtin_document()} {host} status={LoadStatus::Loading(src.clone())} />
        },
        Loaded::Loading(src) => html! {
            <div class="reader loading" data-reader="">
                <p class="load-status" role="status">{ format!("Loading the statement from {src}…") }</p>
            </div>
        },
        Loaded::Document { document, url } => html! { <Reader key={url.clone()} document={document.clone()} {host} /> },
        Loaded::Failed { message, .. } => html! {
            <Reader key="builtin" document={builtin_document()} {host} status={LoadStatus::Failed(message.clone())} />
        },
    }
}
