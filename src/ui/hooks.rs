//! Reusable hooks.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, once it has stopped changing for `millis` milliseconds. Work that need not follow
/// every keystroke (the keyword-in-context list, the address bar) reads this instead, which
/// keeps it off the typing path. The pending timer is cancelled when the value changes again or
/// the component goes away.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, millis: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            *timer.borrow_mut() = Some(Timeout::new(millis, move || settled.set(value)));
        });
    }
    (*settled).clone()
}
