//! Any text as a W3C Web Annotation import (a notes file the reader is given).
#![no_main]
use libfuzzer_sys::fuzz_target;
use statement_core::annotations::import_annotations;

fuzz_target!(|data: &str| {
    if let Ok((highlights, _skipped)) = import_annotations(data) {
        for highlight in &highlights {
            assert!(!highlight.id.is_empty(), "every imported highlight has an id");
        }
    }
});
