//! The reader's root component: owns the state, wires actions to the browser edge.

use std::rc::Rc;

use yew::prelude::*;

use super::attribution::Attribution;
use super::browser;
use super::hooks::use_debounced;
use super::kwic_list::KwicList;
use super::masthead::Masthead;
use super::paragraph_index::ParagraphIndex;
use super::paragraph_view::ParagraphView;
use super::scheme_toggle::SchemeToggle;
use super::search_bar::SearchBar;
use super::search_options::SearchOptionsPanel;
use super::theme_nav::ThemeNav;
use crate::app::{paragraph_from_fragment, Action, ColorScheme, GlobalKey, Notice, ReaderState};
use crate::core::{builtin, Document};

/// How long typing must pause before the address bar is updated (ms).
const URL_SYNC_MS: u32 = 300;
/// How long typing must pause before the keyword-in-context list is rebuilt (ms).
const KWIC_SETTLE_MS: u32 = 120;

/// The thin `Reducible` adapter over the pure [`ReaderState`].
#[derive(PartialEq)]
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
    let document = props.document.clone();
    let store = {
        let document = document.clone();
        use_reducer_eq(move || Store(ReaderState::new(&document)))
    };
    let root = use_node_ref();
    let paragraph_count = document.paragraphs.len();
    // Themes are tagged once per document (in `ReaderState::new`); paragraphs carry their ids.
    let themes = store.0.themes();
    let paragraph_themes = use_memo(themes.clone(), |themes| {
        (0..themes.tagged().paragraphs.len())
            .map(|p| AttrValue::from(themes.tagged().attribute(themes.taxonomy(), p)))
            .collect::<Vec<_>>()
    });
    let state = &store.0;
    let search = &state.search;

    // Start-up runs after hydration: restore the saved scheme, the search in the address bar,
    // and honour a `#pN` deep link.
    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            dispatcher.dispatch(Action::Ready {
                color_scheme: browser::load_color_scheme(),
                target_paragraph: paragraph_from_fragment(&browser::current_fragment(), paragraph_count),
                url: browser::read_url_state(),
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
        let dispatcher = store.dispatcher();
        let root = root.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_global_key(move |key| match key {
                GlobalKey::FocusSearch => browser::focus_search(&root),
                GlobalKey::Next => dispatcher.dispatch(Action::NextHit),
                GlobalKey::Previous => dispatcher.dispatch(Action::PreviousHit),
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
    // Scrolling waits for the next frame, so a burst of keystrokes within one frame scrolls once
    // and the keystroke itself never pays for it. A newer request cancels the pending one.
    let pending_scroll = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    {
        let root = root.clone();
        let (current, smoothly) = (search.current, search.scroll_smoothly);
        use_effect_with(search.scroll_request, move |&request| {
            if request > 0 {
                *pending_scroll.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| {
                    browser::scroll_hit_into_view(&root, current, smoothly);
                }));
            }
        });
    }
    // The address bar follows once typing pauses: browsers throttle `replaceState` bursts.
    let url_state = state.url_state();
    let settled_url = use_debounced((state.ready, url_state.clone()), URL_SYNC_MS);
    use_effect_with(settled_url, |(ready, url)| {
        if *ready {
            browser::replace_url(url);
        }
    });
    use_effect_with((state.ready, state.color_scheme), |&(ready, scheme)| {
        if ready {
            browser::apply_color_scheme(scheme);
        }
    });

    // Stable callbacks, so children whose data did not change are not re-rendered.
    let on_action = use_callback(store.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_scheme = use_callback(store.dispatcher(), |scheme: ColorScheme, dispatcher| {
        browser::save_color_scheme(scheme);
        dispatcher.dispatch(Action::SetColorScheme(scheme));
    });
    // Copies the link to what is on screen now, even if the address bar has not caught up yet,
    // and brings the address bar up to date. It reads the latest state through a cell, so the
    // callback (and the options panel holding it) stays the same while the user types.
    let latest_url = use_mut_ref(Default::default);
    *latest_url.borrow_mut() = url_state.clone();
    let on_copy_link = use_callback((store.dispatcher(), latest_url), |(), (dispatcher, latest_url)| {
        let url_state = latest_url.borrow().clone();
        browser::replace_url(&url_state);
        let url = browser::url_for(&url_state, true);
        let dispatcher = dispatcher.clone();
        browser::copy_text(url.clone(), move |copied| {
            dispatcher.dispatch(Action::Notify(if copied {
                Notice::LinkCopied
            } else {
                Notice::LinkNotCopied(url)
            }));
        });
    });

    let result = search.result.clone();
    // The keyword-in-context list and the index (match counts, filtered-out marks) catch up once
    // typing pauses, through one timer; the text itself never waits.
    let filtering = state.theme.is_some() || result.as_ref().is_some_and(|r| r.filters);
    let shown_now: Option<Rc<[bool]>> = filtering.then(|| (0..paragraph_count).map(|i| state.shows(i)).collect());
    let (settled_result, settled_shown) = use_debounced((result.clone(), shown_now), KWIC_SETTLE_MS);
    let settled_result = settled_result.filter(|_| result.is_some());
    let kwic_is_current = match (&settled_result, &result) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let nothing_found = result.as_ref().is_some_and(|r| r.filters && r.paragraphs.is_empty());
    let selected_theme = state.theme.map(|t| themes.taxonomy().themes[t].name.clone());
    // Per paragraph, which sentences carry the selected theme: built when the theme changes,
    // not on every keystroke.
    let emphasis = use_memo((themes.clone(), state.theme), |(themes, theme)| {
        themes
            .tagged()
            .sentences
            .iter()
            .map(|sentences| theme.map(|t| sentences.iter().map(|s| s.contains(&t)).collect::<Rc<[bool]>>()))
            .collect::<Vec<_>>()
    });
    let current_hit = result.as_ref().and_then(|r| r.hit(search.current)).map(|(p, _)| p);

    html! {
        <div class="reader" data-reader="" data-ready={state.ready.then_some("")} ref={root}>
            <a class="skip-link" href="#statement">{ "Skip to the statement" }</a>
            <header class="topbar">
                <div class="topbar-inner">
                    <span class="brand">{ "Statement reader" }</span>
                    <SearchBar search={search.clone()} notice={state.notice.clone()} on_action={on_action.clone()} />
                    <SchemeToggle current={state.color_scheme} on_change={on_scheme} />
                </div>
            </header>
            <div class="layout">
                // First in the page (and on phones, first on screen): what the statement is.
                <Masthead document={document.clone()} />
                <aside class="sidebar" aria-label="Search and contents">
                    <SearchOptionsPanel options={search.options} on_action={on_action.clone()} {on_copy_link} />
                    <ThemeNav themes={themes.clone()} selected={state.theme} on_action={on_action.clone()} />
                    if let Some(listed) = settled_result.clone() {
                        <KwicList index={state.search_index()} result={listed}
                            current={kwic_is_current.then_some(search.current)} on_action={on_action.clone()} />
                    }
                    <ParagraphIndex document={document.clone()} target={state.target_paragraph}
                        result={settled_result} shown={settled_shown} />
                </aside>
                <main id="statement" class="statement" tabindex="-1" aria-labelledby="statement-heading">
                    <h2 id="statement-heading" class="visually-hidden">{ "Statement" }</h2>
                    if nothing_found {
                        <div class="no-results">
                            <p>{ match &selected_theme {
                                Some(theme) => format!("No paragraph on {theme} matches “{}”.", search.query.trim()),
                                None => format!("No paragraph matches “{}”.", search.query.trim()),
                            } }</p>
                            <button type="button" onclick={on_action.reform(|_| Action::ClearSearch)}>{ "Clear the search" }</button>
                        </div>
                    }
                    { for (0..paragraph_count).map(|index| {
                        let hits = result.as_ref().and_then(|r| r.paragraph(index)).cloned();
                        let current = (current_hit == Some(index)).then_some(search.current);
                        html! {
                            <ParagraphView key={index} document={document.clone()} {index}
                                themes={paragraph_themes[index].clone()} emphasis={emphasis[index].clone()}
                                hidden={!state.shows(index)} {hits} {current} />
                        }
                    }) }
                </main>
            </div>
            <Attribution document={document} />
        </div>
    }
}
