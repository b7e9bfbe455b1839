//! The reader's keys (`/`, F3, Shift+F3, `[`, `]`) and passage steps.

use yew::prelude::*;

use super::store::Store;
use crate::app::passage::LastStep;
use crate::app::{Action, GlobalKey};
use crate::ui::browser;

/// Steps to the next (`true`) or previous shown paragraph. It remembers where the last step
/// went, which is trusted for a moment even while its smooth scroll is still running.
#[hook]
pub fn use_passage_step(root: NodeRef) -> Callback<bool> {
    let last = use_mut_ref(LastStep::default);
    use_callback((root, last), |forward: bool, (root, last)| {
        let now = browser::now_ms();
        let previous = *last.borrow(); // released before it is written below
        if let Some(index) = browser::step_paragraph(root, forward, previous, now) {
            *last.borrow_mut() = LastStep(Some((index, now)));
        }
    })
}

/// The page answers the reader's keys anywhere; a widget only while focus is inside it.
#[hook]
pub fn use_reader_keys(store: &UseReducerHandle<Store>, root: NodeRef, is_page: bool, on_passage: Callback<bool>) {
    let dispatcher = store.dispatcher();
    use_effect_with(is_page, move |&is_page| {
        let target: Option<web_sys::EventTarget> = if is_page {
            Some(gloo::utils::document().into())
        } else {
            root.cast::<web_sys::Element>().map(Into::into)
        };
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
