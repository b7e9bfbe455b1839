#![cfg(target_arch = "wasm32")]
//! The core's deterministic tests, compiled to Wasm and run in headless Chromium: what runs in
//! the browser is what is tested. (Natively each file is its own test target; the property
//! tests run natively only, since proptest needs a native random source and fork.)

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "document_model.rs"]
mod document_model;
#[path = "formats.rs"]
mod formats;
#[path = "search_semantics.rs"]
mod search_semantics;
#[path = "statement_sentences.rs"]
mod statement_sentences;
#[path = "themes.rs"]
mod themes;
