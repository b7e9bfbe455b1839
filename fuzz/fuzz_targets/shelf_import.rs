//! Any text as an exported shelf to import: read or refused, never a panic; every statement it
//! gives is a valid document, whose id is its text's.
#![no_main]
use libfuzzer_sys::fuzz_target;
use statement_core::shelf::{import_shelf, statement_id};

fuzz_target!(|data: &str| {
    if let Ok(import) = import_shelf(data) {
        for (statement, _) in &import.statements {
            statement_fuzz::check_document(&statement.document);
            assert_eq!(statement.id, statement_id(&statement.document));
        }
    }
});
