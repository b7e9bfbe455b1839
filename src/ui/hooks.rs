//! Reusable hooks.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, once it has stopped changing for `millis` milliseconds. Work that need not follow
/// every keystroke (the keyword-in-context list, the address bar) reads this instead, which
/// keeps it off the typing path. The pending timer is cancelled when the value changes again or
/// the component goes away.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, millis: u32) -> T {
    use_debounced_unless(value, millis, false)
}

/// As `use_debounced`, but a value that comes with `at_once` is taken without waiting (and
/// cancels a pending one).
#[hook]
pub fn use_debounced_unless<T: Clone + PartialEq + 'static>(value: T, millis: u32, at_once: bool) -> T {
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            if at_once {
                timer.borrow_mut().take();
                settled.set(value);
            } else {
                *timer.borrow_mut() = Some(Timeout::new(millis, move || settled.set(value)));
            }
        });
    }
    (*settled).clone()
}

/// Per paragraph, whether it is near the viewport (within a viewport's height above or below),
/// while `enabled`; `None` when not watching. Updated a batch at a time as the reader scrolls.
#[hook]
pub fn use_near_paragraphs(root: NodeRef, paragraphs: usize, enabled: bool) -> Option<std::rc::Rc<[bool]>> {
    let near = use_state_eq(|| None::<std::rc::Rc<[bool]>>);
    {
        let near = near.clone();
        use_effect_with((enabled, paragraphs), move |&(enabled, paragraphs)| {
            let known = std::rc::Rc::new(std::cell::RefCell::new(vec![false; paragraphs]));
            let watch = enabled
                .then(|| {
                    let near = near.clone();
                    crate::ui::browser::watch_paragraphs(&root, "100% 0px 100% 0px", move |changes| {
                        let mut known = known.borrow_mut();
                        for (index, is_near) in changes {
                            if let Some(slot) = known.get_mut(index) {
                                *slot = is_near;
                            }
                        }
                        near.set(Some(known.as_slice().into()));
                    })
                })
                .flatten();
            if watch.is_none() {
                near.set(None);
            }
            move || drop(watch)
        });
    }
    (*near).clone()
}

/// A message Yew does not render but `draw` draws into the page (a `statement_dom` box, the
/// drawer the lite module uses too): drawn as the component renders, so it comes in the frame of
/// the change that gave it (after the elements rendered before the component); by an effect
/// while hydrating and for what was mounted in the same render; taken away (`None`) when the
/// component unmounts.
#[hook]
pub fn use_drawn_message(message: Option<AttrValue>, draw: impl Fn(Option<&str>) + Clone + 'static) {
    if !super::deferred::is_hydrating() {
        draw(message.as_deref());
    }
    {
        let draw = draw.clone();
        use_effect_with(message, move |message| draw(message.as_deref()));
    }
    use_effect_with((), move |()| move || draw(None));
}
