//! The notice under the search box ("Reached the end; …", "Link copied.", …), drawn by the code
//! the lite module draws it with (`statement_dom::draw_search_notice`).

use yew::prelude::*;

use super::hooks::use_drawn_message;

#[derive(Properties, PartialEq)]
pub struct SearchNoticeProps {
    /// The search form's live region (the notice goes just before it).
    pub status: NodeRef,
    pub notice: Option<AttrValue>,
}

/// Draws as it renders, so the notice comes in the frame of the step or action that gave it
/// (not while the page hydrates: its effect draws it then); it takes the notice away when
/// unmounted.
#[component]
pub fn SearchNotice(props: &SearchNoticeProps) -> Html {
    let shown = use_mut_ref(|| None::<web_sys::Element>);
    let draw = {
        let (status, shown) = (props.status.clone(), shown.clone());
        move |notice: Option<&str>| {
            if let Some(status) = status.cast::<web_sys::Element>() {
                statement_dom::draw_search_notice(&status, &mut shown.borrow_mut(), notice);
            }
        }
    };
    use_drawn_message(props.notice.clone(), draw);
    Html::default()
}
