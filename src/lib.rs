//! statement-reader: a reader for diplomatic statements.
//!
//! - [`core`]: the document model and its rules, plain Rust (no browser, no UI framework).
//! - [`app`]: the reader's state and every user action, applied by one pure `apply`.
//! - [`ui`]: Yew components, one per file, rendering from state; browser APIs live in
//!   [`ui::browser`] only.

pub use statement_app as app;
pub use statement_core as core;
pub mod ui;
