//! The browser edge that the lite first module (`crates/lite`) and the full reader both need:
//! written once here, over web-sys only (no Yew, no gloo, so the lite module stays small). The
//! rules are `statement-app`'s; this crate only carries them out on the page.

mod address;
mod focus;
pub mod handover;
mod host;
mod identity;
mod marks;
mod messages;
mod paragraphs;
mod scheme;
mod scroll;
mod search;
mod selection;
mod text;

pub use address::{query_text, read_url_state, replace_url, url_for};
pub use focus::{focused_in, is_text_field, refocus, scroll_to_and_focus};
pub use host::report;
pub use identity::Identity;
pub use marks::{clear_marks, draw_marks, hit_mark, mark_current};
pub use messages::{draw_nothing_found, draw_search_notice, is_clear_search};
pub use paragraphs::hide_paragraph;
pub use scheme::{apply_color_scheme, save_color_scheme, save_names_shown};
pub use scroll::bring_into_view;
pub use search::{
    all, draw_count, draw_index_rows, draw_search_marks, draw_shown, SearchMarks, HIT_COUNT, PARAGRAPHS, STEP_BUTTONS,
};
#[cfg(feature = "shadow")]
pub use selection::selection_at;
pub use selection::{restore_selection, save_selection, SavedSelection};
pub use text::text_nodes;
