#![cfg(target_arch = "wasm32")]
//! The lite first module's marks in headless Chromium. What it reads from the prerendered page
//! (its search, the hand-over, a widget) is tested on the page `cargo xtask dist` builds, not a
//! copy: `tests/e2e/lite.spec.ts`.

use statement_lite::marks;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn marks_wrap_matches_across_elements_and_come_out_without_a_trace() {
    let document = document();
    let p = document.create_element("p").unwrap();
    p.set_inner_html("Support for <span>Ukraine</span>’s independence; “Ukraine’s” too.");
    let text = p.text_content().unwrap();
    let before = p.inner_html();
    // "Ukraine’s" twice: the first crosses the span's end, the second is plain text.
    let ranges: Vec<_> = text.match_indices("Ukraine’s").map(|(at, m)| at..at + m.len()).collect();
    marks::wrap(&document, &p, &text, &ranges, 3, 4);
    let found = p.query_selector_all("mark[data-hit]").unwrap();
    let hits: Vec<(String, String, String)> = (0..found.length())
        .map(|i| {
            let mark: web_sys::Element = found.item(i).unwrap().dyn_into().unwrap();
            (mark.get_attribute("data-hit").unwrap(), mark.text_content().unwrap(), mark.class_name())
        })
        .collect();
    assert_eq!(
        hits,
        [
            ("3".into(), "Ukraine".into(), "hit".into()),
            ("3".into(), "’s".into(), "hit".into()),
            ("4".into(), "Ukraine’s".into(), "hit current".into()),
        ]
    );
    assert_eq!(p.text_content().unwrap(), text, "marks add no text");
    marks::clear(&p);
    assert_eq!(p.inner_html(), before);
    assert_eq!(statement_dom::text_nodes(&document, &p).len(), 3, "split text is joined again");
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
