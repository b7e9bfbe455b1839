//! Performs what the state's actions asked for: the only place the reader scrolls to a match,
//! focuses a paragraph, applies and saves the colour scheme, or saves its highlights.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::store::Store;
use crate::app::effect::coalesce;
use crate::app::{Action, Effect};
use crate::ui::browser;
use crate::ui::highlights::HighlightStorage;

/// Performs the store's effects after each render that posted some. `may_scroll` is false in a
/// widget until the user has acted inside it (a host page is never scrolled by a widget on
/// its own). Scrolling waits for the next frame, so a burst of keystrokes within one frame
/// scrolls once and the keystroke itself never pays for it; a newer request cancels the pending one.
#[hook]
pub fn use_effects(
    store: &UseReducerHandle<Store>,
    root: NodeRef,
    is_page: bool,
    may_scroll: Rc<RefCell<bool>>,
    highlights: HighlightStorage,
) {
    let pending_scroll = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    let store = store.clone();
    use_effect_with(store.posted, move |_| {
        // The highlights as each save leaves them, for the next in the same batch.
        let mut shown = store.state.highlights.clone();
        for effect in coalesce(store.take_effects()) {
            match effect {
                Effect::ScrollToHit { hit, smoothly } => {
                    if is_page || *may_scroll.borrow() {
                        let root = root.clone();
                        *pending_scroll.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| {
                            browser::scroll_hit_into_view(&root, hit, smoothly);
                        }));
                    }
                }
                Effect::FocusParagraph(number) => {
                    pending_scroll.borrow_mut().take();
                    browser::focus_paragraph(&root, number);
                }
                // A widget's scheme is its root's `data-color-scheme`, rendered from the state.
                Effect::ApplyColorScheme(scheme) if is_page => browser::apply_color_scheme(scheme),
                Effect::SaveColorScheme(scheme) if is_page => browser::save_color_scheme(scheme),
                Effect::SaveNamesShown(on) if is_page => browser::save_names_shown(on),
                Effect::ApplyColorScheme(_) | Effect::SaveColorScheme(_) | Effect::SaveNamesShown(_) => {}
                Effect::SaveHighlights { change, now } => shown = Rc::new(highlights.save(&shown, &change, &now)),
                Effect::UndoHighlights => shown = highlights.undo(&shown).map_or(shown, Rc::new),
                Effect::SetAsideHighlights { now } => shown = highlights.set_aside(&shown, &now).map_or(shown, Rc::new),
            }
        }
        if !Rc::ptr_eq(&shown, &store.state.highlights) {
            store.dispatch(Action::HighlightsShown(shown));
        }
    });
}
