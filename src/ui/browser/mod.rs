//! The browser edge, by concern. Every function degrades to a no-op (or "nothing") when an API
//! is missing or fails — private mode, blocked storage, detached nodes — so the reader keeps
//! working and just remembers less. Nothing here decides anything: the rules are in `app`.

mod clipboard;
mod clock;
mod events;
mod extract;
mod focus;
mod handover;
mod location;
mod network;
mod paragraphs;
mod placement;
mod pointer;
mod redraw;
mod scroll;
mod selection;
mod storage;
mod tasks;
mod watch;

pub use clipboard::{copy_text, download, read_file_bytes, read_file_text};
pub use clock::{mark_start, measure_since_start, new_id, now_iso, now_ms};
pub use events::{
    data_index_of, dropped_file, in_page_link, on_global_key, on_paste_outside_fields, pasted_text, term_of,
};
pub use extract::{fetch_statement, read_document, read_opened, ReadFrom};
pub use focus::{focus_paragraph, focus_search, focus_selector};
pub use handover::{follow_presses_from, mount_of, search_box_value, take_over_from_lite, tell_lite_taken_over};
pub use location::{
    adopt_stylesheet, apply_color_scheme, current_fragment, forget_compare_param, forget_src_param, go_to,
    on_hash_change, page_link, paragraph_link, read_compare_param, read_shelf_param, read_src_param, read_url_state,
    reload, replace_url, url_for, write_shelf_address, ShelfAddress,
};
pub use network::fetch_document;
pub use paragraphs::hide_paragraphs;
pub use placement::{place_at, place_tooltip};
pub use redraw::{keep_focus_and_selection, Kept};
pub use scroll::{on_viewport_change, scroll_hit_into_view, step_paragraph, viewport_in_paragraphs};
pub use selection::{clear_selection, paragraph_selection, ParagraphSelection};
pub use storage::{
    load_color_scheme, load_names_shown, on_storage_change, read_raw, read_session, save_color_scheme,
    save_names_shown, write_raw, write_session, COLOR_SCHEME_KEY, COMPARE_WITH_KEY, NAMES_SHOWN_KEY, SHOWN_FILE_KEY,
};
pub use tasks::{after_turns, around_next_paint, in_turn, when_idle};
pub use watch::{watch_paragraphs, ParagraphWatch};
