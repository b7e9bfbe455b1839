//! The glossary tooltip: it follows the pointer and keyboard focus over terms (events delegated
//! from the statement), lingers briefly so the pointer can move onto it, and Escape closes it.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::Shared;
use crate::core::analysis::Analysis;
use crate::ui::browser;

/// How long a tooltip lingers after the pointer leaves its term, so it can be reached (ms).
const TIP_LINGER_MS: u32 = 250;

/// Which glossary entry is shown, beside which term.
#[derive(Clone, Default, PartialEq)]
pub struct Tip {
    pub entry: Option<usize>,
    pub anchor: Option<web_sys::Element>,
    /// Bumped each time it moves, so it is placed again.
    pub placement: u32,
}

/// The tooltip's state and the handlers the statement and the tooltip need (stable while the
/// tooltip does not change, so the statement does not re-render for them).
#[derive(Clone, PartialEq)]
pub struct GlossaryTipHandlers {
    pub state: Tip,
    /// Pointer over or focus into the statement: shows the term's definition, if on a term.
    pub show: Callback<Event>,
    /// Pointer or focus leaving a term: hides it after a moment.
    pub leave: Callback<Event>,
    /// A key in the statement: Escape closes the tooltip.
    pub key: Callback<KeyboardEvent>,
    /// The pointer entering (`true`) or leaving the tooltip itself.
    pub hover: Callback<bool>,
}

#[hook]
pub fn use_glossary_tip(analysis: Shared<Analysis>) -> GlossaryTipHandlers {
    let tip = use_state(Tip::default);
    let timer = Shared(use_mut_ref(|| None::<Timeout>));
    let show = use_callback((tip.clone(), timer.clone(), analysis), |event: Event, (tip, timer, analysis)| {
        if let Some((id, element)) = browser::term_of(&event) {
            timer.borrow_mut().take();
            let entry = analysis.glossary.entries.iter().position(|e| e.id == id);
            if tip.entry != entry || tip.anchor.as_ref() != Some(&element) {
                tip.set(Tip { entry, anchor: Some(element), placement: tip.placement + 1 });
            }
        }
    });
    let hide_later = use_callback((tip.setter(), timer.clone()), |(), (tip, timer)| {
        let tip = tip.clone();
        *timer.borrow_mut() = Some(Timeout::new(TIP_LINGER_MS, move || tip.set(Tip::default())));
    });
    let leave = use_callback(hide_later.clone(), |event: Event, hide_later| {
        if browser::term_of(&event).is_some() {
            hide_later.emit(());
        }
    });
    let hover = use_callback((timer, hide_later), |inside: bool, (timer, hide_later)| {
        if inside {
            timer.borrow_mut().take();
        } else {
            hide_later.emit(());
        }
    });
    // Escape closes the tooltip; Enter or Space on a term toggle it (it is a button to assistive
    // technology, so it answers like one).
    let key =
        use_callback((tip.clone(), show.clone()), |event: KeyboardEvent, (tip, show)| match event.key().as_str() {
            "Escape" if tip.entry.is_some() => tip.set(Tip::default()),
            "Enter" | " " if browser::term_of(&event).is_some() => {
                event.prevent_default();
                if tip.entry.is_some() {
                    tip.set(Tip::default());
                } else {
                    show.emit(event.into());
                }
            }
            _ => {}
        });
    GlossaryTipHandlers { state: (*tip).clone(), show, leave, key, hover }
}
