//! The statement that ships with the reader, embedded at compile time.

use std::sync::OnceLock;

use super::document::{Document, Metadata};

/// The source text, byte for byte as published (14 paragraphs, then the attribution line).
pub const STATEMENT_TEXT: &str = include_str!("../../../content/uk-us-strategic-dialogue-2024.txt");
/// Its metadata: title, dates, place, principals, governments, source and licence.
pub const STATEMENT_META: &str = include_str!("../../../content/uk-us-strategic-dialogue-2024.json");

/// The built-in statement, parsed once.
pub fn statement() -> &'static Document {
    static DOCUMENT: OnceLock<Document> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        // The metadata file is ours and checked by the test suite, so failing here is a build defect.
        let meta = Metadata::from_json(STATEMENT_META).expect("built-in metadata is valid JSON");
        Document::from_plain_text(meta, STATEMENT_TEXT)
    })
}
