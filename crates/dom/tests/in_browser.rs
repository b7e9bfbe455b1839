#![cfg(target_arch = "wasm32")]
//! The search marks both modules draw (`draw_marks`, `clear_marks`, `mark_current`), in
//! headless Chromium.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// (number, text, class) of every mark under `p`, in document order.
fn marks(p: &web_sys::Element) -> Vec<(String, String, String)> {
    let found = p.query_selector_all("mark[data-hit]").unwrap();
    (0..found.length())
        .map(|i| {
            let mark: web_sys::Element = found.item(i).unwrap().dyn_into().unwrap();
            (mark.get_attribute("data-hit").unwrap(), mark.text_content().unwrap(), mark.class_name())
        })
        .collect()
}

#[wasm_bindgen_test]
fn marks_wrap_matches_across_elements_and_come_out_without_a_trace() {
    let document = document();
    let p = document.create_element("p").unwrap();
    p.set_inner_html("Support for <span>Ukraine</span>’s independence; “Ukraine’s” too.");
    let text = p.text_content().unwrap();
    let before = p.inner_html();
    let nodes_before = statement_dom::text_nodes(&document, &p);
    // "Ukraine’s" twice: the first crosses the span's end, the second is plain text.
    let ranges: Vec<_> = text.match_indices("Ukraine’s").map(|(at, m)| at..at + m.len()).collect();
    statement_dom::draw_marks(&document, &p, &text, &ranges, 3, Some(4));
    assert_eq!(
        marks(&p),
        [
            ("3".into(), "Ukraine".into(), "hit".into()),
            ("3".into(), "’s".into(), "hit".into()),
            ("4".into(), "Ukraine’s".into(), "hit current".into()),
        ]
    );
    assert_eq!(p.text_content().unwrap(), text, "marks add no text");
    statement_dom::mark_current(&p, Some(3));
    let classes: Vec<String> = marks(&p).into_iter().map(|(_, _, class)| class).collect();
    assert_eq!(classes, ["hit current", "hit current", "hit"]);
    statement_dom::clear_marks(&p);
    assert_eq!(p.inner_html(), before);
    // The very nodes that were there (a renderer that made them still holds them), with their text.
    let nodes_after = statement_dom::text_nodes(&document, &p);
    assert_eq!(nodes_after.len(), nodes_before.len(), "split text is joined again");
    for ((after, at_after), (before, at_before)) in nodes_after.iter().zip(&nodes_before) {
        assert!(after == before, "the same text node object");
        assert_eq!(at_after, at_before);
    }
}

#[wasm_bindgen_test]
fn a_match_at_a_node_start_and_adjacent_matches_come_out_cleanly() {
    let document = document();
    let p = document.create_element("p").unwrap();
    p.set_inner_html("<span>Iran</span>Iran Iran");
    let text = p.text_content().unwrap();
    let before = p.inner_html();
    // Every "Iran", and the empty gap between the first two: a match starting each node.
    let ranges: Vec<_> = text.match_indices("Iran").map(|(at, m)| at..at + m.len()).collect();
    statement_dom::draw_marks(&document, &p, &text, &ranges, 0, None);
    let texts: Vec<String> = marks(&p).into_iter().map(|(_, t, _)| t).collect();
    assert_eq!(texts, ["Iran", "Iran", "Iran"]);
    statement_dom::clear_marks(&p);
    assert_eq!(p.inner_html(), before);
    // Drawn twice over (cleared between): the same marks.
    statement_dom::draw_marks(&document, &p, &text, &ranges, 0, Some(1));
    statement_dom::clear_marks(&p);
    statement_dom::draw_marks(&document, &p, &text, &ranges, 0, Some(1));
    assert_eq!(marks(&p).len(), 3);
    assert_eq!(p.text_content().unwrap(), text);
}

#[cfg(feature = "compare")]
#[wasm_bindgen_test]
fn a_comparisons_deleted_words_are_not_the_paragraphs_text() {
    let document = document();
    let p = document.create_element("p").unwrap();
    p.set_inner_html("We <del>firmly </del>support Ukraine.<del> Iran too.</del>");
    let text = "We support Ukraine.";
    let at = text.find("Ukraine").unwrap();
    let ranges: Vec<std::ops::Range<usize>> = std::iter::once(at..at + "Ukraine".len()).collect();
    statement_dom::draw_marks(&document, &p, text, &ranges, 0, Some(0));
    assert_eq!(marks(&p), [("0".into(), "Ukraine".into(), "hit current".into())]);
    let offsets: Vec<u32> = statement_dom::text_nodes(&document, &p).iter().map(|(_, at)| *at).collect();
    assert_eq!(offsets, [0, 3, 11, 18], "the text nodes outside <del>: We , support , Ukraine, .");
}

/// Three paragraphs in a statement, with their text.
fn statement(texts: &[&str]) -> (web_sys::Element, Vec<web_sys::Element>) {
    let document = document();
    let main = document.create_element("main").unwrap();
    let paragraphs: Vec<web_sys::Element> = texts
        .iter()
        .map(|text| {
            let wrapper = document.create_element("div").unwrap();
            let p = document.create_element("p").unwrap();
            p.set_text_content(Some(text));
            wrapper.append_child(&p).unwrap();
            main.append_child(&wrapper).unwrap();
            p
        })
        .collect();
    (main, paragraphs)
}

#[wasm_bindgen_test]
fn a_search_drawn_over_the_last_one_touches_only_what_changes() {
    use statement_core::{SearchIndex, SearchOptions};
    use statement_dom::SearchMarks;
    let texts = ["Iran and Russia.", "Ukraine.", "Iran, Iran."];
    let (_main, paragraphs) = statement(&texts);
    let index = SearchIndex::from_texts(texts.iter().map(|t| t.to_string()).collect());
    let text_of = |i: usize| texts.get(i).copied();
    let (iran, russia) = (
        index.search("iran", SearchOptions::default()).unwrap(),
        index.search("russia", SearchOptions::default()).unwrap(),
    );
    let document = document();
    let now = |result, current| SearchMarks { result: Some(result), current: Some(current) };
    statement_dom::draw_search_marks(&document, &paragraphs, text_of, None, now(&iran, 0));
    statement_dom::draw_shown(&paragraphs, |i| iran.shows(i), None);
    assert_eq!(marks(&paragraphs[0]), [("0".into(), "Iran".into(), "hit current".into())]);
    assert_eq!(marks(&paragraphs[2]).len(), 2);
    assert!(paragraphs[1].has_attribute("hidden") && paragraphs[1].parent_element().unwrap().has_attribute("hidden"));

    // Drawn again as it is: nothing is touched (the marks are the very elements they were).
    // Then the current match moves to paragraph 3: both paragraphs are redrawn.
    let kept = paragraphs[2].query_selector("mark").unwrap().unwrap();
    statement_dom::draw_search_marks(&document, &paragraphs, text_of, Some(now(&iran, 0)), now(&iran, 0));
    assert!(paragraphs[2].query_selector("mark").unwrap().unwrap() == kept, "unchanged: not redrawn");
    statement_dom::draw_search_marks(&document, &paragraphs, text_of, Some(now(&iran, 0)), now(&iran, 2));
    assert_eq!(marks(&paragraphs[0]), [("0".into(), "Iran".into(), "hit".into())]);
    assert_eq!(marks(&paragraphs[2])[1], ("2".into(), "Iran".into(), "hit current".into()));

    // Another query: the old marks go, the filter follows, and only the changes are written.
    statement_dom::draw_search_marks(&document, &paragraphs, text_of, Some(now(&iran, 2)), now(&russia, 0));
    statement_dom::draw_shown(&paragraphs, |i| russia.shows(i), Some(&|i| iran.shows(i)));
    assert_eq!(marks(&paragraphs[0]), [("0".into(), "Russia".into(), "hit current".into())]);
    assert!(marks(&paragraphs[2]).is_empty());
    assert!(paragraphs[2].has_attribute("hidden"), "hidden: it no longer matches");
    assert!(paragraphs[1].has_attribute("hidden"), "still hidden");
    assert!(!paragraphs[0].has_attribute("hidden"));
    for (p, text) in paragraphs.iter().zip(texts) {
        assert_eq!(p.text_content().unwrap(), text, "marks add no text");
    }
}

#[wasm_bindgen_test]
fn the_count_keeps_a_renderers_text_node_or_is_replaced() {
    let document = document();
    let count = document.create_element("span").unwrap();
    let steps = [document.create_element("button").unwrap(), document.create_element("button").unwrap()];
    let node = document.create_text_node("");
    count.append_child(&node).unwrap();
    statement_dom::draw_count(&count, &steps, "1 of 5", true, true);
    assert!(count.first_child().unwrap() == web_sys::Node::from(node.clone()), "the renderer's node");
    assert_eq!(node.data(), "1 of 5");
    assert!(steps.iter().all(|s| !s.has_attribute("disabled")));
    statement_dom::draw_count(&count, &steps, "", false, true);
    assert!(count.first_child().is_some(), "kept, empty");
    assert!(steps.iter().all(|s| s.has_attribute("disabled")));
    statement_dom::draw_count(&count, &steps, "", false, false);
    assert!(count.first_child().is_none(), "as prerendered: no text at all");
}
