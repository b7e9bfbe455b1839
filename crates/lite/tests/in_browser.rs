#![cfg(target_arch = "wasm32")]
//! The lite first module in headless Chromium: its marks, its search over a prerendered page,
//! and the page it puts back for the full reader to hydrate.

use statement_lite::{marks, Page};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A prerendered reader as the page has it: the search form, two paragraphs with entity spans,
/// their index, the colour scheme buttons and the search options.
const PAGE: &str = r##"<div data-reader="" class="reader"><header><span>Statement reader</span><form role="search" class="search needs-js"><div class="search-row"><label class="search-field"><input value="" type="search"></label><span data-hit-count="" class="hit-count"></span><button type="button" aria-label="Previous match" disabled="disabled" class="step">↑</button><button type="button" aria-label="Next match" disabled="disabled" class="step">↓</button></div><p role="status" aria-live="polite" class="visually-hidden"></p></form><div role="group"><button type="button" aria-pressed="true" data-scheme="auto">Auto</button><button type="button" aria-pressed="false" data-scheme="dark">Dark</button></div></header><div role="group"><label><input type="checkbox" data-search-option="case"><span>Match case</span></label></div><nav class="paragraph-index"><ol><li><a href="#p1">1</a></li><li><a href="#p2">2</a></li></ol></nav><main id="statement"><div class="para"><p id="p1" data-paragraph="1"><!--<#>--><span class="sentence">Missiles from <span data-entity="place" class="entity">Iran</span>; <span data-entity="place" class="entity">Iran</span>’s programme.</span><!--</#>--></p></div><div class="para"><p id="p2" data-paragraph="2">Taiwan Strait, and Ukraine’s path.</p></div></main></div>"##;

fn mount() -> web_sys::Element {
    let document = document();
    if let Some(old) = document.get_element_by_id("reader-root") {
        old.remove();
    }
    let root = document.create_element("div").unwrap();
    root.set_id("reader-root");
    root.set_inner_html(PAGE);
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
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
fn the_page_is_searched_in_place_and_a_cleared_search_leaves_it_as_prerendered() {
    let root = mount();
    let before = root.clone_node_with_deep(true).unwrap();
    let mut page = Page::find(document()).expect("the prerendered reader");
    page.search("iran".into());
    assert_eq!(texts(&root, "[data-hit-count]"), ["1 of 2"]);
    assert_eq!(texts(&root, "mark[data-hit]"), ["Iran", "Iran"]);
    assert!(root.query_selector("#p2").unwrap().unwrap().has_attribute("hidden"));
    assert!(root.query_selector("#p2").unwrap().unwrap().parent_element().unwrap().has_attribute("hidden"));
    assert_eq!(root.query_selector_all(".paragraph-index li.filtered-out").unwrap().length(), 1);
    assert!(!root.query_selector(".step").unwrap().unwrap().has_attribute("disabled"));
    assert!(page.step(false), "Shift+Enter from the first match wraps to the last");
    assert_eq!(texts(&root, "[data-hit-count]"), ["2 of 2"]);
    assert_eq!(texts(&root, ".search-notice"), ["Reached the start; continued from the last match."]);
    assert_eq!(texts(&root, "mark.current"), ["Iran"]);
    page.search("zzz".into());
    assert_eq!(texts(&root, "[data-hit-count]"), ["0 matches"]);
    assert!(root.query_selector(".search-notice").unwrap().is_none());
    assert_eq!(texts(&root, "#statement > .no-results > p"), ["No paragraph matches “zzz”."]);
    let clear = root.query_selector(".no-results button").unwrap().unwrap();
    assert!(page.is_clear_button(&clear));
    page.press_scheme("dark");
    page.mark_target(Some(2));
    assert_eq!(root.query_selector_all("[aria-current=location]").unwrap().length(), 1);
    page.press_scheme("auto");
    page.mark_target(None);
    page.search(String::new());
    // The same nodes, attributes (in any order) and text nodes as prerendered.
    assert!(root.is_equal_node(Some(&before)), "not as prerendered: {}", root.inner_html());
    root.remove();
}

#[wasm_bindgen_test]
fn left_for_the_full_reader_the_page_keeps_its_search_but_not_the_notice() {
    let root = mount();
    let mut page = Page::find(document()).unwrap();
    page.search("iran".into());
    page.step(false);
    assert_eq!(texts(&root, ".search-notice").len(), 1);
    page.leave_for_hydration();
    // The full reader starts with the same search: it hydrates marks, filter and count as they
    // are; a notice it would not render is gone.
    assert!(root.query_selector(".search-notice").unwrap().is_none());
    assert_eq!(texts(&root, "mark[data-hit]"), ["Iran", "Iran"]);
    assert_eq!(texts(&root, "[data-hit-count]"), ["2 of 2"]);
    assert!(root.query_selector("#p2").unwrap().unwrap().has_attribute("hidden"));
    root.remove();
}

#[wasm_bindgen_test]
fn a_page_without_a_reader_or_its_search_box_is_not_served() {
    let root = mount();
    root.query_selector("input[type=search]").unwrap().unwrap().remove();
    assert!(Page::find(document()).is_none());
    root.remove();
    assert!(Page::find(document()).is_none());
}
