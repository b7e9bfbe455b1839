//! Any bytes as a plain-text statement (and as whatever their content says they are).
#![no_main]
use libfuzzer_sys::fuzz_target;
use statement_core::formats::{extracted_format, parse_document};

fuzz_target!(|data: &[u8]| {
    let _ = extracted_format(data, "", "");
    for name in ["statement.txt", ""] {
        if let Ok(document) = parse_document(data, name) {
            statement_fuzz::check_document(&document);
        }
    }
});
