//! Any bytes as a JSON statement, and as one kept for a reload.
#![no_main]
use libfuzzer_sys::fuzz_target;
use statement_core::formats::{document_json, parse_document, parse_kept};

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = parse_document(data, "statement.json") {
        statement_fuzz::check_document(&document);
        // What is kept for a reload reads back as the same document.
        assert_eq!(parse_kept(&document_json(&document), "page.html").as_ref(), Ok(&document));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(document) = parse_kept(text, "page.pdf") {
            statement_fuzz::check_document(&document);
        }
    }
});
