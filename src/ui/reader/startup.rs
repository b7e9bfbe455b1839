//! How a reader meets its host: start-up after hydration, a widget's attribute changes, `#pN`
//! links followed later, and what the reader reports back (the address bar, or a widget's events).

use yew::prelude::*;

use super::store::Store;
use crate::app::handover::HandOver;
use crate::app::search_text::ADDRESS_AFTER_MS;
use crate::app::{paragraph_from_fragment, Action, UrlState};
use crate::ui::browser;
use crate::ui::hooks::use_debounced;
use crate::ui::host::{Host, ReaderEvent};

/// Start-up runs after hydration (the first render matches the prerendered page) and its slices.
/// The page restores the saved scheme and the address bar's state and honours a `#pN` deep link;
/// a widget takes its attributes. `resumed`: the lite module's answer, when the reader took
/// over from it.
#[hook]
pub fn use_startup(
    store: &UseReducerHandle<Store>,
    host: &Host,
    paragraph_count: usize,
    root: NodeRef,
    resumed: Option<HandOver>,
) {
    let dispatcher = store.dispatcher();
    let host = host.clone();
    use_effect_with((), move |_| {
        // After hydration's last slice (see `ui::deferred`), in a task of its own: start-up (the
        // address bar's search, a lens) then never adds to a long task.
        let mounted = std::rc::Rc::new(std::cell::Cell::new(true));
        let still_mounted = mounted.clone();
        browser::after_turns(move || {
            if !still_mounted.get() {
                return;
            }
            browser::mark_start("statement-reader:start");
            let (color_scheme, names_shown, target_paragraph, mut url) = match host {
                Host::Page => (
                    browser::load_color_scheme(),
                    browser::load_names_shown(),
                    paragraph_from_fragment(&browser::current_fragment(), paragraph_count),
                    browser::read_url_state(),
                ),
                Host::Widget { settings, .. } => (settings.color_scheme, settings.names_shown, None, settings.view),
            };
            let mut current = None;
            if let Some(answer) = &resumed {
                (url.query, url.options, current) = (answer.query.clone(), answer.options, Some(answer.current));
                // Typing may have gone on while the full reader hydrated: the box has the search
                // (its text is left alone until now, see `SearchBar`).
                if let Some(typed) = browser::search_box_value(&root).filter(|typed| *typed != url.query) {
                    url.query = typed;
                    current = Some(crate::core::HitIndex(0));
                }
                if let Some(mount) = browser::mount_of(&root) {
                    browser::in_turn(move || browser::tell_lite_taken_over(&mount));
                }
            }
            dispatcher.dispatch(Action::Ready { color_scheme, names_shown, target_paragraph, url, resumed: current });
            browser::measure_since_start("statement-reader:start");
        });
        move || mounted.set(false)
    });
}

/// A widget whose attributes change shows the new view (and scheme) without reloading; the
/// page follows `#pN` links clicked or typed later.
#[hook]
pub fn use_host_changes(store: &UseReducerHandle<Store>, host: &Host, paragraph_count: usize) {
    {
        let dispatcher = store.dispatcher();
        let settings = match host {
            Host::Widget { settings, .. } => Some((settings.view.clone(), settings.color_scheme, settings.names_shown)),
            Host::Page => None,
        };
        let first = use_mut_ref(|| true);
        use_effect_with(settings, move |settings| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some((view, scheme, names)) = settings.clone() {
                dispatcher.dispatch(Action::Configure(view));
                dispatcher.dispatch(Action::SetColorScheme(scheme));
                dispatcher.dispatch(Action::SetNamesShown(names));
            }
        });
    }
    let dispatcher = store.dispatcher();
    use_effect_with((paragraph_count, host.is_page()), move |&(count, is_page)| {
        let listener = is_page.then(|| {
            browser::on_hash_change(move |fragment| {
                dispatcher.dispatch(Action::TargetParagraph(paragraph_from_fragment(&fragment, count)));
            })
        });
        move || drop(listener)
    });
}

/// What the reader reports once typing pauses: the page writes its address bar; a widget
/// dispatches `statement-reader:search` and `:lens` events (and `:ready` once).
#[hook]
#[allow(clippy::too_many_arguments)]
pub fn use_reports(
    ready: bool,
    url_state: UrlState,
    total: usize,
    host: &Host,
    title: &str,
    paragraphs: usize,
    took_over: bool,
) {
    let settled_url = use_debounced((ready, url_state), ADDRESS_AFTER_MS);
    {
        let host = host.clone();
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
    let host = host.clone();
    let title = title.to_owned();
    // Taken over from the lite module, which told the host already.
    use_effect_with(ready, move |&ready| {
        if ready && !took_over {
            host.emit(ReaderEvent::Ready { title, paragraphs });
        }
    });
}
