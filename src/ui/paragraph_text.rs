//! A paragraph's search matches, drawn into its text by the same code the lite module draws them
//! with (`statement_dom::draw_marks`); the text itself is `ParagraphSentences`.

use yew::prelude::*;

use super::paragraph_sentences::ParagraphSentences;
use super::paragraph_view::ParagraphTextProps;

#[derive(Properties, PartialEq)]
pub struct ParagraphTextOfProps {
    pub text: ParagraphTextProps,
    /// The `<p>` the text is rendered into.
    pub paragraph: NodeRef,
}

/// The paragraph's sentences (`ParagraphSentences`) with the search's marks drawn over them.
///
/// The search marks are not Yew's: `statement_dom` draws them into the text Yew rendered, in an
/// effect, and takes them out in the next render before Yew compares its nodes with the page
/// (it joins the split text back into the very nodes Yew made). The scheduler holds its yields
/// from the one to the other (`hold_yield`, vendor/yew), so no frame shows the text unmarked.
#[component]
pub fn ParagraphText(props: &ParagraphTextOfProps) -> Html {
    let hold = use_mut_ref(|| None::<yew::scheduler::YieldHold>);
    {
        let (node, text, hold) = (props.paragraph.clone(), props.text.clone(), hold.clone());
        use_effect(move || {
            if let (Some(p), Some(hits)) = (node.cast::<web_sys::Element>(), &text.hits) {
                let paragraph = &text.document.paragraphs[text.index.0];
                let current = text.current.map(|c| c.0);
                statement_dom::draw_marks(
                    &gloo::utils::document(),
                    &p,
                    &paragraph.text,
                    &hits.ranges,
                    hits.first,
                    current,
                );
            }
            hold.borrow_mut().take();
        });
    }
    if let Some(p) = props.paragraph.cast::<web_sys::Element>() {
        statement_dom::clear_marks(&p);
        *hold.borrow_mut() = Some(yew::scheduler::hold_yield());
    }
    // The text itself, without the search: a keystroke that changes only this paragraph's
    // matches redraws its marks, not its text (Yew skips the sentences: their props are equal).
    let sentences = ParagraphTextProps { hits: None, current: None, ..props.text.clone() };
    html! { <ParagraphSentences text={sentences} /> }
}
