//! Hydration in slices. The prerendered page is complete from the first paint, but Yew walking
//! all of it in one go blocked a phone's main thread for ~160 ms. A section marked here is
//! *adopted* at hydration — its prerendered nodes stay in place as an opaque raw region, without
//! being walked — and drawn live in a later task of its own ([`browser::in_turn`]), each
//! section in its own short task; the reader's `Ready` comes after the last one.
//!
//! How: the prerenderer writes the section between Yew's raw-HTML markers
//! ([`finish_prerendered`]); at hydration the section is an empty raw node, which takes over
//! whatever lies between those markers; when its turn comes it renders its real content, which
//! replaces the adopted nodes (same content, same place: nothing moves). Sections mounted later
//! (another statement, a widget without prerendering) are live from the start.
//!
//! Hydration itself is sliced too: a part wrapped in [`HydrateLater`] is hydrated (walked, its
//! listeners attached) in a task of its own after the reader's first, through a Yew `Suspense`
//! that holds it until its turn. Its prerendered nodes stay on screen meanwhile; Yew hydrates a
//! copy of them and puts that in their place when the part's turn comes (focus and a selection
//! in them are kept across it). Not for the statement: its paragraphs are hydrated in place, never
//! replaced. Hydration ends, for the sections above, once the last such part has hydrated.

use std::cell::Cell;

use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionResult};

use super::browser;

thread_local! {
    /// Set while a prerendered reader hydrates: from its first task until the first task after
    /// it in which no [`HydrateLater`] part is still waiting.
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// [`HydrateLater`] parts not hydrated yet.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// Hydrates a prerendered root: sections mounted by it are adopted, then drawn one task each.
/// Yew's walk of the rest is spread over tasks of ~16 ms (`slice_hydration`, vendor/yew): what
/// the user does meanwhile is kept by the lite module until the reader is ready, and start-up's
/// turns wait for the walk's end (`browser::in_turn`).
pub fn hydrating<T>(hydrate: impl FnOnce() -> T) -> T {
    HYDRATING.with(|h| h.set(true));
    yew::scheduler::slice_hydration();
    // Whatever else is queued, the first task after hydration ends it (unless a part waits).
    browser::in_turn(end_hydration);
    hydrate()
}

/// Whether a prerendered reader is hydrating now (its parts in slices, see the module's notes).
pub fn is_hydrating() -> bool {
    HYDRATING.with(Cell::get)
}

fn end_hydration() {
    if WAITING.with(Cell::get) == 0 {
        HYDRATING.with(|h| h.set(false));
    }
}

/// A part of the page hydrated in a task of its own, after the reader's first (see the module's
/// notes); mounted anywhere else, it is its children.
#[derive(Properties, PartialEq)]
pub struct HydrateLaterProps {
    pub children: Html,
}

#[component]
pub fn HydrateLater(props: &HydrateLaterProps) -> Html {
    html! { <Suspense><Waiting>{ props.children.clone() }</Waiting></Suspense> }
}

#[component]
fn Waiting(props: &HydrateLaterProps) -> HtmlResult {
    use_turn()?;
    Ok(props.children.clone())
}

/// A part counted in `WAITING` until it has hydrated, or is gone (a widget removed before its
/// turn: dropped with the component's hooks), so hydration does not stay on for parts mounted
/// after it.
struct Counted(Cell<bool>);

impl Counted {
    fn done(&self) {
        if self.0.replace(false) {
            WAITING.with(|w| w.set(w.get().saturating_sub(1)));
            end_hydration();
        }
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.done();
    }
}

/// Suspends a part mounted by hydration until its turn.
#[hook]
fn use_turn() -> SuspensionResult<()> {
    let kept = use_mut_ref(|| None::<browser::Kept>);
    let counted = use_mut_ref(|| Counted(Cell::new(false)));
    let suspension = {
        let (kept, counted) = (kept.clone(), counted.clone());
        use_state(move || {
            HYDRATING.with(Cell::get).then(|| {
                let (suspension, handle) = Suspension::new();
                WAITING.with(|w| w.set(w.get() + 1));
                counted.borrow().0.set(true);
                browser::in_turn(move || {
                    *kept.borrow_mut() = browser::keep_focus_and_selection();
                    handle.resume();
                });
                suspension
            })
        })
    };
    let waiting = (*suspension).clone().filter(|s| !s.resumed());
    use_effect_with(waiting.is_some(), move |&waiting| {
        if !waiting {
            // Hydrated, and its copy now stands where the prerendered nodes were.
            counted.borrow().done();
            if let Some(kept) = kept.borrow_mut().take() {
                kept.give_back();
            }
        }
    });
    waiting.map_or(Ok(()), Err)
}

/// Whether this section shows its real content: `false` only from hydration until its turn.
#[hook]
pub fn use_live() -> bool {
    let live = use_state_eq(|| !HYDRATING.with(Cell::get));
    // Drawing the section live replaces the nodes it adopted: focus and a selection in them are
    // kept across it (and no turn runs while a pointer is pressed, see `browser::pointer`).
    let kept = use_mut_ref(|| None::<browser::Kept>);
    {
        let (live, kept) = (live.clone(), kept.clone());
        use_effect_with((), move |()| {
            if !*live {
                browser::in_turn(move || {
                    *kept.borrow_mut() = browser::keep_focus_and_selection();
                    live.set(true);
                });
            }
        });
    }
    use_effect_with(*live, move |_| {
        if let Some(kept) = kept.borrow_mut().take() {
            kept.give_back();
        }
    });
    *live
}

/// The section: its content when live; while waiting, the prerendered nodes it adopted.
pub fn section(live: bool, content: impl FnOnce() -> Html) -> Html {
    if cfg!(feature = "ssr") {
        html! { <>{ raw(OPEN) }{ content() }{ raw(CLOSE) }</> }
    } else if live {
        content()
    } else {
        raw("")
    }
}

/// A section around `children` (for markup that is not a component of its own).
#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    pub children: Html,
}

#[component]
pub fn Deferred(props: &DeferredProps) -> Html {
    let live = use_live();
    section(live, || props.children.clone())
}

fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// What the prerenderer writes around a section's content (as raw HTML, itself between Yew's
/// raw markers); [`finish_prerendered`] turns each pair into one raw region.
const OPEN: &str = "<!--section-->";
const CLOSE: &str = "<!--/section-->";
const RAW_OPEN: &str = "<!--<#>-->";
const RAW_CLOSE: &str = "<!--</#>-->";

/// The prerendered HTML with every section's content as one raw region: the content then sits
/// between Yew's raw markers, where a hydrating [`section`] finds it.
pub fn finish_prerendered(html: &str) -> Result<String, String> {
    let open = format!("{RAW_OPEN}{OPEN}{RAW_CLOSE}");
    let close = format!("{RAW_OPEN}{CLOSE}{RAW_CLOSE}");
    let (opens, closes) = (html.matches(&open).count(), html.matches(&close).count());
    if opens != closes || html.matches(OPEN).count() != opens || html.matches(CLOSE).count() != closes {
        return Err(format!("prerendered sections do not pair up ({opens} opened, {closes} closed)"));
    }
    Ok(html.replace(&open, RAW_OPEN).replace(&close, RAW_CLOSE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_becomes_one_raw_region() {
        let html = "<p><!--<[]>--><!--<#>--><!--section--><!--</#>--><b>x</b><!--<#>--><!--/section--><!--</#>--><!--</[]>--></p>";
        assert_eq!(finish_prerendered(html).unwrap(), "<p><!--<[]>--><!--<#>--><b>x</b><!--</#>--><!--</[]>--></p>");
    }

    #[test]
    fn unpaired_sections_are_refused() {
        assert!(finish_prerendered("<!--<#>--><!--section--><!--</#>--><b>x</b>").is_err());
        assert!(finish_prerendered("<!--section-->").is_err());
        assert_eq!(finish_prerendered("<p>plain</p>").unwrap(), "<p>plain</p>");
    }
}
