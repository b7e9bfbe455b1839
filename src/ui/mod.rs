//! Yew components, one per file, rendering from state. Browser APIs are only in [`browser`].

mod app;
mod attribution;
pub mod browser;
mod hooks;
mod kwic_list;
mod masthead;
mod paragraph_index;
mod paragraph_view;
mod scheme_toggle;
mod search_bar;
mod search_options;
mod theme_nav;

pub use app::{Reader, ReaderProps};
