//! The pure core: the document model and the rules that act on it.
//!
//! Nothing here knows about the browser or the UI framework (no `yew`, no `web_sys`);
//! `tests/architecture.rs` keeps it that way. Everything is tested natively with `cargo test`.

pub mod analysis;
pub mod annotations;
pub mod builtin;
pub mod data;
pub mod decimal;
pub mod document;
pub mod entities;
pub mod fold;
pub mod formats;
pub mod glossary;
pub mod hash;
pub mod ids;
pub mod json;
pub mod layers;
pub mod lexicon;
pub mod pdf_text;
pub mod punctuation;
pub mod query;
pub mod ranges;
pub mod search;
pub mod sentences;
pub mod shelf;
pub mod stances;
pub mod themes;
pub mod web_page;

pub use document::{Document, Licence, Metadata, Paragraph, Principal, Sentence};
pub use ids::{EntityIndex, HitIndex, ParagraphIndex, ParagraphNumber, StanceIndex, ThemeIndex};
pub use search::{ParagraphHits, SearchIndex, SearchOptions, SearchResult};
