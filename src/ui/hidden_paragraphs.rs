//! Which paragraphs are hidden: drawn as attributes on the paragraphs whose state changed, not as
//! a prop of each. At 1,400 paragraphs a keystroke that hides most of them redrew every one
//! through Yew, ~10 ms, for one attribute.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::{browser, deferred};

#[derive(Properties, PartialEq)]
pub struct HiddenParagraphsProps {
    /// The reader's root (the paragraphs are the `p[data-paragraph]` in it, in order).
    pub root: NodeRef,
    /// Per paragraph, whether it is filtered out.
    pub hidden: Rc<[bool]>,
}

/// Draws `hidden` as it renders, after the paragraphs before it in the statement: in the same
/// run of Yew's scheduler as their own changes (marks), which the store asks Yew not to yield in
/// the middle of (`yew::scheduler::paint_together`, vendor/yew/PATCHED.md), so no frame shows one
/// without the other. (An effect may run only after such a yield.) Its effect draws the
/// paragraphs mounted in the same render, which exist only after it.
#[component]
pub fn HiddenParagraphs(props: &HiddenParagraphsProps) -> Html {
    // What the page has, per paragraph (`None`: not known, say before the first draw).
    let drawn = use_mut_ref(Vec::<Option<bool>>::new);
    // Hydrating, the page shows what it hides already (prerendered, or drawn by the lite module):
    // the effect checks it after this slice, outside the first task.
    if !deferred::is_hydrating() {
        draw(&props.root, &props.hidden, &drawn);
    }
    {
        let root = props.root.clone();
        use_effect_with(props.hidden.clone(), move |hidden| draw(&root, hidden, &drawn));
    }
    Html::default()
}

fn draw(root: &NodeRef, hidden: &[bool], drawn: &RefCell<Vec<Option<bool>>>) {
    let mut drawn = drawn.borrow_mut();
    drawn.resize(hidden.len(), None);
    let changes: Vec<(usize, bool)> =
        hidden.iter().enumerate().filter(|&(i, &h)| drawn[i] != Some(h)).map(|(i, &h)| (i, h)).collect();
    for i in browser::hide_paragraphs(root, &changes) {
        drawn[i] = Some(hidden[i]);
    }
}
