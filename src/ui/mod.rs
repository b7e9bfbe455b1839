//! Yew components, one per file, rendering from state. Browser APIs are only in [`browser`].

mod app;
mod attribution;
pub mod browser;
mod entity_panel;
mod glossary;
mod highlights;
mod hooks;
pub mod host;
mod kwic_list;
mod landmark;
mod lens_chip;
mod masthead;
mod minimap;
mod notes_panel;
mod paragraph_index;
mod paragraph_tools;
mod paragraph_view;
mod scheme_toggle;
mod search_bar;
mod search_options;
mod selection_toolbar;
mod shell;
mod stance_nav;
mod swatch;
mod theme_chart;
mod theme_nav;

pub use app::{LoadStatus, Reader, ReaderProps};
pub use shell::{Shell, ShellProps};
#[cfg(target_arch = "wasm32")]
pub mod widget;
