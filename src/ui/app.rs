//! The reader's root component: owns the state, wires actions to the browser edge.

use std::rc::Rc;

use yew::prelude::*;

use super::landmark;

use super::attribution::Attribution;
use super::browser;
use super::entity_panel::EntityPanel;
use super::glossary::{GlossaryDefinitions, GlossaryTip};
use super::highlights::{use_highlights, Change};
use super::hooks::use_debounced;
use super::host::{Host, ReaderEvent};
use super::kwic_list::KwicList;
use super::landmark::Embedded;
use super::masthead::Masthead;
use super::minimap::Minimap;
use super::notes_panel::NotesPanel;
use super::paragraph_index::ParagraphIndex;
use super::paragraph_view::ParagraphView;
use super::scheme_toggle::SchemeToggle;
use super::search_bar::SearchBar;
use super::search_options::SearchOptionsPanel;
use super::selection_toolbar::SelectionToolbar;
use super::stance_nav::StanceNav;
use super::theme_chart::ThemeChart;
use super::theme_nav::ThemeNav;
use crate::app::{paragraph_from_fragment, Action, ColorScheme, GlobalKey, Notice, ReaderState};
use crate::core::annotations::{cite, CitationFormat, Highlight, HighlightColour};
use crate::core::{builtin, Document};

/// How long typing must pause before the address bar is updated (ms).
const URL_SYNC_MS: u32 = 300;
/// How long typing must pause before the keyword-in-context list is rebuilt (ms).
const KWIC_SETTLE_MS: u32 = 120;
/// How long a glossary tooltip lingers after the pointer leaves its term, so it can be reached (ms).
const TIP_LINGER_MS: u32 = 250;

/// The glossary tooltip: which entry, beside which term.
#[derive(Clone, Default, PartialEq)]
struct Tip {
    entry: Option<usize>,
    anchor: Option<web_sys::Element>,
    placement: u32,
}

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

/// Where the document came from, when it is not simply the built-in one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadStatus {
    /// Fetching this address.
    Loading(String),
    /// It failed: why (shown as an alert; the built-in statement is shown instead).
    Failed(String),
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The statement to show; the built-in one unless told otherwise.
    #[prop_or_else(builtin_document)]
    pub document: Rc<Document>,
    #[prop_or_default]
    pub host: Host,
    #[prop_or_default]
    pub status: Option<LoadStatus>,
}

/// The built-in statement, shared by every reader on the page (parsed once, never copied again).
pub(super) fn builtin_document() -> Rc<Document> {
    thread_local! {
        static BUILTIN: Rc<Document> = Rc::new(builtin::statement().clone());
    }
    BUILTIN.with(Rc::clone)
}

impl Default for ReaderProps {
    fn default() -> Self {
        Self { document: builtin_document(), host: Host::Page, status: None }
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
    // The document is analysed once (in `ReaderState::new`); paragraphs carry their theme ids.
    let analysis = store.0.analysis();
    let paragraph_themes = use_memo(analysis.clone(), |analysis| {
        (0..analysis.themes.paragraphs.len())
            .map(|p| AttrValue::from(analysis.themes.attribute(&analysis.taxonomy, p)))
            .collect::<Vec<_>>()
    });
    let state = &store.0;
    let search = &state.search;

    let host = &props.host;
    let is_page = host.is_page();
    // Start-up runs after hydration. The page restores the saved scheme and the address bar's
    // state and honours a `#pN` deep link; a widget takes its attributes.
    {
        let dispatcher = store.dispatcher();
        let host = host.clone();
        use_effect_with((), move |_| {
            dispatcher.dispatch(match host {
                Host::Page => Action::Ready {
                    color_scheme: browser::load_color_scheme(),
                    target_paragraph: paragraph_from_fragment(&browser::current_fragment(), paragraph_count),
                    url: browser::read_url_state(),
                },
                Host::Widget { settings, .. } => {
                    Action::Ready { color_scheme: settings.color_scheme, target_paragraph: None, url: settings.view }
                }
            });
        });
    }
    // A widget whose attributes change shows the new view (and scheme) without reloading.
    {
        let dispatcher = store.dispatcher();
        let settings = match host {
            Host::Widget { settings, .. } => Some((settings.view.clone(), settings.color_scheme)),
            Host::Page => None,
        };
        let first = use_mut_ref(|| true);
        use_effect_with(settings, move |settings| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some((view, scheme)) = settings.clone() {
                dispatcher.dispatch(Action::Configure(view));
                dispatcher.dispatch(Action::SetColorScheme(scheme));
            }
        });
    }
    {
        let dispatcher = store.dispatcher();
        use_effect_with((paragraph_count, is_page), move |&(count, is_page)| {
            let listener = is_page.then(|| {
                browser::on_hash_change(move |fragment| {
                    dispatcher.dispatch(Action::TargetParagraph(paragraph_from_fragment(&fragment, count)));
                })
            });
            move || drop(listener)
        });
    }
    // Passage steps (`[`, `]`, the theme panel's buttons) remember where they went.
    // A step made in the last two seconds is trusted even if its smooth scroll is still running.
    let last_passage = use_mut_ref(|| None::<(usize, f64)>);
    let on_passage = use_callback((root.clone(), last_passage), |forward: bool, (root, last)| {
        let from = *last.borrow();
        let now = browser::now_ms();
        let recent = from.is_some_and(|(_, at)| now - at < 2_000.0);
        if let Some(index) = browser::step_paragraph(root, forward, from.map(|(i, _)| i), recent) {
            *last.borrow_mut() = Some((index, now));
        }
    });
    {
        let dispatcher = store.dispatcher();
        let on_passage = on_passage.clone();
        let root = root.clone();
        use_effect_with(is_page, move |&is_page| {
            // The page answers keys anywhere; a widget only while focus is inside it.
            let target: Option<web_sys::EventTarget> = if is_page {
                Some(gloo::utils::document().into())
            } else {
                root.cast::<web_sys::Element>().map(Into::into)
            };
            let root = root.clone();
            let listener = target.map(|target| {
                browser::on_global_key(&target, move |key| match key {
                    GlobalKey::FocusSearch => browser::focus_search(&root),
                    GlobalKey::Next => dispatcher.dispatch(Action::NextHit),
                    GlobalKey::Previous => dispatcher.dispatch(Action::PreviousHit),
                    GlobalKey::NextPassage => on_passage.emit(true),
                    GlobalKey::PreviousPassage => on_passage.emit(false),
                })
            });
            move || drop(listener)
        });
    }
    {
        let root = root.clone();
        let target = state.target_paragraph;
        use_effect_with((state.ready, state.target_request), move |&(ready, _)| {
            if let (true, Some(number)) = (ready, target) {
                browser::focus_paragraph(&root, number);
            }
        });
    }
    // Scrolling waits for the next frame, so a burst of keystrokes within one frame scrolls once
    // and the keystroke itself never pays for it. A newer request cancels the pending one.
    // A widget scrolls its host page only once the user has acted inside it.
    let pending_scroll = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    let interacted = use_mut_ref(|| false);
    {
        let root = root.clone();
        let (current, smoothly) = (search.current, search.scroll_smoothly);
        let may_scroll = is_page || *interacted.borrow();
        use_effect_with(search.scroll_request, move |&request| {
            if request > 0 && may_scroll {
                *pending_scroll.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| {
                    browser::scroll_hit_into_view(&root, current, smoothly);
                }));
            }
        });
    }
    // The address bar follows once typing pauses: browsers throttle `replaceState` bursts.
    let url_state = state.url_state();
    let settled_url = use_debounced((state.ready, url_state.clone()), URL_SYNC_MS);
    {
        let host = host.clone();
        let total = search.total();
        use_effect_with(settled_url, move |(ready, url)| match (*ready, &host) {
            (true, Host::Page) => browser::replace_url(url),
            (true, Host::Widget { .. }) => {
                host.emit(ReaderEvent::Search { query: url.query.clone(), total });
                host.emit(ReaderEvent::Lens {
                    theme: url.theme.clone(),
                    stance: url.stance.clone(),
                    entity: url.entity.clone(),
                });
            }
            (false, _) => {}
        });
    }
    {
        let host = host.clone();
        let title = document.meta.title.clone();
        use_effect_with(state.ready, move |&ready| {
            if ready {
                host.emit(ReaderEvent::Ready { title, paragraphs: paragraph_count });
            }
        });
    }
    use_effect_with((state.ready, state.color_scheme, is_page), |&(ready, scheme, is_page)| {
        if ready && is_page {
            browser::apply_color_scheme(scheme);
        }
    });

    // Stable callbacks, so children whose data did not change are not re-rendered.
    let on_action = use_callback(store.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_scheme = use_callback((store.dispatcher(), is_page), |scheme: ColorScheme, (dispatcher, is_page)| {
        if *is_page {
            browser::save_color_scheme(scheme);
        }
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
            dispatcher.dispatch(Action::Notify(if copied { Notice::LinkCopied } else { Notice::LinkNotCopied(url) }));
        });
    });

    let result = search.result.clone();
    // The keyword-in-context list and the index (match counts, filtered-out marks) catch up once
    // typing pauses, through one timer; the text itself never waits.
    let filtering = state.lenses.any() || result.as_ref().is_some_and(|r| r.filters);
    let shown_now: Option<Rc<[bool]>> = filtering.then(|| (0..paragraph_count).map(|i| state.shows(i)).collect());
    let (settled_result, settled_shown) = use_debounced((result.clone(), shown_now), KWIC_SETTLE_MS);
    let settled_result = settled_result.filter(|_| result.is_some());
    let kwic_is_current = match (&settled_result, &result) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let nothing_found = result.as_ref().is_some_and(|r| r.filters && r.paragraphs.is_empty());
    let lens_names: Vec<String> = [
        state.lenses.theme.map(|t| analysis.taxonomy.themes[t].name.clone()),
        state.lenses.stance.map(|st| analysis.stances.stances[st].name.to_lowercase()),
        state.lenses.entity.map(|e| format!("naming {}", analysis.entities.entities[e].name)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let on_jump = use_callback(store.dispatcher(), |number: usize, dispatcher| {
        dispatcher.dispatch(Action::TargetParagraph(Some(number)));
    });

    // The glossary tooltip follows the pointer and keyboard focus over terms (events delegated
    // from the statement), lingers briefly so the pointer can move onto it, and Escape closes it.
    let tip = use_state(Tip::default);
    let tip_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let show_tip = {
        let (tip, tip_timer, analysis) = (tip.clone(), tip_timer.clone(), analysis.clone());
        Callback::from(move |event: Event| {
            if let Some((id, element)) = browser::term_of(&event) {
                tip_timer.borrow_mut().take();
                let entry = analysis.glossary.entries.iter().position(|e| e.id == id);
                if tip.entry != entry || tip.anchor.as_ref() != Some(&element) {
                    tip.set(Tip { entry, anchor: Some(element), placement: tip.placement + 1 });
                }
            }
        })
    };
    let hide_tip_later = {
        let (tip, tip_timer) = (tip.clone(), tip_timer.clone());
        Callback::from(move |()| {
            let tip = tip.clone();
            *tip_timer.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(TIP_LINGER_MS, move || tip.set(Tip::default())));
        })
    };
    let on_term_leave = hide_tip_later.reform(|_: Event| ());
    let on_term_leave = Callback::from(move |event: Event| {
        if browser::term_of(&event).is_some() {
            on_term_leave.emit(event);
        }
    });
    let on_tip_hover = {
        let (tip_timer, hide_tip_later) = (tip_timer.clone(), hide_tip_later.clone());
        Callback::from(move |inside: bool| {
            if inside {
                tip_timer.borrow_mut().take();
            } else {
                hide_tip_later.emit(());
            }
        })
    };
    let on_statement_key = {
        let tip = tip.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && tip.entry.is_some() {
                tip.set(Tip::default());
            }
        })
    };
    let drawer_open = use_state_eq(|| false);

    // The reader's own highlights and notes, and citations.
    let highlights = use_highlights(document.clone());
    let editing = use_state_eq(|| None::<String>);
    let tools_open = use_state_eq(|| None::<usize>);
    let selection = use_state(|| None::<(usize, std::ops::Range<usize>, f64, f64)>);
    let on_selection_end = {
        let (selection, root) = (selection.clone(), root.clone());
        Callback::from(move |()| {
            // After the browser has settled the selection.
            let (selection, root) = (selection.clone(), root.clone());
            gloo::timers::callback::Timeout::new(0, move || selection.set(browser::paragraph_selection(&root)))
                .forget();
        })
    };
    let add_highlight = {
        let (change, document, dispatcher) = (highlights.change.clone(), document.clone(), store.dispatcher());
        Callback::from(
            move |(index, range, colour): (usize, std::ops::Range<usize>, HighlightColour)| -> Option<String> {
                let highlight = Highlight::new(&document, index, range, colour, browser::new_id(), browser::now_iso())?;
                let id = highlight.id.clone();
                change.emit(Change::Add(highlight));
                dispatcher.dispatch(Action::Notify(Notice::Highlighted));
                Some(id)
            },
        )
    };
    let on_pick = {
        let (selection, add_highlight, editing, drawer_open) =
            (selection.clone(), add_highlight.clone(), editing.clone(), drawer_open.clone());
        Callback::from(move |(colour, with_note): (HighlightColour, bool)| {
            if let Some((number, range, _, _)) = (*selection).clone() {
                let id = add_highlight.emit((number - 1, range, colour));
                browser::clear_selection();
                selection.set(None);
                if with_note {
                    editing.set(id);
                    drawer_open.set(true);
                }
            }
        })
    };
    let on_tools = {
        let tools_open = tools_open.clone();
        use_callback((), move |open: Option<usize>, _| tools_open.set(open))
    };
    let on_paragraph_highlight = {
        let (add_highlight, tools_open) = (add_highlight.clone(), tools_open.clone());
        use_callback((), move |(index, range, colour): (usize, std::ops::Range<usize>, HighlightColour), _| {
            add_highlight.emit((index, range, colour));
            tools_open.set(None);
        })
    };
    let on_cite = {
        let (document, dispatcher) = (document.clone(), store.dispatcher());
        use_callback((), move |(index, format): (usize, CitationFormat), _| {
            let number = index + 1;
            let Some(text) = cite(&document, number, format, &browser::paragraph_link(number)) else { return };
            let what = format!("paragraph {number} with a {} citation", format.label());
            let dispatcher = dispatcher.clone();
            browser::copy_text(text, move |copied| {
                dispatcher.dispatch(Action::Notify(if copied {
                    Notice::Copied(what)
                } else {
                    Notice::NotCopied(what)
                }));
            });
        })
    };
    let on_edit = use_callback(editing.setter(), |id: Option<String>, editing| editing.set(id));
    let toggle_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |_: MouseEvent| drawer_open.set(!*drawer_open))
    };
    let mark_interacted = {
        let interacted = interacted.clone();
        Callback::from(move |()| *interacted.borrow_mut() = true)
    };
    // In a widget, in-page links (`#p4`, the skip link) must not touch the host's address: they
    // are handled here instead.
    let on_root_click = {
        let (dispatcher, root, mark_interacted) = (store.dispatcher(), root.clone(), mark_interacted.clone());
        Callback::from(move |event: MouseEvent| {
            mark_interacted.emit(());
            if is_page {
                return;
            }
            if let Some(fragment) = browser::in_page_link(&event) {
                event.prevent_default();
                match paragraph_from_fragment(&fragment, paragraph_count) {
                    Some(n) => dispatcher.dispatch(Action::TargetParagraph(Some(n))),
                    None => browser::focus_selector(&root, &fragment),
                }
            }
        })
    };
    // While another statement loads, this one is not what the reader will show: not "ready".
    let loading = matches!(props.status, Some(LoadStatus::Loading(_)));
    let hide_entities = (!state.hidden_kinds.is_empty())
        .then(|| state.hidden_kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" "));
    let current_hit = result.as_ref().and_then(|r| r.hit(search.current)).map(|(p, _)| p);

    html! {
        <ContextProvider<Embedded> context={Embedded(!is_page)}>
        <div class="reader" data-reader="" data-ready={(state.ready && !loading).then_some("")} data-hide-entities={hide_entities}
            data-color-scheme={(state.color_scheme != ColorScheme::Auto).then_some(state.color_scheme.as_str())}
            onclick={on_root_click} onpointerdown={mark_interacted.reform(|_: PointerEvent| ())}
            onkeydown={mark_interacted.reform(|_: KeyboardEvent| ())} ref={root.clone()}>
            <a class="skip-link" href="#statement">{ "Skip to the statement" }</a>
            <@{landmark::tag(!is_page, "header")} class="topbar">
                <div class="topbar-inner">
                    <span class="brand">{ "Statement reader" }</span>
                    <SearchBar search={search.clone()} notice={state.notice.clone()} on_action={on_action.clone()} />
                    <SchemeToggle current={state.color_scheme} on_change={on_scheme} />
                </div>
            </@>
            // What went wrong loading a document comes first, where it is seen on any screen.
            if props.status.is_some() {
                <div class="status-banner">{ status_message(props.status.as_ref()) }</div>
            }
            <div class="layout">
                // First in the page (and on phones, first on screen): what the statement is.
                <Masthead document={document.clone()} />
                <@{landmark::tag(!is_page, "aside")} role={landmark::named_role(!is_page)} class="sidebar" aria-label="Search and contents">
                    <SearchOptionsPanel options={search.options} on_action={on_action.clone()}
                        on_copy_link={is_page.then_some(on_copy_link)} />
                    <ThemeNav analysis={analysis.clone()} selected={state.lenses.theme} on_action={on_action.clone()} {on_passage} />
                    // Phones: stances, names and the chart fold into a drawer under the theme bar.
                    <button type="button" class="pill drawer-toggle needs-js" aria-controls="more-lenses theme-chart-lens"
                        aria-expanded={if *drawer_open { "true" } else { "false" }} onclick={toggle_drawer}>
                        { if *drawer_open { "Fewer lenses" } else { "Stances, names, my notes" } }
                    </button>
                    <div id="more-lenses" class={classes!("lens-extra", drawer_open.then_some("open"))}>
                        <StanceNav analysis={analysis.clone()} selected={state.lenses.stance} on_action={on_action.clone()} />
                        <EntityPanel analysis={analysis.clone()} selected={state.lenses.entity}
                            hidden_kinds={state.hidden_kinds.clone()} on_action={on_action.clone()} />
                        <NotesPanel document={document.clone()} highlights={highlights.clone()} editing={(*editing).clone()}
                            {on_edit} on_jump={on_jump.clone()} />
                    </div>
                    if let Some(listed) = settled_result.clone() {
                        <KwicList index={state.search_index()} result={listed}
                            current={kwic_is_current.then_some(search.current)} on_action={on_action.clone()} />
                    }
                    <ParagraphIndex document={document.clone()} target={state.target_paragraph}
                        result={settled_result.clone()} shown={settled_shown.clone()} />
                    <div id="theme-chart-lens" class={classes!("lens-extra", drawer_open.then_some("open"))}>
                        <ThemeChart analysis={analysis.clone()} />
                    </div>
                </@>
                <@{landmark::tag(!is_page, "main")} role={landmark::named_role(!is_page)} id="statement" class="statement" tabindex="-1" aria-labelledby="statement-heading"
                    onmouseover={show_tip.reform(Event::from)} onfocusin={show_tip.reform(Event::from)}
                    onmouseout={on_term_leave.reform(Event::from)} onfocusout={on_term_leave.reform(Event::from)}
                    onkeydown={on_statement_key} onmouseup={on_selection_end.reform(|_: MouseEvent| ())}
                    onkeyup={on_selection_end.reform(|_: KeyboardEvent| ())} ontouchend={on_selection_end.reform(|_: TouchEvent| ())}>
                    <h2 id="statement-heading" class="visually-hidden">{ "Statement" }</h2>
                    if nothing_found {
                        <div class="no-results">
                            <p>{ if lens_names.is_empty() {
                                format!("No paragraph matches “{}”.", search.query.trim())
                            } else {
                                format!("No paragraph ({}) matches “{}”.", lens_names.join("; "), search.query.trim())
                            } }</p>
                            <button type="button" onclick={on_action.reform(|_| Action::ClearSearch)}>{ "Clear the search" }</button>
                        </div>
                    }
                    { for (0..paragraph_count).map(|index| {
                        let hits = result.as_ref().and_then(|r| r.paragraph(index)).cloned();
                        let current = (current_hit == Some(index)).then_some(search.current);
                        // Only paragraphs the entity or stance touches re-render when either changes.
                        let entity = state.lenses.entity.filter(|&e| analysis.entities.mentions_in(index, e));
                        let stance = state.lenses.stance
                            .filter(|&st| analysis.acts.sentences[index].iter().any(|ss| ss.contains(&st)));
                        let marks = highlights.state.marks.get(index).filter(|m| !m.is_empty()).cloned();
                        html! {
                            <ParagraphView key={index} document={document.clone()} analysis={analysis.clone()} {index}
                                highlights={marks} tools_open={*tools_open == Some(index)} on_tools={on_tools.clone()}
                                on_cite={on_cite.clone()} on_highlight={on_paragraph_highlight.clone()}
                                themes={paragraph_themes[index].clone()} emphasis={state.lens.0.emphasis.get(index).cloned().flatten()}
                                {entity} {stance} hidden={!state.shows(index)} {hits} {current} />
                        }
                    }) }
                    if let Some((_, _, left, top)) = (*selection).clone() {
                        <SelectionToolbar at={(left, top)} {on_pick} />
                    }
                    <GlossaryDefinitions analysis={analysis.clone()} />
                    <GlossaryTip analysis={analysis.clone()} entry={tip.entry} placement={tip.placement}
                        root={root.clone()} anchor={tip.anchor.clone()} on_hover={on_tip_hover} />
                </@>
                <Minimap document={document.clone()} analysis={analysis.clone()} shown={settled_shown}
                    result={settled_result} current={current_hit} root={root.clone()} {on_jump} />
            </div>

            <Attribution document={document} />
        </div>
        </ContextProvider<Embedded>>
    }
}

/// The loading notice or the load error, inside the reader (errors as `role=alert`).
fn status_message(status: Option<&LoadStatus>) -> Html {
    match status {
        Some(LoadStatus::Loading(url)) => html! {
            <p class="load-status" role="status">{ format!("Loading the statement from {url}…") }</p>
        },
        Some(LoadStatus::Failed(message)) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ "This statement could not be loaded." }</strong>{ " " }{ message }</p>
                <p>{ "Showing the built-in statement instead." }</p>
            </div>
        },
        None => html! {},
    }
}
