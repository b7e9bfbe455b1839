//! "No paragraph matches …" with *Clear the search*, drawn by the code the lite module draws it
//! with (`statement_dom::draw_nothing_found`); the statement's click handler clears the search.

use yew::prelude::*;

use super::hooks::use_drawn_message;

#[derive(Properties, PartialEq)]
pub struct NothingFoundProps {
    /// The reader's root (the box goes above its first `p[data-paragraph]`).
    pub root: NodeRef,
    /// The message, when the filter shows no paragraph.
    pub message: Option<AttrValue>,
}

/// Draws as it renders, after the paragraphs before it in the statement (as `HiddenParagraphs`
/// does), so the box comes in the frame that hides the last paragraph; its effect draws it once
/// the paragraphs mounted in the same render exist, and it takes the box away when unmounted.
#[component]
pub fn NothingFound(props: &NothingFoundProps) -> Html {
    let shown = use_mut_ref(|| None::<web_sys::Element>);
    let draw = {
        let (root, shown) = (props.root.clone(), shown.clone());
        // Nothing to do without the page (prerendering) or with nothing shown and nothing to show.
        move |message: Option<&str>| {
            let Some(root) = root.cast::<web_sys::Element>() else { return };
            if message.is_none() && shown.borrow().is_none() {
                return;
            }
            let (Some(document), first) =
                (root.owner_document(), root.query_selector("p[data-paragraph]").ok().flatten())
            else {
                return;
            };
            statement_dom::draw_nothing_found(&document, first.as_ref(), &mut shown.borrow_mut(), message);
        }
    };
    use_drawn_message(props.message.clone(), draw);
    Html::default()
}
