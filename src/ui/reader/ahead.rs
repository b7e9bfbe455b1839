//! A keystroke's search drawn ahead of Yew's render: the marks, the hidden paragraphs, the count
//! and the step buttons are drawn into the page at once, by the functions the lite module draws
//! them with (`statement_dom`); the state takes the query in a task after the next paint, and
//! Yew's render then finds the page as it would have drawn it. A keystroke costs what drawing it
//! costs, not a render of the reader.
//!
//! The state it drew waits in the store (`Store::drawn_ahead`): the query's own dispatch adopts
//! it, and any other action dispatched before then is applied after it, so nothing acts on a
//! search the page no longer shows.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::store::Store;
use crate::app::search_text::count_text;
use crate::app::window::WINDOWED_ABOVE;
use crate::app::{Action, ReaderState};
use crate::core::{Document, HitIndex, ParagraphIndex};
use crate::ui::drawn::Drawn;
use crate::ui::{browser, deferred};
use statement_dom::SearchMarks;

/// The search box's callback for a new query (what `Action::SetQuery` would do, drawn ahead
/// when it can be). `may_scroll` as for the store's effects: a widget scrolls its host page only
/// once the user has acted in it.
#[hook]
pub fn use_search_ahead(
    store: &UseReducerHandle<Store>,
    root: NodeRef,
    document: Rc<Document>,
    is_page: bool,
    may_scroll: Rc<RefCell<bool>>,
) -> Callback<String> {
    // The store as last rendered, for a callback that stays the same (the search box is not
    // re-rendered for it).
    let latest = use_mut_ref(|| store.clone());
    *latest.borrow_mut() = store.clone();
    let posted = use_mut_ref(|| false);
    // The elements drawn into.
    let page = use_mut_ref(|| None::<Page>);
    use_callback((), move |query: String, ()| {
        let store = latest.borrow().clone();
        // What the page shows: the state drawn ahead, or else the state as Yew drew it (unless
        // Yew has yielded amid its work, when it may not be drawn yet).
        let waiting = store.drawn_ahead.borrow_mut().take();
        let shown_now = waiting.as_ref().map_or(&store.state, |drawn| &drawn.state);
        let known = (!yew::scheduler::is_running()).then_some(shown_now);
        let mut page = page.borrow_mut();
        let Some(page) = drawable(&store.state, &root, &document, &mut page) else {
            // A query drawn ahead is dropped (say, another statement began to load within the
            // frame): Yew renders from the state it last drew, so the page goes back to that
            // first. Otherwise a paragraph whose matches are the same there and in the new
            // state would keep the dropped query's marks.
            if let (Some(drawn), Some(page)) =
                (&waiting, page.as_ref().filter(|p| p.is_current(document.paragraphs.len())))
            {
                draw(page, &document, Some(&drawn.state), &store.state);
            }
            return store.dispatch(Action::SetQuery(query));
        };
        let mut next = store.state.clone();
        let effects = next.apply(Action::SetQuery(query.clone()));
        // A query with terms, and no message comes or goes with it (Yew draws those; and a
        // cleared search clears the index at once, which Yew draws too).
        let may_wait = next.search.result.is_some()
            && !shows_message(&store.state)
            && !shows_message(&next)
            && !deferred::is_hydrating()
            && !yew::scheduler::is_running();
        if may_wait || waiting.is_some() {
            // Drawn when Yew's render would not find the page as it last drew it.
            draw(page, &document, known, &next);
        }
        if !may_wait {
            // The state takes the query now (dropping one drawn ahead, which this replaces).
            return store.dispatch(Action::SetQuery(query));
        }
        *store.drawn_ahead.borrow_mut() = Some(Drawn { state: next, effects, base: store.version });
        if posted.replace(true) {
            return;
        }
        let (root, posted, may_scroll, drawn_ahead, dispatcher) =
            (root.clone(), posted.clone(), may_scroll.clone(), store.drawn_ahead.clone(), store.dispatcher());
        let waits = drawn_ahead.clone();
        browser::around_next_paint(
            // As the store's effect would, in the same frame: the first match into view (unless
            // an action took the query first: its own effects scroll).
            move || {
                if (is_page || *may_scroll.borrow()) && waits.borrow().is_some() {
                    browser::scroll_hit_into_view(&root, HitIndex(0), false);
                }
            },
            move || {
                *posted.borrow_mut() = false;
                // The store adopts the state drawn (the slot is emptied by its reducer).
                let query = drawn_ahead.borrow().as_ref().map(|drawn| drawn.query().to_owned());
                if let Some(query) = query {
                    dispatcher.dispatch(Action::SetQuery(query));
                }
            },
        );
    })
}

/// Whether the reader shows (or would show) a message that only Yew draws: a notice under the
/// box, or "No paragraph matches".
fn shows_message(state: &ReaderState) -> bool {
    state.notice.is_some() || state.search.result.as_ref().is_some_and(|r| r.filters && r.paragraphs.is_empty())
}

/// The elements a search is drawn into, found once per reader.
struct Page {
    paragraphs: Vec<web_sys::Element>,
    steps: Vec<web_sys::Element>,
    counter: web_sys::Element,
}

impl Page {
    fn find(root: &web_sys::Element, count: usize) -> Option<Page> {
        let paragraphs = statement_dom::all(root, statement_dom::PARAGRAPHS);
        let steps = statement_dom::all(root, statement_dom::STEP_BUTTONS);
        let counter = root.query_selector(statement_dom::HIT_COUNT).ok().flatten()?;
        (paragraphs.len() == count && steps.len() == 2).then_some(Page { paragraphs, steps, counter })
    }

    /// Still the reader's elements (the paragraphs are never replaced while a document is
    /// shown; another document is another reader).
    fn is_current(&self, count: usize) -> bool {
        self.paragraphs.len() == count
            && self.counter.is_connected()
            && self.paragraphs.first().is_some_and(|p| p.is_connected())
            && self.paragraphs.last().is_some_and(|p| p.is_connected())
    }
}

/// The reader's elements, when a keystroke can be drawn at once: once it is ready, not while
/// comparing, and not in a long document (whose marks are drawn only near the reader).
fn drawable<'p>(
    state: &ReaderState,
    root: &NodeRef,
    document: &Document,
    page: &'p mut Option<Page>,
) -> Option<&'p Page> {
    let count = document.paragraphs.len();
    if !state.ready || count > WINDOWED_ABOVE {
        return None;
    }
    let root = root.cast::<web_sys::Element>()?;
    if !root.has_attribute("data-ready") || root.has_attribute("data-compare") {
        return None;
    }
    if !page.as_ref().is_some_and(|p| p.is_current(count)) {
        *page = Some(Page::find(&root, count)?);
    }
    page.as_ref()
}

/// Draws `next`'s search into `page`: where `shown_now` (the state the page shows) is known,
/// only what changes from it.
fn draw(page: &Page, document: &Document, shown_now: Option<&ReaderState>, next: &ReaderState) {
    fn marks(s: &ReaderState) -> SearchMarks<'_> {
        // The current match's marks have its class.
        SearchMarks { result: s.search.result.as_deref(), current: Some(s.search.current.0) }
    }
    statement_dom::draw_search_marks(
        &gloo::utils::document(),
        &page.paragraphs,
        |i| document.paragraphs.get(i).map(|p| p.text.as_str()),
        shown_now.map(marks),
        marks(next),
    );
    let was_shown = shown_now.map(|s| move |i: usize| s.shows(ParagraphIndex(i)));
    statement_dom::draw_shown(
        &page.paragraphs,
        |i| next.shows(ParagraphIndex(i)),
        was_shown.as_ref().map(|f| f as &dyn Fn(usize) -> bool),
    );
    let result = next.search.result.as_deref();
    let text = count_text(result, next.search.current);
    statement_dom::draw_count(&page.counter, &page.steps, &text, next.search.total() > 0, true);
}
