//! Links: copying one to what is on screen, and in-page links inside a widget.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::store::Store;
use crate::app::{paragraph_from_fragment, Action, Notice, UrlState};
use crate::ui::browser;
use crate::ui::load_status::OpenRequest;

/// Copies the link to what is on screen now, even if the address bar has not caught up yet, and
/// brings the address bar up to date. It reads the latest state through a cell, so the callback
/// (and the options panel holding it) stays the same while the user types.
#[hook]
pub fn use_copy_link(store: &UseReducerHandle<Store>, url_state: UrlState) -> Callback<()> {
    let latest_url = use_mut_ref(UrlState::default);
    *latest_url.borrow_mut() = url_state;
    use_callback((store.dispatcher(), latest_url), |(), (dispatcher, latest_url)| {
        let url_state = latest_url.borrow().clone();
        browser::replace_url(&url_state);
        let url = browser::url_for(&url_state, true);
        let dispatcher = dispatcher.clone();
        browser::copy_text(url.clone(), move |copied| {
            dispatcher.dispatch(Action::Notify(if copied { Notice::LinkCopied } else { Notice::LinkNotCopied(url) }));
        });
    })
}

/// The reader root's click handler and an "the user acted here" handler. In a widget, in-page
/// links (`#p4`, the skip link) must not touch the host's address: they are handled here. Any
/// click, key or pointer inside marks `interacted` (a widget may then scroll its host).
#[hook]
pub fn use_in_page_links(
    store: &UseReducerHandle<Store>,
    root: NodeRef,
    is_page: bool,
    interacted: Rc<RefCell<bool>>,
    paragraph_count: usize,
) -> (Callback<MouseEvent>, Callback<()>) {
    let mark_interacted = use_callback(interacted, |(), interacted| *interacted.borrow_mut() = true);
    let on_click = use_callback(
        (store.dispatcher(), root, mark_interacted.clone(), is_page, paragraph_count),
        |event: MouseEvent, (dispatcher, root, mark_interacted, is_page, paragraph_count)| {
            mark_interacted.emit(());
            if *is_page {
                return;
            }
            if let Some(fragment) = browser::in_page_link(&event) {
                event.prevent_default();
                match paragraph_from_fragment(&fragment, *paragraph_count) {
                    Some(n) => dispatcher.dispatch(Action::TargetParagraph(Some(n))),
                    None => browser::focus_selector(root, &fragment),
                }
            }
        },
    );
    (on_click, mark_interacted)
}

/// A file dropped anywhere on the reader opens like a picked one, where opening is allowed:
/// the root's `dragover` (which must accept) and `drop` handlers.
#[hook]
pub fn use_file_drop(on_open: Option<Callback<OpenRequest>>) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let on_drag_over = use_callback(on_open.is_some(), |event: DragEvent, allowed| {
        if *allowed {
            event.prevent_default(); // this element accepts drops
        }
    });
    let on_drop = use_callback(on_open, |event: DragEvent, on_open| {
        if let (Some(on_open), Some(file)) = (on_open, browser::dropped_file(&event)) {
            event.prevent_default();
            on_open.emit(OpenRequest::File(file));
        }
    });
    (on_drag_over, on_drop)
}

/// Text pasted onto the reader outside any text field opens as a statement, where opening is
/// allowed: anywhere on the page; in a widget, while focus is inside it.
#[hook]
pub fn use_paste_to_open(on_open: Option<Callback<OpenRequest>>, root: NodeRef, is_page: bool) {
    use_effect_with((on_open, is_page), move |(on_open, is_page)| {
        let target: Option<web_sys::EventTarget> = if *is_page {
            Some(gloo::utils::document().into())
        } else {
            root.cast::<web_sys::Element>().map(Into::into)
        };
        let listener = on_open.clone().zip(target).map(|(on_open, target)| {
            browser::on_paste_outside_fields(&target, move |html, text| on_open.emit(OpenRequest::Paste { html, text }))
        });
        move || drop(listener)
    });
}
