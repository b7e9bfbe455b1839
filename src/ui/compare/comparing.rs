//! The comparing build's side: which statement the shown one is compared with (`?compare=`, the
//! widget's `compare`, a remembered request, a file picked or the built-in statement), the
//! comparison itself, and the summary panel.

use std::rc::Rc;

use yew::prelude::*;

use super::panel::ComparePanel;
use super::{CompareHandle, CompareRequest, CompareWith, PanelArgs, Stashed};
use crate::app::changes::ComparisonView;
use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::core::formats::parse_kept;
use crate::core::Document;
use crate::ui::browser;
use crate::ui::host::{Host, ReaderEvent};
use crate::ui::reader::builtin_document;

const BUILTIN_SOURCE: &str = "the built-in statement";

/// Where the statement to compare with comes from when the reader starts: the page's
/// `?compare=` (else what this tab asked for before reloading); the widget's `compare`.
enum Start {
    Address(String),
    Stashed(Stashed),
}

#[hook]
pub fn use_compare(host: &Host) -> CompareHandle {
    let with = use_state(|| None::<Rc<CompareWith>>);
    let error = use_state(|| None::<String>);
    let widget_compare = match host {
        Host::Widget { settings, .. } => settings.compare.clone(),
        Host::Page => None,
    };
    {
        let (with, error, is_page, host) = (with.clone(), error.clone(), host.is_page(), host.clone());
        use_effect_with(widget_compare, move |widget_compare| {
            let start = if is_page {
                browser::read_compare_param().map(Start::Address).or_else(|| {
                    browser::read_session(browser::COMPARE_WITH_KEY)
                        .and_then(|s| Stashed::decode(&s))
                        .map(Start::Stashed)
                })
            } else {
                widget_compare.clone().map(Start::Address)
            };
            let spelling = with.as_ref().is_some_and(|w| w.spelling);
            match start {
                None => with.set(None),
                Some(Start::Stashed(Stashed::Builtin)) => with.set(Some(builtin(spelling))),
                Some(Start::Stashed(Stashed::File { name, text })) => {
                    settle(&with, &error, parse_kept(&text, &name).map_err(|e| e.to_string()), name.clone(), spelling)
                }
                Some(Start::Address(src)) => wasm_bindgen_futures::spawn_local(async move {
                    let outcome = match src.strip_prefix(crate::ui::shelf::SHELF_ADDRESS_PREFIX) {
                        Some(id) => crate::ui::shelf::from_shelf(id).await,
                        None => browser::fetch_statement(&src).await,
                    };
                    match outcome {
                        Ok((document, url)) => settle(&with, &error, Ok(document), url, spelling),
                        Err(message) => {
                            // A widget's host hears of it, as of a `src` that fails.
                            host.emit(ReaderEvent::Error { message: message.clone() });
                            settle(&with, &error, Err(message), String::new(), spelling)
                        }
                    }
                }),
            }
        });
    }
    let on_request = {
        let (with, error, is_page) = (with.clone(), error.clone(), host.is_page());
        use_callback(is_page, move |request: CompareRequest, &is_page| {
            let spelling = with.as_ref().is_some_and(|w| w.spelling);
            match request {
                CompareRequest::Builtin => {
                    remember(is_page, Some(Stashed::Builtin));
                    error.set(None);
                    with.set(Some(builtin(spelling)));
                }
                CompareRequest::File(file) => {
                    let name = file.name();
                    let (with, error) = (with.clone(), error.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = browser::read_opened(browser::ReadFrom::File(file)).await;
                        if let Ok((_, kept)) = &outcome {
                            remember(is_page, Some(Stashed::File { name: name.clone(), text: kept.clone() }));
                        }
                        settle(&with, &error, outcome.map(|(d, _)| d), name.clone(), spelling);
                    });
                }
                CompareRequest::Spelling(on) => {
                    if let Some(current) = with.as_ref() {
                        with.set(Some(Rc::new(CompareWith { spelling: on, ..(**current).clone() })));
                    }
                }
                CompareRequest::Stop => {
                    if is_page {
                        browser::forget_compare_param();
                    }
                    remember(is_page, None);
                    error.set(None);
                    with.set(None);
                }
            }
        })
    };
    CompareHandle { with: (*with).clone(), on_request: Some(on_request), error: (*error).clone() }
}

fn builtin(spelling: bool) -> Rc<CompareWith> {
    Rc::new(CompareWith { document: Shared(builtin_document()), source: BUILTIN_SOURCE.into(), spelling })
}

/// Remembers the page's request for this tab (a reload keeps the comparison).
fn remember(is_page: bool, stashed: Option<Stashed>) {
    if is_page {
        browser::write_session(browser::COMPARE_WITH_KEY, stashed.map(|s| s.encode()).as_deref());
    }
}

fn settle(
    with: &UseStateHandle<Option<Rc<CompareWith>>>,
    error: &UseStateHandle<Option<String>>,
    outcome: Result<Document, String>,
    source: String,
    spelling: bool,
) {
    match outcome {
        Ok(document) => {
            error.set(None);
            let document = document.titled_after(&source);
            with.set(Some(Rc::new(CompareWith { document: Shared::new(document), source, spelling })));
        }
        Err(message) => error.set(Some(message)),
    }
}

/// The comparison of `document` with `with`, computed when either changes (or the spelling
/// option), and timed as `statement-reader:compare` in the page's performance timeline.
#[hook]
pub fn use_comparison_view(
    document: &Rc<Document>,
    analysis: &Shared<Analysis>,
    with: Option<Rc<CompareWith>>,
) -> Option<Rc<ComparisonView>> {
    let key = (Shared(document.clone()), analysis.clone(), with);
    let view = use_memo(key, |(document, analysis, with)| {
        let with = with.as_ref()?;
        browser::mark_start("statement-reader:compare");
        let comparison = statement_compare::compare(
            document,
            &with.document,
            statement_compare::CompareOptions { spelling: with.spelling },
        );
        let other = statement_compare::view::Other {
            document: &with.document,
            title: with.document.meta.title.clone(),
            source: with.source.clone(),
        };
        let view = statement_compare::view::view(document, analysis, other, &comparison, with.spelling);
        browser::measure_since_start("statement-reader:compare");
        Some(Rc::new(view))
    });
    (*view).clone()
}

pub fn summary_panel(args: PanelArgs) -> Html {
    match args.view.clone() {
        Some(view) => html! { <ComparePanel {view} args={Rc::new(args)} /> },
        None => Html::default(),
    }
}
