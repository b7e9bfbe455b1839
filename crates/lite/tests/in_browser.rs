#![cfg(target_arch = "wasm32")]
//! The lite first module in headless Chromium: that it serves no reader it cannot. What it reads
//! from the prerendered page (its search, the hand-over, a widget) is tested on the page
//! `cargo xtask dist` builds, not a copy: `tests/e2e/lite.spec.ts`; the marks it draws, in
//! `crates/dom/tests/in_browser.rs`.

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn a_page_without_a_reader_or_its_search_box_is_not_served() {
    use statement_lite::Page;
    let document = document();
    let root = document.create_element("div").unwrap();
    root.set_id("reader-root");
    // A reader whose search box is missing: nothing to serve a search with.
    root.set_inner_html(
        r#"<div data-reader=""><main id="statement"><p id="p1" data-paragraph="1">Text.</p></main></div>"#,
    );
    document.body().unwrap().append_child(&root).unwrap();
    assert!(Page::find(document.clone()).is_none());
    root.remove();
    assert!(Page::find(document).is_none());
}
