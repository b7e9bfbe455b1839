//! Yew components, one per file, rendering from state. Browser APIs are only in [`browser`].

mod app;
mod attribution;
pub mod browser;
mod masthead;
mod paragraph_index;
mod paragraph_view;
mod scheme_toggle;

pub use app::{Reader, ReaderProps};
