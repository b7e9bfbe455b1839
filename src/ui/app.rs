//! The reader's root component: owns the state, wires actions to the browser edge.

use std::rc::Rc;

use yew::prelude::*;

use super::attribution::Attribution;
use super::browser;
use super::masthead::Masthead;
use super::paragraph_index::ParagraphIndex;
use super::paragraph_view::ParagraphView;
use super::scheme_toggle::SchemeToggle;
use crate::app::{paragraph_from_fragment, Action, ColorScheme, ReaderState};
use crate::core::{builtin, Document};

/// The thin `Reducible` adapter over the pure [`ReaderState`].
#[derive(Default, PartialEq)]
struct Store(ReaderState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The statement to show; the built-in one unless told otherwise.
    #[prop_or_else(builtin_document)]
    pub document: Rc<Document>,
}

fn builtin_document() -> Rc<Document> {
    Rc::new(builtin::statement().clone())
}

impl Default for ReaderProps {
    fn default() -> Self {
        Self {
            document: builtin_document(),
        }
    }
}

/// One reader instance: `[data-reader]`, with `[data-ready]` once hydrated and interactive.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let store = use_reducer_eq(Store::default);
    let root = use_node_ref();
    let document = props.document.clone();
    let paragraph_count = document.paragraphs.len();
    let state = &store.0;

    // Start-up runs after hydration: restore the saved scheme and honour a `#pN` deep link.
    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            dispatcher.dispatch(Action::Ready {
                color_scheme: browser::load_color_scheme(),
                target_paragraph: paragraph_from_fragment(&browser::current_fragment(), paragraph_count),
            });
        });
    }
    {
        let dispatcher = store.dispatcher();
        use_effect_with(paragraph_count, move |&count| {
            let listener = browser::on_hash_change(move |fragment| {
                dispatcher.dispatch(Action::TargetParagraph(paragraph_from_fragment(&fragment, count)));
            });
            move || drop(listener)
        });
    }
    {
        let root = root.clone();
        use_effect_with((state.ready, state.target_paragraph), move |&(ready, target)| {
            if let (true, Some(number)) = (ready, target) {
                browser::focus_paragraph(&root, number);
            }
        });
    }
    use_effect_with((state.ready, state.color_scheme), |&(ready, scheme)| {
        if ready {
            browser::apply_color_scheme(scheme);
        }
    });

    let on_scheme = {
        let dispatcher = store.dispatcher();
        Callback::from(move |scheme: ColorScheme| {
            browser::save_color_scheme(scheme);
            dispatcher.dispatch(Action::SetColorScheme(scheme));
        })
    };

    html! {
        <div class="reader" data-reader="" data-ready={state.ready.then_some("")} ref={root}>
            <a class="skip-link" href="#statement">{ "Skip to the statement" }</a>
            <header class="topbar">
                <div class="topbar-inner">
                    <span class="brand">{ "Statement reader" }</span>
                    <SchemeToggle current={state.color_scheme} on_change={on_scheme} />
                </div>
            </header>
            <div class="layout">
                <ParagraphIndex document={document.clone()} target={state.target_paragraph} />
                <main id="statement" class="statement" tabindex="-1">
                    <Masthead document={document.clone()} />
                    <h2 class="visually-hidden">{ "Statement" }</h2>
                    { for (0..paragraph_count).map(|index| html! {
                        <ParagraphView key={index} document={document.clone()} {index} />
                    }) }
                </main>
            </div>
            <Attribution document={document} />
        </div>
    }
}
