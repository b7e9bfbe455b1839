//! Start-up work in turns: each job queued runs in a task of its own, in the order queued, so the
//! main thread is never blocked by all of them at once (the built-in statement's index, its
//! analysis, hydration, then each deferred section; see `ui::deferred`), and none while a
//! pointer is pressed (`pointer`: they would redraw the text under a selection), nor while Yew's
//! scheduler has yielded amid its work (a sliced hydration). Tasks are posted
//! through a `MessageChannel` (unlike nested `setTimeout(0)`, not clamped to 4 ms).

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;

type Job = Box<dyn FnOnce()>;

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    /// Run once every job has run (the reader's `Ready`).
    last: Vec<Job>,
    channel: Channel,
    posted: bool,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::default();
}

/// Runs `job` in a task of its own, after the jobs queued before it.
pub fn in_turn(job: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().jobs.push_back(Box::new(job)));
    post();
}

/// Runs `job` once the queue is empty (in the task after the last job).
pub fn after_turns(job: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().last.push(Box::new(job)));
    post();
}

fn post() {
    QUEUE.with(|q| {
        let mut queue = q.borrow_mut();
        if queue.posted {
            return;
        }
        queue.posted = true;
        post_task(&mut queue.channel, run_next);
    });
}

/// A message channel whose port runs a function, made at its first use.
type Channel = Option<(web_sys::MessageChannel, Closure<dyn FnMut()>)>;

/// Runs `run` in a task of its own, through `channel`'s message (not clamped to 4 ms as nested
/// zero timeouts are); without a message channel, a zero timeout still gives it a task.
fn post_task(channel: &mut Channel, run: fn()) {
    if channel.is_none() {
        if let Ok(made) = web_sys::MessageChannel::new() {
            let receive = Closure::<dyn FnMut()>::new(run);
            made.port1().set_onmessage(Some(receive.as_ref().unchecked_ref()));
            *channel = Some((made, receive));
        }
    }
    let posted = channel.as_ref().is_some_and(|(made, _)| made.port2().post_message(&JsValue::NULL).is_ok());
    if !posted {
        gloo::timers::callback::Timeout::new(0, run).forget();
    }
}

/// One task: the next job, or (when none is left) everything waiting for the end. While a
/// pointer is pressed, nothing: the turns go on once it is released (see `pointer`).
fn run_next() {
    if yew::scheduler::is_running() {
        // Yew yielded amid a hydration (see `ui::deferred`): the turns go on once it is done.
        QUEUE.with(|q| q.borrow_mut().posted = false);
        return yew::scheduler::when_dry(post);
    }
    if super::pointer::pressed() {
        QUEUE.with(|q| q.borrow_mut().posted = false);
        // A task of its own after the release, so the page's own handlers of it run first.
        return super::pointer::on_release(post);
    }
    let jobs: Vec<Job> = QUEUE.with(|q| {
        let mut queue = q.borrow_mut();
        queue.posted = false;
        match queue.jobs.pop_front() {
            Some(job) => vec![job],
            None => std::mem::take(&mut queue.last),
        }
    });
    for job in jobs {
        job();
    }
    let more = QUEUE.with(|q| {
        let queue = q.borrow();
        !queue.jobs.is_empty() || !queue.last.is_empty()
    });
    if more {
        post();
    }
}

/// Runs `before` just before the next frame is drawn and `job` in a task after it: what a
/// keystroke showed is painted first, and the work that can follow waits for it.
pub fn around_next_paint(before: impl FnOnce() + 'static, job: impl FnOnce() + 'static) {
    let after = Closure::once_into_js(move || {
        before();
        after_paint(Box::new(job));
    });
    let asked = web_sys::window().is_some_and(|window| window.request_animation_frame(after.unchecked_ref()).is_ok());
    if !asked {
        // No frames to wait for: the task is next.
        let _ = after.unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    }
}

#[derive(Default)]
struct AfterPaint {
    jobs: Vec<Job>,
    channel: Channel,
}

thread_local! {
    static AFTER_PAINT: RefCell<AfterPaint> = RefCell::default();
}

/// Runs `job` in a task of its own, posted now (from a frame's callback: after its paint).
fn after_paint(job: Job) {
    AFTER_PAINT.with(|a| {
        let mut after = a.borrow_mut();
        after.jobs.push(job);
        post_task(&mut after.channel, run_after_paint);
    });
}

fn run_after_paint() {
    for job in AFTER_PAINT.with(|a| std::mem::take(&mut a.borrow_mut().jobs)) {
        job();
    }
}

/// Runs `job` once the page is idle (`requestIdleCallback`; where a browser lacks it, after a
/// short timeout): for work no reader is waiting for yet, such as drawing what is still closed.
pub fn when_idle(job: impl FnOnce() + 'static) {
    let job = Closure::once_into_js(job);
    let posted = web_sys::window().is_some_and(|window| window.request_idle_callback(job.unchecked_ref()).is_ok());
    if !posted {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(job.unchecked_ref(), IDLE_FALLBACK_MS);
        }
    }
}

/// How long `when_idle` waits where `requestIdleCallback` is missing (Safari).
const IDLE_FALLBACK_MS: i32 = 300;
