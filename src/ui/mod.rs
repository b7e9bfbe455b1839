//! Yew components, one per file, rendering from state. Browser APIs are only in [`browser`].

mod attribution;
pub mod browser;
pub mod compare;
pub mod deferred;
mod entity_panel;
mod glossary;
mod glossary_definitions;
mod glossary_tip;
mod hidden_paragraphs;
mod highlights;
mod hooks;
pub mod host;
mod kwic_list;
mod landmark;
mod lens_list;
mod load_status;
mod masthead;
mod minimap;
mod minimap_row;
mod minimap_rows;
mod notes_panel;
mod nothing_found;
mod open_statement;
mod paragraph_index;
mod paragraph_tools;
mod paragraph_view;
mod paste_statement;
mod reader;
mod scheme_toggle;
mod search_bar;
mod search_options;
mod selection_toolbar;
mod shelf;
mod shell;
mod sidebar;
mod stance_nav;
mod statement_body;
mod swatch;
mod theme_chart;
mod theme_nav;

pub use host::Host;
pub use load_status::LoadStatus;
pub use reader::{prepare_builtin_then, Reader, ReaderProps};
pub use shell::{Shell, ShellProps};
#[cfg(target_arch = "wasm32")]
pub mod widget;
